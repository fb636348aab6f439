export const id = 440;
export const ids = [440];
export const modules = {

/***/ 68440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planFixes: () => (/* binding */ planFixes)
/* harmony export */ });
/* harmony import */ var _palisade_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10499);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51637);
/**
 * The format-preserving fixer behind `palisade pin-check --fix`: `owner/repo@v4` becomes
 * `owner/repo@<40-hex sha> # v4.2.1`, and no other byte of the file changes. Comments, quoting,
 * indentation, CRLF line endings and trailing spaces stay as they were, because the fixer
 * edits the text at the offsets the parser recorded instead of re-serializing the YAML.
 */


/**
 * Decides, with online lookups, what each unpinned reference (refType major-tag, version-tag,
 * branch, short-sha) becomes. SHA-pinned references are left alone. A reference whose text
 * cannot be edited safely is reported unfixable before anything is looked up; an ApiError
 * from the resolver propagates.
 */
async function planFixes(references, textOf, resolver) {
    const texts = new Map();
    const text = (file) => {
        let value = texts.get(file);
        if (value === undefined) {
            value = textOf(file);
            texts.set(file, value);
        }
        return value;
    };
    const parsed = new Map();
    const yamlOf = (file) => {
        if (!parsed.has(file)) {
            let source;
            try {
                source = _palisade_core__WEBPACK_IMPORTED_MODULE_0__/* .YamlFile */ ._.parse(file, text(file));
            }
            catch {
                source = undefined;
            }
            parsed.set(file, source);
        }
        return parsed.get(file);
    };
    // First, offline: where each reference's text is, or why it cannot be edited.
    const planned = [];
    for (const reference of references) {
        if (reference.refType === 'sha')
            continue;
        const located = locateTarget(reference, text(reference.uses.file), yamlOf);
        planned.push('reason' in located ? located : { reference, target: located });
    }
    // Then online: each distinct `owner/repo@ref` once, repositories in parallel, a
    // repository's refs one after the other (the resolver fetches its tags on the first).
    const lookups = new Lookups(resolver);
    const byRepository = new Map();
    for (const entry of planned) {
        if ('reason' in entry)
            continue;
        const key = (0,_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryKey */ .Kq)(entry.reference);
        const group = byRepository.get(key) ?? [];
        group.push(entry.reference);
        byRepository.set(key, group);
    }
    const resolutions = new Map();
    await Promise.all([...byRepository.values()].map(async (group) => {
        for (const reference of group)
            resolutions.set(reference, await lookups.resolve(reference));
    }));
    const fixes = [];
    const unfixable = [];
    /** Targets already edited, by file and offset of the ref. */
    const edited = new Set();
    for (const entry of planned) {
        if ('reason' in entry) {
            unfixable.push(entry);
            continue;
        }
        const { reference, target } = entry;
        const resolution = resolutions.get(reference);
        if (!resolution)
            throw new Error(`no lookup was made for ${reference.uses.value}`);
        if ('reason' in resolution) {
            unfixable.push({ reference, reason: resolution.reason });
            continue;
        }
        const { sha, version } = resolution;
        const key = `${target.located.file}\u0000${target.refStart}`;
        if (edited.has(key)) {
            fixes.push({
                reference,
                sha,
                version,
                edits: [],
                note: `the same YAML scalar as line ${target.located.line} (an anchor and its alias), pinned there`,
            });
            continue;
        }
        edited.add(key);
        const fileText = text(target.located.file);
        const edits = [
            { file: target.located.file, start: target.refStart, end: target.refEnd, text: sha },
        ];
        const comment = commentEdit(fileText, target.located, version);
        if (comment.edit)
            edits.push(comment.edit);
        const notes = [];
        if (target.viaAlias) {
            notes.push(`a YAML alias: pinned at its anchor, line ${target.located.line}`);
        }
        if (comment.note)
            notes.push(comment.note);
        const fix = { reference, sha, version, edits };
        if (notes.length > 0)
            fix.note = notes.join('; ');
        fixes.push(fix);
    }
    return { fixes, unfixable };
}
/** Where to edit a reference, or why its text cannot be edited safely. */
function locateTarget(reference, text, yamlOf) {
    const { uses } = reference;
    const first = text[uses.start];
    if (first === '|' || first === '>') {
        return {
            reference,
            reason: 'the value is a block scalar (`|` or `>`); write it on one line to have it pinned',
        };
    }
    if (isLiteralRef(text, uses, reference.refStart, reference.refEnd, reference.ref)) {
        return {
            located: uses,
            refStart: reference.refStart,
            refEnd: reference.refEnd,
            viaAlias: false,
        };
    }
    if (first === '*') {
        // An alias: its Located points at `*name`; the anchored scalar is the text to edit.
        const anchor = findAnchorOf(yamlOf(uses.file), uses.start);
        if (anchor && text[anchor.start] !== '|' && text[anchor.start] !== '>') {
            const parsed = (0,_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseUses */ .Ap)(reference.kind, anchor, text);
            if (parsed.kind !== 'malformed' &&
                parsed.ref === reference.ref &&
                isLiteralRef(text, anchor, parsed.refStart, parsed.refEnd, parsed.ref)) {
                return {
                    located: anchor,
                    refStart: parsed.refStart,
                    refEnd: parsed.refEnd,
                    viaAlias: true,
                };
            }
        }
        return {
            reference,
            reason: 'a YAML alias whose anchored text could not be edited safely; pin it by hand',
        };
    }
    return {
        reference,
        reason: 'the ref is not written literally in the file (escapes or a line break in a quoted scalar); pin it by hand',
    };
}
/**
 * Whether [refStart, refEnd) holds exactly `ref` and ends the scalar (only a closing quote, and
 * spaces inside the quotes, may follow), so that replacing those bytes replaces the ref.
 */
