export const id = 251;
export const ids = [251,669];
export const modules = {

/***/ 19251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createStorageRecords: () => (/* binding */ createStorageRecords),
/* harmony export */   signSboms: () => (/* binding */ signSboms),
/* harmony export */   uploadReleaseAssets: () => (/* binding */ uploadReleaseAssets)
/* harmony export */ });
/* unused harmony exports PermissionError, checkIdTokenPermission */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_attest__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92923);
/* harmony import */ var _palisade_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(637);
/* harmony import */ var _palisade_core_github__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91669);
/**
 * Signing and publishing, loaded only in the modes that sign (it pulls in @actions/attest,
 * Sigstore and the API client). Each SBOM becomes an in-toto statement signed through
 * @actions/attest (Fulcio certificate from the job's OIDC token, Rekor or the GitHub TSA),
 * stored with the attestations API, and written to disk as a Sigstore bundle.
 *
 * Permissions, per mode:
 * - signing: `id-token: write` (the OIDC token Fulcio certifies) and `attestations: write`;
 * - release assets: `contents: write`;
 * - storage records for registry artifacts: `artifact-metadata: write`.
 * A missing one fails with a message naming it.
 */





/** A permission the job lacks: exit 2, with the line to add to the workflow. */
class PermissionError extends _palisade_core__WEBPACK_IMPORTED_MODULE_3__/* .PalisadeError */ .UD {
    name = 'PermissionError';
}
/** Signing needs the job's OIDC token: without `id-token: write` the runner gives none. */
function checkIdTokenPermission(env) {
    if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        throw new PermissionError("signing needs the `id-token: write` permission (ACTIONS_ID_TOKEN_REQUEST_URL is not set): add `id-token: write` to the job's `permissions:`");
    }
}
function splitRepository(repository) {
    const [owner, repo] = repository.split('/');
    if (!owner || !repo)
        throw new _palisade_core__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`GITHUB_REPOSITORY must be owner/repo, not \`${repository}\``);
    return { owner, repo };
}
function client(options) {
    return (0,_palisade_core_github__WEBPACK_IMPORTED_MODULE_4__.createGitHubClient)({
        token: options.token,
        ...(options.apiUrl ? { baseUrl: options.apiUrl } : {}),
        retries: 2,
        retryBaseDelayMs: 200,
    }).octokit;
}
function permissionFor(error, permission, what) {
    const status = error instanceof _palisade_core__WEBPACK_IMPORTED_MODULE_3__/* .ApiError */ .hD ? error.status : undefined;
    if (status === 403 || status === 404) {
        throw new PermissionError(`${what} failed with ${status}: the job needs the \`${permission}\` permission (add \`${permission}\` to its \`permissions:\`). ${(0,_palisade_core__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
    }
    throw error;
}
/**
 * Signs each SBOM, stores the attestation (unless `store` is false) and writes its bundle.
 * `provenanceBundlePath`, when given, adds a SLSA build provenance attestation of the subjects.
 */
async function signSboms(requests, options, provenanceBundlePath) {
    checkIdTokenPermission(process.env);
    const { owner, repo } = splitRepository(options.repository);
    const octokit = client(options);
    const results = [];
    const store = async (attestation, file, predicateType, bundlePath) => {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(bundlePath), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(bundlePath, `${JSON.stringify(attestation.bundle)}\n`);
        let id;
        try {
            const response = await octokit.request('POST /repos/{owner}/{repo}/attestations', {
                owner,
                repo,
                bundle: attestation.bundle,
            });
            const data = response.data;
            id = data.id === undefined ? undefined : String(data.id);
        }
        catch (error) {
            permissionFor(error, 'attestations: write', 'storing the attestation');
        }
        const result = { file, predicateType, bundlePath };
        if (id) {
            result.attestationId = id;
            result.url = `${options.serverUrl}/${owner}/${repo}/attestations/${id}`;
        }
        results.push(result);
    };
    for (const request of requests) {
        const sbom = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(request.file, 'utf8'));
        const attestation = await signing(() => (0,_actions_attest__WEBPACK_IMPORTED_MODULE_2__/* .attest */ .st)({
            subjects: options.subjects,
            predicateType: request.predicateType,
            predicate: sbom,
            token: options.token,
            skipWrite: true,
            ...(options.sigstore ? { sigstore: options.sigstore } : {}),
        }));
        await store(attestation, request.file, request.predicateType, request.bundlePath);
    }
    if (provenanceBundlePath) {
        const attestation = await signing(() => (0,_actions_attest__WEBPACK_IMPORTED_MODULE_2__/* .attestProvenance */ .XA)({
            subjects: options.subjects,
            token: options.token,
            skipWrite: true,
            ...(options.sigstore ? { sigstore: options.sigstore } : {}),
        }));
        await store(attestation, '', 'https://slsa.dev/provenance/v1', provenanceBundlePath);
    }
    return results;
}
/** Sigstore failures as PalisadeErrors (exit 2) with the reason. */
async function signing(sign) {
    try {
        return await sign();
    }
    catch (error) {
        throw new _palisade_core__WEBPACK_IMPORTED_MODULE_3__/* .ApiError */ .hD(`signing failed: ${(0,_palisade_core__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
    }
}
/**
 * Uploads the SBOMs to the release of `tag`, replacing assets of the same name (a re-run of
 * the job must not fail on the first run's files).
 */
async function uploadReleaseAssets(assets, tag, options) {
    const { owner, repo } = splitRepository(options.repository);
    const octokit = client({ ...options, subjects: [], serverUrl: '' });
    const urls = [];
    try {
        const { data: release } = await octokit.rest.repos.getReleaseByTag({ owner, repo, tag });
        for (const asset of assets) {
            for (const existing of release.assets.filter((item) => item.name === asset.name)) {
                await octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: existing.id });
            }
            const data = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(asset.file);
            // The release's own upload URL (a URI template): right for github.com and GHES alike.
            const response = await octokit.request({
                method: 'POST',
                url: release.upload_url,
                name: asset.name,
                data,
                headers: { 'content-type': 'application/json', 'content-length': data.length },
            });
            urls.push(response.data.browser_download_url);
        }
    }
    catch (error) {
        if (error instanceof _palisade_core__WEBPACK_IMPORTED_MODULE_3__/* .ApiError */ .hD && error.status === 404 && /releases\/tags/.test(error.message)) {
            throw new _palisade_core__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`no release has the tag \`${tag}\`: ${error.message}`);
        }
        permissionFor(error, 'contents: write', 'uploading the release assets');
    }
    return urls;
}
/**
 * The storage record GitHub's linked artifacts page shows for an artifact published to a
 * registry, one per subject, through @actions/attest's createStorageRecord.
 */
