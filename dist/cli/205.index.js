export const id = 205;
export const ids = [205,484];
export const modules = {

/***/ 97205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECK_RULES: () => (/* reexport */ CHECK_RULES),
  LEDGER_STATUSES: () => (/* reexport */ LEDGER_STATUSES),
  RENDER_RULES: () => (/* reexport */ RENDER_RULES),
  runAdvisoryAssign: () => (/* binding */ runAdvisoryAssign),
  runAdvisoryCheck: () => (/* binding */ runAdvisoryCheck),
  runAdvisoryRender: () => (/* binding */ runAdvisoryRender)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(637);
// EXTERNAL MODULE: ./packages/core/src/repository-file.ts
var repository_file = __webpack_require__(57589);
// EXTERNAL MODULE: ./packages/core/src/config.ts
var config = __webpack_require__(83484);
// EXTERNAL MODULE: ./packages/core/src/findings.ts
var src_findings = __webpack_require__(23380);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./actions/advisory-id/src/git-data.ts
/**
 * A small JSON client for the few REST endpoints `assign` uses (Git Data API, repository
 * security advisories). Why not the shared Octokit client: its throttling plugin spaces every
 * write of the process at least 1 s apart through one limiter shared by all clients, so an
 * assignment (4 writes) holds the ledger's compare-and-swap window open for 3 s and racing
 * runs lose round after round; the ledger's own retry loop already backs off with jitter.
 * Like the shared client, it retries 5xx and network failures, waits out Retry-After on
 * 403/429, times out, counts requests, and its errors are ApiErrors that name the method
 * and path, never the token.
 */



const DEFAULT_BASE_URL = 'https://api.github.com';
function createGitDataClient(options) {
    if (!options.token) {
        throw new src_errors/* ApiError */.hD('no GitHub token was given: set the github-token input or GITHUB_TOKEN');
    }
    const baseUrl = (options.baseUrl ?? (process.env.GITHUB_API_URL || DEFAULT_BASE_URL)).replace(/\/+$/, '');
    const retries = options.retries ?? 3;
    const baseDelay = options.retryBaseDelayMs ?? 1000;
    const timeoutMs = options.timeoutMs ?? 30_000;
    const maxWait = options.maxRateLimitWaitSeconds ?? 60;
    const redact = (text) => text.split(options.token).join('***');
    let requests = 0;
    const send = async (method, path, body) => {
        requests += 1;
        const response = await fetch(`${baseUrl}${path}`, {
            method,
            headers: {
                accept: 'application/vnd.github+json',
                authorization: `Bearer ${options.token}`,
                'content-type': 'application/json',
                'user-agent': 'palisade',
                'x-github-api-version': '2022-11-28',
            },
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
            signal: AbortSignal.timeout(timeoutMs),
        });
        const text = await response.text();
        let data = text;
        try {
            data = text === '' ? undefined : JSON.parse(text);
        }
        catch {
            if (response.ok)
                throw new Error('the response is not valid JSON');
        }
        const retryAfter = Number(response.headers.get('retry-after') ?? Number.NaN);
        return Number.isFinite(retryAfter)
            ? { status: response.status, data, retryAfter }
            : { status: response.status, data };
    };
    return {
        get requests() {
            return requests;
        },
        async request(method, path, body) {
            const label = `${method} ${path}`;
            let failure = '';
            for (let attempt = 0; attempt <= retries; attempt += 1) {
                if (attempt > 0)
                    await (0,external_node_timers_promises_.setTimeout)(attempt * attempt * baseDelay);
                let answer;
                try {
                    answer = await send(method, path, body);
                }
                catch (error) {
                    failure = (0,src_errors/* errorMessage */.gJ)(error);
                    options.log?.debug(redact(`${label}: ${failure}`));
                    continue;
                }
                const { status, data } = answer;
                options.log?.debug(redact(`${label}: ${status}`));
                if (status < 300)
                    return data;
                const reason = external_node_http_.STATUS_CODES[status] ?? 'Unknown Status';
                const apiMessage = typeof data === 'object' &&
                    data !== null &&
                    'message' in data &&
                    typeof data.message === 'string'
                    ? data.message.replace(/\s+/g, ' ').slice(0, 200)
                    : '';
                const detail = apiMessage && apiMessage !== reason ? `: ${apiMessage}` : '';
                failure = `${status} ${reason}${detail}`;
                const limited = status === 429 || (status === 403 && answer.retryAfter !== undefined);
                if (limited && (answer.retryAfter ?? 60) <= maxWait && attempt < retries) {
                    options.log?.warning(`${label} was rate limited; waiting ${answer.retryAfter ?? 60} s`);
                    await (0,external_node_timers_promises_.setTimeout)((answer.retryAfter ?? 60) * 1000);
                    continue;
                }
                if (status < 500)
                    throw new src_errors/* ApiError */.hD(redact(`${label} failed: ${failure}`), status);
            }
            const tries = retries > 0 ? ` (after ${retries + 1} attempts)` : '';
            const status = /^(\d{3}) /.exec(failure)?.[1];
            throw new src_errors/* ApiError */.hD(redact(`${label} failed: ${failure}${tries}`), status === undefined ? undefined : Number(status));
        },
    };
}

;// CONCATENATED MODULE: ./actions/advisory-id/src/ids.ts
/** Advisory identifiers: `<prefix>-YYYY-NNNN`, the year of triage and a per-year number. */
/** Escapes a string for use inside a regular expression. */
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** The exact pattern of an id with this prefix: `^<prefix>-(\d{4})-(\d{4,})$`. */
function idPattern(prefix) {
    return new RegExp(`^${escapeRegExp(prefix)}-(\\d{4})-(\\d{4,})$`);
}
/** Parses an id of this prefix; undefined when it does not match exactly or numbers from 0. */
function parseAdvisoryId(prefix, text) {
    const match = idPattern(prefix).exec(text);
    if (!match)
        return undefined;
    const number = Number(match[2]);
    if (number < 1)
        return undefined;
    return { id: text, year: Number(match[1]), number };
}
/** Formats an id: the number has at least four digits. */
function formatAdvisoryId(prefix, year, number) {
    return `${prefix}-${year}-${String(number).padStart(4, '0')}`;
}
/** Orders ids by year, then number, then text. */
function compareIds(prefix, a, b) {
    const left = parseAdvisoryId(prefix, a);
    const right = parseAdvisoryId(prefix, b);
    if (left && right)
        return left.year - right.year || left.number - right.number;
    return a.localeCompare(b);
}
/**
 * Everything in `text` that looks like an advisory id, well formed or not: tokens that start
 * with the prefix (in any case) or contain `-SA-`. Each comes with its offset in `text`.
 */
function idCandidates(prefix, text) {
    const pattern = new RegExp(`(?<![\\w.-])(?:${escapeRegExp(prefix)}(?:-[\\w]+)*|[\\w.]+(?:-[\\w.]+)*?-SA-[\\w]*(?:-[\\w]+)*)`, 'gi');
    const found = [];
    for (const match of text.matchAll(pattern)) {
        found.push({ text: match[0].replace(/[.]+$/, ''), index: match.index });
    }
    return found;
}
/** Every exact id of this prefix in `text`, with its offset. */
function exactIds(prefix, text) {
    const pattern = new RegExp(`(?<![\\w.-])${escapeRegExp(prefix)}-\\d{4}-\\d{4,}(?![\\w-])`, 'g');
    return [...text.matchAll(pattern)].map((match) => ({ id: match[0], index: match.index }));
}
/** GitHub advisory ids: `GHSA-` and three groups of four characters of GitHub's alphabet. */
const GHSA_PATTERN = /^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/i;
/** The canonical spelling (`GHSA-` upper case, the rest lower case), or undefined. */
function normalizeGhsa(text) {
    const trimmed = text.trim();
    if (!GHSA_PATTERN.test(trimmed))
        return undefined;
    return `GHSA-${trimmed.slice(5).toLowerCase()}`;
}
/** 1-based line of an offset in a text. */
function lineAt(text, index) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1))
        line += 1;
    return line;
}
/** 1-based line and column of an offset. */
function positionAt(text, index) {
    const line = lineAt(text, index);
    const lineStart = text.lastIndexOf('\n', index - 1) + 1;
    return { line, column: index - lineStart + 1 };
}

;// CONCATENATED MODULE: ./actions/advisory-id/src/json-text.ts


/**
 * Parses JSON, turning a syntax error into an InputError at the line it names. Node 20 says
 * `at position N`, later versions `(line L column C)`; both are understood.
 */
