export const id = 202;
export const ids = [202,484];
export const modules = {

/***/ 13292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BK: () => (/* binding */ parseWorkflowUri),
/* harmony export */   ZX: () => (/* binding */ SLSA_PROVENANCE_V02),
/* harmony export */   _M: () => (/* binding */ repositoryOf),
/* harmony export */   nZ: () => (/* binding */ resolvePolicy),
/* harmony export */   tx: () => (/* binding */ identityMismatch),
/* harmony export */   us: () => (/* binding */ SLSA_PROVENANCE_V1)
/* harmony export */ });
/* unused harmony exports GITHUB_ACTIONS_ISSUER, refMatches */
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46693);
/* harmony import */ var _palisade_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);
/**
 * The policy: who must have signed, from which repository and ref, with which issuer, which
 * predicate types are required, and the optional runner and age limits. Read from the
 * `provenance-gate` section of `.github/palisade.yml`; inputs override it key by key.
 */


const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const SLSA_PROVENANCE_V02 = 'https://slsa.dev/provenance/v0.2';
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const WORKFLOW = /^([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)\/(\.github\/workflows\/[^/@\s]+\.ya?ml)(?:@(\S+))?$/;
const DURATION = /^(\d+)\s*([smhdw])$/;
const UNIT_MS = {
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000,
};
/** Validates a policy; anything unusable is a UsageError naming the setting (exit 2). */
function resolvePolicy(input, serverUrl = 'https://github.com') {
    const server = serverUrl.replace(/\/+$/, '');
    const policy = {
        issuer: input.issuer?.trim() || GITHUB_ACTIONS_ISSUER,
        predicateTypes: [...new Set((input.predicateTypes ?? []).map((type) => type.trim()))].filter((type) => type !== ''),
        denySelfHostedRunners: input.denySelfHostedRunners ?? false,
        serverUrl: server,
    };
    if (policy.predicateTypes.length === 0)
        policy.predicateTypes = [SLSA_PROVENANCE_V1];
    if (!/^https:\/\/\S+$/.test(policy.issuer)) {
        throw new _palisade_core__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`\`issuer\` must be an https URL, not \`${policy.issuer}\``);
    }
    for (const type of policy.predicateTypes) {
        if (/\s/.test(type) || !type.includes(':')) {
            throw new _palisade_core__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`\`predicate-type\` must be a URI, not \`${type}\``);
        }
    }
    const signerWorkflow = input.signerWorkflow?.trim();
    if (signerWorkflow) {
        const text = stripServer(signerWorkflow, server);
        const match = WORKFLOW.exec(text);
        if (!match) {
            throw new _palisade_core__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`\`signer-workflow\` must be \`owner/repo/.github/workflows/file.yml\` with an optional \`@ref\`, not \`${signerWorkflow}\``);
        }
        policy.signerWorkflow = { repository: match[1] ?? '', path: match[2] ?? '' };
        if (match[3])
            policy.signerWorkflow.ref = match[3];
    }
    for (const key of ['signerRepo', 'sourceRepo']) {
        const value = input[key]?.trim();
        if (!value)
            continue;
        const repository = stripServer(value, server);
        if (!REPOSITORY.test(repository)) {
            throw new _palisade_core__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`\`${kebab(key)}\` must be \`owner/repo\`, not \`${value}\``);
        }
        policy[key] = repository;
    }
    const sourceRef = input.sourceRef?.trim();
    if (sourceRef) {
        if (!sourceRef.startsWith('refs/')) {
            throw new _palisade_core__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`\`source-ref\` must be a full ref such as \`refs/tags/v*\` or \`refs/heads/main\`, not \`${sourceRef}\``);
        }
        policy.sourceRef = sourceRef;
    }
    const maxAge = input.maxAge?.trim();
    if (maxAge) {
        const match = DURATION.exec(maxAge);
        if (!match || Number(match[1]) === 0) {
            throw new _palisade_core__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`\`max-age\` must be a number and a unit (s, m, h, d or w), e.g. \`30d\`, not \`${maxAge}\``);
        }
        policy.maxAgeMs = Number(match[1]) * (UNIT_MS[match[2] ?? ''] ?? 0);
    }
    // Nothing passes by default: a signature from anyone at all proves nothing.
    if (!policy.signerWorkflow && !policy.signerRepo) {
        throw new _palisade_core__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('the policy names no signer: set `signer-workflow` (owner/repo/.github/workflows/file.yml) or `signer-repo` (owner/repo), as an input or in the `provenance-gate` section of .github/palisade.yml');
    }
    return policy;
}
function parseWorkflowUri(uri, server) {
    if (!uri?.startsWith(`${server}/`))
        return undefined;
    const match = /^([^/]+\/[^/]+)\/([^@]+)@(.+)$/.exec(uri.slice(server.length + 1));
    if (!match)
        return undefined;
    return { repository: match[1] ?? '', path: match[2] ?? '', ref: match[3] ?? '' };
}
/** `owner/repo` of a repository URI on the server, or undefined. */
function repositoryOf(uri, server) {
    if (!uri?.startsWith(`${server}/`))
        return undefined;
    const rest = uri.slice(server.length + 1);
    return REPOSITORY.test(rest) ? rest : undefined;
}
/** Why the certificate's identity does not satisfy the policy, or undefined when it does. */
function identityMismatch(policy, identity) {
    if (identity.issuer !== policy.issuer) {
        return identity.issuer === undefined
            ? 'the certificate names no OIDC issuer'
            : `the OIDC issuer is ${identity.issuer}, not ${policy.issuer} as the policy requires`;
    }
    const signer = parseWorkflowUri(identity.buildSignerUri ?? identity.subjectAlternativeName, policy.serverUrl);
    const signerText = signer
        ? `${signer.repository}/${signer.path}@${signer.ref}`
        : (identity.buildSignerUri ?? identity.subjectAlternativeName ?? '(none)');
    if (policy.signerWorkflow) {
        const wanted = policy.signerWorkflow;
        const wantedText = `${wanted.repository}/${wanted.path}${wanted.ref ? `@${wanted.ref}` : ''}`;
        if (!signer ||
            !sameRepository(signer.repository, wanted.repository) ||
            signer.path !== wanted.path ||
            (wanted.ref !== undefined && signer.ref !== wanted.ref)) {
            return `the signer workflow is ${signerText}, not ${wantedText} as the policy requires`;
        }
    }
    if (policy.signerRepo && !(signer && sameRepository(signer.repository, policy.signerRepo))) {
        return `the signer workflow is ${signerText}, which is not in ${policy.signerRepo} as the policy requires`;
    }
    if (policy.sourceRepo) {
        const source = repositoryOf(identity.sourceRepositoryUri, policy.serverUrl);
        if (!source || !sameRepository(source, policy.sourceRepo)) {
            return `the source repository is ${source ?? identity.sourceRepositoryUri ?? '(none)'}, not ${policy.sourceRepo} as the policy requires`;
        }
    }
    if (policy.sourceRef) {
        const ref = identity.sourceRepositoryRef;
        if (ref === undefined || !refMatches(ref, policy.sourceRef)) {
            return `the source ref is ${ref ?? '(none)'}, which does not match ${policy.sourceRef} as the policy requires`;
        }
    }
    return undefined;
}
/** Exact, or a glob (`*` stays within one path segment: `refs/tags/v*`). */
function refMatches(ref, pattern) {
    return /[*?[\]{}]/.test(pattern)
        ? (0,minimatch__WEBPACK_IMPORTED_MODULE_0__/* .minimatch */ .xF)(ref, pattern, { nocomment: true, nonegate: true })
        : ref === pattern;
}
function sameRepository(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}
function stripServer(value, server) {
    return value.startsWith(`${server}/`) ? value.slice(server.length + 1) : value;
}
function kebab(key) {
    return key.replace(/[A-Z]/g, (char) => `-${char.toLowerCase()}`);
}