async function createStorageRecords(subjects, options) {
    const ids = [];
    for (const subject of subjects) {
        const [algorithm, value] = Object.entries(subject.digest)[0] ?? ['sha256', ''];
        try {
            const created = await (0,_actions_attest__WEBPACK_IMPORTED_MODULE_2__/* .createStorageRecord */ .Bz)({ name: subject.name, digest: `${algorithm}:${value}` }, {
                registryUrl: options.registryUrl,
                ...(options.artifactUrl ? { artifactUrl: options.artifactUrl } : {}),
            }, options.token, 1);
            ids.push(...created);
        }
        catch (error) {
            const message = (0,_palisade_core__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error);
            if (/\b(403|404)\b|Resource not accessible|Forbidden|Not Found/i.test(message)) {
                throw new PermissionError(`creating the storage record of \`${subject.name}\` failed: the job needs the \`artifact-metadata: write\` permission (add it to its \`permissions:\`). ${message}`);
            }
            throw new _palisade_core__WEBPACK_IMPORTED_MODULE_3__/* .ApiError */ .hD(`creating the storage record of \`${subject.name}\` failed: ${message}`);
        }
    }
    return ids;
}


/***/ }),

/***/ 91669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(99280);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(33916);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(97517);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(58864);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(637);
/**
 * The shared GitHub API client: an Octokit from `@actions/github` with the retry and throttling
 * plugins, a per-request timeout, an on-disk ETag cache, and errors that are always `ApiError`s
 * naming the method and path, never the token. Only modes that go online load this module.
 */










