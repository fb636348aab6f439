export const id = 484;
export const ids = [484];
export const modules = {

/***/ 83484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   ZA: () => (/* binding */ suggest),
/* harmony export */   ln: () => (/* binding */ CONFIG_SCHEMA),
/* harmony export */   y$: () => (/* binding */ CONFIG_HELP_URI)
/* harmony export */ });
/* unused harmony export DEFAULT_CONFIG_FILE */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(637);
/* harmony import */ var _repository_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57589);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23380);





/** Where the configuration lives, relative to the repository root. */
const DEFAULT_CONFIG_FILE = '.github/palisade.yml';
const failOn = { type: 'enum', values: _findings_js__WEBPACK_IMPORTED_MODULE_2__/* .FAIL_ON_VALUES */ .Qm };
const text = { type: 'string' };
const flag = { type: 'boolean' };
const texts = { type: 'list', of: text };
/**
 * The schema of `.github/palisade.yml`: top-level keys, and one section per action. Unknown
 * keys are errors, so a misspelt setting never silently falls back to its default.
 */
const CONFIG_SCHEMA = {
    top: {
        exclude: texts,
        'fail-on': failOn,
    },
    sections: {
        'pin-check': {
            allow: { type: 'allow-list', match: { uses: text } },
            'history-rewriting': { type: 'allow-list', match: { uses: text } },
            'require-version-comment': flag,
            'fail-on': failOn,
        },
        'permission-lint': {
            preset: { type: 'enum', values: ['scorecard', 'strict'] },
            'job-scopes': texts,
            allow: { type: 'allow-list', match: { rule: text, workflow: text, job: text, scope: text } },
            'fail-on': failOn,
        },
        'sbom-attest': {
            formats: { type: 'list', of: { type: 'enum', values: ['spdx', 'cyclonedx'] } },
            'include-dev': flag,
            'output-dir': text,
        },
        'provenance-gate': {
            'signer-workflow': text,
            'signer-repo': text,
            'source-repo': text,
            'source-ref': text,
            issuer: text,
            'predicate-type': texts,
            'deny-self-hosted-runners': flag,
            'max-age': text,
        },
        'invariant-gate': {
            index: text,
            'gated-tiers': texts,
            tiers: texts,
            severities: texts,
            'witness-classes': texts,
            'require-mention': flag,
            'mention-pattern': text,
            'verify-external': flag,
            'max-unmentioned': { type: 'integer', min: 0 },
        },
        'advisory-id': {
            prefix: text,
            'ledger-ref': text,
            'ledger-repository': text,
            index: text,
            changelog: text,
            advisories: text,
            'fail-on': failOn,
        },
    },
};
function emptyConfig() {
    const sections = Object.fromEntries(Object.keys(CONFIG_SCHEMA.sections).map((name) => [name, {}]));
    return { ...sections };
}
const CONFIG_HELP_URI = `${_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .PALISADE_REPOSITORY_URL */ .Dl}#configuration`;
/**
 * Reads and validates the configuration once. A missing default file means defaults; a file
 * named explicitly must exist.
 */
async function loadConfig(root, options = {}) {
    const file = options.file ?? DEFAULT_CONFIG_FILE;
    const result = { config: emptyConfig(), findings: [], errors: [] };
    if (options.file === undefined && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, file)))
        return result;
    // The YAML parser loads only when there is a file to read: most runs have none.
    const { ConfigReader, YamlFile } = await Promise.all(/* import() */[__webpack_require__.e(9), __webpack_require__.e(882)]).then(__webpack_require__.bind(__webpack_require__, 20882));
    let source;
    try {
        source = YamlFile.parse(file, await (0,_repository_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRepositoryFile */ .tz)(root, file));
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz))
            throw error;
        result.errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(error.location, error.reason));
        return result;
    }
    result.config.file = file;
    new ConfigReader(source, result, options.today ?? new Date()).read();
    return result;
}
/** ` (did you mean `x`?)` for a near miss (two edits or fewer) among the known keys, else ``. */
function suggest(key, known) {
    let best;
    let bestDistance = 3;
    for (const candidate of known) {
        const distance = editDistance(key, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best ? ` (did you mean \`${best}\`?)` : '';
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}


/***/ }),

/***/ 57589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TQ: () => (/* binding */ describeFsError),
/* harmony export */   Ym: () => (/* binding */ checkSymlink),
/* harmony export */   j8: () => (/* binding */ SKIPPED_DIRECTORIES),
/* harmony export */   tz: () => (/* binding */ readRepositoryFile)
/* harmony export */ });
/* unused harmony export MAX_FILE_BYTES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(637);
/**
 * Reading one repository file safely. Kept apart from discovery (files.ts) so a check that only
 * reads files does not load the glob matcher.
 */



/** Files larger than this are refused before they are read. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Folders never searched: version control, dependencies and build output. */
const SKIPPED_DIRECTORIES = ['.git', 'node_modules', 'dist'];
/** A symlink is usable when it resolves to a regular file inside the repository. */
async function checkSymlink(root, relative) {
    let target;
    try {
        target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, relative));
    }
    catch (error) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: relative }, `cannot read the file: broken symbolic link (${describeFsError(error)})`);
    }
    if (!isInside(root, target)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: relative }, 'symbolic link points outside the repository; it is not followed');
    }
    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target)).isDirectory() ? 'directory' : undefined;
}
function isInside(root, target) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, target);
    // `..name` is a file in the root; only `..` itself or a `../` prefix leaves it.
    return (relative !== '' &&
        relative !== '..' &&
        !relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) &&
        !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative));
}
/**
 * Reads a repository file as UTF-8 text, refusing what cannot be audited: a symlink out of
 * the repository, a file over MAX_FILE_BYTES, an empty file, bytes that are not UTF-8.
 * A leading byte-order mark is dropped.
 */
async function readRepositoryFile(root, relative) {
    const location = { file: relative };
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, relative);
    let bytes;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(absolute);
        if (info.isSymbolicLink()) {
            const problem = await checkSymlink(root, relative);
            if (problem instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
                throw problem;
            if (problem === 'directory')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(location, 'is a directory, not a file');
        }
        const size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute)).size;
        if (size > MAX_FILE_BYTES) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(location, `file is ${formatMegabytes(size)}, over the ${formatMegabytes(MAX_FILE_BYTES)} limit; it was not read`);
        }
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(absolute);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(location, `cannot read the file (${describeFsError(error)})`);
    }
    if (bytes.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(location, 'file is empty');
    return decodeUtf8(bytes, relative);
}
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
function decodeUtf8(bytes, file) {
    try {
        return decoder.decode(bytes);
    }
    catch {
        // Find the line of the first byte that is not UTF-8, to point the user at it.
        const lossy = bytes.toString('utf8');
        const bad = lossy.indexOf('\uFFFD');
        const line = bad < 0 ? undefined : lossy.slice(0, bad).split('\n').length;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(line === undefined ? { file } : { file, line }, 'file is not valid UTF-8 text');
    }
}
function formatMegabytes(bytes) {
    return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
/** `ENOENT: no such file or directory` without the absolute path Node puts in the message. */
function describeFsError(error) {
    if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
        const known = {
            ENOENT: 'no such file or directory',
            EACCES: 'permission denied',
            EPERM: 'operation not permitted',
            EISDIR: 'is a directory',
            ENOTDIR: 'not a directory',
            ELOOP: 'too many levels of symbolic links',
        };
        return known[error.code] ?? error.code;
    }
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error);
}


/***/ })

};
