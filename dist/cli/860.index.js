export const id = 860;
export const ids = [860];
export const modules = {

/***/ 96860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ONLINE_CONCURRENCY: () => (/* binding */ ONLINE_CONCURRENCY),
/* harmony export */   checkOnline: () => (/* binding */ checkOnline)
/* harmony export */ });
/* harmony import */ var _palisade_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23380);
/* harmony import */ var _palisade_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(637);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51637);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(392);
/**
 * The rules that need the GitHub API: `version-comment-mismatch` and `impostor-commit`, checked
 * for every SHA-pinned reference, with one tag listing per distinct repository. An API failure
 * is never a finding and never a pass: it is an OnlineError, which the caller reports as an
 * input error (exit 2), so a check that cannot decide fails closed.
 */



/** Distinct repositories looked up at once. */
const ONLINE_CONCURRENCY = 8;
/**
 * Checks the SHA-pinned references online. Other references are left to the offline rules.
 * Findings and errors come in the order of `references`, whatever order the lookups end in.
 */
async function checkOnline(references, resolver, policy) {
    const pinned = references.filter((reference) => reference.refType === 'sha');
    const byRepository = new Map();
    for (const reference of pinned) {
        const key = (0,_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryKey */ .Kq)(reference);
        const group = byRepository.get(key);
        if (group)
            group.push(reference);
        else
            byRepository.set(key, [reference]);
    }
    const results = new Map();
    await forEachLimited([...byRepository.values()], ONLINE_CONCURRENCY, async (group) => {
        for (const [reference, result] of await checkRepository(group, resolver, policy)) {
            results.set(reference, result);
        }
    });
    const findings = [];
    const errors = [];
    for (const reference of pinned) {
        const result = results.get(reference);
        if (!result)
            continue;
        findings.push(...result.findings);
        errors.push(...result.errors);
    }
    return { findings, errors };
}
/** The references of one repository: one tag listing, one reachability check per SHA. */
async function checkRepository(group, resolver, policy) {
    const results = new Map();
    const first = group[0];
    if (!first)
        return results;
    let lookup;
    try {
        lookup = await resolver.repository(first.owner, first.repo);
    }
    catch (error) {
        for (const reference of group) {
            results.set(reference, { findings: [], errors: [onlineError(reference, error)] });
        }
        return results;
    }
    for (const reference of group) {
        const findings = [];
        const errors = [];
        results.set(reference, { findings, errors });
        const name = `${reference.owner}/${reference.repo}`;
        if (!lookup.found) {
            // A deleted repository's name can be registered again by anyone (repo-jacking).
            findings.push((0,_palisade_core__WEBPACK_IMPORTED_MODULE_2__/* .findingAt */ .dz)(_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .IMPOSTOR_COMMIT */ .A5, reference.uses, `\`${name}\` does not exist or is not visible: the reference cannot be verified`, { key: `${name}@${reference.ref}` }));
            continue;
        }
        const tags = lookup.refs.tags;
        const sha = reference.ref.toLowerCase();
        const mismatch = commentMismatch(reference, tags, sha);
        if (mismatch) {
            findings.push((0,_palisade_core__WEBPACK_IMPORTED_MODULE_2__/* .findingAt */ .dz)(_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION_COMMENT_MISMATCH */ .cY, reference.uses, mismatch, {
                key: `${name}@${reference.ref}#${reference.commentVersion ?? ''}`,
            }));
        }
        let reachable;
        try {
            reachable = await resolver.isReachable(reference.owner, reference.repo, sha);
        }
        catch (error) {
            errors.push(onlineError(reference, error));
            continue;
        }
        if (reachable)
            continue;
        const short = sha.slice(0, 12);
        if (policy.historyRewriting(reference)) {
            findings.push((0,_palisade_core__WEBPACK_IMPORTED_MODULE_2__/* .findingAt */ .dz)(_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .IMPOSTOR_COMMIT */ .A5, reference.uses, `The pinned commit ${short} is not in any branch or tag of \`${name}\`, which is listed ` +
                'as rewriting its history (pin-check.history-rewriting), so this is expected', { severity: 'note', key: `${name}@${reference.ref}` }));
        }
        else {
            findings.push((0,_palisade_core__WEBPACK_IMPORTED_MODULE_2__/* .findingAt */ .dz)(_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .IMPOSTOR_COMMIT */ .A5, reference.uses, `The pinned commit ${short} is not in any branch or tag of \`${name}\`: it may come ` +
                'from a fork, whose commits GitHub serves under the parent repository’s name', { key: `${name}@${reference.ref}` }));
        }
    }
    return results;
}
/**
 * What is wrong with a SHA pin's version comment, or undefined when it tells the truth. The
 * tag named is looked up as written, then with its `v` added or removed (`# 4.2.1` for tag
 * `v4.2.1`). A comment naming a major or minor version (`# v4`, `# v4.2`) whose tag has moved on
 * is still true when a release tag of that line (`v4.1.0`, `v4.2.1`) points to the pinned SHA:
 * that is what ratchet and many maintainers write.
 */