/***/ }),

/***/ 66803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ NO_ATTESTATION),
/* harmony export */   J_: () => (/* binding */ ATTESTATION_AGE),
/* harmony export */   RS: () => (/* binding */ INVALID_ATTESTATION),
/* harmony export */   Ri: () => (/* binding */ FETCH_FAILED),
/* harmony export */   SI: () => (/* binding */ SIGNER_MISMATCH),
/* harmony export */   To: () => (/* binding */ PREDICATE_TYPE),
/* harmony export */   nI: () => (/* binding */ PROVENANCE_MISMATCH),
/* harmony export */   tE: () => (/* binding */ RUNNER_ENVIRONMENT),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
/* harmony import */ var _palisade_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23380);
/** What can make an artifact fail the gate; each id is a section of the README. */

function rule(id, summary, help) {
    return {
        id,
        action: 'provenance-gate',
        summary,
        help,
        defaultSeverity: 'error',
        helpUri: (0,_palisade_core__WEBPACK_IMPORTED_MODULE_0__/* .ruleHelpUri */ .S7)('provenance-gate', id),
    };
}
const NO_ATTESTATION = rule('no-attestation', 'No attestation names the artifact as a subject', 'Every artifact must be a subject (by sha256 or sha512 digest) of a verified attestation.');
const INVALID_ATTESTATION = rule('invalid-attestation', 'The attestation is malformed or its signature, certificate chain, log entry or timestamp does not verify', 'The bundle must verify against a trusted root: public-good Sigstore, GitHub, or `trusted-root`.');
const PREDICATE_TYPE = rule('predicate-type', 'No verified attestation of a required predicate type', 'Each type in `predicate-type` must be covered by a verified attestation of the artifact.');
const SIGNER_MISMATCH = rule('signer-mismatch', "The signing certificate's identity does not match the policy", 'The issuer, signer workflow or repository, source repository and ref must be the ones the policy names.');
const PROVENANCE_MISMATCH = rule('provenance-mismatch', 'The provenance claims a workflow, repository, ref or commit the certificate does not', 'What SLSA provenance says about the build must agree with what Fulcio certified.');
const RUNNER_ENVIRONMENT = rule('self-hosted-runner', 'The attestation was signed on a self-hosted runner', 'With `deny-self-hosted-runners`, only attestations made on GitHub-hosted runners count.');
const ATTESTATION_AGE = rule('attestation-too-old', 'The attestation is older than `max-age`', 'The signing time (the certificate’s start) must be within `max-age` of now.');
const FETCH_FAILED = rule('fetch-failed', 'The attestations could not be fetched from the GitHub API', 'A gate that cannot fetch the attestations cannot decide, so the artifact fails.');
const RULES = [
    NO_ATTESTATION,
    INVALID_ATTESTATION,
    PREDICATE_TYPE,
    SIGNER_MISMATCH,
    PROVENANCE_MISMATCH,
    RUNNER_ENVIRONMENT,
    ATTESTATION_AGE,
    FETCH_FAILED,
];


