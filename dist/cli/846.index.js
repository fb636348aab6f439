export const id = 846;
export const ids = [846,421];
export const modules = {

/***/ 51637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ parseUses),
/* harmony export */   IO: () => (/* binding */ parseReferences),
/* harmony export */   Kq: () => (/* binding */ repositoryKey)
/* harmony export */ });
/* unused harmony exports classifyRef, versionInComment, parseImage */
const FULL_SHA = /^[0-9a-f]{40}$/;
const SHORT_SHA = /^[0-9a-f]{7,39}$/;
const MAJOR_TAG = /^v?\d+$/;
const VERSION_TAG = /^v?\d+\.\d+(?:\.\d+)?(?:[-+][0-9A-Za-z.-]+)?$/;
const IMAGE_DIGEST = /@(sha256:[0-9a-f]{64})$/;
function classifyRef(ref) {
    if (FULL_SHA.test(ref))
        return 'sha';
    // A ref of digits only (`4`) is a major tag, not an abbreviated SHA.
    if (MAJOR_TAG.test(ref))
        return 'major-tag';
    if (SHORT_SHA.test(ref))
        return 'short-sha';
    if (VERSION_TAG.test(ref))
        return 'version-tag';
    return 'branch';
}
/** `v4.2.1` from `# v4.2.1`, `# v4.2.1 (pinned)`, `# tag=v4.2.1`, `# ratchet:owner/repo@v4.2.1`. */
function versionInComment(comment) {
    if (!comment)
        return undefined;
    const match = /^(?:tag=|pin@|ratchet:[^@\s]+@)?(v?\d+(?:\.\d+){0,2}(?:[-+][0-9A-Za-z.-]+)?)(?:\s|$|,|;)/.exec(comment.trim());
    return match?.[1];
}
/**
 * Parses the external references collected by core into what pin-check judges. Local
 * references are left out.
 */
function parseReferences(references, textOf) {
    const result = [];
    for (const reference of references) {
        if (reference.local)
            continue;
        if (reference.kind === 'action' || reference.kind === 'reusable-workflow') {
            result.push(parseUses(reference.kind, reference.value, textOf(reference.value.file)));
        }
        else {
            result.push(parseImage(reference.kind, reference.value));
        }
    }
    return result;
}
function parseUses(kind, uses, text) {
    const value = uses.value.trim();
    const at = value.lastIndexOf('@');
    if (at < 0)
        return { kind: 'malformed', uses, reason: 'it has no `@ref`' };
    const target = value.slice(0, at);
    const ref = value.slice(at + 1);
    const parts = target.split('/');
    const [owner, repo, ...rest] = parts;
    if (!owner || !repo || ref === '' || parts.some((part) => part === '')) {
        return { kind: 'malformed', uses, reason: 'it is not of the form `owner/repo[/path]@ref`' };
    }
    if (kind === 'reusable-workflow' && !/^\.github\/workflows\/[^/]+\.ya?ml$/.test(rest.join('/'))) {
        return {
            kind: 'malformed',
            uses,
            reason: 'a reusable workflow is `owner/repo/.github/workflows/file.yml@ref`',
        };
    }
    // Where the ref sits in the file: inside the scalar's source, after the last `@`.
    const source = text.slice(uses.start, uses.end);
    const refOffset = source.lastIndexOf(`@${ref}`);
    const refStart = refOffset < 0 ? uses.end : uses.start + refOffset + 1;
    const reference = {
        kind,
        uses,
        owner,
        repo,
        ref,
        refType: classifyRef(ref),
        refStart,
        refEnd: refOffset < 0 ? uses.end : refStart + ref.length,
    };
    if (rest.length > 0)
        reference.path = rest.join('/');
    const commentVersion = versionInComment(uses.comment);
    if (commentVersion)
        reference.commentVersion = commentVersion;
    return reference;
}
function parseImage(kind, uses) {
    const image = uses.value.trim().replace(/^docker:\/\//, '');
    const reference = { kind, uses, image, dynamic: image.includes('${{') };
    const digest = IMAGE_DIGEST.exec(image)?.[1];
    if (digest)
        reference.digest = digest;
    return reference;
}
/** `owner/repo`, lower-cased: GitHub's owner and repository names are case-insensitive. */
function repositoryKey(reference) {
    return `${reference.owner}/${reference.repo}`.toLowerCase();
}


/***/ }),

