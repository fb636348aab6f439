export const id = 552;
export const ids = [552,484];
export const modules = {

/***/ 11168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ checkRepositoryAt)
/* harmony export */ });
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83484);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(637);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23380);
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68085);




/**
 * Loads the configuration and the repository at `root` once, runs `check` on them, and adds
 * to its report what loading found (configuration warnings, files that could not be read),
 * sorted by file and line.
 */
async function checkRepositoryAt(root, configFile, check) {
    const loaded = await (0,_config_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z9)(root, configFile === undefined ? {} : { file: configFile });
    const repository = await (0,_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .loadRepository */ .r)(root, { exclude: loaded.config.exclude ?? [] });
    const result = await check(repository, loaded.config);
    result.report.findings = (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .sortFindings */ .Tc)([...loaded.findings, ...result.report.findings]);
    result.report.errors = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .sortErrors */ .Cp)([
        ...loaded.errors,
        ...repository.errors,
        ...result.report.errors,
    ]);
    return result;
}


/***/ }),

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

/***/ 46553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ applyEdits)
/* harmony export */ });
/**
 * Applies non-overlapping edits to one file's text. Edits are sorted by offset; two edits
 * that overlap, or that both start at the same offset (their order would be a guess), are
 * an error, as are edits of different files or out of the text's bounds.
 */
function applyEdits(text, edits) {
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    const file = sorted[0]?.file;
    let result = '';
    let position = 0;
    let previous;
    for (const edit of sorted) {
        if (edit.file !== file) {
            throw new Error(`edits of two files given together: ${file ?? ''} and ${edit.file}`);
        }
        if (!Number.isInteger(edit.start) ||
            !Number.isInteger(edit.end) ||
            edit.start < 0 ||
            edit.end < edit.start ||
            edit.end > text.length) {
            throw new Error(`edit [${edit.start}, ${edit.end}) is outside ${edit.file} (${text.length} characters)`);
        }
        if (previous && (edit.start < previous.end || edit.start === previous.start)) {
            throw new Error(`overlapping edits in ${edit.file}: [${previous.start}, ${previous.end}) and [${edit.start}, ${edit.end})`);
        }
        result += text.slice(position, edit.start) + edit.text;
        position = edit.end;
        previous = edit;
    }
    return result + text.slice(position);
}


/***/ }),

/***/ 22373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ readWorkflow),
/* harmony export */   f: () => (/* binding */ readAction)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10499);