/***/ }),

/***/ 33202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runProvenanceGate: () => (/* binding */ runProvenanceGate)
});

// UNUSED EXPORTS: TABLE_HEADERS, formatTable, judge, shortDigest, tableCells

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(637);
// EXTERNAL MODULE: ./packages/core/src/config.ts
var config = __webpack_require__(83484);
// EXTERNAL MODULE: ./packages/core/src/findings.ts
var src_findings = __webpack_require__(23380);
// EXTERNAL MODULE: ./packages/core/src/reporters.ts
var reporters = __webpack_require__(2618);
// EXTERNAL MODULE: ./actions/provenance-gate/src/policy.ts
var src_policy = __webpack_require__(13292);
// EXTERNAL MODULE: ./actions/provenance-gate/src/rules.ts
var rules = __webpack_require__(66803);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/.pnpm/minimatch@11.0.9/node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(46693);
// EXTERNAL MODULE: ./packages/core/src/repository-file.ts
var repository_file = __webpack_require__(57589);
;// CONCATENATED MODULE: ./actions/provenance-gate/src/sources.ts
/**
 * The gate's local inputs: the artifacts (files by glob, or digests) and the bundle files
 * (`.json`, `.jsonl` one bundle per line, `*.sigstore.json`, globs allowed).
 */