function commentMismatch(reference, tags, sha) {
    const version = reference.commentVersion;
    if (version === undefined)
        return undefined;
    const name = `${reference.owner}/${reference.repo}`;
    const alternative = version.startsWith('v') ? version.slice(1) : `v${version}`;
    const tagName = tags.has(version) ? version : tags.has(alternative) ? alternative : undefined;
    const pointing = tagsPointingTo(tags, sha);
    const suggestion = pointing.length === 0
        ? ''
        : `; ${listTags(pointing)} ${pointing.length === 1 ? 'points' : 'point'} to the pinned commit`;
    if (tagName === undefined) {
        return `The version comment names \`${version}\`, but \`${name}\` has no such tag${suggestion}`;
    }
    const target = tags.get(tagName) ?? '';
    if (target === sha)
        return undefined;
    const line = tagName.replace(/^v/, '');
    if (/^\d+(?:\.\d+)?$/.test(line)) {
        const release = new RegExp(`^v?${line.replace(/\./g, '\\.')}\\.\\d+`);
        if (pointing.some((tag) => release.test(tag)))
            return undefined;
    }
    return (`The version comment names \`${version}\`, but \`${tagName}\` points to ` +
        `${target.slice(0, 12)}, not to the pinned ${sha.slice(0, 12)}${suggestion}`);
}
/** Tags pointing to `sha`, the most precise version first (`v4.2.2`, `v4.2`, `v4`). */
function tagsPointingTo(tags, sha) {
    const precision = (tag) => (/^v?\d/.test(tag) ? tag.split(/[.\-+]/).length : 0);
    return [...tags]
        .filter(([, target]) => target === sha)
        .map(([tag]) => tag)
        .sort((a, b) => precision(b) - precision(a) || b.localeCompare(a, 'en', { numeric: true }));
}
/** `` `a` ``, `` `a` and `b` ``, `` `a`, `b`, `c` and 2 more ``. */
function listTags(tags) {
    const shown = tags.slice(0, 3).map((tag) => `\`${tag}\``);
    const more = tags.length - shown.length;
    if (more > 0)
        return `${shown.join(', ')} and ${more} more`;
    if (shown.length === 1)
        return shown[0] ?? '';
    return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] ?? ''}`;
}
function onlineError(reference, error) {
    // Only API failures become OnlineErrors; anything else is a bug and must surface as one.
    if (!(error instanceof _palisade_core__WEBPACK_IMPORTED_MODULE_3__/* .ApiError */ .hD))
        throw error;
    return {
        reference,
        message: `\`${reference.owner}/${reference.repo}@${reference.ref}\` could not be checked online: ${(0,_palisade_core__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`,
    };
}
/** Runs `work` on every item, at most `limit` at a time; rethrows the first failure at the end. */
async function forEachLimited(items, limit, work) {
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const item = items[next];
            next += 1;
            await work(item);
        }
    };
    const settled = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker));
    for (const outcome of settled)
        if (outcome.status === 'rejected')
            throw outcome.reason;
}


/***/ })

};