/***/ 392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ IMPOSTOR_COMMIT),
/* harmony export */   AZ: () => (/* binding */ SHORT_SHA),
/* harmony export */   E8: () => (/* binding */ MISSING_VERSION_COMMENT),
/* harmony export */   G7: () => (/* binding */ UNPINNED_IMAGE),
/* harmony export */   Nx: () => (/* binding */ INCONSISTENT_VERSION_COMMENT),
/* harmony export */   RE: () => (/* binding */ LOCKFILE_MISMATCH),
/* harmony export */   cY: () => (/* binding */ VERSION_COMMENT_MISMATCH),
/* harmony export */   hl: () => (/* binding */ UNPINNED_ACTION),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
/* harmony import */ var _palisade_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23380);

/** Builds a rule's metadata; the README section of the same id explains it at length. */
function rule(id, defaultSeverity, summary, help) {
    return {
        id,
        action: 'pin-check',
        defaultSeverity,
        summary,
        help,
        helpUri: (0,_palisade_core__WEBPACK_IMPORTED_MODULE_0__/* .ruleHelpUri */ .S7)('pin-check', id),
    };
}
const UNPINNED_ACTION = rule('unpinned-action', 'error', 'An action or reusable workflow is referenced by a tag or branch instead of a full commit SHA.', [
    'Tags and branches can be moved to other code at any time, by the maintainers or by whoever takes over their account. Only a full 40-character commit SHA names code that cannot change.',
    '',
    'Bad: `uses: actions/checkout@v4`',
    '',
    'Good: `uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2`',
    '',
    '`palisade pin-check --fix` rewrites the reference for you.',
].join('\n'));
const SHORT_SHA = rule('short-sha', 'error', 'An action is referenced by an abbreviated commit SHA.', [
    "GitHub resolves an abbreviated SHA, but another commit (a fork's included) can come to share its prefix. Use all 40 characters.",
    '',
    'Bad: `uses: actions/checkout@11bd719`',
    '',
    'Good: `uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2`',
].join('\n'));
const UNPINNED_IMAGE = rule('unpinned-image', 'error', 'A container image is referenced by a tag instead of a sha256 digest.', [
    'An image tag can be pushed again with other content. A `@sha256:` digest names one image for good; keep the tag before it for readers.',
    '',
    'Bad: `container: node:20`',
    '',
    'Good: `container: node:20@sha256:<64 hex digits>`',
].join('\n'));
const MISSING_VERSION_COMMENT = rule('missing-version-comment', 'warning', 'A SHA-pinned reference has no comment saying which version it is.', [
    'Without `# vX.Y.Z` after the SHA, reviewers cannot tell what runs, and Dependabot cannot propose updates that keep the pin readable.',
    '',
    'Bad: `uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683`',
    '',
    'Good: `uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2`',
].join('\n'));
const INCONSISTENT_VERSION_COMMENT = rule('inconsistent-version-comment', 'error', 'The same action SHA carries different version comments in different places.', [
    'One commit is one version: when two comments disagree, at least one of them is wrong, and readers trust the wrong one.',
    '',
    'Bad: `actions/checkout@11bd7190… # v4.2.2` in one workflow and `actions/checkout@11bd7190… # v4.1.0` in another.',
    '',
    'Good: the same comment everywhere, the one that names the tag pointing to the SHA.',
].join('\n'));
const VERSION_COMMENT_MISMATCH = rule('version-comment-mismatch', 'error', 'The version comment names a tag that does not point to the pinned SHA.', [
    'Checked online. The comment is what reviewers and Dependabot read; if the tag it names points elsewhere (or does not exist), the pin is not what it claims to be.',
    '',
    'Bad: `uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v3.0.0`',
    '',
    'Good: `uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2`',
].join('\n'));
const IMPOSTOR_COMMIT = rule('impostor-commit', 'error', 'The pinned SHA is not reachable from any branch or tag of the named repository.', [
    "Checked online. GitHub serves commits of every fork under the parent repository's name, so `owner/repo@<sha>` can run code that the owner never published. A SHA that no branch or tag of the repository contains may come from a fork.",
    '',
    'Repositories that rewrite their branches on purpose (for example `dtolnay/rust-toolchain`) can be listed under `pin-check.history-rewriting` with a reason: their unreachable SHAs are then reported as notes, not errors.',
    '',
    'Bad: `uses: actions/checkout@<a SHA pushed to a fork>`',
    '',
    'Good: a SHA that a tag of `actions/checkout` points to.',
].join('\n'));
const LOCKFILE_MISMATCH = rule('lockfile-mismatch', 'error', 'actions.lock is malformed or disagrees with the workflow it locks.', [
    'When `.github/workflows/actions.lock` (written by `gh actions-lock`) locks a ref to a commit, the ref counts as pinned; an entry that is malformed, missing or that names other refs than the workflow uses would pin nothing, so it is an error, never ignored.',
    '',
    'Bad: a workflow uses `actions/checkout@v4` and the lockfile lists `actions/checkout@v3` for it.',
    '',
    'Good: run `gh actions-lock` again after changing a workflow.',
].join('\n'));
const RULES = [
    UNPINNED_ACTION,
    SHORT_SHA,
    UNPINNED_IMAGE,
    MISSING_VERSION_COMMENT,
    INCONSISTENT_VERSION_COMMENT,
    VERSION_COMMENT_MISMATCH,
    IMPOSTOR_COMMIT,
    LOCKFILE_MISMATCH,
];