function isLiteralRef(text, located, refStart, refEnd, ref) {
    if (refStart < located.start || refEnd > located.end || refStart >= refEnd)
        return false;
    if (text.slice(refStart, refEnd) !== ref)
        return false;
    const rest = text.slice(refEnd, located.end);
    const quote = text[located.start];
    if (quote === '"' || quote === "'")
        return new RegExp(`^[ \\t]*${quote}$`).test(rest);
    return rest === '';
}
/** The anchored scalar that the alias starting at `offset` stands for, placed. */
function findAnchorOf(source, offset) {
    if (!source)
        return undefined;
    const visit = (node) => {
        if (!isYamlNode(node))
            return undefined;
        const resolved = source.resolve(node);
        if (resolved !== node) {
            // An alias; collections reached through aliases are not walked (they are walked where
            // they are written).
            if (node.range?.[0] !== offset || !resolved)
                return undefined;
            const value = source.scalarText(resolved);
            return value === undefined ? undefined : source.locate(resolved, value);
        }
        const map = source.asMap(node);
        if (map) {
            for (const pair of map.items) {
                const found = visit(pair.key) ?? visit(pair.value);
                if (found)
                    return found;
            }
            return undefined;
        }
        for (const item of source.asSeq(node)?.items ?? []) {
            const found = visit(item);
            if (found)
                return found;
        }
        return undefined;
    };
    return visit(source.document.contents);
}
function isYamlNode(value) {
    return typeof value === 'object' && value !== null && 'range' in value;
}
const VERSION_TAG = /^(v?)(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
function parseVersion(name) {
    const match = VERSION_TAG.exec(name);
    if (!match)
        return undefined;
    const numbers = [match[2], match[3], match[4]]
        .filter((part) => part !== undefined)
        .map(Number);
    const version = { name, prefixed: match[1] === 'v', numbers };
    if (match[5] !== undefined)
        version.prerelease = match[5];
    return version;
}
/**
 * The tag a version comment should name, among tags pointing to the same commit: the most
 * specific (`v4.2.1` over `v4.2` over `v4`), then the one with the original ref's `v` prefix
 * (or lack of it), then a release over a pre-release, then the highest, compared numerically.
 */
function bestVersion(names, preferPrefixed) {
    let best;
    for (const name of names) {
        const candidate = parseVersion(name);
        if (candidate && (!best || compareVersions(candidate, best, preferPrefixed) < 0)) {
            best = candidate;
        }
    }
    return best?.name;
}
/** Negative when `a` is the better comment. */
function compareVersions(a, b, preferPrefixed) {
    const specificity = b.numbers.length - a.numbers.length;
    if (specificity !== 0)
        return specificity;
    if (a.prefixed !== b.prefixed)
        return a.prefixed === preferPrefixed ? -1 : 1;
    if ((a.prerelease === undefined) !== (b.prerelease === undefined)) {
        return a.prerelease === undefined ? -1 : 1;
    }
    for (let index = 0; index < a.numbers.length; index += 1) {
        const difference = (b.numbers[index] ?? 0) - (a.numbers[index] ?? 0);
        if (difference !== 0)
            return difference;
    }
    if (a.prerelease !== undefined && b.prerelease !== undefined) {
        const difference = comparePrerelease(b.prerelease, a.prerelease);
        if (difference !== 0)
            return difference;
    }
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
/** SemVer's order of pre-release identifiers: numeric ones numerically, below alphanumeric ones. */
function comparePrerelease(a, b) {
    const left = a.split('.');
    const right = b.split('.');
    for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
        const x = left[index];
        const y = right[index];
        if (x === undefined || y === undefined)
            return x === undefined ? -1 : 1;
        const xNumeric = /^\d+$/.test(x);
        const yNumeric = /^\d+$/.test(y);
        if (xNumeric && yNumeric) {
            const difference = Number(x) - Number(y);
            if (difference !== 0)
                return difference;
        }
        else if (xNumeric !== yNumeric) {
            return xNumeric ? -1 : 1;
        }
        else if (x !== y) {
            return x < y ? -1 : 1;
        }
    }
    return 0;
}
/** The online part: each repository's tags and branch heads, each looked up once. */
class Lookups {
    resolver;
    heads = new Map();
    results = new Map();
    constructor(resolver) {
        this.resolver = resolver;
    }
    resolve(reference) {
        const key = `${(0,_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryKey */ .Kq)(reference)}@${reference.ref}`;
        let result = this.results.get(key);
        if (!result) {
            result = this.lookUp(reference);
            this.results.set(key, result);
        }
        return result;
    }
    branchHead(owner, repo, branch) {
        const key = `${(0,_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryKey */ .Kq)({ owner, repo })}#${branch}`;
        let head = this.heads.get(key);
        if (!head) {
            head = this.resolver.branchHead(owner, repo, branch);
            this.heads.set(key, head);
        }
        return head;
    }
    async lookUp(reference) {
        const { owner, repo, ref, refType } = reference;
        const name = `${owner}/${repo}`;
        const lookup = await this.resolver.repository(owner, repo);
        if (!lookup.found) {
            return { reason: `the repository ${name} does not exist or is not visible` };
        }
        const { tags } = lookup.refs;
        let sha;
        if (refType === 'short-sha') {
            const matches = new Set([...tags.values()].filter((commit) => commit.startsWith(ref)));
            if (matches.size === 0) {
                // No tag there: the heads of the usual default branches are the other commits known.
                for (const branch of ['main', 'master']) {
                    const head = await this.branchHead(owner, repo, branch);
                    if (head?.startsWith(ref))
                        matches.add(head);
                }
            }
            if (matches.size !== 1) {
                const what = matches.size === 0
                    ? `no tag or branch head commit of ${name} starts with ${ref}`
                    : `${matches.size} tag or branch head commits of ${name} start with ${ref}`;
                return { reason: `ambiguous or unknown abbreviated SHA: ${what}` };
            }
            sha = [...matches][0];
        }
        else if (refType === 'branch') {
            // `main`, or a tag whose name says nothing (`stable`, `latest`).
            sha = (await this.branchHead(owner, repo, ref)) ?? tags.get(ref);
        }
        else {
            // A version tag; a branch of that name (`v1` in some repositories) comes second.
            sha = tags.get(ref) ?? (await this.branchHead(owner, repo, ref));
        }
        if (sha === undefined)
            return { reason: `${name} has no tag or branch named \`${ref}\`` };
        if (!/^[0-9a-f]{40}$/.test(sha)) {
            return { reason: `${name}@${ref} resolved to \`${sha}\`, which is not a full commit SHA` };
        }
        return { sha, version: versionFor(lookup.refs, sha, ref) };
    }
}
function versionFor(refs, sha, ref) {
    const names = [...refs.tags].filter(([, commit]) => commit === sha).map(([tag]) => tag);
    const preferPrefixed = parseVersion(ref)?.prefixed ?? true;
    return bestVersion(names, preferPrefixed) ?? ref;
}
/** The version at the start of a comment: `v4` in `# v4`, `# tag=v4`, `# v4 (pinned)`. */
const COMMENT_VERSION = /^((?:tag=|pin@|ratchet:[^@\s]+@)?)(v?\d+(?:\.\d+){0,2}(?:[-+][0-9A-Za-z.-]+)?)(?=\s|$|,|;)/;
/**
 * The edit that makes the comment after the scalar name `version`: the version an existing
 * comment starts with is replaced, any other comment gets the version put before its text,
 * and a line without a comment gets ` # version` appended. In a flow collection the comment
 * goes after the closing brackets, when nothing else follows on the line.
 */
function commentEdit(text, located, version) {
    const { file } = located;
    const newline = text.indexOf('\n', located.end);
    let lineEnd = newline < 0 ? text.length : newline;
    if (text[lineEnd - 1] === '\r' && lineEnd - 1 >= located.end)
        lineEnd -= 1;
    const rest = text.slice(located.end, lineEnd);
    const closers = /^[ \t,\]}]*/.exec(rest)?.[0] ?? '';
    const after = rest.slice(closers.length);
    if (after === '') {
        // Directly after the scalar (or the last closing bracket): trailing spaces stay last.
        const at = located.end + closers.trimEnd().length;
        return { edit: { file, start: at, end: at, text: ` # ${version}` } };
    }
    if (!after.startsWith('#') || !/[ \t]$/.test(closers)) {
        return {
            note: `no version comment was written: more follows \`${located.value}\` on its line`,
        };
    }
    const afterHash = located.end + closers.length + 1;
    const body = text.slice(afterHash, lineEnd);
    const space = /^[ \t]*/.exec(body)?.[0] ?? '';
    const content = body.slice(space.length);
    if (content.trim() === '') {
        // `#` alone: the version goes after it, and after one space when there is one.
        return space === ''
            ? { edit: { file, start: afterHash, end: afterHash, text: ` ${version}` } }
            : { edit: { file, start: afterHash + 1, end: afterHash + 1, text: version } };
    }
    const existing = COMMENT_VERSION.exec(content);
    if (existing) {
        const start = afterHash + space.length + (existing[1] ?? '').length;
        const old = existing[2] ?? '';
        if (old === version)
            return {};
        return { edit: { file, start, end: start + old.length, text: version } };
    }
    return space === ''
        ? { edit: { file, start: afterHash, end: afterHash, text: ` ${version} ` } }
        : {
            edit: {
                file,
                start: afterHash + space.length,
                end: afterHash + space.length,
                text: `${version} `,
            },
        };
}


/***/ })

};