const DEFAULT_BASE_URL = 'https://api.github.com';
const USER_AGENT = 'palisade';
/** How many times one request waits out a rate limit before giving up. */
const MAX_RATE_LIMIT_WAITS = 3;
/** GitHub's advice when a secondary rate limit or a 429 has no Retry-After: wait a minute. */
const FALLBACK_RETRY_AFTER_SECONDS = 60;
/** Every 4xx is final for plugin-retry; 429 and rate-limit 403s belong to the throttling. */
const CLIENT_ERRORS = Array.from({ length: 100 }, (_, i) => 400 + i);
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
const CACHE_VERSION = 1;
/** The abort reason of a request that did not finish within the timeout. */
class RequestTimeout extends Error {
    name = 'RequestTimeout';
}
/** A response whose body could not be read to the end (cut short, reset, …). */
class UnreadableBody extends Error {
    status;
    statusText;
    name = 'UnreadableBody';
    constructor(status, statusText, reason) {
        super(`the response (${status} ${statusText}) could not be read: ${reason}`);
        this.status = status;
        this.statusText = statusText;
    }
}
/**
 * Creates an Octokit for `options.baseUrl` (else GITHUB_API_URL, else api.github.com) with
 * retries, rate-limit handling, a timeout, an optional ETag cache and `ApiError`s.
 */