/***/ }),

/***/ 58421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ checkPins),
  runPinCheck: () => (/* binding */ runPinCheck)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
// EXTERNAL MODULE: ./packages/core/src/check.ts
var check = __webpack_require__(11168);
// EXTERNAL MODULE: ./packages/core/src/repository.ts + 1 modules
var src_repository = __webpack_require__(68085);
// EXTERNAL MODULE: ./packages/core/src/edits.ts
var src_edits = __webpack_require__(46553);
// EXTERNAL MODULE: ./packages/core/src/findings.ts
var src_findings = __webpack_require__(23380);
// EXTERNAL MODULE: ./packages/core/src/reporters.ts
var reporters = __webpack_require__(2618);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./packages/core/src/yaml-source.ts
var yaml_source = __webpack_require__(10499);
// EXTERNAL MODULE: ./packages/core/src/repository-file.ts
var repository_file = __webpack_require__(57589);
// EXTERNAL MODULE: ./actions/pin-check/src/rules.ts
var rules = __webpack_require__(392);
;// CONCATENATED MODULE: ./actions/pin-check/src/lockfile.ts




const LOCKFILE_NAME = '.github/workflows/actions.lock';
const COMMIT = /^sha1-([0-9a-f]{40})$/;
/**
 * Reads every actions.lock next to the workflows found (one per repository in the tree).
 * Malformed entries become `lockfile-mismatch` findings; an unreadable or invalid YAML file
 * is an input error.
 */
async function readLocks(root, workflowFiles) {
    const bases = new Set(workflowFiles.map((file) => file.slice(0, file.lastIndexOf('.github/workflows/'))));
    const result = {
        locks: [],
        findings: [],
        errors: [],
    };
    for (const base of [...bases].sort()) {
        const file = `${base}${LOCKFILE_NAME}`;
        if (!(0,external_node_fs_.existsSync)(external_node_path_default().join(root, file)))
            continue;
        try {
            const source = yaml_source/* YamlFile */._.parse(file, await (0,repository_file/* readRepositoryFile */.tz)(root, file));
            result.locks.push(readLock(source, base, result.findings));
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.dz))
                throw error;
            result.errors.push(error);
        }
    }
    return result;
}
function readLock(source, base, findings) {
    const lock = { file: source.file, base, workflows: new Map(), commits: new Map() };
    const problem = (at, message) => {
        findings.push((0,src_findings/* findingAt */.dz)(rules/* LOCKFILE_MISMATCH */.RE, at, message, { key: message }));
    };
    const top = { file: source.file, line: 1, column: 1 };
    const root = source.asMap(source.document.contents);
    if (!root) {
        problem(top, 'actions.lock is not a mapping with `workflows` and `dependencies`.');
        return lock;
    }
    const dependencies = source.asMap(source.get(root, 'dependencies'));
    if (!dependencies)
        problem(top, 'actions.lock has no `dependencies` mapping.');
    for (const { key, node } of dependencies ? source.pairs(dependencies) : []) {
        const entry = source.asMap(node);
        const commit = entry ? source.getLocatedText(entry, 'commit') : undefined;
        const sha = commit ? COMMIT.exec(commit.value)?.[1] : undefined;
        if (!sha) {
            problem(commit ?? key, `The lock entry for \`${key.value}\` has no \`commit: sha1-<40 hex>\`${commit ? ` (found \`${commit.value}\`)` : ''}.`);
            continue;
        }
        lock.commits.set(key.value, sha);
    }
    const workflows = source.asMap(source.get(root, 'workflows'));
    if (!workflows)
        problem(top, 'actions.lock has no `workflows` mapping.');
    for (const { key, node } of workflows ? source.pairs(workflows) : []) {
        const list = source.asSeq(node);
        if (!list) {
            problem(key, `The lock entry for workflow \`${key.value}\` must be a list of refs.`);
            continue;
        }
        const refs = new Map();
        for (const item of list.items) {
            const text = source.scalarText(item);
            if (text === undefined)
                continue;
            const located = source.locate(item, text);
            refs.set(text, located);
            if (!lock.commits.has(text)) {
                problem(located, `\`${text}\` is locked for \`${key.value}\` but has no entry under \`dependencies\`.`);
            }
        }
        lock.workflows.set(key.value, refs);
    }
    return lock;
}
/**
 * Matches references to their lock: returns the references the lock pins, and a finding for
 * each disagreement (a ref the workflow uses but the lock leaves out, a ref the lock lists
 * that the workflow no longer uses, a locked workflow that does not exist).
 */
