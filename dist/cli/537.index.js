export const id = 537;
export const ids = [537];
export const modules = {

/***/ 72537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ml: () => (/* binding */ checkInvariants),
  V6: () => (/* binding */ hasIndex),
  runInvariantGate: () => (/* binding */ runInvariantGate)
});

// UNUSED EXPORTS: DEFAULT_GATED_TIERS, DEFAULT_INDEX, DEFAULT_MENTION_PATTERN, DEFAULT_SEVERITIES, DEFAULT_TIERS, RULES, gateSettings, uncoveredFindings

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/config.ts
var config = __webpack_require__(83484);
// EXTERNAL MODULE: ./packages/core/src/findings.ts
var src_findings = __webpack_require__(23380);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
// EXTERNAL MODULE: ./packages/core/src/repository-file.ts
var repository_file = __webpack_require__(57589);
// EXTERNAL MODULE: ./packages/core/src/reporters.ts
var reporters = __webpack_require__(2618);
// EXTERNAL MODULE: ./node_modules/.pnpm/js-yaml@5.5.0/node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(18281);
;// CONCATENATED MODULE: ./actions/invariant-gate/src/index-file.ts
/**
 * Reads an invariants index into a small tree of placed YAML values. js-yaml's event parser
 * is used because it gives the source offset of every node and parses openwop's 200 KB index
 * in about a third of the time of the `yaml` package, which the gate's start-up budget needs.
 */


/** Offsets to 1-based lines and columns, by binary search over the line starts. */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
            this.starts.push(index + 1);
        }
    }
    place(offset) {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if ((this.starts[middle] ?? 0) <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
    }
}
/** Implicit types of plain scalars in YAML 1.2's core schema, in the order they are tried. */
const PLAIN_TYPES = [
    ['null', js_yaml/* nullCoreTag */.DX],
    ['bool', js_yaml/* boolCoreTag */.G7],
    ['int', js_yaml/* intCoreTag */.Z7],
    ['float', js_yaml/* floatCoreTag */.ok],
];
/** What a plain scalar of any type but `str` can start with (`~`, null, bools, numbers). */
const MAYBE_NOT_TEXT = /^(?:$|[~nNtTfF0-9+\-.])/;
function plainType(text) {
    if (!MAYBE_NOT_TEXT.test(text))
        return 'str';
    for (const [type, tag] of PLAIN_TYPES) {
        if (tag.resolve(text, false, tag.tagName) !== js_yaml/* NOT_RESOLVED */.Hg)
            return type;
    }
    return 'str';
}
/** A text scalar whose value is decoded from the source the first time it is read. */
function lazyText(source, event, place) {
    let decoded;
    return {
        kind: 'scalar',
        type: 'str',
        get text() {
            decoded ??= (0,js_yaml/* getScalarValue */.KE)(source, event);
            return decoded;
        },
        ...place,
    };
}
/**
 * Parses `text` (the file `file`) into placed nodes, straight from js-yaml's event stream. A
 * YAML syntax error, a second document, a duplicate key or a non-scalar key is an InputError
 * naming the line. Aliases resolve to the node they name; the tree is not expanded, so an
 * alias bomb costs nothing.
 */