/** Reads a workflow's structure; each part in the wrong shape is an error naming its line. */
function readWorkflow(file, text) {
    const source = _yaml_source_js__WEBPACK_IMPORTED_MODULE_0__/* .YamlFile */ ._.parse(file, text);
    const builder = new ModelBuilder(source);
    const workflow = {
        kind: 'workflow',
        file,
        source,
        triggers: [],
        env: new Map(),
        jobs: [],
    };
    const root = builder.rootMap('a workflow');
    if (!root)
        return { model: workflow, errors: builder.errors };
    const name = source.getLocatedText(root, 'name');
    if (name)
        workflow.name = name;
    workflow.triggers = builder.triggers(source.get(root, 'on'));
    const permissions = builder.permissions(source.get(root, 'permissions'));
    if (permissions)
        workflow.permissions = permissions;
    workflow.env = builder.scalarMap(source.get(root, 'env'), 'env');
    const jobsNode = source.get(root, 'jobs');
    const jobs = builder.map(jobsNode, 'jobs');
    if (!jobsNode)
        builder.problem(root, 'not a workflow: it has no `jobs`');
    for (const { key, node } of jobs ? source.pairs(jobs) : []) {
        const job = builder.job(key, node);
        if (job)
            workflow.jobs.push(job);
    }
    return { model: workflow, errors: builder.errors };
}
/** Reads an action.yml's structure; composite steps are read like workflow steps. */
function readAction(file, text) {
    const source = _yaml_source_js__WEBPACK_IMPORTED_MODULE_0__/* .YamlFile */ ._.parse(file, text);
    const builder = new ModelBuilder(source);
    const action = { kind: 'action', file, source, inputs: new Map() };
    const root = builder.rootMap('an action');
    if (!root)
        return { model: action, errors: builder.errors };
    const name = source.getLocatedText(root, 'name');
    if (name)
        action.name = name;
    const description = source.getLocatedText(root, 'description');
    if (description)
        action.description = description;
    const inputs = builder.map(source.get(root, 'inputs'), 'inputs');
    for (const { key } of inputs ? source.pairs(inputs) : [])
        action.inputs.set(key.value, key);
    const runsNode = source.get(root, 'runs');
    const runs = builder.map(runsNode, 'runs');
    if (!runsNode)
        builder.problem(root, 'not an action: it has no `runs`');
    if (runs) {
        const using = source.getLocatedText(runs, 'using');
        if (!using) {
            builder.problem(runs, '`runs` has no `using`');
        }
        else {
            const place = builder.place(runs);
            const model = { ...place, using, steps: [] };
            const main = source.getLocatedText(runs, 'main');
            if (main)
                model.main = main;
            const image = source.getLocatedText(runs, 'image');
            if (image)
                model.image = image;
            if (using.value === 'composite')
                model.steps = builder.steps(source.get(runs, 'steps'));
            action.runs = model;
        }
    }
    return { model: action, errors: builder.errors };
}
/** Turns YAML nodes into model objects, collecting shape problems instead of stopping. */
class ModelBuilder {
    source;
    errors = [];
    constructor(source) {
        this.source = source;
    }
    rootMap(what) {
        const root = this.source.asMap(this.source.document.contents);
        if (!root) {
            const line = this.source.document.contents
                ? this.place(this.source.document.contents).line
                : 1;
            this.errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file: this.source.file, line }, `not ${what}: the file is not a mapping`));
        }
        return root;
    }
    place(node) {
        const { line, col } = this.source.lines.linePos(node.range?.[0] ?? 0);
        return { file: this.source.file, line, column: col };
    }
    problem(node, message) {
        this.errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file: this.source.file, line: this.place(node).line }, message));
    }
    /** The mapping at `node`, or undefined (with a problem when something else is there). */
    map(node, what) {
        if (node === undefined || this.isNull(node))
            return undefined;
        const map = this.source.asMap(node);
        if (!map)
            this.problem(node, `\`${what}\` must be a mapping`);
        return map;
    }
    scalarMap(node, what) {
        const result = new Map();
        const map = this.map(node, what);
        if (!map)
            return result;
        for (const { key, node: value } of this.source.pairs(map)) {
            if (!value) {
                result.set(key.value, { ...key, value: '', comment: key.comment });
                continue;
            }
            const text = this.source.scalarText(value) ?? this.source.sourceOf(value);
            result.set(key.value, this.source.locate(value, text));
        }
        return result;
    }
    triggers(node) {
        if (!node)
            return [];
        const resolved = this.source.resolve(node);
        const text = this.source.scalarText(resolved);
        if (text !== undefined)
            return [this.source.locate(node, text)];
        const list = this.source.asSeq(resolved);
        if (list) {
            return list.items.flatMap((item) => {
                const name = this.source.scalarText(item);
                return name === undefined ? [] : [this.source.locate(item, name)];
            });
        }
        const map = this.source.asMap(resolved);
        return map ? this.source.pairs(map).map(({ key }) => key) : [];
    }
    permissions(node) {
        if (!node)
            return undefined;
        const [start, end] = node.range ?? [0, 0];
        const base = { ...this.place(node), start, end, scopes: new Map() };
        const text = this.source.scalarText(node);
        if (text !== undefined)
            return { ...base, all: this.source.locate(node, text) };
        const map = this.map(node, 'permissions');
        if (!map)
            return undefined;
        return { ...base, scopes: this.scalarMap(map, 'permissions') };
    }
    job(id, node) {
        const map = this.map(node, `jobs.${id.value}`);
        if (!map) {
            if (!node || this.isNull(node)) {
                this.errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file: id.file, line: id.line }, `job \`${id.value}\` is empty`));
            }
            return undefined;
        }
        const s = this.source;
        const job = {
            file: id.file,
            line: id.line,
            column: id.column,
            id,
            with: this.scalarMap(s.get(map, 'with'), `jobs.${id.value}.with`),
            services: [],
            env: this.scalarMap(s.get(map, 'env'), `jobs.${id.value}.env`),
            steps: this.steps(s.get(map, 'steps')),
            node: map,
        };
        for (const key of ['name', 'uses', 'if', 'environment']) {
            const value = s.getLocatedText(map, key);
            if (value)
                job[key] = value;
        }
        const runsOn = s.getLocatedText(map, 'runs-on');
        if (runsOn)
            job.runsOn = runsOn;
        const permissions = this.permissions(s.get(map, 'permissions'));
        if (permissions)
            job.permissions = permissions;
        const secrets = s.get(map, 'secrets');
        if (secrets) {
            const inherit = s.scalarText(secrets);
            job.secrets =
                inherit !== undefined
                    ? s.locate(secrets, inherit)
                    : this.scalarMap(secrets, `jobs.${id.value}.secrets`);
        }
        const container = s.get(map, 'container');
        if (container) {
            const image = this.image(container, `jobs.${id.value}.container`);
            if (image)
                job.container = image;
        }
        const services = this.map(s.get(map, 'services'), `jobs.${id.value}.services`);
        for (const { key, node: serviceNode } of services ? s.pairs(services) : []) {
            if (!serviceNode)
                continue;
            const image = this.image(serviceNode, `jobs.${id.value}.services.${key.value}`);
            if (image)
                job.services.push({ ...image, service: key.value });
        }
        return job;
    }
    /** `container: image` or `container: { image: … }`. */
    image(node, what) {
        const text = this.source.scalarText(node);
        if (text !== undefined) {
            return { ...this.place(node), image: this.source.locate(node, text) };
        }
        const map = this.map(node, what);
        if (!map)
            return undefined;
        const image = this.source.getLocatedText(map, 'image');
        // A container whose image is missing is GitHub's error to report, not an image to check.
        return image ? { ...this.place(map), image } : undefined;
    }
    steps(node) {
        if (!node || this.isNull(node))
            return [];
        const list = this.source.asSeq(node);
        if (!list) {
            this.problem(node, '`steps` must be a list');
            return [];
        }
        const steps = [];
        list.items.forEach((item, index) => {
            const map = this.source.asMap(item);
            if (!map) {
                this.problem(item, `step ${index + 1} must be a mapping`);
                return;
            }
            const s = this.source;
            const step = {
                ...this.place(item),
                index,
                with: this.scalarMap(s.get(map, 'with'), 'with'),
                env: this.scalarMap(s.get(map, 'env'), 'env'),
                node: map,
            };
            for (const key of ['id', 'name', 'uses', 'run', 'shell', 'if']) {
                const value = s.getLocatedText(map, key);
                if (value)
                    step[key] = value;
            }
            steps.push(step);
        });
        return steps;
    }
    isNull(node) {
        return this.source.scalarText(node) === '';
    }
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