function applyLocks(locks, references, workflowFiles) {
    const locked = new Set();
    const findings = [];
    for (const lock of locks) {
        for (const [workflow, refs] of lock.workflows) {
            const file = `${lock.base}${workflow}`;
            if (!workflowFiles.includes(file)) {
                const first = [...refs.values()][0];
                findings.push((0,src_findings/* findingAt */.dz)(rules/* LOCKFILE_MISMATCH */.RE, first ?? { file: lock.file, line: 1, column: 1 }, `actions.lock locks \`${workflow}\`, which does not exist.`));
                continue;
            }
            const used = references.filter((reference) => reference.uses.file === file);
            const usedNames = new Set(used.map((reference) => reference.uses.value.trim()));
            for (const reference of used) {
                if (reference.refType === 'sha')
                    continue;
                const name = reference.uses.value.trim();
                if (refs.has(name) && lock.commits.has(name)) {
                    locked.add(reference);
                }
                else if (!refs.has(name)) {
                    findings.push((0,src_findings/* findingAt */.dz)(rules/* LOCKFILE_MISMATCH */.RE, reference.uses, `\`${name}\` is not in actions.lock, which locks this workflow; run \`gh actions-lock\` again.`, { key: name }));
                }
            }
            for (const [name, at] of refs) {
                if (!usedNames.has(name)) {
                    findings.push((0,src_findings/* findingAt */.dz)(rules/* LOCKFILE_MISMATCH */.RE, at, `actions.lock locks \`${name}\` for \`${workflow}\`, which no longer uses it; run \`gh actions-lock\` again.`, { key: `${workflow}:${name}` }));
                }
            }
        }
    }
    return { locked, findings };
}

// EXTERNAL MODULE: ./node_modules/.pnpm/minimatch@11.0.9/node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(46693);
// EXTERNAL MODULE: ./actions/pin-check/src/refs.ts
var refs = __webpack_require__(51637);
;// CONCATENATED MODULE: ./actions/pin-check/src/offline.ts




const REF_WORDING = {
    'major-tag': 'the major-version tag',
    'version-tag': 'the version tag',
    branch: 'the branch or tag',
};
/**
 * What an unpinned ref is, as precisely as is known: by its shape offline; online, from the
 * repository's tags (a ref that is no tag is a branch), without any further request.
 */