/** Bundle files larger than this are refused (a bundle is a few kB). */
const MAX_BUNDLE_FILE_BYTES = 32 * 1024 * 1024;
const MAX_WALKED_ENTRIES = 100_000;
const GLOB_CHARS = /[*?[\]{}]/;
const DIGEST = /^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/;
/** `sha256:<64 hex>` or `sha512:<128 hex>`; anything else is a usage error. */
function parseDigest(value) {
    const text = value.trim().toLowerCase();
    if (!DIGEST.test(text)) {
        throw new src_errors/* UsageError */.eb(`\`subject-digest\` must be sha256:<64 hex digits> or sha512:<128 hex digits>, not \`${value.trim()}\``);
    }
    const [algorithm = '', hex = ''] = text.split(':');
    return { name: text, digests: { [algorithm]: hex } };
}
/** The primary digest to show: sha256 when known. */
function displayDigest(artifact) {
    const [algorithm, hex] = artifact.digests.sha256
        ? ['sha256', artifact.digests.sha256]
        : (Object.entries(artifact.digests)[0] ?? ['', '']);
    return `${algorithm}:${hex}`;
}
/** Expands globs to files; a pattern that matches nothing or a missing file is an InputError. */
async function expandPatterns(root, patterns, what) {
    const files = new Set();
    const errors = [];
    for (const raw of patterns) {
        const pattern = raw.trim();
        if (pattern === '')
            continue;
        if (!GLOB_CHARS.test(pattern)) {
            try {
                const info = await (0,promises_.stat)(external_node_path_default().resolve(root, pattern));
                if (info.isFile())
                    files.add(pattern);
                else
                    errors.push(new src_errors/* InputError */.dz({ file: pattern }, `the ${what} is not a file`));
            }
            catch (error) {
                errors.push(new src_errors/* InputError */.dz({ file: pattern }, `cannot read the ${what}: ${(0,repository_file/* describeFsError */.TQ)(error)}`));
            }
            continue;
        }
        const matched = await walkGlob(root, pattern);
        if (matched.length === 0) {
            errors.push(new src_errors/* InputError */.dz({ file: pattern }, `the ${what} pattern matches no file`));
        }
        for (const file of matched)
            files.add(file);
    }
    return { files: [...files].sort(), errors };
}
async function walkGlob(root, pattern) {
    const posix = pattern.split((external_node_path_default()).sep).join('/');
    const segments = posix.split('/');
    const firstGlob = segments.findIndex((segment) => GLOB_CHARS.test(segment));
    const base = segments.slice(0, firstGlob).join('/') || (posix.startsWith('/') ? '/' : '.');
    const absoluteBase = external_node_path_default().resolve(root, base);
    const matches = [];
    let seen = 0;
    const walk = async (folder, display) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(folder, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            if (++seen > MAX_WALKED_ENTRIES)
                return;
            const shown = display === '.' ? entry.name : `${display === '/' ? '' : display}/${entry.name}`;
            if (entry.isDirectory()) {
                if (entry.name === '.git' || entry.name === 'node_modules')
                    continue;
                await walk(external_node_path_default().join(folder, entry.name), shown);
            }
            else if (entry.isFile() && (0,esm/* minimatch */.xF)(shown, posix, { dot: false })) {
                matches.push(shown);
            }
        }
    };
    await walk(absoluteBase, base);
    return matches.sort();
}
/** sha256 and sha512 of a file, read once as a stream (artifacts may be large). */
async function hashFile(root, file) {
    const sha256 = (0,external_node_crypto_.createHash)('sha256');
    const sha512 = (0,external_node_crypto_.createHash)('sha512');
    await new Promise((resolve, reject) => {
        (0,external_node_fs_.createReadStream)(external_node_path_default().resolve(root, file))
            .on('data', (chunk) => {
            sha256.update(chunk);
            sha512.update(chunk);
        })
            .on('error', reject)
            .on('end', resolve);
    });
    return { name: file, digests: { sha256: sha256.digest('hex'), sha512: sha512.digest('hex') } };
}
/**
 * The bundles of one file: a JSON document (one bundle, or a list of them) or JSON Lines (one
 * bundle per line). A line or file that is not JSON is an InputError with its line (exit 2).
 */
async function readBundleFile(root, file) {
    const absolute = external_node_path_default().resolve(root, file);
    let text;
    try {
        const info = await (0,promises_.stat)(absolute);
        if (info.size > MAX_BUNDLE_FILE_BYTES) {
            return {
                bundles: [],
                errors: [
                    new src_errors/* InputError */.dz({ file }, `the bundle file is larger than ${MAX_BUNDLE_FILE_BYTES / 1024 / 1024} MiB`),
                ],
            };
        }
        text = await (0,promises_.readFile)(absolute, 'utf8');
    }
    catch (error) {
        return {
            bundles: [],
            errors: [new src_errors/* InputError */.dz({ file }, `cannot read the bundle file: ${(0,repository_file/* describeFsError */.TQ)(error)}`)],
        };
    }
    text = text.replace(/^\uFEFF/, '');
    if (text.trim() === '') {
        return { bundles: [], errors: [new src_errors/* InputError */.dz({ file }, 'the bundle file is empty')] };
    }
    if (!file.endsWith('.jsonl')) {
        try {
            const value = JSON.parse(text);
            const list = Array.isArray(value) ? value : [value];
            return {
                bundles: list.map((json, i) => ({
                    label: list.length === 1 ? file : `${file}[${i}]`,
                    json,
                })),
                errors: [],
            };
        }
        catch {
            // Not one JSON document: read it as JSON Lines (`.intoto.jsonl` files often are).
        }
    }
    const bundles = [];
    const errors = [];
    const lines = text.split(/\r?\n/);
    lines.forEach((line, index) => {
        if (line.trim() === '')
            return;
        try {
            bundles.push({ label: `${file}:${index + 1}`, json: JSON.parse(line) });
        }
        catch (error) {
            errors.push(new src_errors/* InputError */.dz({ file, line: index + 1 }, `not a JSON bundle: ${error instanceof SyntaxError ? error.message : String(error)}`));
        }
    });
    return { bundles, errors };
}