/***/ }),

/***/ 68085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ collectReferences),
  r: () => (/* binding */ loadRepository)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/.pnpm/minimatch@11.0.9/node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(46693);
// EXTERNAL MODULE: ./packages/core/src/repository-file.ts
var repository_file = __webpack_require__(57589);
;// CONCATENATED MODULE: ./packages/core/src/files.ts






const WORKFLOW_PATTERN = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
const ACTION_PATTERN = /(^|\/)action\.ya?ml$/;
/**
 * Finds the workflows (`.github/workflows/*.yml|yaml`, at the root or in any folder, so a
 * tree of several repositories is audited whole) and every `action.yml|yaml` under `root`.
 * Symbolic links to folders are not followed; a symbolic link to a file is used only when it
 * stays inside the repository.
 */
async function discoverFiles(rootPath, options = {}) {
    let root;
    try {
        root = await (0,promises_.realpath)(rootPath);
        if (!(await (0,promises_.stat)(root)).isDirectory()) {
            throw new errors/* InputError */.dz({ file: rootPath }, 'not a directory');
        }
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        throw new errors/* InputError */.dz({ file: rootPath }, `cannot read the directory (${(0,repository_file/* describeFsError */.TQ)(error)})`);
    }
    const exclude = options.exclude ?? [];
    const isExcluded = (relative) => exclude.some((pattern) => (0,esm/* minimatch */.xF)(relative, pattern, { dot: true }));
    const result = { root, workflows: [], actions: [], errors: [] };
    const pending = [''];
    while (pending.length > 0) {
        const folder = pending.pop() ?? '';
        let entries;
        try {
            entries = await (0,promises_.readdir)(external_node_path_default().join(root, folder), { withFileTypes: true });
        }
        catch (error) {
            result.errors.push(new errors/* InputError */.dz({ file: folder || '.' }, `cannot list the folder (${(0,repository_file/* describeFsError */.TQ)(error)})`));
            continue;
        }
        for (const entry of entries) {
            const relative = folder ? `${folder}/${entry.name}` : entry.name;
            if (isExcluded(relative))
                continue;
            if (entry.isDirectory()) {
                if (!repository_file/* SKIPPED_DIRECTORIES */.j8.includes(entry.name))
                    pending.push(relative);
                continue;
            }
            const isWorkflow = WORKFLOW_PATTERN.test(relative);
            if (!isWorkflow && !ACTION_PATTERN.test(relative))
                continue;
            if (entry.isSymbolicLink()) {
                const problem = await (0,repository_file/* checkSymlink */.Ym)(root, relative);
                if (problem === 'directory')
                    continue;
                if (problem) {
                    result.errors.push(problem);
                    continue;
                }
            }
            else if (!entry.isFile()) {
                continue;
            }
            (isWorkflow ? result.workflows : result.actions).push(relative);
        }
    }
    result.workflows.sort();
    result.actions.sort();
    return result;
}