function parseIndexYaml(file, text) {
    let events;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(text, { filename: file });
    }
    catch (error) {
        const mark = error.mark;
        const reason = error.reason;
        const location = mark?.line === undefined ? { file } : { file, line: mark.line + 1 };
        throw new errors/* InputError */.dz(location, `invalid YAML: ${typeof reason === 'string' ? reason : (0,errors/* errorMessage */.gJ)(error)}`);
    }
    const lines = new LineIndex(text);
    const fail = (offset, reason) => {
        throw new errors/* InputError */.dz({ file, line: lines.place(offset).line }, reason);
    };
    const anchors = new Map();
    const stack = [];
    let root;
    let documents = 0;
    /** Offset just past the last node read. */
    let end = 0;
    const attach = (node, offset) => {
        const frame = stack[stack.length - 1];
        if (!frame) {
            root = node;
        }
        else if (frame.node.kind === 'sequence') {
            frame.node.items.push(node);
        }
        else if (frame.key === undefined) {
            if (node.kind !== 'scalar')
                fail(offset, 'a mapping key must be a plain value');
            else
                frame.key = node;
        }
        else {
            const key = frame.key;
            const first = frame.keys.get(key.text);
            if (first !== undefined) {
                // The key's own line: a block value starts on a later line.
                throw new errors/* InputError */.dz({ file, line: key.line }, `duplicate key \`${key.text}\` (first on line ${first})`);
            }
            frame.keys.set(key.text, key.line);
            frame.node.entries.push({
                key: key.text,
                at: { line: key.line, column: key.column },
                value: node,
            });
            delete frame.key;
        }
    };
    const anchor = (event, node) => {
        if (event.anchorStart >= 0)
            anchors.set(text.slice(event.anchorStart, event.anchorEnd), node);
    };
    for (const event of events) {
        switch (event.type) {
            case js_yaml/* EVENT_ID */.hy.DOCUMENT: {
                documents += 1;
                if (documents > 1) {
                    // Document events carry no offset: the second document starts at the first `---`
                    // marker after what the first one holds (not the last marker: there may be more).
                    const markers = [...text.matchAll(/^---(?=\s|$)/gm)].map((match) => match.index);
                    fail(markers.find((marker) => marker >= end) ?? markers[markers.length - 1] ?? 0, 'the index must be a single YAML document');
                }
                break;
            }
            case js_yaml/* EVENT_ID */.hy.SCALAR: {
                let type;
                let node;
                const place = lines.place(event.valueStart);
                if (event.style === js_yaml/* SCALAR_STYLE */.jK.PLAIN || event.tagStart >= 0) {
                    const value = (0,js_yaml/* getScalarValue */.KE)(text, event);
                    if (event.tagStart >= 0) {
                        const tag = text.slice(event.tagStart, event.tagEnd);
                        type = tag.startsWith('!!') ? tag.slice(2) : tag;
                    }
                    else {
                        type = plainType(value);
                    }
                    node = { kind: 'scalar', type, text: value, ...place };
                }
                else {
                    // Quoted and block scalars are text; most are long notes the gate never reads, so
                    // they are decoded only if something asks.
                    node = lazyText(text, event, place);
                }
                attach(node, event.valueStart);
                anchor(event, node);
                end = Math.max(end, event.valueEnd);
                break;
            }
            case js_yaml/* EVENT_ID */.hy.SEQUENCE:
            case js_yaml/* EVENT_ID */.hy.MAPPING: {
                const place = lines.place(event.start);
                const node = event.type === js_yaml/* EVENT_ID */.hy.SEQUENCE
                    ? { kind: 'sequence', items: [], ...place }
                    : { kind: 'mapping', entries: [], ...place };
                attach(node, event.start);
                anchor(event, node);
                end = Math.max(end, event.start + 1);
                stack.push({ node, keys: new Map() });
                break;
            }
            case js_yaml/* EVENT_ID */.hy.ALIAS: {
                const name = text.slice(event.anchorStart, event.anchorEnd);
                const target = anchors.get(name);
                if (!target)
                    fail(event.anchorStart, `unknown alias *${name}`);
                else
                    attach(target, event.anchorStart);
                break;
            }
            case js_yaml/* EVENT_ID */.hy.POP: {
                stack.pop();
                break;
            }
        }
    }
    return root;
}
/** The value of `key` in a mapping. */
function entryOf(mapping, key) {
    return mapping.entries.find((entry) => entry.key === key);
}
/** A short description of a node's type for messages: `a list`, `a number`, … */
function describeNode(node) {
    if (node.kind === 'sequence')
        return 'a list';
    if (node.kind === 'mapping')
        return 'a mapping';
    switch (node.type) {
        case 'null':
            return 'empty';
        case 'int':
        case 'float':
            return `the number ${node.text}`;
        case 'bool':
            return `the boolean ${node.text}`;
        case 'str':
            return `the text \`${node.text}\``;
        default:
            return `a value tagged ${node.type}`;
    }
}

;// CONCATENATED MODULE: ./actions/invariant-gate/src/rules.ts

function rule(id, summary, defaultSeverity, help) {
    return {
        id,
        action: 'invariant-gate',
        summary,
        help,
        defaultSeverity,
        helpUri: (0,src_findings/* ruleHelpUri */.S7)('invariant-gate', id),
    };
}
const rules_UNCOVERED_INVARIANT = rule('uncovered-invariant', 'An invariant of a gated tier has no test entry that resolves to a test file', 'error', 'Every invariant of a gated tier (default `protocol`) must list at least one `tests` entry that resolves to a regular file in the repository (and, with `require-mention`, that file must name the invariant). Otherwise nothing checks the security property it promises.');
const UNRESOLVED_TEST = rule('unresolved-test', 'A test entry resolves to no file', 'warning', 'A `tests` entry that names a missing file, a directory, a glob that matches nothing or a path outside the repository verifies nothing. The invariant may still be covered by another entry; fix or remove the stale one.');
const TEST_NOT_MENTIONING = rule('test-not-mentioning', 'A test file does not mention the invariant it is listed for', 'warning', 'With `require-mention`, a test file counts for an invariant only when it contains the invariant id (or the configured `mention-pattern`). A file that does not was renamed, emptied or listed by mistake.');
const MISSING_THREAT_MODEL = rule('missing-threat-model', 'The threat model an invariant names does not exist', 'error', "An invariant's `threat_model` must name a file of the repository: the document that explains the threat the invariant answers.");
const THREAT_MODEL_RATCHET = rule('threat-model-ratchet', 'More invariants are missing from their threat model than `max-unmentioned` allows', 'error', 'Each invariant should be named in its `threat_model` file. `max-unmentioned` is a ratchet: the count may go down, never up. When it goes down, lower `max-unmentioned` to lock the gain in.');
const RATCHET_CAN_TIGHTEN = rule('ratchet-can-tighten', 'Fewer invariants are missing from their threat model than `max-unmentioned`: lower it', 'warning', 'The count of invariants not named in their threat model dropped below `max-unmentioned`. Lower the setting to the new count so the gain cannot be lost again unnoticed.');
const UNWITNESSABLE_GATED = rule('unwitnessable-gated', 'An invariant of a gated tier is classed `unwitnessable`', 'error', 'An invariant that no test can witness cannot be gated by tests. Move it to a tier that is not gated, or find a witness and reclassify it.');
const UNKNOWN_KEY = rule('unknown-key', 'A key of an invariant looks like a misspelt known key', 'warning', 'A misspelt key (`test:` for `tests:`) is silently ignored by readers of the index. The gate warns when an unknown key is one or two letters away from a known one.');
const RULES = [
    rules_UNCOVERED_INVARIANT,
    UNRESOLVED_TEST,
    TEST_NOT_MENTIONING,
    MISSING_THREAT_MODEL,
    THREAT_MODEL_RATCHET,
    RATCHET_CAN_TIGHTEN,
    UNWITNESSABLE_GATED,
    UNKNOWN_KEY,
];