;// CONCATENATED MODULE: ./actions/provenance-gate/src/run.ts
/**
 * provenance-gate: does every artifact carry a verified attestation, signed by the workflow
 * the policy names, of every required predicate type? Nothing passes by default.
 *
 * `runProvenanceGate(root, configFile, options)` is what the action and `palisade verify` call:
 *
 * - `root`: the folder relative paths are resolved against (artifacts, bundles, the
 *   configuration, `trustedRoot`, `reportFile`).
 * - `configFile`: the configuration relative to `root`; undefined reads `.github/palisade.yml`
 *   when it exists. Its `provenance-gate` section gives the policy; options override it key by
 *   key.
 * - `options` (ProvenanceGateOptions): the artifacts (`subjectPaths` globs and/or
 *   `subjectDigests`), the bundles (`bundles` globs; without them, `repository` or
 *   `organization` with a `token` fetches them from the attestations API at `apiUrl`), the
 *   policy (`signerWorkflow`, `signerRepo`, `sourceRepo`, `sourceRef`, `issuer`,
 *   `predicateTypes`, `denySelfHostedRunners`, `maxAge`), `trustedRoot` (a file replacing the
 *   shipped roots), `reportFile` (where to write the JSON report), and `now` (tests).
 *
 * It returns `{ report, verdicts, verified, policy, json, reportFile?, table }`: `report` (the
 * core Report: one error finding per failed artifact, InputErrors for unusable inputs, so
 * `exitCodeFor(report, 'error')` is the exit code), one Verdict per artifact, `verified` (true
 * only when every artifact passed and every input was usable), the JSON report and the
 * terminal table. Usage problems (no artifacts, no signer in the policy, a bad value) throw
 * UsageError (exit 2).
 */