function parseJsonText(text, file) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const message = error instanceof SyntaxError ? error.message : String(error);
        const lineMatch = /\(line (\d+) column \d+\)/.exec(message);
        const positionMatch = /at position (\d+)/.exec(message);
        const line = lineMatch
            ? Number(lineMatch[1])
            : positionMatch
                ? lineAt(text, Number(positionMatch[1]))
                : undefined;
        const reason = message.replace(/\s*\(line \d+ column \d+\)|\s*at position \d+.*$/g, '');
        throw new src_errors/* InputError */.dz(line === undefined ? { file } : { file, line }, `not valid JSON: ${reason}`);
    }
}
/** The line of the `nth` occurrence (from `from`) of a JSON string value in `text`. */
function lineOfValue(text, value, from = 0) {
    const needle = JSON.stringify(value);
    const index = text.indexOf(needle, from);
    if (index < 0)
        return { line: 1, end: from };
    return { line: lineAt(text, index), end: index + needle.length };
}
/** The line of the first `"key":` in `text`, else 1. */
function lineOfKey(text, key, after) {
    const start = after === undefined ? 0 : Math.max(text.indexOf(JSON.stringify(after)), 0);
    const index = text.indexOf(JSON.stringify(key), start);
    return index < 0 ? 1 : lineAt(text, index);
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * The line of a JSON pointer's target, found by looking for each key after the previous
 * one (array indexes are skipped): close enough to point a reader at the right place.
 */
function lineOfPointer(text, pointer) {
    let cursor = 0;
    for (const part of pointer.split('/').slice(1)) {
        if (/^\d+$/.test(part))
            continue;
        const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
        const index = text.indexOf(JSON.stringify(key), cursor);
        if (index < 0)
            break;
        cursor = index;
    }
    return lineAt(text, cursor);
}

;// CONCATENATED MODULE: ./actions/advisory-id/src/ledger.ts
/**
 * The ledger of assigned ids: `ledger.json` at the root of the ledger branch. Entries are
 * written one per line, so each assignment is a one-line diff and check can point at lines.
 */



const LEDGER_FILE = 'ledger.json';
const LEDGER_VERSION = 1;
const LEDGER_STATUSES = ['assigned', 'published', 'withdrawn', 'rejected'];
function emptyLedger(prefix) {
    return { version: LEDGER_VERSION, prefix, advisories: [], gaps: [] };
}
/** Parses and validates a ledger; anything malformed is an InputError naming file and line. */
function parseLedger(text, file) {
    const data = parseJsonText(text, file);
    if (!isRecord(data))
        throw new src_errors/* InputError */.dz({ file, line: 1 }, 'the ledger must be a JSON object');
    if (data.version !== LEDGER_VERSION) {
        throw new src_errors/* InputError */.dz({ file, line: 1 }, `unsupported ledger version ${JSON.stringify(data.version)}; this version of advisory-id reads version ${LEDGER_VERSION}`);
    }
    if (typeof data.prefix !== 'string' || data.prefix === '') {
        throw new src_errors/* InputError */.dz({ file, line: 1 }, 'the ledger has no `prefix`');
    }
    const advisories = data.advisories ?? [];
    const gaps = data.gaps ?? [];
    if (!Array.isArray(advisories) || !Array.isArray(gaps)) {
        throw new src_errors/* InputError */.dz({ file, line: 1 }, '`advisories` and `gaps` must be arrays');
    }
    const located = {
        ledger: { version: LEDGER_VERSION, prefix: data.prefix, advisories: [], gaps: [] },
        file,
        entryLines: [],
        gapLines: [],
    };
    let cursor = text.indexOf('"advisories"');
    for (const [index, raw] of advisories.entries()) {
        const where = isRecord(raw) && typeof raw.id === 'string' ? lineOfValue(text, raw.id, cursor) : undefined;
        const line = where?.line ?? 1;
        if (where)
            cursor = where.end;
        located.ledger.advisories.push(readEntry(raw, { file, line }, index));
        located.entryLines.push(line);
    }
    cursor = text.indexOf('"gaps"');
    for (const [index, raw] of gaps.entries()) {
        const where = isRecord(raw) && typeof raw.id === 'string' ? lineOfValue(text, raw.id, cursor) : undefined;
        const line = where?.line ?? 1;
        if (where)
            cursor = where.end;
        if (!isRecord(raw) || typeof raw.id !== 'string' || typeof raw.reason !== 'string') {
            throw new src_errors/* InputError */.dz({ file, line }, `gaps[${index}] must have a string \`id\` and \`reason\``);
        }
        if (raw.reason.trim() === '') {
            throw new src_errors/* InputError */.dz({ file, line }, `gaps[${index}] (${raw.id}) has an empty \`reason\``);
        }
        located.ledger.gaps.push({ id: raw.id, reason: raw.reason });
        located.gapLines.push(line);
    }
    return located;
}
function readEntry(raw, at, index) {
    const what = `advisories[${index}]`;
    if (!isRecord(raw))
        throw new src_errors/* InputError */.dz(at, `${what} must be an object`);
    for (const key of ['id', 'advisory', 'triagedAt', 'assignedAt', 'status']) {
        if (typeof raw[key] !== 'string' || raw[key] === '') {
            throw new src_errors/* InputError */.dz(at, `${what} has no string \`${key}\``);
        }
    }
    const status = raw.status;
    if (!LEDGER_STATUSES.includes(status)) {
        throw new src_errors/* InputError */.dz(at, `${what} has status \`${status}\`; expected one of ${LEDGER_STATUSES.join(', ')}`);
    }
    const entry = {
        id: raw.id,
        advisory: raw.advisory,
        triagedAt: raw.triagedAt,
        assignedAt: raw.assignedAt,
        status: status,
    };
    if (typeof raw.statusChangedAt === 'string')
        entry.statusChangedAt = raw.statusChangedAt;
    if (typeof raw.reason === 'string')
        entry.reason = raw.reason;
    return entry;
}
/** Writes the ledger: stable key order, one entry per line, a final newline. */
function serializeLedger(ledger) {
    const list = (items) => items.length === 0
        ? '[]'
        : `[\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
    const entries = ledger.advisories.map((entry) => {
        const ordered = {
            id: entry.id,
            advisory: entry.advisory,
            triagedAt: entry.triagedAt,
            assignedAt: entry.assignedAt,
            status: entry.status,
        };
        if (entry.statusChangedAt !== undefined)
            ordered.statusChangedAt = entry.statusChangedAt;
        if (entry.reason !== undefined)
            ordered.reason = entry.reason;
        return ordered;
    });
    const gaps = ledger.gaps.map((gap) => ({ id: gap.id, reason: gap.reason }));
    return [
        '{',
        `  "version": ${ledger.version},`,
        `  "prefix": ${JSON.stringify(ledger.prefix)},`,
        `  "advisories": ${list(entries)},`,
        `  "gaps": ${list(gaps)}`,
        '}',
        '',
    ].join('\n');
}
/**
 * The next id of `year`: one more than the highest number of that year among entries of every
 * status and recorded gaps, so a number is never handed out twice.
 */
function nextId(ledger, year) {
    let highest = 0;
    for (const { id } of [...ledger.advisories, ...ledger.gaps]) {
        const parsed = parseAdvisoryId(ledger.prefix, id);
        if (parsed?.year === year)
            highest = Math.max(highest, parsed.number);
    }
    return formatAdvisoryId(ledger.prefix, year, highest + 1);
}

;// CONCATENATED MODULE: ./actions/advisory-id/src/assign.ts
/**
 * `assign`: gives a GitHub advisory its `<prefix>-YYYY-NNNN` id by compare-and-swap on the
 * ledger branch through the Git Data API. Each attempt reads the tip (ref → commit → tree →
 * blob), decides, and writes blob → tree → commit (parent: the tip) → ref without force. A ref
 * that moved in between makes GitHub answer 422 "not a fast forward"; the attempt is then
 * repeated from a fresh read after a jittered exponential backoff. Because every decision is
 * made from the tip it replaces, two runs can never hand out the same number, and an update
 * whose answer was lost is found on the re-read instead of being applied twice.
 */





const DEFAULT_LEDGER_REF = 'advisory-ledger';
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const REPOSITORY = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
/** Parses `triaged-at`: RFC 3339 with an offset; the result is in UTC. */
function parseTriagedAt(value, now) {
    if (value === undefined || value === '')
        return now();
    if (value instanceof Date) {
        if (Number.isNaN(value.getTime()))
            throw new src_errors/* UsageError */.eb('`triaged-at` is not a valid date');
        return value;
    }
    const match = RFC3339.exec(value.trim());
    const date = match ? new Date(value.trim().replace(' ', 'T')) : undefined;
    // Date accepts 2026-02-31; RFC 3339 does not. The date part must survive the round trip.
    const [year, month, day] = [match?.[1], match?.[2], match?.[3]].map(Number);
    const local = date ? localDateAt(date, match?.[8] ?? 'Z') : undefined;
    if (!date ||
        Number.isNaN(date.getTime()) ||
        !local ||
        local.year !== year ||
        local.month !== month ||
        local.day !== day) {
        throw new src_errors/* UsageError */.eb(`\`triaged-at\` must be an RFC 3339 date-time such as 2026-06-24T09:30:00Z, not \`${value}\``);
    }
    return date;
}
function localDateAt(date, offset) {
    const minutes = offset.toUpperCase() === 'Z'
        ? 0
        : (offset.startsWith('-') ? -1 : 1) *
            (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
    const shifted = new Date(date.getTime() + minutes * 60_000);
    return {
        year: shifted.getUTCFullYear(),
        month: shifted.getUTCMonth() + 1,
        day: shifted.getUTCDate(),
    };
}
/** `advisory-ledger` or `refs/heads/advisory-ledger` → the branch name. */
function ledgerBranch(ref) {
    const branch = (ref ?? DEFAULT_LEDGER_REF).trim().replace(/^refs\/heads\//, '');
    if (branch === '' ||
        branch.startsWith('refs/') ||
        /(^|\/)\.|\.\.|[\s~^:?*[\\]|\.lock$|\/$|@\{/.test(branch)) {
        throw new src_errors/* UsageError */.eb(`\`ledger-ref\` must be a branch name, not \`${ref ?? ''}\``);
    }
    return branch;
}
function splitRepository(value, input) {
    if (!REPOSITORY.test(value)) {
        throw new src_errors/* UsageError */.eb(`\`${input}\` must be \`owner/name\`, not \`${value}\``);
    }
    const [owner = '', repo = ''] = value.split('/');
    return { owner, repo };
}
/** A failed write that another attempt may fix: a lost race, or an answer that never came. */
function isRetryable(error) {
    if (!(error instanceof src_errors/* ApiError */.hD))
        return false;
    return (error.status === undefined ||
        error.status === 409 ||
        error.status === 422 ||
        error.status >= 500);
}
async function assignAdvisoryId(options) {
    const normalized = normalizeGhsa(options.advisory);
    if (normalized === undefined) {
        throw new src_errors/* UsageError */.eb(`\`advisory\` must be a GitHub advisory id (GHSA-xxxx-xxxx-xxxx), not \`${options.advisory}\``);
    }
    if (options.status !== undefined &&
        !LEDGER_STATUSES.includes(options.status)) {
        throw new src_errors/* UsageError */.eb(`\`status\` must be one of ${LEDGER_STATUSES.join(', ')}, not \`${options.status}\``);
    }
    const advisory = normalized;
    const now = options.now ?? (() => new Date());
    const triagedAt = parseTriagedAt(options.triagedAt, now);
    const year = triagedAt.getUTCFullYear();
    const target = splitRepository(options.repository, 'repository');
    const ledgerRepository = options.ledgerRepository || options.repository;
    const { owner, repo } = splitRepository(ledgerRepository, 'ledger-repository');
    const branch = ledgerBranch(options.ledgerRef);
    const prefix = options.prefix || `${target.repo}-SA`;
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(prefix)) {
        throw new src_errors/* UsageError */.eb(`\`prefix\` may hold letters, digits, '.', '_' and '-' only, not \`${prefix}\``);
    }
    const maxAttempts = options.maxAttempts ?? 15;
    const baseMs = options.backoffBaseMs ?? 250;
    const maxMs = options.backoffMaxMs ?? 10_000;
    const log = options.log ?? { debug: () => undefined, warning: () => undefined };
    const source = `${ledgerRepository}@${branch}:${LEDGER_FILE}`;
    const client = createGitDataClient({
        token: options.token,
        retries: options.requestRetries ?? 3,
        log,
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        ...(options.requestRetryBaseDelayMs !== undefined
            ? { retryBaseDelayMs: options.requestRetryBaseDelayMs }
            : {}),
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    });
    const base = `/repos/${owner}/${repo}`;
    const refPath = `${base}/git/refs/heads/${branch.split('/').map(encodeURIComponent).join('/')}`;
    const read = async () => {
        let tip;
        try {
            const ref = await client.request('GET', `${base}/git/ref/heads/${branch.split('/').map(encodeURIComponent).join('/')}`);
            tip = ref.object.sha;
        }
        catch (error) {
            if (error instanceof src_errors/* ApiError */.hD && error.status === 404)
                return { ledger: emptyLedger(prefix) };
            throw error;
        }
        const commit = await client.request('GET', `${base}/git/commits/${tip}`);
        const tree = commit.tree.sha;
        const listing = await client.request('GET', `${base}/git/trees/${tree}`);
        const file = listing.tree.find((item) => item.path === LEDGER_FILE && item.type === 'blob');
        if (!file?.sha)
            return { tip, tree, ledger: emptyLedger(prefix) };
        const blob = await client.request('GET', `${base}/git/blobs/${file.sha}`);
        const text = blob.encoding === 'base64'
            ? Buffer.from(blob.content, 'base64').toString('utf8')
            : blob.content;
        return { tip, tree, ledger: parseLedger(text, source).ledger };
    };
    const write = async (snapshot, ledger, message) => {
        const blob = await client.request('POST', `${base}/git/blobs`, {
            content: serializeLedger(ledger),
            encoding: 'utf-8',
        });
        const tree = await client.request('POST', `${base}/git/trees`, {
            ...(snapshot.tree ? { base_tree: snapshot.tree } : {}),
            tree: [{ path: LEDGER_FILE, mode: '100644', type: 'blob', sha: blob.sha }],
        });
        const commit = await client.request('POST', `${base}/git/commits`, {
            message,
            tree: tree.sha,
            parents: snapshot.tip ? [snapshot.tip] : [],
        });
        if (snapshot.tip) {
            await client.request('PATCH', refPath, { sha: commit.sha, force: false });
        }
        else {
            await client.request('POST', `${base}/git/refs`, {
                ref: `refs/heads/${branch}`,
                sha: commit.sha,
            });
        }
        return commit.sha;
    };
    /** The entry this run tried to write last, to recognize it after a lost answer. */
    let pending;
    let lastError;
    for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
        if (attempt > 1) {
            const ceiling = Math.min(maxMs, baseMs * 2 ** (attempt - 2));
            await (0,external_node_timers_promises_.setTimeout)(Math.random() * ceiling);
        }
        let snapshot;
        try {
            snapshot = await read();
        }
        catch (error) {
            if (error instanceof src_errors/* InputError */.dz)
                throw error;
            if (!isRetryable(error))
                throw explain(error, ledgerRepository, branch, 'read');
            lastError = error;
            log.debug(`attempt ${attempt}: reading the ledger failed, trying again`);
            continue;
        }
        const { ledger } = snapshot;
        if (ledger.prefix !== prefix) {
            throw new src_errors/* UsageError */.eb(`the ledger ${source} assigns \`${ledger.prefix}\` ids, but the prefix is \`${prefix}\`; set \`prefix\` to \`${ledger.prefix}\``);
        }
        const existing = ledger.advisories.find((entry) => entry.advisory.toLowerCase() === advisory.toLowerCase());
        const stamp = now().toISOString();
        let entry;
        let message;
        let created;
        if (existing) {
            const ours = pending !== undefined && sameEntry(existing, pending);
            const wanted = options.status;
            if (wanted === undefined || wanted === existing.status) {
                return finish(existing, ours, attempt, undefined);
            }
            entry = { ...existing, status: wanted, statusChangedAt: stamp };
            if (options.reason)
                entry.reason = options.reason;
            ledger.advisories = ledger.advisories.map((item) => (item === existing ? entry : item));
            message = `Mark ${existing.id} ${wanted}`;
            created = ours;
        }
        else {
            entry = {
                id: nextId(ledger, year),
                advisory,
                triagedAt: triagedAt.toISOString(),
                assignedAt: stamp,
                status: options.status ?? 'assigned',
            };
            if (options.reason)
                entry.reason = options.reason;
            ledger.advisories.push(entry);
            message = `Assign ${entry.id} to ${advisory}`;
            created = true;
        }
        pending = entry;
        let commit;
        try {
            commit = await write(snapshot, ledger, message);
        }
        catch (error) {
            if (!isRetryable(error))
                throw explain(error, ledgerRepository, branch, 'write');
            lastError = error;
            log.debug(`attempt ${attempt}: the ledger moved or the write failed, reading it again`);
            continue;
        }
        log.debug(`attempt ${attempt}: ${message} (${commit})`);
        return finish(entry, created, attempt, commit);
    }
    throw new src_errors/* ApiError */.hD(`could not update the ledger ${source} after ${maxAttempts} attempts: ${lastError instanceof Error ? lastError.message : String(lastError)}. Nothing was assigned by this run; run it again.`);
    async function finish(entry, created, attempts, commit) {
        let advisoryUpdated = false;
        if (options.updateAdvisory) {
            advisoryUpdated = await prefixAdvisorySummary(client, target, advisory, entry.id);
        }
        const result = {
            id: entry.id,
            created,
            entry,
            attempts,
            requests: client.requests,
            advisoryUpdated,
        };
        if (commit)
            result.commit = commit;
        return result;
    }
}
function sameEntry(a, b) {
    return (a.id === b.id &&
        a.assignedAt === b.assignedAt &&
        a.status === b.status &&
        a.statusChangedAt === b.statusChangedAt);
}
function explain(error, repository, branch, what) {
    if (!(error instanceof src_errors/* ApiError */.hD))
        return error;
    const hint = error.status === 403 || error.status === 404
        ? what === 'write'
            ? ` (the token needs \`contents: write\` on ${repository} to update the branch ${branch})`
            : ` (the token needs \`contents: read\` on ${repository}, which must exist)`
        : '';
    return new src_errors/* ApiError */.hD(`${error.message}${hint}`, error.status);
}
/** Puts `[id] ` before the advisory's summary, once. */
async function prefixAdvisorySummary(client, target, advisory, id) {
    const path = `/repos/${target.owner}/${target.repo}/security-advisories/${advisory}`;
    try {
        const current = await client.request('GET', path);
        if (current.summary.includes(id))
            return false;
        await client.request('PATCH', path, { summary: `[${id}] ${current.summary}`.slice(0, 1024) });
        return true;
    }
    catch (error) {
        if (error instanceof src_errors/* ApiError */.hD && (error.status === 403 || error.status === 404)) {
            throw new src_errors/* ApiError */.hD(`${error.message} (updating the advisory's summary needs a github-token with "Repository security advisories: write" (a GitHub App or fine-grained token; the GITHUB_TOKEN cannot have it); ${id} is assigned and recorded in the ledger)`, error.status);
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./actions/advisory-id/src/changelog.ts
/**
 * The parts of a Keep-a-Changelog file that advisories live in: release headings
 * (`## [X.Y.Z] — YYYY-MM-DD — title`) and the `### Security` sections under them. Only a line
 * that is exactly `### Security` (trimmed) counts; `### SECURITY invariants` is another section.
 * Headings inside fenced code blocks are text.
 */
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RELEASE = /^\[([^\]]+)\]/;
function splitLines(text) {
    const lines = [];
    let start = 0;
    let number = 1;
    while (start < text.length) {
        const newline = text.indexOf('\n', start);
        const next = newline < 0 ? text.length : newline + 1;
        const end = newline < 0
            ? text.length
            : newline > start && text[newline - 1] === '\r'
                ? newline - 1
                : newline;
        lines.push({ number, start, next, text: text.slice(start, end) });
        start = next;
        number += 1;
    }
    return lines;
}
function parseChangelog(text) {
    const lines = splitLines(text);
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const headings = [];
    const breaks = new Set();
    let fence;
    for (const [index, line] of lines.entries()) {
        const fenceMatch = FENCE.exec(line.text);
        if (fence !== undefined) {
            const marker = fenceMatch?.[1];
            if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) {
                fence = undefined;
            }
            continue;
        }
        if (fenceMatch?.[1] !== undefined) {
            fence = fenceMatch[1];
            continue;
        }
        const heading = HEADING.exec(line.text);
        if (heading?.[1] !== undefined) {
            headings.push({ index, level: heading[1].length, title: (heading[2] ?? '').trim() });
        }
        else if (THEMATIC_BREAK.test(line.text)) {
            breaks.add(index);
        }
    }
    const releases = [];
    for (const [position, heading] of headings.entries()) {
        if (heading.level !== 2)
            continue;
        const version = RELEASE.exec(heading.title)?.[1]?.trim();
        if (version === undefined)
            continue;
        const following = headings.slice(position + 1).find((next) => next.level <= 2);
        releases.push({
            version,
            line: heading.index + 1,
            headingIndex: heading.index,
            endIndex: following?.index ?? lines.length,
        });
    }
    const sections = [];
    for (const [position, heading] of headings.entries()) {
        if (heading.level !== 3 || lines[heading.index]?.text.trim() !== '### Security')
            continue;
        const release = releases.find((candidate) => candidate.headingIndex < heading.index && heading.index < candidate.endIndex);
        if (!release)
            continue;
        const nextHeading = headings.slice(position + 1).find((next) => next.level <= 3);
        let endIndex = Math.min(nextHeading?.index ?? lines.length, release.endIndex);
        for (let index = heading.index + 1; index < endIndex; index += 1) {
            if (breaks.has(index)) {
                endIndex = index;
                break;
            }
        }
        sections.push({ release, line: heading.index + 1, headingIndex: heading.index, endIndex });
    }
    return { text, lines, eol, releases, sections };
}
/** The text of lines [from, to) of a parsed file, with their ends of line. */
function linesText(parsed, from, to) {
    const first = parsed.lines[from];
    if (!first)
        return '';
    const last = parsed.lines[to - 1];
    return parsed.text.slice(first.start, last ? last.next : first.start);
}
const BULLET = /^\s*[-*+]\s/;
/**
 * Inserts or updates the bullets of `version`'s `### Security` section. `bullets` maps each
 * advisory id to its one-line bullet: a bullet that already names the id is replaced, others
 * are added after the section's last bullet; without a section, one is added at the end of the
 * release, before the blank lines and `---` that close it. No other byte changes.
 * Returns undefined when there is no release heading for `version`.
 */
function upsertSecurityBullets(text, version, bullets) {
    const parsed = parseChangelog(text);
    const release = parsed.releases.find((candidate) => candidate.version === version);
    if (!release)
        return undefined;
    const { lines, eol } = parsed;
    const section = parsed.sections.find((candidate) => candidate.release === release);
    const edits = [];
    if (section) {
        const pending = new Map(bullets);
        let lastBullet;
        for (let index = section.headingIndex + 1; index < section.endIndex; index += 1) {
            const line = lines[index];
            if (!line || !BULLET.test(line.text))
                continue;
            lastBullet = line;
            for (const [id, bullet] of pending) {
                if (bulletNames(line.text, id)) {
                    if (line.text !== bullet) {
                        edits.push({ start: line.start, end: line.start + line.text.length, text: bullet });
                    }
                    pending.delete(id);
                    break;
                }
            }
        }
        if (pending.size > 0) {
            const added = [...pending.values()];
            const anchor = lastBullet ?? lines[section.headingIndex];
            if (!anchor)
                return undefined;
            const endsWithNewline = anchor.next > anchor.start + anchor.text.length;
            const separator = lastBullet ? '' : eol;
            edits.push(endsWithNewline
                ? {
                    start: anchor.next,
                    end: anchor.next,
                    text: `${separator}${added.map((b) => `${b}${eol}`).join('')}`,
                }
                : { start: anchor.next, end: anchor.next, text: `${eol}${separator}${added.join(eol)}` });
        }
    }
    else {
        let lastContent = release.endIndex - 1;
        while (lastContent > release.headingIndex &&
            (lines[lastContent]?.text.trim() === '' ||
                THEMATIC_BREAK.test(lines[lastContent]?.text ?? ''))) {
            lastContent -= 1;
        }
        const anchor = lines[lastContent];
        if (!anchor)
            return undefined;
        const block = [`### Security`, '', ...bullets.values()].join(eol);
        const endsWithNewline = anchor.next > anchor.start + anchor.text.length;
        edits.push(endsWithNewline
            ? { start: anchor.next, end: anchor.next, text: `${eol}${block}${eol}` }
            : { start: anchor.next, end: anchor.next, text: `${eol}${eol}${block}` });
    }
    let result = text;
    for (const edit of edits.sort((a, b) => b.start - a.start)) {
        result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    }
    return result;
}
/** Whether a bullet line is the one of `id`: its bold lead starts with the id. */
function bulletNames(line, id) {
    const lead = /^\s*[-*+]\s+\*\*([^*]*)/.exec(line)?.[1] ?? '';
    return lead === id || (lead.startsWith(id) && !/[\w-]/.test(lead.charAt(id.length)));
}

;// CONCATENATED MODULE: ./actions/advisory-id/src/index-file.ts
/**
 * The advisory index (`SECURITY/advisories.md`): free text around a generated table between
 * two marker comments. Only the table between the markers is read or rewritten.
 */


const INDEX_START = '<!-- palisade:advisories:start -->';
const INDEX_END = '<!-- palisade:advisories:end -->';
const INDEX_LOCATIONS = ['SECURITY/advisories.md', 'security/advisories.md'];
const INDEX_COLUMNS = [
    'Advisory',
    'Status',
    'Published',
    'Severity',
    'Affected',
    'Fixed',
    'Aliases',
    'Summary',
    'Credits',
    'Patches',
];
/** Where the markers are; missing or misplaced markers are InputErrors. */
function findMarkers(text, file) {
    const lines = splitLines(text);
    const starts = lines.filter((line) => line.text.trim() === INDEX_START);
    const ends = lines.filter((line) => line.text.trim() === INDEX_END);
    const start = starts[0];
    const end = ends[0];
    if (!start || !end) {
        throw new src_errors/* InputError */.dz({ file, line: start?.number ?? end?.number ?? 1 }, `the index must hold its table between \`${INDEX_START}\` and \`${INDEX_END}\` (each on a line of its own)`);
    }
    if (starts.length > 1 || ends.length > 1 || end.number < start.number) {
        throw new src_errors/* InputError */.dz({ file, line: (starts[1] ?? ends[1] ?? end).number }, 'the index must have exactly one start marker followed by one end marker');
    }
    return { lines, start, end };
}
/** Reads the rows between the markers; missing or misplaced markers are InputErrors. */
function parseIndex(text, file) {
    const { lines, start, end } = findMarkers(text, file);
    const tableLines = lines.filter((line) => line.number > start.number && line.number < end.number && line.text.trim().startsWith('|'));
    const result = { rows: [], tableStart: start.next, tableEnd: end.start };
    const [header, separator, ...body] = tableLines;
    if (!header)
        return result;
    const columns = splitRow(header.text).map((cell) => cell.toLowerCase());
    const statusColumn = columns.indexOf('status');
    if (columns[0] !== 'advisory' ||
        statusColumn < 0 ||
        !separator ||
        !/^[\s|:-]+$/.test(separator.text)) {
        throw new src_errors/* InputError */.dz({ file, line: header.number }, 'the index table must start with a header row whose first column is `Advisory` and that has a `Status` column, then a separator row');
    }
    for (const row of body) {
        const cells = splitRow(row.text);
        result.rows.push({
            id: plainCell(cells[0] ?? ''),
            status: plainCell(cells[statusColumn] ?? '').toLowerCase(),
            line: row.number,
        });
    }
    return result;
}
/** The cells of a table row; `\|` is a pipe inside a cell. */
function splitRow(row) {
    const trimmed = row
        .trim()
        .replace(/^\|/, '')
        .replace(/(?<!\\)\|$/, '');
    return trimmed.split(/(?<!\\)\|/).map((cell) => cell.trim());
}
/** `[text](url)` → text, `` `text` `` → text. */
function plainCell(cell) {
    return cell
        .replace(/^\[([^\]]*)\]\([^)]*\)$/, '$1')
        .replace(/^`([^`]*)`$/, '$1')
        .trim();
}
/** A complete index, for a repository that has none yet. */
function newIndexText(table, eol = '\n') {
    return [
        '# Security advisories',
        '',
        'Every advisory published for this project. The table is generated by Palisade advisory-id',
        '(`palisade advisory render`) from the advisory records; edit the records, not the table.',
        '',
        INDEX_START,
        table,
        INDEX_END,
        '',
    ].join(eol);
}
/** Replaces the table between the markers. */
function replaceTable(text, file, table) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    let markers;
    try {
        markers = findMarkers(text, file);
    }
    catch (error) {
        // An index written by hand without markers gets the generated block at its end.
        if (!(error instanceof src_errors/* InputError */.dz) || text.includes(INDEX_START) || text.includes(INDEX_END)) {
            throw error;
        }
        const separator = text.endsWith('\n') ? eol : `${eol}${eol}`;
        return `${text}${separator}${INDEX_START}${eol}${table}${eol}${INDEX_END}${eol}`;
    }
    return `${text.slice(0, markers.start.next)}${table}${eol}${text.slice(markers.end.start)}`;
}
/** Text safe inside a Markdown table cell or bullet: one line, markup characters escaped. */
function inlineText(text) {
    return text
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[\\`*_[\]|]|<(?=[A-Za-z/!?])/g, (character) => `\\${character}`);
}