// EXTERNAL MODULE: ./packages/core/src/model.ts
var model = __webpack_require__(22373);
;// CONCATENATED MODULE: ./packages/core/src/repository.ts



/**
 * Finds and reads the workflows and actions under `root`. A file that cannot be used adds an
 * error and the rest are still read; only an unusable `root` itself throws.
 */
async function loadRepository(root, options = {}) {
    const found = await discoverFiles(root, options);
    const repository = {
        root: found.root,
        workflows: [],
        actions: [],
        errors: [...found.errors],
        filesScanned: found.workflows.length + found.actions.length + found.errors.length,
    };
    const read = async (file, parse, into) => {
        try {
            const { model, errors } = parse(file, await (0,repository_file/* readRepositoryFile */.tz)(found.root, file));
            into.push(model);
            repository.errors.push(...errors);
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.dz))
                throw error;
            repository.errors.push(error);
        }
    };
    // Reads are started together so file I/O overlaps; parsing stays on this thread.
    await Promise.all([
        ...found.workflows.map((file) => read(file, model/* readWorkflow */.S, repository.workflows)),
        ...found.actions.map((file) => read(file, model/* readAction */.f, repository.actions)),
    ]);
    repository.workflows.sort((a, b) => a.file.localeCompare(b.file));
    repository.actions.sort((a, b) => a.file.localeCompare(b.file));
    repository.errors = (0,errors/* sortErrors */.Cp)(repository.errors);
    return repository;
}
/** Every `uses:` and image of the repository, in file order. */
function collectReferences(repository) {
    const references = [];
    const addUses = (value, kind) => {
        if (value.value.startsWith('docker://')) {
            references.push({ kind: 'docker-step', value, local: false });
        }
        else {
            references.push({ kind, value, local: isLocalUses(value.value) });
        }
    };
    for (const workflow of repository.workflows) {
        for (const job of workflow.jobs) {
            if (job.uses)
                addUses(job.uses, 'reusable-workflow');
            if (job.container)
                references.push({ kind: 'container', value: job.container.image, local: false });
            for (const service of job.services) {
                references.push({ kind: 'service', value: service.image, local: false });
            }
            for (const step of job.steps)
                if (step.uses)
                    addUses(step.uses, 'action');
        }
    }
    for (const action of repository.actions) {
        const runs = action.runs;
        if (!runs)
            continue;
        if (runs.image) {
            // `Dockerfile` builds from the action's own folder; `docker://…` pulls from a registry.
            const local = !runs.image.value.startsWith('docker://');
            references.push({ kind: 'action-image', value: runs.image, local });
        }
        for (const step of runs.steps)
            if (step.uses)
                addUses(step.uses, 'action');
    }
    return references;
}
function isLocalUses(uses) {
    return uses.startsWith('./') || uses.startsWith('$/');
}


/***/ }),

/***/ 10499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ YamlFile)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88009);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);