function createGitHubClient(options) {
    const token = options.token;
    if (!token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ApiError */ .hD('no GitHub token was given: set the github-token input or GITHUB_TOKEN');
    }
    const baseUrl = (options.baseUrl ?? (process.env.GITHUB_API_URL || DEFAULT_BASE_URL)).replace(/\/+$/, '');
    const timeoutMs = options.timeoutMs ?? 30_000;
    const retries = options.retries ?? 3;
    const maxWait = options.maxRateLimitWaitSeconds ?? 60;
    const cacheDir = options.cacheDir;
    const stats = { requests: 0, cacheHits: 0, rateLimited: 0, retries: 0 };
    const records = new WeakMap();
    const redact = (text) => redactSecret(text, token);
    const log = {
        debug: (message) => {
            options.log?.debug(redact(message));
        },
        warning: (message) => {
            options.log?.warning(redact(message));
        },
    };
    const octokitLog = {
        debug: (message, extra) => {
            log.debug(withExtra(message, extra));
        },
        info: (message, extra) => {
            log.debug(withExtra(message, extra));
        },
        warn: (message, extra) => {
            log.warning(withExtra(message, extra));
        },
        error: (message, extra) => {
            log.warning(withExtra(message, extra));
        },
    };
    const pathOf = (url) => url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length) : url;
    /** Counts every HTTP attempt; registered first, so it runs inside retries and throttling. */
    const attempts = (octokit) => {
        octokit.hook.wrap('request', async (request, requestOptions) => {
            const record = records.get(requestOptions);
            if (record)
                record.attempts += 1;
            if (record?.lastFailure === 'error')
                stats.retries += 1;
            stats.requests += 1;
            const label = record?.label ?? labelOf(octokit.request.endpoint.parse(requestOptions), pathOf);
            const started = Date.now();
            try {
                const response = await request(requestOptions);
                log.debug(`${label}: ${response.status} in ${Date.now() - started} ms`);
                return response;
            }
            catch (error) {
                const limit = rateLimitOf(error);
                if (limit)
                    stats.rateLimited += 1;
                if (record)
                    record.lastFailure = limit ? 'rate-limit' : 'error';
                log.debug(`${label}: ${shortFailure(error)} in ${Date.now() - started} ms`);
                throw error;
            }
        });
    };
    const onLimit = (kind) => (retryAfter, requestOptions, _octokit, retryCount) => {
        const label = records.get(requestOptions)?.label ?? 'a request';
        if (retryAfter <= maxWait && retryCount < MAX_RATE_LIMIT_WAITS) {
            log.warning(`${label} hit the ${kind} rate limit; waiting ${retryAfter} s`);
            return true;
        }
        return false;
    };
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_5__/* .getOctokit */ .Q)(token, {
        baseUrl,
        userAgent: USER_AGENT,
        log: octokitLog,
        request: { fetch: timedFetch(baseFetch(), timeoutMs), log: octokitLog },
        retry: {
            retries,
            retryAfterBaseValue: options.retryBaseDelayMs ?? 1000,
            doNotRetry: CLIENT_ERRORS,
        },
        throttle: {
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
        },
    }, attempts, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_8__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_9__/* .throttling */ .A);
    /** Waits out rate limits that the throttling plugin does not recognize (a bare 429). */
    const sendWithWaits = async (send, label) => {
        for (let waits = 0;; waits += 1) {
            try {
                return await send();
            }
            catch (error) {
                const limit = rateLimitOf(error);
                if (limit?.kind !== 'other' ||
                    limit.waitSeconds > maxWait ||
                    waits >= MAX_RATE_LIMIT_WAITS) {
                    throw error;
                }
                log.warning(`${label} was rate limited; waiting ${limit.waitSeconds} s`);
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_4__.setTimeout)(limit.waitSeconds * 1000);
            }
        }
    };
    octokit.hook.wrap('request', async (request, requestOptions) => {
        const parsed = octokit.request.endpoint.parse(requestOptions);
        const label = labelOf(parsed, pathOf);
        const cacheable = cacheDir !== undefined &&
            parsed.method === 'GET' &&
            parsed.headers['if-none-match'] === undefined &&
            requestOptions.request.parseSuccessResponseBody !== false;
        const cacheFile = cacheable
            ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(cacheDir, `${cacheKey(parsed.method, parsed.url, parsed.headers.accept)}.json`)
            : undefined;
        const cached = cacheFile ? await readCache(cacheFile, log) : undefined;
        // Inner hooks are bound to this very object (before-after-hook ignores the options a wrap
        // passes on), so the conditional header is set on it rather than on a copy.
        if (cached) {
            requestOptions.headers = { ...requestOptions.headers, 'if-none-match': cached.etag };
        }
        const record = { label, attempts: 0 };
        records.set(requestOptions, record);
        try {
            const response = await sendWithWaits(async () => request(requestOptions), label);
            const data = response.data;
            const contentType = response.headers['content-type'];
            if (typeof data === 'string' &&
                parsed.method !== 'HEAD' &&
                typeof contentType === 'string' &&
                /^\s*application\/(?:scim\+)?json\s*(?:;|$)/i.test(contentType)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ApiError */ .hD(redact(`${label} failed: the response could not be read: it is not valid JSON`));
            }
            const etag = response.headers.etag;
            if (cacheFile && response.status === 200 && typeof etag === 'string' && etag !== '') {
                await writeCache(cacheFile, {
                    version: CACHE_VERSION,
                    etag,
                    status: response.status,
                    url: response.url,
                    headers: response.headers,
                    data,
                }, log);
            }
            return response;
        }
        catch (error) {
            if (cached && statusOf(error) === 304) {
                stats.cacheHits += 1;
                log.debug(`${label}: not modified, answered from the cache`);
                return {
                    status: cached.status,
                    url: cached.url || parsed.url,
                    headers: cached.headers,
                    data: cached.data,
                };
            }
            throw toApiError(error, record, maxWait, redact);
        }
    });
    return { octokit, stats };
}
/** The fetch of @actions/github (it honours the runner's proxy settings), else the global one. */
function baseFetch() {
    const fetch = _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_6__/* .defaults */ .NT.request?.fetch;
    return fetch ?? globalThis.fetch;
}
/**
 * A fetch that aborts after `timeoutMs` and reads the whole body before it answers, so a body
 * cut short is an error (which is retried) rather than the partial text @octokit/request would
 * return, and the timeout covers the body as well as the headers.
 */