async function runProvenanceGate(root, configFile, options = {}) {
    const subjectPaths = (options.subjectPaths ?? []).filter((value) => value.trim() !== '');
    const subjectDigests = (options.subjectDigests ?? []).filter((value) => value.trim() !== '');
    const bundlePatterns = (options.bundles ?? []).filter((value) => value.trim() !== '');
    if (subjectPaths.length === 0 && subjectDigests.length === 0) {
        throw new src_errors/* UsageError */.eb('no artifact to verify: give `subject-path` (globs) or `subject-digest`');
    }
    const online = bundlePatterns.length === 0;
    if (online && !options.repository && !options.organization) {
        throw new src_errors/* UsageError */.eb('no bundles to verify: give `bundle` files, or `repository` (owner/repo) or `organization` to fetch them from the attestations API');
    }
    if (online && !options.token) {
        throw new src_errors/* UsageError */.eb('fetching attestations from the API needs a token (`github-token`, with `attestations: read`); give `bundle` files to verify offline');
    }
    if (options.repository && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(options.repository)) {
        throw new src_errors/* UsageError */.eb(`\`repository\` must be owner/repo, not \`${options.repository}\``);
    }
    const digests = subjectDigests.map(parseDigest);
    const loaded = await (0,config/* loadConfig */.Z9)(root, configFile === undefined ? {} : { file: configFile });
    const section = loaded.config['provenance-gate'];
    const input = {};
    const pick = (value, fallback) => value ?? fallback;
    const set = (key, value) => {
        if (value !== undefined)
            input[key] = value;
    };
    set('signerWorkflow', pick(blank(options.signerWorkflow), section['signer-workflow']));
    set('signerRepo', pick(blank(options.signerRepo), section['signer-repo']));
    set('sourceRepo', pick(blank(options.sourceRepo), section['source-repo']));
    set('sourceRef', pick(blank(options.sourceRef), section['source-ref']));
    set('issuer', pick(blank(options.issuer), section.issuer));
    set('predicateTypes', options.predicateTypes && options.predicateTypes.length > 0
        ? options.predicateTypes
        : section['predicate-type']);
    set('denySelfHostedRunners', pick(options.denySelfHostedRunners, section['deny-self-hosted-runners']));
    set('maxAge', pick(blank(options.maxAge), section['max-age']));
    const policy = (0,src_policy/* resolvePolicy */.nZ)(input, options.serverUrl ?? (process.env.GITHUB_SERVER_URL || 'https://github.com'));
    const now = options.now ?? new Date();
    const errors = [...loaded.errors];
    const artifacts = [...digests];
    const expanded = await expandPatterns(root, subjectPaths, 'artifact');
    errors.push(...expanded.errors);
    for (const file of expanded.files) {
        try {
            artifacts.push(await hashFile(root, file));
        }
        catch (error) {
            errors.push(new src_errors/* InputError */.dz({ file }, `cannot read the artifact: ${(0,src_errors/* errorMessage */.gJ)(error)}`));
        }
    }
    // Sigstore loads only now that there is something to verify.
    const [{ verifyBundle }, trust] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(922), __webpack_require__.e(760)]).then(__webpack_require__.bind(__webpack_require__, 58760)),
        Promise.all(/* import() */[__webpack_require__.e(922), __webpack_require__.e(550)]).then(__webpack_require__.bind(__webpack_require__, 95550)),
    ]);
    const roots = options.trustedRoot
        ? [await trust.rootFromFile(root, options.trustedRoot)]
        : await trust.shippedRoots();
    // PALISADE_PROVENANCE_TIMINGS=1 prints each verification's time to stderr (the benchmark reads it).
    const timings = process.env.PALISADE_PROVENANCE_TIMINGS === '1';
    const check = (source) => {
        const started = timings ? performance.now() : 0;
        const attestation = verifyBundle(source, roots, policy, now);
        if (timings) {
            process.stderr.write(`palisade-timing ${(performance.now() - started).toFixed(3)}\n`);
        }
        return attestation;
    };
    const verdicts = [];
    let attestationCount = 0;
    if (!online) {
        const files = await expandPatterns(root, bundlePatterns, 'bundle');
        errors.push(...files.errors);
        const attestations = [];
        for (const file of files.files) {
            const read = await readBundleFile(root, file);
            errors.push(...read.errors);
            attestations.push(...read.bundles.map(check));
        }
        attestationCount = attestations.length;
        for (const artifact of artifacts)
            verdicts.push(judge(artifact, attestations, policy, undefined));
    }
    else {
        const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(727), __webpack_require__.e(669)]).then(__webpack_require__.bind(__webpack_require__, 91669));
        const { fetchAttestations } = await __webpack_require__.e(/* import() */ 216).then(__webpack_require__.bind(__webpack_require__, 78216));
        const client = createGitHubClient({
            token: options.token ?? '',
            ...(options.apiUrl ? { baseUrl: options.apiUrl } : {}),
            ...(options.retries !== undefined ? { retries: options.retries } : {}),
            ...(options.retryBaseDelayMs !== undefined
                ? { retryBaseDelayMs: options.retryBaseDelayMs }
                : {}),
            ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
            ...(options.log ? { log: options.log } : {}),
        });
        const scope = options.repository
            ? { repository: options.repository }
            : { organization: options.organization ?? '' };
        const where = scope.repository ?? `the organization ${options.organization ?? ''}`;
        for (const artifact of artifacts) {
            const digest = displayDigest(artifact);
            let fetched;
            try {
                fetched = await fetchAttestations(client.octokit, scope, digest);
            }
            catch (error) {
                verdicts.push(failed(artifact, rules/* FETCH_FAILED */.Ri, `the attestations could not be fetched: ${(0,src_errors/* errorMessage */.gJ)(error)}`, []));
                continue;
            }
            const attestations = fetched.bundles.map(check);
            attestationCount += attestations.length;
            const none = fetched.notFound
                ? `the attestations API of ${where} has no attestation for ${digest} (404: none, or not visible to the token)`
                : `the attestations API of ${where} has no attestation for ${digest}`;
            verdicts.push(judge(artifact, attestations, policy, none));
        }
    }
    const findings = verdicts
        .filter((verdict) => !verdict.verified)
        .map((verdict) => (0,src_findings/* findingAt */.dz)(rules/* RULES */.y0.find((rule) => rule.id === verdict.rule) ?? rules/* NO_ATTESTATION */.Br, { file: verdict.artifact, line: 1 }, `${verdict.artifact} (${shortDigest(verdict.digest)}): ${verdict.reason}`, { key: `${verdict.digest}\u0000${verdict.reason}` }));
    const report = {
        command: 'provenance-gate',
        rules: rules/* RULES */.y0,
        findings,
        errors,
        filesScanned: artifacts.length,
        scope: `${(0,reporters/* plural */.LS)(artifacts.length, 'artifact')}, ${(0,reporters/* plural */.LS)(attestationCount, 'attestation')}`,
    };
    const verified = verdicts.length > 0 && errors.length === 0 && verdicts.every((verdict) => verdict.verified);
    const json = {
        tool: 'palisade',
        version: reporters/* PALISADE_VERSION */.XN,
        command: 'provenance-gate',
        verified,
        policy: policyJson(policy),
        verdicts,
        errors: errors.map((error) => ({
            file: error.location.file,
            ...(error.location.line === undefined ? {} : { line: error.location.line }),
            message: error.reason,
        })),
    };
    const result = {
        report,
        verdicts,
        verified,
        policy,
        json,
        table: formatTable(verdicts),
    };
    if (options.reportFile) {
        const file = external_node_path_default().resolve(root, options.reportFile);
        await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
        await (0,promises_.writeFile)(file, `${JSON.stringify(json, null, 2)}\n`);
        result.reportFile = file;
    }
    return result;
}
/**
 * The verdict of one artifact: it passes when, for every required predicate type, an
 * attestation that passed every check names one of its digests. Otherwise the reason comes
 * from the attestation closest to passing.
 */