;// CONCATENATED MODULE: ./actions/advisory-id/src/rules.ts

/** Builds a rule's metadata; the README section of the same id explains it at length. */
function rule(id, defaultSeverity, summary, help) {
    return {
        id,
        action: 'advisory-id',
        defaultSeverity,
        summary,
        help,
        helpUri: (0,src_findings/* ruleHelpUri */.S7)('advisory-id', id),
    };
}
const MALFORMED_ID = rule('malformed-advisory-id', 'error', 'An advisory id does not match `<prefix>-YYYY-NNNN` exactly.', [
    'Ids are searched, linked and sorted by their exact spelling; a near miss is a different id to every tool.',
    '',
    'Bad: `openwop-sa-2026-1`',
    '',
    'Good: `openwop-SA-2026-0001`',
].join('\n'));
const DUPLICATE_ID = rule('duplicate-advisory-id', 'error', 'The same advisory id (or the same GitHub advisory) is listed twice.', [
    'One id names one vulnerability. Two ledger entries or two index rows with one id mean two advisories share it, or one was copied by hand.',
    '',
    'Bad: two index rows `| openwop-SA-2026-0001 |`.',
    '',
    'Good: one row per id.',
].join('\n'));
const UNEXPLAINED_GAP = rule('unexplained-ledger-gap', 'error', 'A number is missing from a year of the ledger and no reason is recorded.', [
    'Numbers are handed out in order and never reused; a missing one means an entry was lost or deleted. Record why under `gaps` in the ledger.',
    '',
    'Bad: `-2026-0001` and `-2026-0003` in the ledger, nothing about `-2026-0002`.',
    '',
    'Good: `"gaps": [{ "id": "openwop-SA-2026-0002", "reason": "assigned by hand before the ledger existed" }]`',
].join('\n'));
const MISSING_FROM_INDEX = rule('missing-from-index', 'error', 'An advisory cited under `### Security` in the changelog has no row in the advisory index.', [
    'The index is the consolidated public record; every advisory a release cites must be in it.',
    '',
    'Bad: `- **openwop-SA-2026-0001 — …**` in CHANGELOG.md, no row in SECURITY/advisories.md.',
    '',
    'Good: run `palisade advisory render` to regenerate the index from the advisory records.',
].join('\n'));
const NOT_IN_CHANGELOG = rule('not-in-changelog', 'error', 'A published advisory of the index is not cited under any `### Security` heading of the changelog.', [
    'Patched releases cite the advisories they fix; a published advisory that no release cites leaves users without the version to upgrade to.',
    '',
    'Bad: a `published` row for `openwop-SA-2026-0001` in the index and no `### Security` bullet naming it.',
    '',
    'Good: `### Security` under the release that fixed it, with a bullet that names the id.',
].join('\n'));
const UNPUBLISHED_DISCLOSED = rule('unpublished-advisory-disclosed', 'error', 'An advisory id that the ledger does not mark published or withdrawn appears in a public file.', [
    'Until an advisory is published its id is embargoed: citing it in the changelog or the index tells everyone a vulnerability exists before the fix ships.',
    '',
    'Bad: `openwop-SA-2026-0004` (status `assigned`) in CHANGELOG.md.',
    '',
    'Good: cite it once the advisory is published, and mark it `published` with `assign` and `status: published`.',
].join('\n'));
const UNKNOWN_ID = rule('unknown-advisory-id', 'error', 'A public file cites an advisory id that the ledger never assigned.', [
    'Ids come from the ledger only; an id that is not there was made up by hand and may collide with the next assignment.',
    '',
    'Bad: `openwop-SA-2026-0042` in the index when the ledger stops at `-2026-0003`.',
    '',
    'Good: ids returned by `assign` (or recorded under `gaps` with a reason).',
].join('\n'));
const INDEX_LOCATION = rule('index-location', 'error', 'The advisory index is missing although the changelog cites advisories, or both `security/` and `SECURITY/` hold one.', [
    'Two indexes drift apart, and on case-insensitive file systems they collide; a cited advisory needs an index to be listed in.',
    '',
    'Bad: `security/advisories.md` and `SECURITY/advisories.md` both present.',
    '',
    'Good: one `SECURITY/advisories.md` (or `security/advisories.md`), or the path set in `advisory-id.index`.',
].join('\n'));
const CVSS_MISMATCH = rule('cvss-score-mismatch', 'error', 'The CVSS v3.1 base score stated in an advisory record differs from the score its vector gives, or the vector is not a valid CVSS v3.1 base vector.', [
    'The published severity must be reproducible from the vector; a hand-typed score that disagrees misleads whoever triages by score.',
    '',
    'Bad: `CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H` with `"cvss_score": 9.1`.',
    '',
    'Good: the same vector with `"cvss_score": 9.8`, or no stated score at all.',
].join('\n'));
/** The rules of `check`. */
const CHECK_RULES = [
    MALFORMED_ID,
    DUPLICATE_ID,
    UNEXPLAINED_GAP,
    MISSING_FROM_INDEX,
    NOT_IN_CHANGELOG,
    UNPUBLISHED_DISCLOSED,
    UNKNOWN_ID,
    INDEX_LOCATION,
];
/** The rules of `render`: the record checks, then what `check` finds in the result. */
const RENDER_RULES = [CVSS_MISMATCH, MALFORMED_ID, DUPLICATE_ID];