function timedFetch(fetch, timeoutMs) {
    return async (input, init) => {
        const controller = new AbortController();
        const timer = Number.isFinite(timeoutMs) && timeoutMs > 0
            ? setTimeout(() => {
                controller.abort(new RequestTimeout(`no response within ${timeoutMs} ms`));
            }, timeoutMs)
            : undefined;
        const signal = init?.signal
            ? AbortSignal.any([init.signal, controller.signal])
            : controller.signal;
        try {
            const response = await fetch(input, { ...init, signal });
            let body = null;
            if (!NULL_BODY_STATUSES.has(response.status) && init?.method !== 'HEAD') {
                try {
                    body = await response.arrayBuffer();
                }
                catch (error) {
                    if (controller.signal.aborted)
                        throw error;
                    throw new UnreadableBody(response.status, response.statusText, describeError(error));
                }
            }
            const copy = new Response(body, {
                status: response.status,
                statusText: response.statusText,
                headers: response.headers,
            });
            Object.defineProperty(copy, 'url', { value: response.url });
            return copy;
        }
        catch (error) {
            if (controller.signal.aborted && !init?.signal?.aborted) {
                throw controller.signal.reason;
            }
            throw error;
        }
        finally {
            clearTimeout(timer);
        }
    };
}
function toApiError(error, record, maxWait, redact) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ApiError */ .hD)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ApiError */ .hD(redact(error.message), error.status);
    const { label } = record;
    const tries = record.attempts > 1 ? ` (after ${record.attempts} attempts)` : '';
    const make = (message, status) => new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ApiError */ .hD(redact(`${label} failed: ${message}`), status);
    const timeout = findCause(error, RequestTimeout);
    if (timeout)
        return make(`timed out: ${timeout.message}${tries}`);
    const unreadable = findCause(error, UnreadableBody);
    if (unreadable) {
        const status = unreadable.status >= 400 ? unreadable.status : undefined;
        return make(`${unreadable.message}${tries}`, status);
    }
    const response = responseOf(error);
    if (response) {
        const { status } = response;
        const reason = node_http__WEBPACK_IMPORTED_MODULE_2__.STATUS_CODES[status] ?? 'Unknown Status';
        const limit = rateLimitOf(error);
        if (limit)
            return make(`${status} ${reason}: ${describeRateLimit(limit, maxWait)}`, status);
        const apiMessage = apiMessageOf(response.data);
        const detail = apiMessage && apiMessage !== reason ? `: ${apiMessage}` : '';
        return make(`${status} ${reason}${detail}${tries}`, status);
    }
    if (isRecord(error) && error.name === 'AbortError')
        return make('the request was aborted');
    return make(`${describeError(error)}${tries}`);
}
function describeRateLimit(limit, maxWait) {
    const what = limit.kind === 'primary'
        ? 'the API rate limit was hit'
        : limit.kind === 'secondary'
            ? 'a secondary rate limit was hit'
            : 'the request was rate limited';
    const resetAt = limit.resetAt ?? new Date(Date.now() + limit.waitSeconds * 1000);
    const when = `it resets at ${resetAt.toISOString()} (in ${limit.waitSeconds} s)`;
    const why = limit.waitSeconds > maxWait
        ? `longer than the ${maxWait} s this client waits`
        : `still limited after ${MAX_RATE_LIMIT_WAITS} waits`;
    return `${what}; ${when}, ${why}`;
}
/** Classifies a 403/429 error response as a rate limit, the way plugin-throttling does. */
function rateLimitOf(error) {
    const response = responseOf(error);
    if (!response || (response.status !== 403 && response.status !== 429))
        return undefined;
    const { headers } = response;
    const retryAfter = parseRetryAfter(headers['retry-after']);
    const message = isRecord(error) && typeof error.message === 'string' ? error.message : '';
    if (/\bsecondary rate\b/i.test(message)) {
        return { kind: 'secondary', waitSeconds: retryAfter ?? FALLBACK_RETRY_AFTER_SECONDS };
    }
    if (String(headers['x-ratelimit-remaining']) === '0') {
        const reset = Number(headers['x-ratelimit-reset']);
        if (Number.isFinite(reset) && reset > 0) {
            const resetAt = new Date(reset * 1000);
            return {
                kind: 'primary',
                waitSeconds: Math.max(Math.ceil((resetAt.getTime() - Date.now()) / 1000), 0),
                resetAt,
            };
        }
        return { kind: 'primary', waitSeconds: retryAfter ?? FALLBACK_RETRY_AFTER_SECONDS };
    }
    if (retryAfter !== undefined || response.status === 429) {
        return { kind: 'other', waitSeconds: retryAfter ?? FALLBACK_RETRY_AFTER_SECONDS };
    }
    return undefined;
}
/** Retry-After is delta-seconds or an HTTP date. */
function parseRetryAfter(value) {
    if (typeof value !== 'string' && typeof value !== 'number')
        return undefined;
    const text = String(value).trim();
    if (/^\d+$/.test(text))
        return Number(text);
    const date = Date.parse(text);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(Math.ceil((date - Date.now()) / 1000), 0);
}
function cacheKey(method, url, accept) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(`${method} ${url} ${accept ?? ''}`)
        .digest('hex');
}
async function readCache(file, log) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch {
        return undefined;
    }
    try {
        const entry = JSON.parse(text);
        if (isRecord(entry) &&
            entry.version === CACHE_VERSION &&
            typeof entry.etag === 'string' &&
            entry.etag !== '' &&
            typeof entry.status === 'number' &&
            typeof entry.url === 'string' &&
            isRecord(entry.headers) &&
            'data' in entry) {
            return entry;
        }
    }
    catch {
        // Fall through: a corrupt entry is a miss.
    }
    log.debug(`ignoring the unreadable cache entry ${file}`);
    return undefined;
}
/** Writes a temporary file and renames it, so readers see the old entry or the new one. */
async function writeCache(file, entry, log) {
    const temporary = `${file}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`;
    try {
        // Binary bodies (ArrayBuffer) do not survive JSON; only JSON and text are cached.
        if (Object.prototype.toString.call(entry.data) === '[object ArrayBuffer]')
            return;
        const text = JSON.stringify(entry);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(file, '..'), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temporary, text, { mode: 0o600 });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, file);
    }
    catch (error) {
        log.warning(`could not write the API cache entry ${file}: ${describeError(error)}`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true }).catch(() => undefined);
    }
}
function labelOf(parsed, pathOf) {
    return `${parsed.method} ${pathOf(parsed.url)}`;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function statusOf(error) {
    return isRecord(error) && typeof error.status === 'number' ? error.status : undefined;
}
/** The HTTP response of an Octokit RequestError; network errors have none. */
function responseOf(error) {
    if (!isRecord(error) || !isRecord(error.response))
        return undefined;
    const { status, headers, data } = error.response;
    if (typeof status !== 'number')
        return undefined;
    return { status, headers: isRecord(headers) ? headers : {}, data };
}
function apiMessageOf(data) {
    if (!isRecord(data) || typeof data.message !== 'string' || data.message === '')
        return undefined;
    const message = data.message.replace(/\s+/g, ' ').trim();
    return message.length > 200 ? `${message.slice(0, 200)}…` : message;
}
function findCause(error, type) {
    let current = error;
    for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth += 1) {
        if (current instanceof type)
            return current;
        current = isRecord(current) ? current.cause : undefined;
    }
    return undefined;
}
/**
 * The deepest non-empty message of an error's cause chain: `connect ECONNREFUSED …` rather
 * than undici's `fetch failed`. Duck-typed, since causes may come from another realm.
 */
function describeError(error) {
    let message = isRecord(error) && typeof error.message === 'string' ? error.message : String(error);
    let current = isRecord(error) ? error.cause : undefined;
    for (let depth = 0; depth < 5 && isRecord(current); depth += 1) {
        if (typeof current.message === 'string' && current.message !== '')
            message = current.message;
        current = current.cause;
    }
    return message;
}
function shortFailure(error) {
    const response = responseOf(error);
    if (response) {
        const apiMessage = apiMessageOf(response.data);
        return apiMessage ? `${response.status} (${apiMessage})` : String(response.status);
    }
    return findCause(error, RequestTimeout) ? 'timed out' : describeError(error);
}
function withExtra(message, extra) {
    return isRecord(extra) && typeof extra.message === 'string'
        ? `${message}: ${extra.message}`
        : message;
}
/** Removes the token from text bound for a log or an error, whatever surrounds it. */
function redactSecret(text, secret) {
    if (secret === '')
        return text;
    let result = text.split(secret).join('***');
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret)
        result = result.split(encoded).join('***');
    return result;
}


/***/ })

};