function judge(artifact, attestations, policy, noneReason) {
    const relevant = attestations.filter((attestation) => names(attestation, artifact));
    const summaries = relevant.map(summarize);
    const passing = relevant.filter((attestation) => !attestation.failure);
    const missing = policy.predicateTypes.filter((type) => !passing.some((attestation) => attestation.predicateType === type));
    if (missing.length === 0) {
        const first = passing.find((attestation) => attestation.predicateType === policy.predicateTypes[0]);
        const verdict = {
            artifact: artifact.name,
            digest: displayDigest(artifact),
            verified: true,
            reason: `verified: ${(0,reporters/* plural */.LS)(policy.predicateTypes.length, 'required predicate type')}, signed by ${first?.signerWorkflow ?? '?'}`,
            predicateTypes: [...policy.predicateTypes],
            attestations: summaries,
        };
        copyIdentity(verdict, first);
        return verdict;
    }
    const wanted = missing[0] ?? '';
    // A failure of the very type that is missing says most; then any failure that names it.
    const culprit = relevant.find((attestation) => attestation.failure && attestation.predicateType === wanted) ??
        relevant.find((attestation) => attestation.failure && attestation.failure.rule !== rules/* PREDICATE_TYPE */.To) ??
        relevant.find((attestation) => attestation.failure);
    if (culprit?.failure) {
        const reason = relevant.length > 1 ? `${culprit.source}: ${culprit.failure.reason}` : culprit.failure.reason;
        const verdict = failed(artifact, culprit.failure.rule, reason, missing, summaries);
        copyIdentity(verdict, culprit);
        return verdict;
    }
    if (relevant.length > 0) {
        const found = [...new Set(passing.map((attestation) => attestation.predicateType))].join(', ');
        return failed(artifact, rules/* PREDICATE_TYPE */.To, `no verified attestation of predicate type ${missing.join(', ')} (found: ${found})`, missing, summaries);
    }
    // A bundle too broken to say what it is for may have been meant for this artifact.
    const unreadable = attestations.find((attestation) => attestation.failure && attestation.subjects.length === 0);
    if (unreadable?.failure) {
        const reason = attestations.length > 1
            ? `${unreadable.source}: ${unreadable.failure.reason}`
            : unreadable.failure.reason;
        const verdict = failed(artifact, unreadable.failure.rule, reason, missing, [
            summarize(unreadable),
        ]);
        copyIdentity(verdict, unreadable);
        return verdict;
    }
    const digest = displayDigest(artifact);
    if (noneReason !== undefined)
        return failed(artifact, rules/* NO_ATTESTATION */.Br, noneReason, missing, []);
    const others = attestations
        .slice(0, 3)
        .map((attestation) => `${attestation.source} names ${describeSubjects(attestation)}`);
    const more = attestations.length > 3 ? `; and ${attestations.length - 3} more` : '';
    return failed(artifact, rules/* NO_ATTESTATION */.Br, attestations.length === 0
        ? `no attestation names ${digest}: no bundle was read`
        : `no attestation names ${digest} as a subject (${others.join('; ')}${more})`, missing, []);
}
function failed(artifact, rule, reason, predicateTypes, attestations = []) {
    return {
        artifact: artifact.name,
        digest: displayDigest(artifact),
        verified: false,
        reason,
        rule: rule.id,
        predicateTypes,
        attestations,
    };
}
function names(attestation, artifact) {
    return attestation.subjects.some((subject) => Object.entries(artifact.digests).some(([algorithm, hex]) => subject.digest[algorithm] === hex));
}
function describeSubjects(attestation) {
    if (attestation.subjects.length === 0) {
        return attestation.failure
            ? `no readable subject (${attestation.failure.reason})`
            : 'no subject';
    }
    return attestation.subjects
        .slice(0, 3)
        .map((subject) => {
        const [algorithm, hex] = subject.digest.sha256
            ? ['sha256', subject.digest.sha256]
            : (Object.entries(subject.digest)[0] ?? ['?', '']);
        return `${subject.name || '(unnamed)'} (${shortDigest(`${algorithm}:${hex}`)})`;
    })
        .join(', ');
}
function summarize(attestation) {
    const summary = {
        source: attestation.source,
        verified: !attestation.failure,
    };
    if (attestation.predicateType)
        summary.predicateType = attestation.predicateType;
    if (attestation.signerWorkflow)
        summary.signerWorkflow = attestation.signerWorkflow;
    if (attestation.sourceRepository)
        summary.sourceRepository = attestation.sourceRepository;
    if (attestation.sourceRef)
        summary.sourceRef = attestation.sourceRef;
    if (attestation.root)
        summary.trustedRoot = attestation.root;
    if (attestation.identity)
        summary.signedAt = attestation.identity.signedAt.toISOString();
    if (attestation.failure) {
        summary.rule = attestation.failure.rule.id;
        summary.reason = attestation.failure.reason;
    }
    return summary;
}
function copyIdentity(verdict, attestation) {
    if (attestation?.signerWorkflow)
        verdict.signerWorkflow = attestation.signerWorkflow;
    if (attestation?.sourceRepository)
        verdict.sourceRepository = attestation.sourceRepository;
    if (attestation?.sourceRef)
        verdict.sourceRef = attestation.sourceRef;
}
function policyJson(policy) {
    const json = {
        issuer: policy.issuer,
        predicateTypes: policy.predicateTypes,
        denySelfHostedRunners: policy.denySelfHostedRunners,
    };
    if (policy.signerWorkflow) {
        const { repository, path: file, ref } = policy.signerWorkflow;
        json.signerWorkflow = `${repository}/${file}${ref ? `@${ref}` : ''}`;
    }
    if (policy.signerRepo)
        json.signerRepo = policy.signerRepo;
    if (policy.sourceRepo)
        json.sourceRepo = policy.sourceRepo;
    if (policy.sourceRef)
        json.sourceRef = policy.sourceRef;
    if (policy.maxAgeMs !== undefined)
        json.maxAgeMs = policy.maxAgeMs;
    return json;
}
/** `sha256:06ce3309…` : enough to recognize, short enough for a table. */
function shortDigest(digest) {
    const [algorithm = '', hex = ''] = digest.split(':');
    return `${algorithm}:${hex.slice(0, 12)}…`;
}
/** The columns every table shows, in order. */
const TABLE_HEADERS = (/* unused pure expression or super */ null && ([
    'Artifact',
    'Digest',
    'Signer workflow',
    'Source repository and ref',
    'Predicate type',
    'Verdict',
    'Reason',
]));
/** The cells of one verdict, as plain (unescaped) text. */
function tableCells(verdict) {
    const source = verdict.sourceRepository
        ? `${verdict.sourceRepository}${verdict.sourceRef ? ` @ ${verdict.sourceRef}` : ''}`
        : '';
    return [
        verdict.artifact,
        shortDigest(verdict.digest),
        verdict.signerWorkflow ?? '',
        source,
        verdict.predicateTypes.join(', '),
        verdict.verified ? 'PASS' : 'FAIL',
        verdict.reason,
    ];
}
/** One block per artifact for the terminal; text from bundles has its control characters escaped. */
function formatTable(verdicts) {
    const lines = [];
    for (const verdict of verdicts) {
        const cells = tableCells(verdict).map(reporters/* terminalSafe */.kJ);
        lines.push(`${cells[5] ?? ''}  ${cells[0] ?? ''}  ${cells[1] ?? ''}`);
        for (const [i, label] of [
            [2, 'signer workflow'],
            [3, 'source'],
            [4, 'predicate type'],
            [6, 'reason'],
        ]) {
            if (cells[i])
                lines.push(`      ${label}: ${cells[i]}`);
        }
    }
    return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
function blank(value) {
    return value === undefined || value.trim() === '' ? undefined : value;
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