function unpinnedMessage(reference, lookup) {
    const name = `\`${reference.uses.value.trim()}\``;
    const fix = 'pin it to a full commit SHA.';
    if (reference.refType === 'sha' || reference.refType === 'short-sha')
        return `${name} ${fix}`;
    if (lookup && !lookup.found) {
        return `${name} names \`${reference.owner}/${reference.repo}\`, which does not exist or is not visible: whoever creates it takes over this reference; ${fix}`;
    }
    let what = `${REF_WORDING[reference.refType]} \`${reference.ref}\``;
    if (lookup?.found) {
        const isTag = lookup.refs.tags.has(reference.ref);
        what = isTag
            ? `${reference.refType === 'branch' ? 'the tag' : REF_WORDING[reference.refType]} \`${reference.ref}\``
            : `the branch \`${reference.ref}\``;
    }
    return `${name} is pinned to ${what}, which can be moved; ${fix}`;
}
/** `owner/repo[/path]`, the part of a `uses:` that allow patterns match. */
function actionTarget(reference) {
    return `${reference.owner}/${reference.repo}${reference.path ? `/${reference.path}` : ''}`;
}
/** The allow entry that covers a reference: `owner/*`, `owner/repo`, a path, or any glob. */
function allowEntryFor(entries, reference) {
    const target = actionTarget(reference);
    return entries.find((entry) => entry.uses !== undefined &&
        ((0,esm/* minimatch */.xF)(target, entry.uses, { nocase: true, dot: true }) ||
            (0,esm/* minimatch */.xF)(target, `${entry.uses.replace(/\/+$/, '')}/**`, { nocase: true, dot: true })));
}
/** Every rule that needs no network: unpinned actions and images, short SHAs, comments. */
function checkOffline(references, policy) {
    const findings = [];
    const pinnedBySha = new Map();
    for (const reference of references) {
        if (reference.kind === 'malformed')
            continue;
        if (!isActionReference(reference)) {
            const finding = checkImage(reference);
            if (finding)
                findings.push(finding);
            continue;
        }
        const name = reference.uses.value.trim();
        if (reference.refType === 'sha') {
            if (!reference.commentVersion && policy.requireVersionComment) {
                findings.push((0,src_findings/* findingAt */.dz)(rules/* MISSING_VERSION_COMMENT */.E8, reference.uses, `\`${name}\` is pinned to a SHA with no \`# vX.Y.Z\` comment saying which version it is.`, { key: name }));
            }
            const key = `${(0,refs/* repositoryKey */.Kq)(reference)}@${reference.ref}`;
            pinnedBySha.set(key, [...(pinnedBySha.get(key) ?? []), reference]);
            continue;
        }
        if (policy.locked.has(reference) || allowEntryFor(policy.allow, reference))
            continue;
        if (reference.refType === 'short-sha') {
            findings.push((0,src_findings/* findingAt */.dz)(rules/* SHORT_SHA */.AZ, reference.uses, `\`${name}\` is pinned to the abbreviated SHA \`${reference.ref}\`; use the full 40-character commit SHA.`, { key: name }));
            continue;
        }
        findings.push((0,src_findings/* findingAt */.dz)(rules/* UNPINNED_ACTION */.hl, reference.uses, unpinnedMessage(reference, policy.lookups?.get(reference)), {
            key: name,
        }));
    }
    findings.push(...inconsistentComments(pinnedBySha));
    return findings;
}
function isActionReference(reference) {
    return reference.kind === 'action' || reference.kind === 'reusable-workflow';
}
function checkImage(reference) {
    if (reference.digest)
        return undefined;
    const name = reference.image;
    if (reference.dynamic) {
        return (0,src_findings/* findingAt */.dz)(rules/* UNPINNED_IMAGE */.G7, reference.uses, `The image \`${name}\` is computed when the workflow runs, so its pin cannot be checked; make every value it can take end in \`@sha256:<digest>\`.`, { severity: 'warning', key: name });
    }
    return (0,src_findings/* findingAt */.dz)(rules/* UNPINNED_IMAGE */.G7, reference.uses, `The image \`${name}\` is not pinned to a digest; append \`@sha256:<digest>\` so the same image runs every time.`, { key: name });
}
/** One finding per reference whose comment disagrees with another pin of the same SHA. */
function inconsistentComments(pinnedBySha) {
    const findings = [];
    for (const [key, group] of pinnedBySha) {
        const commented = group.filter((reference) => reference.commentVersion !== undefined);
        const versions = new Set(commented.map((reference) => reference.commentVersion));
        if (versions.size < 2)
            continue;
        for (const reference of commented) {
            const others = commented
                .filter((other) => other.commentVersion !== reference.commentVersion)
                .map((other) => `\`${other.commentVersion ?? ''}\` at ${other.uses.file}:${other.uses.line}`);
            const unique = [...new Set(others)];
            findings.push((0,src_findings/* findingAt */.dz)(rules/* INCONSISTENT_VERSION_COMMENT */.Nx, reference.uses, `\`${key}\` is commented \`${reference.commentVersion ?? ''}\` here but ${unique.slice(0, 3).join(', ')}${unique.length > 3 ? ` and ${unique.length - 3} more` : ''}; one SHA is one version.`, { key: `${key}#${reference.commentVersion ?? ''}` }));
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./actions/pin-check/src/scorecard.ts
/**
 * The Pinned-Dependencies score OpenSSF Scorecard gives a repository's GitHub Actions
 * references, from 0 to 10. Scorecard reads `uses:` in `.github/workflows/` only and weighs
 * pinning third-party actions four times as much as GitHub-owned ones (`actions/*`,
 * `github/*`): floor(10 × Σ pinned × weight / Σ total × weight), with weights 2 and 8 when
 * both kinds are present. Undefined when there is nothing to score.
 */
function pinnedDependenciesScore(references, isPinned) {
    const groups = { gitHubOwned: { pinned: 0, total: 0 }, thirdParty: { pinned: 0, total: 0 } };
    for (const reference of references) {
        if (!/(^|\/)\.github\/workflows\/[^/]+$/.test(reference.uses.file))
            continue;
        const owner = reference.owner.toLowerCase();
        const group = owner === 'actions' || owner === 'github' ? groups.gitHubOwned : groups.thirdParty;
        group.total += 1;
        if (isPinned(reference))
            group.pinned += 1;
    }
    const both = groups.gitHubOwned.total > 0 && groups.thirdParty.total > 0;
    const weighted = [
        { ...groups.gitHubOwned, weight: both ? 2 : 10 },
        { ...groups.thirdParty, weight: both ? 8 : 10 },
    ].filter((group) => group.total > 0);
    if (weighted.length === 0)
        return undefined;
    const success = weighted.reduce((sum, group) => sum + group.pinned * group.weight, 0);
    const total = weighted.reduce((sum, group) => sum + group.total * group.weight, 0);
    return Math.min(Math.floor((10 * success) / total), 10);
}

;// CONCATENATED MODULE: ./actions/pin-check/src/run.ts








/** Loads the repository at `root` and its configuration, then checks it. */
async function runPinCheck(root, configFile, options = {}) {
    if (options.fix && !options.token && !options.resolver) {
        throw new errors/* UsageError */.eb('the fixer needs a GitHub token to find the commit and version of each tag or branch: set GITHUB_TOKEN (or the github-token input)');
    }
    return (0,check/* checkRepositoryAt */.Y)(root, configFile, (repository, config) => checkPins(repository, config, options));
}
/** The pin-check of an already loaded repository (the audit shares one load between checks). */
async function checkPins(repository, config, options = {}) {
    const section = config['pin-check'];
    const texts = new Map([...repository.workflows, ...repository.actions].map((file) => [file.file, file.source.text]));
    const references = (0,refs/* parseReferences */.IO)((0,src_repository/* collectReferences */.X)(repository), (file) => texts.get(file) ?? '');
    // The repository's own unreadable files are reported by whoever loaded it, once.
    const errors = malformed(references);
    const actions = references.filter(run_isActionReference);
    const workflowFiles = repository.workflows.map((workflow) => workflow.file);
    const locks = await readLocks(repository.root, workflowFiles);
    errors.push(...locks.errors);
    const { locked, findings: lockFindings } = applyLocks(locks.locks, actions, workflowFiles);
    const findings = [...locks.findings, ...lockFindings];
    const result = {
        report: {
            command: 'pin-check',
            rules: [...rules/* RULES */.y0],
            findings,
            errors,
            filesScanned: repository.filesScanned,
        },
        score: {},
        changes: [],
    };
    const fail = section['fail-on'] ?? config['fail-on'];
    if (fail)
        result.failOn = fail;
    const resolver = options.resolver ?? (options.token ? await gitHubResolver(options) : undefined);
    const offlinePolicy = {
        allow: section.allow ?? [],
        requireVersionComment: section['require-version-comment'] ?? true,
        locked,
    };
    if (!resolver) {
        findings.push(...checkOffline(references, offlinePolicy));
    }
    else {
        const online = await __webpack_require__.e(/* import() */ 860).then(__webpack_require__.bind(__webpack_require__, 96860));
        // The tags of each repository (fetched once, shared with the online rules) tell a tag from a branch.
        const lookups = new Map();
        // Asked together: the resolver shares one request per repository, and the client's
        // throttling bounds how many are in flight.
        await Promise.all(actions
            .filter((reference) => reference.refType !== 'sha' && reference.refType !== 'short-sha')
            .map(async (reference) => {
            try {
                lookups.set(reference, await resolver.repository(reference.owner, reference.repo));
            }
            catch (error) {
                errors.push(apiError(reference, error));
            }
        }));
        findings.push(...checkOffline(references, { ...offlinePolicy, lookups }));
        const historyRewriting = section['history-rewriting'] ?? [];
        const checked = await online.checkOnline(actions, resolver, {
            historyRewriting: (reference) => allowEntryFor(historyRewriting, reference) !== undefined,
        });
        findings.push(...checked.findings);
        for (const failure of checked.errors)
            errors.push(apiError(failure.reference, failure.message));
        result.apiRequests = resolver.stats.requests;
    }
    const isPinned = (reference) => actions.some((action) => action.uses === reference.uses && action.refType === 'sha');
    result.score.now = pinnedDependenciesScore(actions, isPinned);
    if (options.fix && resolver) {
        const { planFixes } = await __webpack_require__.e(/* import() */ 440).then(__webpack_require__.bind(__webpack_require__, 68440));
        const plan = await planFixes(actions, (file) => texts.get(file) ?? '', resolver);
        const fixed = new Set(plan.fixes.map((fix) => fix.reference.uses));
        for (const file of new Set(plan.fixes.map((fix) => fix.reference.uses.file))) {
            const before = texts.get(file) ?? '';
            const edits = plan.fixes
                .filter((fix) => fix.reference.uses.file === file)
                .flatMap((fix) => fix.edits);
            result.changes.push({ file, before, after: (0,src_edits/* applyEdits */.c)(before, edits) });
        }
        if (options.writeFixes) {
            for (const change of result.changes)
                await (0,promises_.writeFile)(external_node_path_default().join(repository.root, change.file), change.after);
        }
        // What the fix resolved is no longer a finding; what it could not fix still is.
        result.report.findings = findings.filter((finding) => !(['unpinned-action', 'short-sha'].includes(finding.rule) &&
            actions.some((action) => fixed.has(action.uses) &&
                action.uses.file === finding.file &&
                action.uses.line === finding.line &&
                action.uses.column === finding.column)));
        result.score.afterFix = pinnedDependenciesScore(actions, (reference) => isPinned(reference) || fixed.has(reference.uses));
        for (const unfixable of plan.unfixable) {
            result.report.findings.push((0,src_findings/* findingAt */.dz)(rules/* UNPINNED_ACTION */.hl, unfixable.reference.uses, `\`${unfixable.reference.uses.value.trim()}\` could not be fixed: ${unfixable.reason}`, { key: `unfixable:${unfixable.reference.uses.value}` }));
        }
    }
    result.report.scope = `${(0,reporters/* plural */.LS)(repository.workflows.length, 'workflow')}, ${(0,reporters/* plural */.LS)(repository.actions.length, 'action')}, ${(0,reporters/* plural */.LS)(references.length, 'external reference')}`;
    return result;
}
function run_isActionReference(reference) {
    return reference.kind === 'action' || reference.kind === 'reusable-workflow';
}
function malformed(references) {
    return references.flatMap((reference) => reference.kind === 'malformed'
        ? [
            new errors/* InputError */.dz({ file: reference.uses.file, line: reference.uses.line }, `\`uses: ${reference.uses.value}\` cannot be checked: ${reference.reason}`),
        ]
        : []);
}
function apiError(reference, error) {
    const message = typeof error === 'string' ? error : error instanceof Error ? error.message : String(error);
    return new errors/* InputError */.dz({ file: reference.uses.file, line: reference.uses.line }, `\`${reference.uses.value.trim()}\` could not be verified: ${message}`);
}
async function gitHubResolver(options) {
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(727), __webpack_require__.e(669)]).then(__webpack_require__.bind(__webpack_require__, 91669));
    const { createGitHubResolver } = await __webpack_require__.e(/* import() */ 27).then(__webpack_require__.bind(__webpack_require__, 57027));
    const clientOptions = { token: options.token ?? '' };
    if (options.apiUrl)
        clientOptions.baseUrl = options.apiUrl;
    if (options.cacheDir)
        clientOptions.cacheDir = options.cacheDir;
    if (options.log)
        clientOptions.log = options.log;
    const { octokit, stats } = createGitHubClient(clientOptions);
    return createGitHubResolver(octokit, stats);
}


/***/ }),