;// CONCATENATED MODULE: ./actions/advisory-id/src/check.ts
/**
 * `check`: offline consistency of advisory ids across the changelog, the index and (when a
 * copy is given) the ledger. Every problem is a finding at a file and line.
 */








/** Where the index is: the configured path, else whichever of the two usual places exists. */
async function locateIndex(root, configured) {
    const present = [];
    for (const location of INDEX_LOCATIONS) {
        const [folder = '', name = ''] = location.split('/');
        // Compare exact names: on a case-insensitive file system both spellings would "exist".
        const folders = await (0,promises_.readdir)(root).catch(() => []);
        if (!folders.includes(folder))
            continue;
        const files = await (0,promises_.readdir)(external_node_path_default().join(root, folder)).catch(() => []);
        if (files.includes(name))
            present.push(location);
    }
    const findings = [];
    if (present.length > 1) {
        findings.push((0,src_findings/* findingAt */.dz)(INDEX_LOCATION, { file: 'security/advisories.md', line: 1 }, 'both `security/advisories.md` and `SECURITY/advisories.md` exist; keep exactly one advisory index', { key: 'two-indexes' }));
    }
    if (configured !== undefined) {
        const exists = await (0,promises_.readdir)(external_node_path_default().join(root, external_node_path_default().dirname(configured)))
            .then((files) => files.includes(external_node_path_default().basename(configured)))
            .catch(() => false);
        return { file: exists ? configured : undefined, findings };
    }
    return { file: present[0], findings };
}
/** Reads a ledger copy (absolute, or relative to `root`); its name in findings is as given. */
async function readLedgerFile(root, file) {
    const absolute = external_node_path_default().resolve(root, file);
    const text = await (0,repository_file/* readRepositoryFile */.tz)(external_node_path_default().dirname(absolute), external_node_path_default().basename(absolute)).catch((error) => {
        if (error instanceof src_errors/* InputError */.dz)
            throw new src_errors/* InputError */.dz({ ...error.location, file }, error.reason);
        throw error;
    });
    return parseLedger(text, file);
}
function checkAdvisories(inputs) {
    const { prefix } = inputs;
    const findings = [];
    const outcome = {
        findings,
        errors: [],
        filesScanned: 1 + (inputs.indexText === undefined ? 0 : 1) + (inputs.ledger ? 1 : 0),
        citations: 0,
        indexRows: 0,
    };
    const changelog = parseChangelog(inputs.changelogText);
    const citations = changelogCitations(changelog, inputs.changelogFile, prefix, findings);
    outcome.citations = citations.length;
    let index;
    if (inputs.indexText !== undefined && inputs.indexFile !== undefined) {
        try {
            index = parseIndex(inputs.indexText, inputs.indexFile);
        }
        catch (error) {
            if (!(error instanceof src_errors/* InputError */.dz))
                throw error;
            outcome.errors.push(error);
        }
    }
    const indexFile = inputs.indexFile ?? 'SECURITY/advisories.md';
    const rowsById = new Map();
    if (index) {
        outcome.indexRows = index.rows.length;
        for (const row of index.rows) {
            if (!parseAdvisoryId(prefix, row.id)) {
                findings.push(malformed(indexFile, { line: row.line, column: 1 }, row.id, prefix));
                continue;
            }
            if (rowsById.has(row.id)) {
                findings.push((0,src_findings/* findingAt */.dz)(DUPLICATE_ID, { file: indexFile, line: row.line }, `\`${row.id}\` has more than one row in the index`, {
                    key: `index:${row.id}`,
                }));
                continue;
            }
            rowsById.set(row.id, row.status);
        }
    }
    if (citations.length > 0 && inputs.indexText === undefined) {
        const first = citations[0];
        findings.push((0,src_findings/* findingAt */.dz)(INDEX_LOCATION, { file: inputs.changelogFile, line: first?.line ?? 1 }, `the changelog cites ${citations.length === 1 ? 'an advisory' : `${citations.length} advisories`} but there is no advisory index (${inputs.indexFile ?? INDEX_LOCATIONS.join(' or ')})`, { key: 'no-index' }));
    }
    else if (index) {
        for (const citation of citations) {
            if (!rowsById.has(citation.id)) {
                findings.push((0,src_findings/* findingAt */.dz)(MISSING_FROM_INDEX, { file: inputs.changelogFile, line: citation.line, column: citation.column }, `\`${citation.id}\` is cited under \`### Security\` but has no row in ${indexFile}`, { key: citation.id }));
            }
        }
        const cited = new Set(citations.map((citation) => citation.id));
        for (const row of index.rows) {
            if (row.status === 'published' && rowsById.has(row.id) && !cited.has(row.id)) {
                findings.push((0,src_findings/* findingAt */.dz)(NOT_IN_CHANGELOG, { file: indexFile, line: row.line }, `\`${row.id}\` is published in the index but no \`### Security\` section of ${inputs.changelogFile} cites it`, { key: row.id }));
            }
        }
    }
    if (inputs.ledger) {
        findings.push(...checkLedger(inputs.ledger, prefix));
        findings.push(...checkDisclosure(inputs.ledger, inputs.changelogFile, inputs.changelogText, prefix));
        if (inputs.indexText !== undefined && inputs.indexFile !== undefined) {
            findings.push(...checkDisclosure(inputs.ledger, inputs.indexFile, inputs.indexText, prefix));
        }
    }
    return outcome;
}
function malformed(file, at, text, prefix) {
    return (0,src_findings/* findingAt */.dz)(MALFORMED_ID, { file, ...at }, `\`${text}\` is not a well-formed advisory id: expected \`${prefix}-YYYY-NNNN\` (four-digit year, a number from 0001)`, { key: text });
}
/** The ids cited in every `### Security` section; malformed and repeated ones are findings. */
function changelogCitations(changelog, file, prefix, findings) {
    const citations = [];
    for (const section of changelog.sections) {
        const first = changelog.lines[section.headingIndex + 1];
        if (!first)
            continue;
        const text = linesText(changelog, section.headingIndex + 1, section.endIndex);
        const inSection = new Set();
        for (const candidate of idCandidates(prefix, text)) {
            const position = positionAt(text, candidate.index);
            const at = { line: first.number - 1 + position.line, column: position.column };
            if (!parseAdvisoryId(prefix, candidate.text)) {
                findings.push(malformed(file, at, candidate.text, prefix));
                continue;
            }
            if (inSection.has(candidate.text)) {
                const lineText = changelog.lines[at.line - 1]?.text ?? '';
                // The same bullet may name its id twice (lead and a link); a second bullet may not.
                if (lineText.trimStart().startsWith(`- **${candidate.text}`)) {
                    findings.push((0,src_findings/* findingAt */.dz)(DUPLICATE_ID, { file, ...at }, `\`${candidate.text}\` has more than one bullet in the \`### Security\` section of ${section.release.version}`, { key: `changelog:${section.release.version}:${candidate.text}` }));
                }
                continue;
            }
            inSection.add(candidate.text);
            citations.push({ id: candidate.text, ...at });
        }
    }
    return citations;
}
function checkLedger(located, prefix) {
    const { ledger, file } = located;
    const findings = [];
    if (ledger.prefix !== prefix) {
        findings.push((0,src_findings/* findingAt */.dz)(MALFORMED_ID, { file, line: 1 }, `the ledger assigns \`${ledger.prefix}\` ids but the prefix in use is \`${prefix}\``, { key: 'ledger-prefix' }));
        return findings;
    }
    const byId = new Set();
    const byAdvisory = new Map();
    /** year → number → present */
    const numbers = new Map();
    const note = (id, line) => {
        const parsed = parseAdvisoryId(prefix, id);
        if (!parsed) {
            findings.push(malformed(file, { line, column: 1 }, id, prefix));
            return false;
        }
        const year = numbers.get(parsed.year) ?? new Map();
        numbers.set(parsed.year, year);
        if (!year.has(parsed.number))
            year.set(parsed.number, line);
        return true;
    };
    for (const [position, entry] of ledger.advisories.entries()) {
        const line = located.entryLines[position] ?? 1;
        if (!note(entry.id, line))
            continue;
        if (byId.has(entry.id)) {
            findings.push((0,src_findings/* findingAt */.dz)(DUPLICATE_ID, { file, line }, `\`${entry.id}\` is assigned more than once in the ledger`, {
                key: `ledger:${entry.id}`,
            }));
        }
        byId.add(entry.id);
        const earlier = byAdvisory.get(entry.advisory.toLowerCase());
        if (earlier !== undefined && earlier !== entry.id) {
            findings.push((0,src_findings/* findingAt */.dz)(DUPLICATE_ID, { file, line }, `${entry.advisory} has two ids in the ledger: \`${earlier}\` and \`${entry.id}\``, { key: `ledger-advisory:${entry.advisory}` }));
        }
        byAdvisory.set(entry.advisory.toLowerCase(), entry.id);
    }
    for (const [position, gap] of ledger.gaps.entries()) {
        note(gap.id, located.gapLines[position] ?? 1);
    }
    for (const [year, present] of [...numbers].sort((a, b) => a[0] - b[0])) {
        const highest = Math.max(...present.keys());
        for (let number = 1; number < highest; number += 1) {
            if (present.has(number))
                continue;
            const nextPresent = [...present.keys()].filter((n) => n > number).sort((a, b) => a - b)[0];
            const line = nextPresent === undefined ? 1 : (present.get(nextPresent) ?? 1);
            const missing = `${prefix}-${year}-${String(number).padStart(4, '0')}`;
            findings.push((0,src_findings/* findingAt */.dz)(UNEXPLAINED_GAP, { file, line }, `\`${missing}\` is missing from the ledger and no reason is recorded under \`gaps\``, { key: missing }));
        }
    }
    return findings;
}
/** Ids in a public file that the ledger does not know, or knows as not yet public. */
function checkDisclosure(located, file, text, prefix) {
    const status = new Map();
    for (const entry of located.ledger.advisories)
        status.set(entry.id, entry.status);
    const gaps = new Set(located.ledger.gaps.map((gap) => gap.id));
    const findings = [];
    const reported = new Set();
    for (const { id, index } of exactIds(prefix, text)) {
        const line = lineAt(text, index);
        const key = `${id}\u0000${line}`;
        if (reported.has(key))
            continue;
        reported.add(key);
        const known = status.get(id);
        if (known === undefined) {
            if (gaps.has(id) || !parseAdvisoryId(prefix, id))
                continue;
            findings.push((0,src_findings/* findingAt */.dz)(UNKNOWN_ID, { file, line }, `\`${id}\` was never assigned: it is not in the ledger`, {
                key: id,
            }));
        }
        else if (known !== 'published' && known !== 'withdrawn') {
            findings.push((0,src_findings/* findingAt */.dz)(UNPUBLISHED_DISCLOSED, { file, line }, `\`${id}\` is \`${known}\` in the ledger, not published: it must not appear in ${file} yet`, { key: id }));
        }
    }
    return findings;
}

