export const id = 27;
export const ids = [27];
export const modules = {

/***/ 57027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubResolver: () => (/* binding */ createGitHubResolver)
/* harmony export */ });
/* unused harmony exports MAX_BRANCH_COMPARES, MAX_BRANCH_PAGES */
/* harmony import */ var _palisade_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(637);
/**
 * The Resolver over the GitHub REST API. Every lookup is memoized as a promise for the whole
 * run, so concurrent callers share one request and no question is asked twice:
 *
 * - `GET /repos/{o}/{r}/tags?per_page=100` (paginated), once per repository: it answers both
 *   version comments (tag → commit, peeled) and, for most pins, reachability (a SHA a tag points
 *   to is published), so a repository whose pins all name tagged commits costs one request.
 * - `GET /repos/{o}/{r}/branches/{branch}`, once per branch asked about, to tell a branch from
 *   a ref that is neither branch nor tag (the list of branches is reused when already fetched).
 * - For a pinned SHA that no tag points to: `GET /repos/{o}/{r}` (default branch, once per
 *   repository), then `GET /repos/{o}/{r}/compare/{default}...{sha}?per_page=1` (one page of one
 *   commit: only `status` is read). Most untagged pins are on the default branch, so this usually
 *   settles it with two more requests.
 * - Only when the default branch does not contain it: `GET /repos/{o}/{r}/branches?per_page=100`
 *   (once per repository, at most two pages), a branch whose head is the SHA settles it without
 *   a request, and then one compare per other branch head (branches sharing a head, or at the
 *   head already compared, are compared once), at most 30.
 */

/** Compares against branches other than the default one, per SHA, before giving up. */
const MAX_BRANCH_COMPARES = 30;
/** Pages of 100 branches read, per repository. */
const MAX_BRANCH_PAGES = 2;
function createGitHubResolver(octokit, stats) {
    const repositories = new Map();
    const branchHeads = new Map();
    const defaultBranches = new Map();
    const branchLists = new Map();
    const reachable = new Map();
    const keyOf = (owner, repo) => `${owner}/${repo}`.toLowerCase();
    const memo = (cache, key, load) => {
        let promise = cache.get(key);
        if (!promise) {
            promise = load();
            cache.set(key, promise);
        }
        return promise;
    };
    const repository = (owner, repo) => memo(repositories, keyOf(owner, repo), async () => {
        try {
            const tags = await octokit.paginate(octokit.rest.repos.listTags, {
                owner,
                repo,
                per_page: 100,
            });
            return {
                found: true,
                refs: { tags: new Map(tags.map((tag) => [tag.name, tag.commit.sha.toLowerCase()])) },
            };
        }
        catch (error) {
            // Only a 404 means "no such repository"; any other failure stays a failure.
            if (isNotFound(error))
                return { found: false };
            throw error;
        }
    });
    const branchList = (owner, repo) => memo(branchLists, keyOf(owner, repo), async () => {
        let pages = 0;
        let truncated = false;
        const branches = await octokit.paginate(octokit.rest.repos.listBranches, { owner, repo, per_page: 100 }, (response, done) => {
            pages += 1;
            if (pages >= MAX_BRANCH_PAGES && /\brel="next"/.test(response.headers.link ?? '')) {
                truncated = true;
                done();
            }
            return response.data;
        });
        return {
            heads: new Map(branches.map((branch) => [branch.name, branch.commit.sha.toLowerCase()])),
            truncated,
        };
    });
    const branchHead = (owner, repo, branch) => memo(branchHeads, `${keyOf(owner, repo)}#${branch}`, async () => {
        // A complete list of branches, if one was already fetched, answers without a request.
        const listed = branchLists.get(keyOf(owner, repo));
        if (listed) {
            const list = await listed.catch(() => undefined);
            if (list && !list.truncated)
                return list.heads.get(branch);
        }
        try {
            const { data } = await octokit.rest.repos.getBranch({ owner, repo, branch });
            return data.commit.sha.toLowerCase();
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            throw error;
        }
    });
    const defaultBranch = (owner, repo) => memo(defaultBranches, keyOf(owner, repo), async () => {
        const { data } = await octokit.rest.repos.get({ owner, repo });
        return data.default_branch;
    });
    /**
     * Whether `base` contains `sha`, and the commit `base` resolved to. `undefined` when the
     * commit does not exist in the repository's network at all (GitHub's 404 "Not Found"); a
     * 404 "No common ancestor" means it exists but in an unrelated history.
     */
    const contains = async (owner, repo, base, sha) => {
        try {
            const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
                owner,
                repo,
                basehead: `${base}...${sha}`,
                per_page: 1,
            });
            // `behind`: the SHA is an ancestor of the base; `identical`: it is the base.
            return {
                contained: data.status === 'behind' || data.status === 'identical',
                baseSha: data.base_commit.sha.toLowerCase(),
            };
        }
        catch (error) {
            if (!isNotFound(error))
                throw error;
            if (/\bNo common ancestor\b/i.test(error.message))
                return { contained: false };
            return undefined;
        }
    };
    const isReachable = (owner, repo, sha) => {
        const commit = sha.toLowerCase();
        return memo(reachable, `${keyOf(owner, repo)}@${commit}`, async () => {
            const lookup = await repository(owner, repo);
            if (!lookup.found)
                return false;
            // Published by a tag: no request.
            for (const tagged of lookup.refs.tags.values())
                if (tagged === commit)
                    return true;
            const name = `${owner}/${repo}`;
            const main = await defaultBranch(owner, repo);
            const first = await contains(owner, repo, main, commit);
            if (first === undefined)
                return false;
            if (first.contained)
                return true;
            const list = await branchList(owner, repo);
            // The default branch was compared already, under its name: skip its head, by SHA.
            const compared = new Set();
            for (const head of [first.baseSha, list.heads.get(main)])
                if (head)
                    compared.add(head);
            const candidates = [];
            for (const [branch, head] of list.heads) {
                if (head === commit)
                    return true;
                if (branch === main || compared.has(head))
                    continue;
                compared.add(head);
                candidates.push(head);
            }
            for (const head of candidates.slice(0, MAX_BRANCH_COMPARES)) {
                const result = await contains(owner, repo, head, commit);
                // The commit vanished between two requests (a force-push): it is not published.
                if (result === undefined)
                    return false;
                if (result.contained)
                    return true;
            }
            if (candidates.length > MAX_BRANCH_COMPARES || list.truncated) {
                throw new _palisade_core__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD(`could not decide whether ${commit} is in a branch of \`${name}\`: it is in neither ` +
                    `its default branch \`${main}\` nor the ${Math.min(candidates.length, MAX_BRANCH_COMPARES)} ` +
                    `other branches compared, and \`${name}\` has more branches than pin-check compares ` +
                    `(${MAX_BRANCH_COMPARES} compares, ${MAX_BRANCH_PAGES * 100} branches listed)`);
            }
            return false;
        });
    };
    return { repository, branchHead, isReachable, stats };
}
function isNotFound(error) {
    return error instanceof _palisade_core__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && error.status === 404;
}


/***/ })

};