/***/ 4846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   audit: () => (/* binding */ audit),
/* harmony export */   formatInventory: () => (/* binding */ formatInventory)
/* harmony export */ });
/* harmony import */ var _palisade_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83484);
/* harmony import */ var _palisade_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68085);
/* harmony import */ var _palisade_core__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23380);
/* harmony import */ var _palisade_core__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(637);
/* harmony import */ var _palisade_core__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2618);
/* harmony import */ var _palisade_invariant_gate__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72537);
/* harmony import */ var _palisade_permission_lint__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34959);
/* harmony import */ var _palisade_pin_check__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58421);




/** Runs every check that applies to the repository at `path`. */
async function audit(options) {
    const loaded = await (0,_palisade_core__WEBPACK_IMPORTED_MODULE_3__/* .loadConfig */ .Z9)(options.path, options.config === undefined ? {} : { file: options.config });
    const repository = await (0,_palisade_core__WEBPACK_IMPORTED_MODULE_4__/* .loadRepository */ .r)(options.path, { exclude: loaded.config.exclude ?? [] });
    const references = (0,_palisade_core__WEBPACK_IMPORTED_MODULE_4__/* .collectReferences */ .X)(repository).filter((reference) => !reference.local);
    const inventory = takeInventory(repository, references);
    // Every check runs on the one loaded repository; the audit is offline.
    const pins = await (0,_palisade_pin_check__WEBPACK_IMPORTED_MODULE_2__/* .checkPins */ .$)(repository, loaded.config);
    const permissions = await (0,_palisade_permission_lint__WEBPACK_IMPORTED_MODULE_1__/* .checkPermissions */ .R)(repository, loaded.config);
    // The invariant gate runs when the repository keeps an index, offline like the rest.
    const invariants = (0,_palisade_invariant_gate__WEBPACK_IMPORTED_MODULE_0__/* .hasIndex */ .V6)(options.path, loaded.config)
        ? await (0,_palisade_invariant_gate__WEBPACK_IMPORTED_MODULE_0__/* .checkInvariants */ .ml)(options.path, loaded.config, { verifyExternal: false })
        : undefined;
    const reports = [pins.report, permissions.report, ...(invariants ? [invariants.report] : [])];
    const report = {
        command: 'audit',
        rules: reports.flatMap((each) => each.rules),
        findings: (0,_palisade_core__WEBPACK_IMPORTED_MODULE_5__/* .sortFindings */ .Tc)([...loaded.findings, ...reports.flatMap((each) => each.findings)]),
        errors: (0,_palisade_core__WEBPACK_IMPORTED_MODULE_6__/* .sortErrors */ .Cp)([
            ...loaded.errors,
            ...repository.errors,
            ...reports.flatMap((each) => each.errors),
        ]),
        filesScanned: repository.filesScanned,
        scope: `${(0,_palisade_core__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .LS)(repository.workflows.length, 'workflow')}, ${(0,_palisade_core__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .LS)(repository.actions.length, 'action')}, ${(0,_palisade_core__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .LS)(references.length, 'external reference')}${invariants?.summary ? `, ${(0,_palisade_core__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .LS)(invariants.summary.invariants.length, 'invariant')}` : ''}`,
    };
    const result = { report, inventory };
    if (invariants?.summary)
        result.invariants = invariants.summary;
    if (loaded.config['fail-on'])
        result.failOn = loaded.config['fail-on'];
    return result;
}
function takeInventory(repository, external) {
    const countIn = (file) => external.filter((reference) => reference.value.file === file).length;
    return {
        workflows: repository.workflows.map((workflow) => ({
            file: workflow.file,
            jobs: workflow.jobs.length,
            steps: workflow.jobs.reduce((sum, job) => sum + job.steps.length, 0),
            references: countIn(workflow.file),
        })),
        actions: repository.actions.map((action) => ({
            file: action.file,
            using: action.runs?.using.value ?? 'unknown',
            steps: action.runs?.steps.length ?? 0,
            references: countIn(action.file),
        })),
        references: external.map(({ kind, value }) => referenceEntry(kind, value)),
    };
}
function referenceEntry(kind, value) {
    const entry = {
        kind,
        uses: value.value,
        file: value.file,
        line: value.line,
        column: value.column,
    };
    if (value.comment !== undefined)
        entry.comment = value.comment;
    return entry;
}
const KIND_LABELS = {
    action: 'actions',
    'reusable-workflow': 'reusable workflows',
    'docker-step': 'docker:// steps',
    'action-image': 'action images',
    container: 'job containers',
    service: 'service containers',
};
/** The readable part of the audit that comes before the findings. */
function formatInventory(inventory) {
    const lines = [];
    lines.push(`Workflows (${inventory.workflows.length})`);
    for (const workflow of inventory.workflows) {
        lines.push(`  ${(0,_palisade_core__WEBPACK_IMPORTED_MODULE_7__/* .terminalSafe */ .kJ)(workflow.file)}  ${(0,_palisade_core__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .LS)(workflow.jobs, 'job')}, ${(0,_palisade_core__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .LS)(workflow.steps, 'step')}, ${(0,_palisade_core__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .LS)(workflow.references, 'external reference')}`);
    }
    lines.push(`Actions (${inventory.actions.length})`);
    for (const action of inventory.actions) {
        lines.push(`  ${(0,_palisade_core__WEBPACK_IMPORTED_MODULE_7__/* .terminalSafe */ .kJ)(action.file)}  ${(0,_palisade_core__WEBPACK_IMPORTED_MODULE_7__/* .terminalSafe */ .kJ)(action.using)}, ${(0,_palisade_core__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .LS)(action.steps, 'step')}, ${(0,_palisade_core__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .LS)(action.references, 'external reference')}`);
    }
    const byKind = new Map();
    for (const reference of inventory.references) {
        const uses = byKind.get(reference.kind) ?? new Map();
        // The version comment is part of what a reader needs to recognise a pinned SHA.
        const shown = reference.comment ? `${reference.uses}  # ${reference.comment}` : reference.uses;
        uses.set(shown, (uses.get(shown) ?? 0) + 1);
        byKind.set(reference.kind, uses);
    }
    lines.push(`External references (${inventory.references.length})`);
    for (const [kind, label] of Object.entries(KIND_LABELS)) {
        const uses = byKind.get(kind);
        if (!uses)
            continue;
        lines.push(`  ${label}:`);
        for (const [value, count] of [...uses].sort(([a], [b]) => a.localeCompare(b))) {
            lines.push(`    ${(0,_palisade_core__WEBPACK_IMPORTED_MODULE_7__/* .terminalSafe */ .kJ)(value)}${count > 1 ? `  (×${count})` : ''}`);
        }
    }
    return `${lines.join('\n')}\n`;
}


/***/ })

};