/** A parsed YAML file: its text, its document and the means to place nodes in it. */
class YamlFile {
    file;
    text;
    document;
    lines;
    constructor(file, text, document, lines) {
        this.file = file;
        this.text = text;
        this.document = document;
        this.lines = lines;
    }
    /**
     * Parses `text`, throwing an InputError naming the file and line of the first YAML error, or
     * of an alias whose expansion is out of all proportion to the file (an alias bomb).
     */
    static parse(file, text) {
        const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
        const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lines, prettyErrors: false });
        const [error] = document.errors;
        if (error) {
            const line = error.linePos?.[0].line ?? lines.linePos(error.pos[0]).line;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file, line }, `invalid YAML: ${firstLine(error.message)}`);
        }
        const parsed = new YamlFile(file, text, document, lines);
        parsed.rejectAliasBombs();
        return parsed;
    }
    /** Place of a node's value. */
    locate(node, value) {
        const [start, end] = node.range ?? [0, 0];
        const { line, col } = this.lines.linePos(start);
        const located = { value, file: this.file, line, column: col, start, end };
        const comment = this.trailingComment(node);
        if (comment !== undefined)
            located.comment = comment;
        return located;
    }
    /** A scalar's text (numbers and booleans as written), or undefined for collections. */
    scalarText(node) {
        const resolved = this.resolve(node);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(resolved))
            return undefined;
        if (resolved.value === null)
            return '';
        return typeof resolved.value === 'string'
            ? resolved.value
            : resolvedSource(this.text, resolved);
    }
    /** Follows an alias to its anchored node. */
    resolve(node) {
        if (node === null || node === undefined)
            return undefined;
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) ? node.resolve(this.document) : node;
    }
    asMap(node) {
        const resolved = this.resolve(node);
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(resolved) ? resolved : undefined;
    }
    asSeq(node) {
        const resolved = this.resolve(node);
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(resolved) ? resolved : undefined;
    }
    /** The pairs of a mapping whose keys are scalars, keyed by the key's text. */
    pairs(map) {
        const result = [];
        for (const pair of map.items) {
            const keyText = this.scalarText(pair.key);
            if (keyText === undefined)
                continue;
            result.push({ key: this.locate(pair.key, keyText), node: pair.value ?? undefined });
        }
        return result;
    }
    /** The value node of `key` in a mapping. */
    get(map, key) {
        for (const pair of map.items) {
            if (this.scalarText(pair.key) === key)
                return pair.value ?? undefined;
        }
        return undefined;
    }
    /** The value node of `key`, placed; undefined when absent. */
    getLocatedText(map, key) {
        const node = this.get(map, key);
        if (!node)
            return undefined;
        const text = this.scalarText(node) ?? this.sourceOf(node);
        return this.locate(node, text);
    }
    sourceOf(node) {
        const [start, end] = node.range ?? [0, 0];
        return this.text.slice(start, end);
    }
    /**
     * The comment at the end of the node's line. Read from the text rather than from the
     * parser's comment fields, which also collect comments on the lines that follow.
     */
    trailingComment(node) {
        const range = node.range;
        if (!range || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
            return undefined;
        const isBlock = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
        // A block scalar's comment sits on its header line, after the `|` or `>` and its indicators.
        const from = isBlock ? range[0] + 1 : range[1];
        const lineEnd = this.text.indexOf('\n', from);
        const rest = this.text.slice(from, lineEnd < 0 ? undefined : lineEnd).replace(/\r$/, '');
        const match = (isBlock ? /^[-+0-9]*[ \t]+#(.*)$/ : /^[ \t]+#(.*)$/).exec(rest);
        return match ? (match[1] ?? '').trim() : undefined;
    }
    rejectAliasBombs() {
        // Aliases need an anchor (`&name`) where a node starts; without one the walk is skipped.
        if (!ANCHOR_PATTERN.test(this.text))
            return;
        let firstAlias;
        (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(this.document, {
            Alias(_key, node) {
                firstAlias = node;
                return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
            },
        });
        if (!firstAlias)
            return;
        try {
            // yaml counts what each alias expands to and throws past a multiple of the file's size.
            this.document.toJS({ maxAliasCount: 100 });
        }
        catch (error) {
            const line = this.lines.linePos(firstAlias.range?.[0] ?? 0).line;
            const detail = firstLine((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error));
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file: this.file, line }, `YAML aliases expand too far to be read safely (${detail})`);
        }
    }
}
/** `&name` after a line start, indentation, `- `, `: `, `[`, `{` or `,`: a possible anchor. */
const ANCHOR_PATTERN = /(?:^|[\s[{,])&[^\s&]/m;
function resolvedSource(text, node) {
    const [start, end] = node.range ?? [0, 0];
    return text.slice(start, end);
}
function firstLine(message) {
    return message.split('\n')[0] ?? message;
}


/***/ })

};