;// CONCATENATED MODULE: ./actions/invariant-gate/src/schema.ts
/**
 * The schema of an invariants index, checked value by value: every problem is an InputError
 * naming the line (the index is malformed: exit 2), and the valid invariants are still
 * returned so the rest of the gate reports on them.
 */



/** Keys an invariant may have; any other key near one of these is reported as a likely typo. */
const INVARIANT_KEYS = [
    'id',
    'tier',
    'severity',
    'threat_model',
    'tests',
    'note',
    'witness',
    'witnessReview',
    'non_testability_rationale',
];
/** Letters, digits, `.`, `_` and `-`, starting and ending with a letter or digit. */
const ID_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,126}[A-Za-z0-9])?$/;
/**
 * Reads the invariants out of the parsed index `root` of `file`. An invariant with a problem
 * is left out of the result only when its id, tier or tests cannot be known.
 */
function readInvariants(file, root, settings) {
    const result = { invariants: [], errors: [], findings: [] };
    const problem = (line, reason) => {
        result.errors.push(new errors/* InputError */.dz({ file, line }, reason));
    };
    if (!root || root.kind !== 'mapping') {
        problem(root?.line ?? 1, `the index must be a mapping with an \`invariants\` list, not ${root ? describeNode(root) : 'an empty file'}`);
        return result;
    }
    const list = entryOf(root, 'invariants');
    if (!list) {
        problem(root.line, 'the index has no `invariants` list');
        return result;
    }
    if (list.value.kind !== 'sequence') {
        problem(list.at.line, `\`invariants\` must be a list, not ${describeNode(list.value)}`);
        return result;
    }
    const firstLineOfId = new Map();
    for (const [index, item] of list.value.items.entries()) {
        if (item.kind !== 'mapping') {
            problem(item.line, `invariant ${index + 1} must be a mapping of keys (id, tier, …), not ${describeNode(item)}`);
            continue;
        }
        const invariant = readInvariant(file, item, settings, problem, result.findings);
        if (!invariant)
            continue;
        const first = firstLineOfId.get(invariant.id);
        if (first !== undefined) {
            problem(invariant.line, `duplicate id \`${invariant.id}\` (first on line ${first})`);
            continue;
        }
        firstLineOfId.set(invariant.id, invariant.line);
        result.invariants.push(invariant);
    }
    return result;
}
function readInvariant(file, item, settings, problem, findings) {
    const line = item.entries[0]?.at.line ?? item.line;
    const idEntry = entryOf(item, 'id');
    if (!idEntry) {
        problem(line, 'invariant has no `id`');
        return undefined;
    }
    const id = textOf(idEntry.value);
    if (id === undefined || !ID_PATTERN.test(id)) {
        problem(idEntry.at.line, id === undefined
            ? `\`id\` must be text, not ${describeNode(idEntry.value)}`
            : `\`id\` \`${id}\` is not well formed: use letters, digits, \`.\`, \`_\` and \`-\`, starting and ending with a letter or digit (at most 128 characters)`);
        return undefined;
    }
    const where = `invariant \`${id}\``;
    for (const entry of item.entries) {
        if (INVARIANT_KEYS.includes(entry.key))
            continue;
        const hint = (0,config/* suggest */.ZA)(entry.key, INVARIANT_KEYS);
        if (hint) {
            findings.push((0,src_findings/* findingAt */.dz)(UNKNOWN_KEY, { file, line: entry.at.line, column: entry.at.column }, `${where}: unknown key \`${entry.key}\`${hint}; it is ignored`, { key: `${id}:${entry.key}` }));
        }
    }
    let valid = true;
    const oneOf = (key, allowed) => {
        const entry = entryOf(item, key);
        if (!entry) {
            problem(line, `${where} has no \`${key}\` (one of ${allowed.join(', ')})`);
            valid = false;
            return undefined;
        }
        const value = textOf(entry.value);
        if (value === undefined || !allowed.includes(value)) {
            problem(entry.at.line, `${where}: \`${key}\` must be one of ${allowed.join(', ')}, not ${describeNode(entry.value)}`);
            valid = false;
            return undefined;
        }
        return value;
    };
    const tier = oneOf('tier', settings.tiers);
    const severity = oneOf('severity', settings.severities);
    const tests = [];
    const testsEntry = entryOf(item, 'tests');
    if (!testsEntry) {
        problem(line, `${where} has no \`tests\` list (write \`tests: []\` when there is none)`);
        valid = false;
    }
    else if (testsEntry.value.kind !== 'sequence') {
        problem(testsEntry.at.line, `${where}: \`tests\` must be a list of paths, not ${describeNode(testsEntry.value)}`);
        valid = false;
    }
    else {
        for (const test of testsEntry.value.items) {
            const text = textOf(test);
            if (text === undefined || text.trim() === '') {
                problem(test.line, `${where}: a \`tests\` entry must be a path, not ${describeNode(test)}`);
                valid = false;
                continue;
            }
            tests.push({ text: text.trim(), line: test.line, column: test.column });
        }
    }
    let threatModel;
    const threatEntry = entryOf(item, 'threat_model');
    if (threatEntry) {
        const path = textOf(threatEntry.value);
        if (path === undefined || path.trim() === '') {
            problem(threatEntry.at.line, `${where}: \`threat_model\` must be the path of a file, not ${describeNode(threatEntry.value)}`);
        }
        else {
            threatModel = { path: path.trim(), line: threatEntry.at.line };
        }
    }
    let witness;
    const witnessEntry = entryOf(item, 'witness');
    const classes = settings.witnessClasses;
    if (witnessEntry) {
        witness = textOf(witnessEntry.value);
        if (witness === undefined || (classes && !classes.includes(witness))) {
            problem(witnessEntry.at.line, classes
                ? `${where}: \`witness\` must be one of ${classes.join(', ')}, not ${describeNode(witnessEntry.value)}`
                : `${where}: \`witness\` must be text, not ${describeNode(witnessEntry.value)}`);
            witness = undefined;
        }
    }
    else if (classes) {
        problem(line, `${where} has no \`witness\` (one of ${classes.join(', ')})`);
    }
    let rationale;
    const rationaleEntry = entryOf(item, 'non_testability_rationale');
    if (rationaleEntry) {
        rationale = textOf(rationaleEntry.value)?.trim();
        if (!rationale) {
            problem(rationaleEntry.at.line, `${where}: \`non_testability_rationale\` must be a sentence, not ${describeNode(rationaleEntry.value)}`);
        }
    }
    if (classes && testsEntry?.value.kind === 'sequence' && tests.length === 0 && !rationaleEntry) {
        problem(testsEntry.at.line, `${where}: \`tests: []\` needs a \`non_testability_rationale\` saying why no test can witness it`);
    }
    // Without a tier the gate cannot tell whether the invariant is gated: leave it out.
    if (tier === undefined || (!valid && testsEntry?.value.kind !== 'sequence'))
        return undefined;
    const invariant = { id, line, tier, severity: severity ?? 'unknown', tests };
    if (threatModel)
        invariant.threatModel = threatModel;
    if (witness !== undefined)
        invariant.witness = witness;
    if (rationale)
        invariant.nonTestabilityRationale = rationale;
    return invariant;
}
/** The text of a string scalar; undefined for numbers, booleans, nulls and collections. */
function textOf(node) {
    return node.kind === 'scalar' && node.type === 'str' ? node.text : undefined;
}

