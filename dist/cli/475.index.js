export const id = 475;
export const ids = [475];
export const modules = {

/***/ 95475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveSubjects: () => (/* binding */ resolveSubjects)
/* harmony export */ });
/* unused harmony exports MAX_SUBJECTS, hasSubjects, sha256File */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _palisade_core__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(637);
/* harmony import */ var _palisade_core__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57589);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46693);
/**
 * The artifacts an attestation is bound to: files matched by `subject-path` globs (their
 * sha256 computed here), a `subject-digest` with its `subject-name`, or a checksums file in
 * `sha256sum` format. GitHub accepts at most 1024 subjects per attestation.
 */






/** GitHub's limit on the subjects of one attestation. */
const MAX_SUBJECTS = 1024;
const DIGEST = /^(sha256|sha384|sha512):([0-9a-f]+)$/;
const DIGEST_LENGTH = { sha256: 64, sha384: 96, sha512: 128 };
function hasSubjects(inputs) {
    return Boolean(inputs.subjectPath || inputs.subjectDigest || inputs.subjectChecksums);
}
/** Resolves the subjects from exactly one of the three ways of naming them. */
async function resolveSubjects(root, inputs) {
    const given = [
        inputs.subjectPath ? 'subject-path' : undefined,
        inputs.subjectDigest ? 'subject-digest' : undefined,
        inputs.subjectChecksums ? 'subject-checksums' : undefined,
    ].filter((name) => name !== undefined);
    if (given.length !== 1) {
        throw new _palisade_core__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(given.length === 0
            ? 'no subject: give `subject-path`, `subject-digest` with `subject-name`, or `subject-checksums`'
            : `give only one of ${given.map((name) => `\`${name}\``).join(', ')}`);
    }
    let subjects;
    if (inputs.subjectDigest)
        subjects = [digestSubject(inputs.subjectDigest, inputs.subjectName)];
    else if (inputs.subjectChecksums)
        subjects = await checksumSubjects(root, inputs.subjectChecksums);
    else
        subjects = await pathSubjects(root, inputs.subjectPath ?? '');
    return checkCount(subjects);
}
function checkCount(subjects) {
    if (subjects.length > MAX_SUBJECTS) {
        throw new _palisade_core__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${subjects.length} subjects, over GitHub's limit of ${MAX_SUBJECTS} per attestation: narrow the subject globs or split the artifacts across steps`);
    }
    return subjects;
}
function digestSubject(digest, name) {
    if (!name)
        throw new _palisade_core__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('`subject-digest` needs `subject-name`');
    const match = DIGEST.exec(digest.trim());
    const algorithm = match?.[1];
    const value = match?.[2];
    if (!algorithm || !value || value.length !== DIGEST_LENGTH[algorithm]) {
        throw new _palisade_core__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`input \`subject-digest\` must be \`sha256:\` followed by 64 lowercase hex digits, not \`${digest}\``);
    }
    return { name, digest: { [algorithm]: value } };
}
/** `<64 hex>  name` or `<64 hex> *name` lines; blank lines and `#` comments are skipped. */
async function checksumSubjects(root, file) {
    const text = await (0,_palisade_core__WEBPACK_IMPORTED_MODULE_6__/* .readRepositoryFile */ .tz)(root, file);
    const subjects = [];
    text.split(/\r?\n/).forEach((line, index) => {
        if (line.trim() === '' || line.startsWith('#'))
            return;
        const match = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
        if (!match?.[1] || !match[2]) {
            throw new _palisade_core__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz({ file, line: index + 1 }, 'is not a sha256sum line (`<64 hex digits>  <file name>`)');
        }
        subjects.push({ name: match[2], digest: { sha256: match[1].toLowerCase() } });
    });
    if (subjects.length === 0)
        throw new _palisade_core__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz({ file }, 'lists no checksums');
    return subjects;
}
async function pathSubjects(root, patterns) {
    const globs = patterns
        .split(/[\n,]/)
        .map((pattern) => pattern.trim())
        .filter((pattern) => pattern !== '');
    const files = new Set();
    const all = await listFiles(root);
    for (const glob of globs) {
        const matched = all.filter((file) => (0,minimatch__WEBPACK_IMPORTED_MODULE_4__/* .minimatch */ .xF)(file, glob.replace(/^\.\//, ''), { dot: true }));
        if (matched.length === 0) {
            throw new _palisade_core__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`\`subject-path\` pattern \`${glob}\` matches no file`);
        }
        for (const file of matched)
            files.add(file);
    }
    const sorted = [...files].sort();
    // Refuse before hashing thousands of files.
    checkCount(sorted.map((name) => ({ name, digest: {} })));
    return Promise.all(sorted.map(async (file) => ({
        name: node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.basename(file),
        digest: { sha256: await sha256File(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, file)) },
    })));
}
/** Files under root (forward slashes), without .git and node_modules. */
async function listFiles(root) {
    const files = [];
    const walk = async (relative) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, relative), { withFileTypes: true });
        for (const entry of entries) {
            const child = relative ? `${relative}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (entry.name !== '.git' && entry.name !== 'node_modules')
                    await walk(child);
            }
            else if (entry.isFile()) {
                files.push(child);
            }
        }
    };
    await walk('');
    return files;
}
async function sha256File(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}


/***/ })

};