// EXTERNAL MODULE: ./node_modules/.pnpm/@turingpointde+cvss.js@2.1.0/node_modules/@turingpointde/cvss.js/dist_node/index.js
var dist_node = __webpack_require__(62071);
;// CONCATENATED MODULE: ./actions/advisory-id/src/osv.ts
/**
 * Advisory records: one OSV JSON file per advisory. Each is validated against the OSV schema
 * and reduced to what SECURITY.md §6.3 publishes; its CVSS v3.1 base score is computed from
 * the vector and compared with any score the record states.
 */







let validator;
/**
 * The OSV schema compiled once. Its `id` pattern lists the prefixes of the databases OSV
 * aggregates; a project's own `<prefix>-YYYY-NNNN` is not among them, so `id` is checked
 * against the advisory-id pattern instead of that list.
 */
async function osvValidator() {
    if (validator)
        return validator;
    const [{ default: Ajv2020 }, { default: addFormats }, { OSV_SCHEMA }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(305), __webpack_require__.e(474)]).then(__webpack_require__.t.bind(__webpack_require__, 39474, 23)),
        Promise.all(/* import() */[__webpack_require__.e(305), __webpack_require__.e(78)]).then(__webpack_require__.t.bind(__webpack_require__, 28078, 23)),
        __webpack_require__.e(/* import() */ 515).then(__webpack_require__.bind(__webpack_require__, 77896)),
    ]);
    const schema = structuredClone(OSV_SCHEMA);
    schema.properties.id = { type: 'string' };
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    addFormats.default(ajv);
    validator = ajv.compile(schema);
    return validator;
}
/** Reads every `*.json` of `folder` (relative to `root`), sorted by name. */
async function readRecords(root, folder, prefix) {
    const result = { records: [], findings: [], errors: [], filesScanned: 0 };
    let names;
    try {
        names = (await (0,promises_.readdir)(external_node_path_default().join(root, folder)))
            .filter((name) => name.endsWith('.json'))
            .sort();
    }
    catch (error) {
        result.errors.push(new src_errors/* InputError */.dz({ file: folder }, `cannot read the folder of advisory records (${(0,repository_file/* describeFsError */.TQ)(error)})`));
        return result;
    }
    const validate = names.length > 0 ? await osvValidator() : undefined;
    for (const name of names) {
        const file = external_node_path_default().posix.join(folder.split((external_node_path_default()).sep).join('/'), name);
        result.filesScanned += 1;
        try {
            const text = await (0,repository_file/* readRepositoryFile */.tz)(root, file);
            const data = parseJsonText(text, file);
            if (validate && !validate(data)) {
                const first = validate.errors?.[0];
                throw new src_errors/* InputError */.dz({ file, line: lineOfPointer(text, first?.instancePath ?? '') }, `not a valid OSV record: ${first?.instancePath || '/'} ${first?.message ?? 'is invalid'}`);
            }
            const record = toRecord(data, text, file, prefix, result.findings);
            if (record)
                result.records.push(record);
        }
        catch (error) {
            if (!(error instanceof src_errors/* InputError */.dz))
                throw error;
            result.errors.push(error);
        }
    }
    return result;
}
function strings(value) {
    return Array.isArray(value)
        ? value.filter((item) => typeof item === 'string')
        : [];
}
function records(value) {
    return Array.isArray(value) ? value.filter(isRecord) : [];
}
/** GitHub's qualitative severities; it says MODERATE where CVSS says Medium. */
const GITHUB_RATINGS = {
    low: 'Low',
    moderate: 'Medium',
    medium: 'Medium',
    high: 'High',
    critical: 'Critical',
    none: 'None',
};
function toRecord(data, text, file, prefix, findings) {
    const id = typeof data.id === 'string' ? data.id : '';
    const idLine = lineOfValue(text, id).line;
    if (!parseAdvisoryId(prefix, id)) {
        findings.push((0,src_findings/* findingAt */.dz)(MALFORMED_ID, { file, line: idLine }, `\`${id}\` is not a well-formed advisory id: expected \`${prefix}-YYYY-NNNN\``, { key: id }));
        return undefined;
    }
    const need = (key, why) => {
        throw new src_errors/* InputError */.dz({ file, line: lineOfKey(text, key) }, `${id} has no ${why}`);
    };
    const published = typeof data.published === 'string'
        ? data.published
        : need('published', '`published` date; only published advisories are rendered');
    const summary = typeof data.summary === 'string' && data.summary.trim() !== ''
        ? data.summary
        : need('summary', '`summary`');
    const aliases = strings(data.aliases);
    const cves = aliases.filter((alias) => /^CVE-\d{4}-\d{4,}$/.test(alias));
    const ghsas = aliases.flatMap((alias) => normalizeGhsa(alias) ?? []);
    const affected = [];
    const fixed = new Set();
    for (const entry of records(data.affected)) {
        const pkg = isRecord(entry.package) ? entry.package : {};
        const name = typeof pkg.name === 'string' ? pkg.name : '';
        const parts = [];
        for (const range of records(entry.ranges)) {
            if (range.type === 'GIT')
                continue;
            let introduced;
            for (const event of records(range.events)) {
                if (typeof event.introduced === 'string')
                    introduced = event.introduced;
                const lower = introduced && introduced !== '0' ? `>= ${introduced}, ` : '';
                if (typeof event.fixed === 'string') {
                    parts.push(`${lower}< ${event.fixed}`);
                    fixed.add(event.fixed);
                    introduced = undefined;
                }
                else if (typeof event.last_affected === 'string') {
                    parts.push(`${lower}<= ${event.last_affected}`);
                    introduced = undefined;
                }
            }
            if (introduced !== undefined)
                parts.push(introduced === '0' ? 'all versions' : `>= ${introduced}`);
        }
        if (parts.length === 0)
            parts.push(...strings(entry.versions));
        if (name !== '' || parts.length > 0)
            affected.push({ name, range: parts.join('; ') });
    }
    const severity = records(data.severity).find((item) => item.type === 'CVSS_V3' &&
        typeof item.score === 'string' &&
        item.score.startsWith('CVSS:3.1/'));
    const vector = typeof severity?.score === 'string'
        ? severity.score
        : need('severity', 'CVSS v3.1 vector (`severity` of type `CVSS_V3`, `CVSS:3.1/…`)');
    const vectorLine = lineOfValue(text, vector).line;
    let score;
    let rating;
    try {
        const cvss = (0,dist_node/* CVSS */.O)(vector);
        if (cvss.isValid && cvss.getVersion() === '3.1') {
            score = cvss.getScore();
            rating = cvss.getRating();
        }
    }
    catch {
        // An incomplete vector throws; it is reported below like any invalid one.
    }
    const specific = isRecord(data.database_specific) ? data.database_specific : {};
    if (score === undefined) {
        findings.push((0,src_findings/* findingAt */.dz)(CVSS_MISMATCH, { file, line: vectorLine }, `${id}: \`${vector}\` is not a valid CVSS v3.1 base vector`, {
            key: `${id}:vector`,
        }));
    }
    else {
        const stated = specific.cvss_score;
        if (stated !== undefined && stated !== score) {
            findings.push((0,src_findings/* findingAt */.dz)(CVSS_MISMATCH, { file, line: lineOfKey(text, 'cvss_score', 'database_specific') }, `${id} states a CVSS v3.1 base score of ${JSON.stringify(stated)}, but its vector \`${vector}\` gives ${score.toFixed(1)}`, { key: `${id}:score` }));
        }
        const statedRating = typeof specific.severity === 'string'
            ? GITHUB_RATINGS[specific.severity.toLowerCase()]
            : undefined;
        if (typeof specific.severity === 'string' && statedRating !== rating) {
            findings.push((0,src_findings/* findingAt */.dz)(CVSS_MISMATCH, { file, line: lineOfKey(text, 'severity', 'database_specific') }, `${id} states the severity ${specific.severity}, but its vector \`${vector}\` rates ${rating ?? 'unknown'} (${score.toFixed(1)})`, { key: `${id}:rating` }));
        }
    }
    const credits = records(data.credits).flatMap((credit) => typeof credit.name === 'string' && credit.name.trim() !== '' ? [credit.name.trim()] : []);
    const patches = records(data.references).flatMap((reference) => reference.type === 'FIX' && typeof reference.url === 'string' ? [reference.url] : []);
    let release = typeof specific.release === 'string' ? specific.release : undefined;
    if (release === undefined) {
        if (fixed.size !== 1) {
            throw new src_errors/* InputError */.dz({ file, line: lineOfKey(text, 'affected') }, fixed.size === 0
                ? `${id} names no fixed version; set \`database_specific.release\` to the changelog release that ships the fix`
                : `${id} is fixed in ${[...fixed].join(', ')}; set \`database_specific.release\` to the changelog release whose \`### Security\` section cites it`);
        }
        release = [...fixed][0] ?? '';
    }
    const record = {
        file,
        id,
        idLine,
        published,
        summary,
        cves,
        ghsas,
        affected,
        fixed: [...fixed],
        vector,
        credits,
        patches,
        release,
    };
    if (typeof data.withdrawn === 'string')
        record.withdrawn = data.withdrawn;
    if (score !== undefined)
        record.score = score;
    if (rating !== undefined)
        record.rating = rating;
    return record;
}