;// CONCATENATED MODULE: ./actions/invariant-gate/src/tests.ts
/**
 * Resolves `tests` entries: repository paths and globs to the regular files they name, and
 * `<repo>:<path>` entries to an external reference. A directory is not a test, and a symbolic
 * link counts only when it resolves to a regular file inside the repository.
 */



/** `<repo>:<path>` or `<owner>/<repo>:<path>`: a test in another repository. */
const EXTERNAL_PATTERN = /^((?:[A-Za-z0-9_.-]+\/)?[A-Za-z0-9_.-]+):(?!\/\/)(.+)$/;
/** Whether a `tests` entry names a file of another repository (`<repo>:<path>`). */
function isExternalEntry(entry) {
    return !entry.includes('\\') && EXTERNAL_PATTERN.test(entry);
}
const GLOB_OPTIONS = { dot: false, magicalBraces: true };
const GLOB_CHARACTERS = /[*?[\]{}()!+@]/;
class TestResolver {
    root;
    /** Repository-relative folder → its regular files (recursively), for glob matching. */
    listings = new Map();
    resolutions = new Map();
    /** `root` must be the real path of the repository (symlinks resolved). */
    constructor(root) {
        this.root = root;
    }
    /** Files that entries resolved to. */
    found = new Set();
    resolve(entry) {
        let resolution = this.resolutions.get(entry);
        if (!resolution) {
            resolution = this.resolveUncached(entry).then((result) => {
                if (result.kind === 'files')
                    for (const file of result.files)
                        this.found.add(file);
                return result;
            });
            this.resolutions.set(entry, resolution);
        }
        return resolution;
    }
    /** How many distinct files the entries resolved so far name. */
    filesFound() {
        return this.found.size;
    }
    async resolveUncached(entry) {
        // `C:\tests\a.ts` would otherwise read as `<repo>:<path>`: backslashes are refused first.
        if (entry.includes('\\')) {
            return { kind: 'none', reason: 'uses `\\`; write paths with `/`' };
        }
        const external = EXTERNAL_PATTERN.exec(entry);
        if (external) {
            return { kind: 'external', repository: external[1] ?? '', path: external[2] ?? '' };
        }
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry)) {
            return { kind: 'none', reason: 'is a URL, not a path in the repository' };
        }
        if (entry.startsWith('/')) {
            return { kind: 'none', reason: 'is absolute; write it relative to the repository root' };
        }
        const normalized = external_node_path_default().posix.normalize(entry.replace(/^\.\//, ''));
        if (normalized === '..' || normalized.startsWith('../')) {
            return { kind: 'none', reason: 'points outside the repository' };
        }
        // Most entries are plain paths; building a matcher (brace expansion) costs more than the
        // lookup, so only entries with a glob character get one.
        if (!GLOB_CHARACTERS.test(normalized)) {
            return this.resolvePath(normalized, entry.endsWith('/'));
        }
        // minimatch loads only when an index has globs.
        const { Minimatch } = await __webpack_require__.e(/* import() */ 693).then(__webpack_require__.bind(__webpack_require__, 46693));
        const glob = new Minimatch(normalized, GLOB_OPTIONS);
        if (!glob.hasMagic())
            return this.resolvePath(normalized, entry.endsWith('/'));
        const files = this.listFilesUnder(staticPrefix(glob)).filter((file) => glob.match(file));
        if (files.length === 0)
            return { kind: 'none', reason: 'matches no file' };
        return { kind: 'files', files };
    }
    // The file system is read synchronously: in a short-lived process, a few hundred lstat calls
    // cost a millisecond or two this way, and ten times that through the thread pool.
    resolvePath(relative, trailingSlash) {
        const absolute = external_node_path_default().join(this.root, relative);
        let info;
        try {
            info = (0,external_node_fs_.lstatSync)(absolute);
        }
        catch (error) {
            return { kind: 'none', reason: `does not exist (${(0,repository_file/* describeFsError */.TQ)(error)})` };
        }
        if (info.isSymbolicLink()) {
            const problem = this.symlinkProblem(relative);
            if (problem)
                return { kind: 'none', reason: problem };
            return { kind: 'files', files: [relative] };
        }
        if (info.isDirectory() || trailingSlash) {
            return { kind: 'none', reason: 'is a directory, not a test file' };
        }
        if (!info.isFile())
            return { kind: 'none', reason: 'is not a regular file' };
        return { kind: 'files', files: [relative] };
    }
    /** Why a symbolic link does not count as a test, or undefined when it does. */
    symlinkProblem(relative) {
        let target;
        try {
            target = (0,external_node_fs_.realpathSync)(external_node_path_default().join(this.root, relative));
        }
        catch (error) {
            return `is a broken symbolic link (${(0,repository_file/* describeFsError */.TQ)(error)})`;
        }
        const inside = external_node_path_default().relative(this.root, target);
        // `..name` is a file of the root, not a way out of it: test the whole first segment.
        if (inside === '' ||
            inside === '..' ||
            inside.startsWith(`..${(external_node_path_default()).sep}`) ||
            external_node_path_default().isAbsolute(inside)) {
            return 'is a symbolic link to a file outside the repository';
        }
        const info = (0,external_node_fs_.statSync)(target);
        if (info.isDirectory())
            return 'is a symbolic link to a directory, not a test file';
        return info.isFile() ? undefined : 'is a symbolic link to something other than a file';
    }
    /** Every usable file under `folder`, listed once however many globs ask. */
    listFilesUnder(folder) {
        let listing = this.listings.get(folder);
        if (!listing) {
            listing = this.walk(folder);
            this.listings.set(folder, listing);
        }
        return listing;
    }
    walk(start) {
        const files = [];
        const pending = [start];
        while (pending.length > 0) {
            const folder = pending.pop() ?? '';
            let entries;
            try {
                entries = (0,external_node_fs_.readdirSync)(external_node_path_default().join(this.root, folder), { withFileTypes: true });
            }
            catch {
                continue; // A folder that does not exist or cannot be listed matches nothing.
            }
            for (const entry of entries) {
                const relative = folder ? `${folder}/${entry.name}` : entry.name;
                if (entry.isDirectory()) {
                    if (!repository_file/* SKIPPED_DIRECTORIES */.j8.includes(entry.name))
                        pending.push(relative);
                }
                else if (entry.isFile()) {
                    files.push(relative);
                }
                else if (entry.isSymbolicLink() && !this.symlinkProblem(relative)) {
                    // Symbolic links to folders are not followed, so a link cannot make the walk loop.
                    files.push(relative);
                }
            }
        }
        return files.sort();
    }
}
/** The folders before a glob's first magic part: where a walk for its matches starts. */
function staticPrefix(glob) {
    const parts = [];
    // With braces there are several sets; walk from the folder they all share.
    const sets = glob.set;
    const first = sets[0] ?? [];
    for (let index = 0; index < first.length - 1; index++) {
        const part = first[index];
        if (typeof part !== 'string')
            break;
        if (!sets.every((set) => set[index] === part && set.length - 1 > index))
            break;
        parts.push(part);
    }
    return parts.join('/');
}

;// CONCATENATED MODULE: ./actions/invariant-gate/src/run.ts
/**
 * invariant-gate: every invariant of a gated tier in the project's index (default
 * `SECURITY/invariants.yaml`) must list at least one test entry that resolves to a real test
 * file. `runInvariantGate` loads the configuration and runs the gate; `checkInvariants` runs it
 * with a configuration already loaded (the audit does).
 */









const DEFAULT_INDEX = 'SECURITY/invariants.yaml';
const DEFAULT_TIERS = ['protocol', 'reference-impl', 'advisory'];
const DEFAULT_GATED_TIERS = ['protocol'];
const DEFAULT_SEVERITIES = ['critical', 'high', 'medium', 'low'];
const DEFAULT_MENTION_PATTERN = '{id}';
/** Loads the configuration at `root` and runs the gate. */
async function runInvariantGate(root, configFile, options = {}) {
    const loaded = await (0,config/* loadConfig */.Z9)(root, configFile === undefined ? {} : { file: configFile });
    const result = await checkInvariants(root, loaded.config, options);
    result.report.findings = (0,src_findings/* sortFindings */.Tc)([...loaded.findings, ...result.report.findings]);
    result.report.errors = (0,errors/* sortErrors */.Cp)([...loaded.errors, ...result.report.errors]);
    const failOn = loaded.config['fail-on'];
    if (failOn)
        result.failOn = failOn;
    return result;
}
/** Merges inputs over the configuration over the defaults. */
function gateSettings(config, options) {
    const section = config['invariant-gate'];
    const settings = {
        index: options.index || section.index || DEFAULT_INDEX,
        tiers: section.tiers ?? [...DEFAULT_TIERS],
        gatedTiers: options.gatedTiers ?? section['gated-tiers'] ?? [...DEFAULT_GATED_TIERS],
        severities: section.severities ?? [...DEFAULT_SEVERITIES],
        requireMention: options.requireMention ?? section['require-mention'] ?? false,
        mentionPattern: options.mentionPattern ?? section['mention-pattern'] ?? DEFAULT_MENTION_PATTERN,
        verifyExternal: options.verifyExternal ?? section['verify-external'] ?? false,
    };
    const witnessClasses = options.witnessClasses ?? section['witness-classes'];
    if (witnessClasses)
        settings.witnessClasses = witnessClasses;
    const maxUnmentioned = options.maxUnmentioned ?? section['max-unmentioned'];
    if (maxUnmentioned !== undefined)
        settings.maxUnmentioned = maxUnmentioned;
    return settings;
}
/** Whether the repository at `root` has the index the gate would read. */
function hasIndex(root, config) {
    return (0,external_node_fs_.existsSync)(external_node_path_default().join(root, gateSettings(config, {}).index));
}
/** Runs the gate on the repository at `root` with a loaded configuration. */
async function checkInvariants(rootPath, config, options = {}) {
    const settings = gateSettings(config, options);
    validateSettings(settings, config.file);
    const report = {
        command: 'invariant-gate',
        rules: [...RULES],
        findings: [],
        errors: [],
        filesScanned: 0,
    };
    const root = await (0,promises_.realpath)(rootPath).catch(() => {
        throw new errors/* InputError */.dz({ file: rootPath }, 'the repository folder does not exist');
    });
    const indexFile = settings.index.replace(/^\.\//, '');
    let text;
    try {
        text = await (0,repository_file/* readRepositoryFile */.tz)(root, indexFile);
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz))
            throw error;
        const missing = !(0,external_node_fs_.existsSync)(external_node_path_default().join(root, indexFile));
        report.errors.push(missing
            ? new errors/* InputError */.dz({ file: indexFile }, 'the invariants index does not exist (set `index` to where the project keeps it)')
            : error);
        report.scope = 'no index';
        return { report };
    }
    report.filesScanned = 1;
    let parsed;
    try {
        parsed = readInvariants(indexFile, parseIndexYaml(indexFile, text), settings);
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz))
            throw error;
        report.errors.push(error);
        report.scope = 'an unreadable index';
        return { report };
    }
    report.errors.push(...parsed.errors);
    report.findings.push(...parsed.findings);
    const checker = settings.verifyExternal
        ? await externalChecker(options, indexFile, parsed.invariants)
        : undefined;
    const resolver = new TestResolver(root);
    const texts = new FileTexts(root);
    const statuses = await Promise.all(parsed.invariants.map((invariant) => assess(invariant, settings, resolver, texts, checker, indexFile, report)));
    await checkThreatModels(parsed.invariants, statuses, indexFile, settings, resolver, texts, report);
    report.filesScanned = 1 + resolver.filesFound();
    const summary = summarize(indexFile, settings, statuses, checker);
    report.scope = `${(0,reporters/* plural */.LS)(summary.invariants.length, 'invariant')}, ${summary.gated} gated, ${summary.uncovered} uncovered`;
    report.findings = (0,src_findings/* sortFindings */.Tc)(report.findings);
    report.errors = (0,errors/* sortErrors */.Cp)(report.errors);
    return { report, summary };
}
function validateSettings(settings, configFile) {
    const where = configFile ? ` (${configFile})` : '';
    for (const tier of settings.gatedTiers) {
        if (!settings.tiers.includes(tier)) {
            throw new errors/* UsageError */.eb(`gated tier \`${tier}\` is not one of the tiers ${settings.tiers.join(', ')}${where}`);
        }
    }
    if (!settings.mentionPattern.includes('{id}')) {
        throw new errors/* UsageError */.eb(`mention-pattern must contain \`{id}\`${where}`);
    }
}
async function externalChecker(options, indexFile, invariants) {
    const needed = invariants.some((invariant) => invariant.tests.some((test) => isExternalEntry(test.text)));
    if (!needed)
        return undefined;
    if (!options.token) {
        throw new errors/* UsageError */.eb(`verify-external needs a GitHub token to check the \`<repo>:<path>\` entries of ${indexFile}`);
    }
    const owner = options.repository?.split('/')[0];
    if (!owner) {
        throw new errors/* UsageError */.eb('verify-external needs the repository (owner/name) whose siblings `<repo>:<path>` entries name: set GITHUB_REPOSITORY or --repository');
    }
    const { createExternalChecker } = await Promise.all(/* import() */[__webpack_require__.e(727), __webpack_require__.e(222)]).then(__webpack_require__.bind(__webpack_require__, 87222));
    const api = options.api ?? {};
    const client = { token: options.token };
    if (api.baseUrl !== undefined)
        client.baseUrl = api.baseUrl;
    if (api.retries !== undefined)
        client.retries = api.retries;
    if (api.retryBaseDelayMs !== undefined)
        client.retryBaseDelayMs = api.retryBaseDelayMs;
    if (api.timeoutMs !== undefined)
        client.timeoutMs = api.timeoutMs;
    if (api.cacheDir !== undefined)
        client.cacheDir = api.cacheDir;
    if (api.log !== undefined)
        client.log = api.log;
    return createExternalChecker(owner, client);
}
/** Texts of repository files, read once; undefined with a reason when unreadable. */
class FileTexts {
    root;
    texts = new Map();
    constructor(root) {
        this.root = root;
    }
    get count() {
        return this.texts.size;
    }
    read(file) {
        let text = this.texts.get(file);
        if (!text) {
            text = (0,repository_file/* readRepositoryFile */.tz)(this.root, file).then((value) => ({ text: value }), (error) => ({
                problem: error instanceof errors/* InputError */.dz ? error.reason : (0,errors/* errorMessage */.gJ)(error),
            }));
            this.texts.set(file, text);
        }
        return text;
    }
}
/** A test of whether `text` names `id` as a whole word, in the form `pattern` gives. */
function mentionMatcher(pattern, id) {
    const escape = (value) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const [before = '', after = ''] = pattern.split('{id}');
    return new RegExp(`${escape(before)}(?<![A-Za-z0-9_-])${escape(id)}(?![A-Za-z0-9_-])${escape(after)}`);
}
async function assess(invariant, settings, resolver, texts, checker, indexFile, report) {
    const gated = settings.gatedTiers.includes(invariant.tier);
    const status = {
        id: invariant.id,
        tier: invariant.tier,
        severity: invariant.severity,
        line: invariant.line,
        gated,
        tests: [],
        rejected: [],
        external: [],
    };
    if (invariant.witness !== undefined)
        status.witness = invariant.witness;
    const mention = settings.requireMention
        ? mentionMatcher(settings.mentionPattern, invariant.id)
        : undefined;
    const notMentioning = [];
    for (const test of invariant.tests) {
        const resolution = await resolver.resolve(test.text);
        if (resolution.kind === 'none') {
            status.rejected.push({ entry: test.text, line: test.line, reason: resolution.reason });
            continue;
        }
        if (resolution.kind === 'external') {
            if (!checker) {
                status.external.push(test.text);
                continue;
            }
            let verdict;
            try {
                verdict = await checker.check(resolution.repository, resolution.path);
            }
            catch (error) {
                const reason = error instanceof errors/* ApiError */.hD
                    ? error.message
                    : `the API check failed: ${(0,errors/* errorMessage */.gJ)(error)}`;
                report.errors.push(new errors/* InputError */.dz({ file: indexFile, line: test.line }, `${test.text} could not be checked: ${reason}`));
                continue;
            }
            if (verdict.exists)
                status.tests.push(test.text);
            else
                status.rejected.push({ entry: test.text, line: test.line, reason: verdict.reason });
            continue;
        }
        let counted = false;
        for (const file of resolution.files) {
            if (mention) {
                const { text, problem } = await texts.read(file);
                if (text === undefined || !mention.test(text)) {
                    const reason = problem
                        ? `cannot be read (${problem})`
                        : `does not mention \`${invariant.id}\``;
                    notMentioning.push({ test, file, reason });
                    continue;
                }
            }
            if (!status.tests.includes(file))
                status.tests.push(file);
            counted = true;
        }
        if (!counted && mention) {
            status.rejected.push({
                entry: test.text,
                line: test.line,
                reason: resolution.files.length === 1
                    ? (notMentioning.at(-1)?.reason ?? `does not mention \`${invariant.id}\``)
                    : `matches ${resolution.files.length} files, none of which mentions \`${invariant.id}\``,
            });
        }
    }
    const covered = status.tests.length > 0;
    if (gated && !covered) {
        const detail = status.rejected.length > 0
            ? `; ${status.rejected.map((entry) => `${entry.entry} ${entry.reason}`).join('; ')}`
            : invariant.tests.length === 0
                ? '; it lists no tests'
                : '';
        const count = status.external.length;
        const external = count > 0
            ? ` (${count} ${count === 1 ? 'entry' : 'entries'} in other repositories not checked: set verify-external)`
            : '';
        report.findings.push((0,src_findings/* findingAt */.dz)(rules_UNCOVERED_INVARIANT, { file: indexFile, line: invariant.line }, `${invariant.severity} ${invariant.tier}-tier invariant \`${invariant.id}\` has no test that resolves${detail}${external}`, { key: invariant.id }));
    }
    else {
        // The invariant is covered (or not gated): entries that point nowhere are stale. An entry
        // left out for not mentioning the id of a covered invariant is reported once, below.
        const mentionRejected = (entry) => covered &&
            notMentioning.some(({ test }) => test.text === entry.entry && test.line === entry.line);
        for (const entry of status.rejected) {
            if (mentionRejected(entry))
                continue;
            report.findings.push((0,src_findings/* findingAt */.dz)(UNRESOLVED_TEST, { file: indexFile, line: entry.line }, `\`${invariant.id}\`: test entry ${entry.entry} ${entry.reason}`, { key: `${invariant.id}:${entry.entry}` }));
        }
    }
    if (covered) {
        for (const { test, file, reason } of notMentioning) {
            report.findings.push((0,src_findings/* findingAt */.dz)(TEST_NOT_MENTIONING, { file: indexFile, line: test.line }, `\`${invariant.id}\`: ${file} ${reason}; it does not count as a test`, { key: `${invariant.id}:${file}` }));
        }
    }
    if (gated && invariant.witness === 'unwitnessable' && settings.witnessClasses) {
        report.findings.push((0,src_findings/* findingAt */.dz)(UNWITNESSABLE_GATED, { file: indexFile, line: invariant.line }, `${invariant.tier}-tier invariant \`${invariant.id}\` is classed unwitnessable; a gated invariant needs a witness`, { key: invariant.id }));
    }
    return status;
}
async function checkThreatModels(invariants, statuses, indexFile, settings, resolver, texts, report) {
    const byFile = new Map();
    for (const invariant of invariants) {
        if (!invariant.threatModel)
            continue;
        const list = byFile.get(invariant.threatModel.path) ?? [];
        list.push(invariant);
        byFile.set(invariant.threatModel.path, list);
    }
    const statusOf = new Map(statuses.map((status) => [status.id, status]));
    let unmentioned = 0;
    for (const [file, named] of byFile) {
        const first = named[0];
        if (!first?.threatModel)
            continue;
        const resolution = await resolver.resolve(file);
        const problem = resolution.kind === 'files' && resolution.files.length === 1 && resolution.files[0] === file
            ? undefined
            : resolution.kind === 'none'
                ? resolution.reason
                : 'is not the path of one file in the repository';
        const text = problem ? undefined : await texts.read(file);
        if (problem || text?.text === undefined) {
            report.findings.push((0,src_findings/* findingAt */.dz)(MISSING_THREAT_MODEL, { file: indexFile, line: first.threatModel.line }, `threat model ${file} ${problem ?? `cannot be read (${text?.problem ?? 'unknown'})`}; named by ${(0,reporters/* plural */.LS)(named.length, 'invariant')} (${named
                .slice(0, 3)
                .map((invariant) => `\`${invariant.id}\``)
                .join(', ')}${named.length > 3 ? ', …' : ''})`, { key: file }));
            continue;
        }
        for (const invariant of named) {
            const found = mentionMatcher('{id}', invariant.id).test(text.text);
            const status = statusOf.get(invariant.id);
            if (status)
                status.inThreatModel = found;
            if (!found)
                unmentioned += 1;
        }
    }
    const max = settings.maxUnmentioned;
    if (max === undefined)
        return;
    // The ratchet is about the index as a whole: report it on its first line.
    const at = { file: indexFile, line: 1 };
    if (unmentioned > max) {
        report.findings.push((0,src_findings/* findingAt */.dz)(THREAT_MODEL_RATCHET, at, unmentioned === 1
            ? `1 invariant is not named in its threat model, over the ratchet of ${max}: name it in the threat model (or raise max-unmentioned with a reason)`
            : `${unmentioned} invariants are not named in their threat model, over the ratchet of ${max}: name them in the threat model (or raise max-unmentioned with a reason)`, { key: 'ratchet' }));
    }
    else if (unmentioned < max) {
        report.findings.push((0,src_findings/* findingAt */.dz)(RATCHET_CAN_TIGHTEN, at, `only ${unmentioned === 1 ? '1 invariant is not named in its' : `${unmentioned} invariants are not named in their`} threat model: lower max-unmentioned from ${max} to ${unmentioned}`, { key: 'ratchet' }));
    }
}
function summarize(indexFile, settings, statuses, checker) {
    const byTier = {};
    const bySeverity = {};
    const byWitness = {};
    const add = (table, key, covered) => {
        const tally = (table[key] ??= { total: 0, covered: 0, uncovered: 0 });
        tally.total += 1;
        if (covered)
            tally.covered += 1;
        else
            tally.uncovered += 1;
    };
    let gated = 0;
    let uncovered = 0;
    let external = 0;
    let unmentioned = 0;
    for (const status of statuses) {
        const covered = status.tests.length > 0;
        add(byTier, status.tier, covered);
        add(bySeverity, status.severity, covered);
        if (status.witness !== undefined)
            add(byWitness, status.witness, covered);
        if (status.gated) {
            gated += 1;
            if (!covered)
                uncovered += 1;
        }
        external += status.external.length;
        if (status.inThreatModel === false)
            unmentioned += 1;
    }
    return {
        index: indexFile,
        settings,
        invariants: statuses,
        byTier,
        bySeverity,
        byWitness,
        gated,
        uncovered,
        external,
        unmentioned,
        apiRequests: checker?.requests() ?? 0,
    };
}
/** Findings of the gate that fail it (used to list uncovered invariants). */
function uncoveredFindings(report) {
    return report.findings.filter((finding) => finding.rule === UNCOVERED_INVARIANT.id);
}


/***/ })

};