;// CONCATENATED MODULE: ./actions/advisory-id/src/render.ts
/** `render`: the index table and the changelog's `### Security` bullets, from the records. */


/** The table between the index markers: one row per record, sorted by id. */
function renderIndexTable(records, prefix, eol = '\n') {
    const rows = [...records]
        .sort((a, b) => compareIds(prefix, a.id, b.id))
        .map((record) => [
        record.id,
        record.withdrawn ? 'withdrawn' : 'published',
        record.published.slice(0, 10),
        severityCell(record),
        inlineText(record.affected
            .map((pkg) => record.affected.length > 1 && pkg.name ? `${pkg.name} ${pkg.range}` : pkg.range)
            .join('; ')),
        inlineText(record.fixed.join(', ')),
        inlineText([...record.cves, ...record.ghsas].join(', ')),
        inlineText(record.summary),
        inlineText(record.credits.join(', ')),
        record.patches.map(patchLink).join(', '),
    ]);
    const header = [...INDEX_COLUMNS];
    return [header, header.map(() => '---'), ...rows]
        .map((cells) => `| ${cells.join(' | ')} |`)
        .join(eol);
}
function severityCell(record) {
    if (record.score === undefined)
        return 'invalid vector';
    const calculator = `https://www.first.org/cvss/calculator/3.1#${record.vector}`;
    return `[${record.score.toFixed(1)} ${record.rating ?? ''}](${calculator})`;
}
/** A commit URL shows its short SHA; other links show themselves. */
function patchLink(url) {
    const commit = /\/commit\/([0-9a-f]{7,40})\b/.exec(url)?.[1];
    const text = commit ? commit.slice(0, 7) : url;
    return `[${inlineText(text)}](${url.replace(/[()\s]/g, encodeURIComponent)})`;
}
/**
 * The changelog bullet of one advisory, in openwop's style: one line, `- **Lead.** sentence`.
 */
function renderBullet(record) {
    const summary = inlineText(record.summary).replace(/[.!?]+$/, '');
    const parts = [];
    parts.push(record.score === undefined
        ? 'Severity: the CVSS v3.1 vector is invalid'
        : `${record.rating ?? ''} severity (CVSS v3.1 ${record.score.toFixed(1)}, \`${record.vector}\`)`);
    const affected = record.affected
        .map((pkg) => pkg.name ? `${inlineText(pkg.name)} ${inlineText(pkg.range)}` : inlineText(pkg.range))
        .join('; ');
    if (affected)
        parts.push(`affects ${affected}`);
    if (record.fixed.length > 0)
        parts.push(`fixed in ${inlineText(record.fixed.join(', '))}`);
    const aliases = [...record.cves, ...record.ghsas];
    if (aliases.length > 0)
        parts.push(aliases.join(', '));
    parts.push(`credit: ${record.credits.length > 0 ? inlineText(record.credits.join(', ')) : 'anonymous'}`);
    if (record.patches.length > 0)
        parts.push(`patch: ${record.patches.map(patchLink).join(', ')}`);
    return `- **${record.id} — ${summary}.** ${capitalize(parts.join('; '))}.`;
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./actions/advisory-id/src/run.ts
/**
 * advisory-id's three commands, shared by the action (index.ts) and `palisade advisory`:
 *
 * - `runAdvisoryCheck(root, configFile, options)` → `{ report, failOn?, prefix, indexFile?,
 *   citations, indexRows }`: offline; findings for every inconsistency between the changelog's
 *   `### Security` sections, the index and (with `ledgerFile`) a copy of the ledger; files that
 *   cannot be read are `report.errors` (exit 2).
 * - `runAdvisoryAssign(options)` → `{ id, created, entry, attempts, requests, commit?,
 *   advisoryUpdated }`: online; the advisory's id from the ledger branch, assigned by
 *   compare-and-swap when it has none. Throws UsageError (bad options) or ApiError (the API
 *   failed, or the ledger could not be updated within the attempts).
 * - `runAdvisoryRender(root, configFile, options)` → `{ report, failOn?, changes, records,
 *   written }`: the index table and the changelog's `### Security` bullets regenerated from
 *   the OSV records; `changes` holds each changed file before and after, written to disk only
 *   with `write: true` and only when every record could be read.
 */













function count(value, one, many) {
    return `${value} ${value === 1 ? one : many}`;
}
async function requireDirectory(root) {
    try {
        if (!(await (0,promises_.stat)(root)).isDirectory())
            throw new src_errors/* InputError */.dz({ file: root }, 'not a directory');
    }
    catch (error) {
        if (error instanceof src_errors/* InputError */.dz)
            throw error;
        throw new src_errors/* InputError */.dz({ file: root }, `cannot read the directory (${(0,repository_file/* describeFsError */.TQ)(error)})`);
    }
}
function failOnOf(config) {
    return config['advisory-id']['fail-on'] ?? config['fail-on'];
}
function defaultPrefix(root, repository) {
    const name = repository?.split('/')[1] || external_node_path_default().basename(external_node_path_default().resolve(root));
    return `${name}-SA`;
}
/** Reads a repository file, or records why it could not be read. */
async function readOrRecord(root, file, errors) {
    try {
        return await (0,repository_file/* readRepositoryFile */.tz)(root, file);
    }
    catch (error) {
        if (!(error instanceof src_errors/* InputError */.dz))
            throw error;
        errors.push(error);
        return undefined;
    }
}
async function runAdvisoryCheck(root, configFile, options = {}) {
    await requireDirectory(root);
    const loaded = await (0,config/* loadConfig */.Z9)(root, configFile === undefined ? {} : { file: configFile });
    const section = loaded.config['advisory-id'];
    const errors = [...loaded.errors];
    const findings = [...loaded.findings];
    let ledger;
    if (options.ledgerFile) {
        try {
            ledger = await readLedgerFile(root, options.ledgerFile);
        }
        catch (error) {
            if (!(error instanceof src_errors/* InputError */.dz))
                throw error;
            errors.push(error);
        }
    }
    const prefix = options.prefix ||
        section.prefix ||
        ledger?.ledger.prefix ||
        defaultPrefix(root, options.repository);
    const changelogFile = options.changelog || section.changelog || 'CHANGELOG.md';
    const located = await locateIndex(root, options.index || section.index);
    findings.push(...located.findings);
    const changelogText = await readOrRecord(root, changelogFile, errors);
    const indexText = located.file ? await readOrRecord(root, located.file, errors) : undefined;
    const result = {
        report: {
            command: 'advisory check',
            rules: [...CHECK_RULES],
            findings,
            errors,
            filesScanned: 0,
        },
        prefix,
        citations: 0,
        indexRows: 0,
    };
    if (located.file)
        result.indexFile = located.file;
    const failOn = failOnOf(loaded.config);
    if (failOn)
        result.failOn = failOn;
    if (changelogText !== undefined) {
        const outcome = checkAdvisories({
            root,
            prefix,
            changelogFile,
            indexFile: located.file ?? (options.index || section.index),
            changelogText,
            indexText,
            ledger,
        });
        findings.push(...outcome.findings);
        errors.push(...outcome.errors);
        result.report.filesScanned = outcome.filesScanned;
        result.citations = outcome.citations;
        result.indexRows = outcome.indexRows;
    }
    else {
        result.report.filesScanned = (indexText === undefined ? 0 : 1) + (ledger ? 1 : 0);
    }
    result.report.findings = (0,src_findings/* sortFindings */.Tc)(findings);
    result.report.errors = (0,src_errors/* sortErrors */.Cp)(errors);
    result.report.scope = `${count(result.citations, 'cited advisory', 'cited advisories')}, ${count(result.indexRows, 'index row', 'index rows')}${ledger ? `, ${count(ledger.ledger.advisories.length, 'ledger entry', 'ledger entries')}` : ''}`;
    return result;
}
async function runAdvisoryAssign(options) {
    const { root, configFile, ...assign } = options;
    if (root !== undefined) {
        await requireDirectory(root);
        const loaded = await (0,config/* loadConfig */.Z9)(root, configFile === undefined ? {} : { file: configFile });
        const first = loaded.errors[0];
        if (first)
            throw first;
        const section = loaded.config['advisory-id'];
        if (!assign.prefix && section.prefix)
            assign.prefix = section.prefix;
        if (!assign.ledgerRef && section['ledger-ref'])
            assign.ledgerRef = section['ledger-ref'];
        if (!assign.ledgerRepository && section['ledger-repository']) {
            assign.ledgerRepository = section['ledger-repository'];
        }
    }
    if (!assign.token) {
        throw new src_errors/* UsageError */.eb('assign needs a GitHub token with `contents: write` on the ledger repository');
    }
    return assignAdvisoryId(assign);
}
async function runAdvisoryRender(root, configFile, options = {}) {
    await requireDirectory(root);
    const loaded = await (0,config/* loadConfig */.Z9)(root, configFile === undefined ? {} : { file: configFile });
    const section = loaded.config['advisory-id'];
    const errors = [...loaded.errors];
    const findings = [...loaded.findings];
    const prefix = options.prefix || section.prefix || defaultPrefix(root, options.repository);
    const changelogFile = options.changelog || section.changelog || 'CHANGELOG.md';
    const located = await locateIndex(root, options.index || section.index);
    findings.push(...located.findings);
    const indexFile = located.file ?? (options.index || section.index || 'SECURITY/advisories.md');
    const advisoriesFolder = options.advisories || section.advisories || indexFile.replace(/\.md$/i, '');
    const result = {
        report: {
            command: 'advisory render',
            rules: [...RENDER_RULES],
            findings,
            errors,
            filesScanned: 0,
        },
        prefix,
        changes: [],
        records: 0,
        written: false,
    };
    const failOn = failOnOf(loaded.config);
    if (failOn)
        result.failOn = failOn;
    const read = await readRecords(root, advisoriesFolder, prefix);
    findings.push(...read.findings);
    errors.push(...read.errors);
    const records = uniqueRecords(read.records, prefix, findings);
    result.records = records.length;
    const changelogText = await readOrRecord(root, changelogFile, errors);
    const indexText = located.file ? await readOrRecord(root, located.file, errors) : undefined;
    result.report.filesScanned =
        read.filesScanned + (changelogText === undefined ? 0 : 1) + (indexText === undefined ? 0 : 1);
    if (changelogText !== undefined) {
        let after = changelogText;
        const byRelease = new Map();
        for (const record of records) {
            if (record.withdrawn)
                continue;
            byRelease.set(record.release, [...(byRelease.get(record.release) ?? []), record]);
        }
        for (const [release, group] of byRelease) {
            const bullets = new Map(group.map((record) => [record.id, renderBullet(record)]));
            const updated = upsertSecurityBullets(after, release, bullets);
            if (updated === undefined) {
                for (const record of group) {
                    errors.push(new src_errors/* InputError */.dz({ file: record.file, line: record.idLine }, `${record.id} belongs to release ${release}, but ${changelogFile} has no release heading \`## [${release}] — YYYY-MM-DD — title\``));
                }
                continue;
            }
            after = updated;
        }
        if (after !== changelogText)
            result.changes.push({ file: changelogFile, before: changelogText, after });
    }
    if (indexText !== undefined || located.file === undefined) {
        const eol = indexText?.includes('\r\n') ? '\r\n' : '\n';
        const table = renderIndexTable(records, prefix, eol);
        try {
            const after = indexText === undefined
                ? newIndexText(table, eol)
                : replaceTable(indexText, indexFile, table);
            if (after !== indexText)
                result.changes.push({ file: indexFile, before: indexText ?? '', after });
        }
        catch (error) {
            if (!(error instanceof src_errors/* InputError */.dz))
                throw error;
            errors.push(error);
        }
    }
    result.report.findings = (0,src_findings/* sortFindings */.Tc)(findings);
    result.report.errors = (0,src_errors/* sortErrors */.Cp)(errors);
    result.report.scope = `${count(records.length, 'advisory record', 'advisory records')}, ${count(result.changes.length, 'file', 'files')} to change`;
    // A partial render would drop the rows of the records that could not be read.
    if (options.write && errors.length === 0) {
        for (const change of result.changes) {
            const target = external_node_path_default().join(root, change.file);
            await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
            await (0,promises_.writeFile)(target, change.after);
        }
        result.written = true;
    }
    return result;
}
/** Records with distinct ids; a second record of an id is a finding and is left out. */
function uniqueRecords(records, prefix, findings) {
    const seen = new Map();
    for (const record of records) {
        const first = seen.get(record.id);
        if (first) {
            findings.push((0,src_findings/* findingAt */.dz)(DUPLICATE_ID, { file: record.file, line: record.idLine }, `${record.id} is also the id of ${first.file}`, { key: `record:${record.id}` }));
            continue;
        }
        seen.set(record.id, record);
    }
    return [...seen.values()].sort((a, b) => compareIds(prefix, a.id, b.id));
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
