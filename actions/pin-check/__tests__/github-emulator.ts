/**
 * A local emulator of the parts of the GitHub REST API that Palisade reads: a real `node:http`
 * server on 127.0.0.1 (port 0) answering from a small in-memory model of repositories, with
 * GitHub's JSON shapes and headers, ETags and 304s, pagination `link` headers, a primary rate
 * limit that runs out, and faults injected per path (5xx, rate limits, delays, hangs, bodies cut
 * short). No test reaches the internet; point the client at `emulator.url`.
 *
 *     const emulator = await startEmulator({
 *       repositories: {
 *         'actions/checkout': {
 *           branches: { main: shaOf('c3') },
 *           tags: { 'v4.2.2': shaOf('c2') },
 *           commits: linearHistory([shaOf('c1'), shaOf('c2'), shaOf('c3')]),
 *         },
 *       },
 *     });
 *     emulator.faults.add('/repos/actions/checkout/tags', { kind: 'status', status: 502 }, {
 *       times: 1,
 *     });
 *     … createGitHubClient({ token: 'test-token', baseUrl: emulator.url }) …
 *     expect(emulator.requests.count('/repos/actions/checkout/tags')).toBe(2);
 *     await emulator.close();
 *
 * Endpoints (GET only; anything else is GitHub's 404):
 * - `/repos/{owner}/{repo}`                       the repository, with `default_branch`
 * - `/repos/{owner}/{repo}/tags`                  paginated (`per_page` ≤ 100, `page`), peeled
 * - `/repos/{owner}/{repo}/branches`              paginated
 * - `/repos/{owner}/{repo}/branches/{branch}`     404 "Branch not found"
 * - `/repos/{owner}/{repo}/compare/{base}...{head}`  ahead / behind / identical / diverged from the
 *   commit graph; 404 for an unknown ref, 404 "No common ancestor between …" for unrelated
 *   histories; `commits` paginated by `per_page` (default 250)
 * - `/repos/{owner}/{repo}/commits/{ref}`         a commit by SHA, branch or tag; 422 when unknown
 * - `/repos/{owner}/{repo}/git/ref/{heads|tags}/{name}`, `…/git/matching-refs/{heads|tags}/{prefix}`
 * - `/rate_limit`                                 not charged, as on GitHub
 * - whatever `state.routes` adds
 *
 * Refs (branch, tag, SHA or an unambiguous SHA prefix of 7+ characters) resolve within one
 * repository's network: its `commits` include the commits of its forks, which GitHub also serves
 * under the parent's name. Mutate `emulator.state` between requests to move a tag or delete a
 * repository; every answer (and its ETag) is computed from the state at request time.
 */
import { createHash } from 'node:crypto';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/** One repository. Owner and name are matched case-insensitively, as GitHub does. */
export interface EmulatedRepository {
  /** Default: `main`. */
  defaultBranch?: string;
  /** Branch name → the commit it points to. */
  branches: Record<string, string>;
  /** Tag name → the commit it points to (the tags API peels annotated tags). */
  tags?: Record<string, string>;
  /**
   * Commit → its parents, for the whole fork network (a fork's commits included). A commit that
   * a branch or tag names but that is not listed here is a root commit.
   */
  commits?: Record<string, readonly string[]>;
  /** Default: false. Only shown in the repository's JSON. */
  private?: boolean;
}

/** What a custom route answers. */
export interface EmulatedResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** An extra endpoint, for tests that need one the emulator does not know. */
export interface EmulatedRoute {
  /** Default: GET. */
  method?: string;
  /** Matched against the path as sent (no query string); groups are not decoded. */
  path: RegExp;
  handle(match: RegExpExecArray, request: RecordedRequest): EmulatedResponse;
}

export interface EmulatorState {
  /** `owner/repo` → repository. */
  repositories: Record<string, EmulatedRepository>;
  /**
   * When set, requests must carry `Authorization: token <it>` or `Bearer <it>`; others get
   * GitHub's 401 "Bad credentials". Default: any token, or none, is accepted.
   */
  token?: string;
  /** The primary rate limit (resource `core`). Defaults: 5000 per hour, all remaining. */
  rateLimit?: { limit?: number; remaining?: number; resetInSeconds?: number };
  routes?: EmulatedRoute[];
}

/** A fault answered instead of (or before) the normal response. */
export type Fault =
  /** An error status with GitHub's JSON body (`{"message":"Server Error"}` for 5xx). */
  | { kind: 'status'; status: number; message?: string }
  /** 403 with `x-ratelimit-remaining: 0` and `x-ratelimit-reset` this many seconds ahead. */
  | { kind: 'rate-limit'; resetInSeconds: number }
  /** 403 "You have exceeded a secondary rate limit" with `Retry-After`. */
  | { kind: 'secondary-rate-limit'; retryAfterSeconds: number }
  /** 429 Too Many Requests with `Retry-After`. */
  | { kind: 'too-many-requests'; retryAfterSeconds: number }
  /** Waits, then answers normally (use with a client timeout shorter than `ms`). */
  | { kind: 'delay'; ms: number }
  /** Never answers; the connection stays open until the client gives up or `close()`. */
  | { kind: 'hang' }
  /**
   * Sends the normal status and headers (with the full `content-length`), then only the first
   * `keepBytes` bytes of the body (default: half of it), then resets the connection.
   */
  | { kind: 'truncate'; keepBytes?: number };

export interface FaultOptions {
  /** How many matching requests get the fault; default: all of them. */
  times?: number;
  /** Default: any method. */
  method?: string;
}

export interface Faults {
  /**
   * Injects `fault` into requests whose path (without the query) equals `path` or matches it.
   * Faults are tried in the order they were added; the first that matches is used.
   */
  add(path: string | RegExp, fault: Fault, options?: FaultOptions): void;
  /** Removes every fault not yet used up. */
  clear(): void;
  /** How many faults are still waiting for a request. */
  readonly pending: number;
}

export interface RecordedRequest {
  method: string;
  /** The path as sent, without the query string (`/repos/o/r/compare/main...1a2b…`). */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The status answered; undefined while pending, or when the request was left hanging. */
  status?: number;
}

export interface Requests {
  /** Every request received, in order of arrival. */
  readonly log: readonly RecordedRequest[];
  /** How many requests were received. */
  readonly total: number;
  /** Requests per path as sent (without the query), e.g. `{ '/repos/o/r/tags': 1 }`. */
  readonly perPath: Record<string, number>;
  /** Requests answered 403/429 as rate limited (primary, secondary or 429). */
  readonly rateLimited: number;
  /** Requests answered 304 Not Modified (free on GitHub). */
  readonly notModified: number;
  /**
   * Requests that counted against the primary rate limit: all but 304s, rate-limit refusals and
   * `/rate_limit`.
   */
  readonly charged: number;
  /** Requests being answered right now (delayed and hanging ones included). */
  readonly inFlight: number;
  /** The most requests that were in flight at once since the start (or the last `reset`). */
  readonly maxInFlight: number;
  /** Requests whose path equals `path` or matches it, and whose method is `method` if given. */
  count(path: string | RegExp, method?: string): number;
  /** Forgets every request (the rate limit is left as it is). */
  reset(): void;
}

export interface Emulator {
  /** `http://127.0.0.1:<port>`: the client's baseUrl (or GITHUB_API_URL). */
  url: string;
  /** The live state; changes take effect at the next request. */
  state: EmulatorState;
  requests: Requests;
  faults: Faults;
  /** Stops the server, dropping any hanging or delayed request. */
  close(): Promise<void>;
}

/** A deterministic 40-hex commit SHA for a label, so tests can name commits. */
export function shaOf(label: string): string {
  return createHash('sha1').update(label).digest('hex');
}

/** Commits in a line: each one's parent is the one before; the first has `root` (or none). */
export function linearHistory(shas: readonly string[], root?: string): Record<string, string[]> {
  const commits: Record<string, string[]> = {};
  let parent = root;
  for (const sha of shas) {
    commits[sha] = parent === undefined ? [] : [parent];
    parent = sha;
  }
  return commits;
}

const DOCS = 'https://docs.github.com/rest';
const RATE_LIMIT_DOCS = `${DOCS}/overview/rate-limits-for-the-rest-api`;
const FIXED_DATE = '2024-05-01T12:00:00Z';
const FULL_SHA = /^[0-9a-f]{40}$/;

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Not counted against the rate limit (`/rate_limit`). */
  free?: boolean;
}

interface ActiveFault {
  path: string | RegExp;
  method?: string;
  remaining: number;
  fault: Fault;
}

/** Starts an emulator on 127.0.0.1 with a free port. */
export async function startEmulator(state: EmulatorState): Promise<Emulator> {
  const log: RecordedRequest[] = [];
  const faultList: ActiveFault[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const flight = { now: 0, max: 0 };
  let url = '';
  const limit = {
    limit: state.rateLimit?.limit ?? 5000,
    remaining: state.rateLimit?.remaining ?? state.rateLimit?.limit ?? 5000,
    reset: epochSeconds() + (state.rateLimit?.resetInSeconds ?? 3600),
  };

  const matches = (pattern: string | RegExp, path: string) =>
    typeof pattern === 'string' ? pattern === path : pattern.test(path);

  /** Requests refused as rate limited (403 or 429). */
  const refusals = new WeakSet<RecordedRequest>();
  const requests: Requests = {
    get log() {
      return log;
    },
    get total() {
      return log.length;
    },
    get perPath() {
      const counts: Record<string, number> = {};
      for (const request of log) counts[request.path] = (counts[request.path] ?? 0) + 1;
      return counts;
    },
    get rateLimited() {
      return log.filter((request) => refusals.has(request)).length;
    },
    get notModified() {
      return log.filter((request) => request.status === 304).length;
    },
    get charged() {
      return log.filter(
        (request) =>
          request.status !== 304 && !refusals.has(request) && request.path !== '/rate_limit',
      ).length;
    },
    get inFlight() {
      return flight.now;
    },
    get maxInFlight() {
      return flight.max;
    },
    count(path, method) {
      return log.filter(
        (request) =>
          matches(path, request.path) && (method === undefined || request.method === method),
      ).length;
    },
    reset() {
      log.length = 0;
      flight.max = flight.now;
    },
  };

  const faults: Faults = {
    add(path, fault, options = {}) {
      const active: ActiveFault = { path, remaining: options.times ?? Infinity, fault };
      if (options.method !== undefined) active.method = options.method.toUpperCase();
      faultList.push(active);
    },
    clear() {
      faultList.length = 0;
    },
    get pending() {
      return faultList.length;
    },
  };

  /** The first fault for this request, used up by one. */
  const takeFault = (request: RecordedRequest): Fault | undefined => {
    const index = faultList.findIndex(
      (active) =>
        matches(active.path, request.path) &&
        (active.method === undefined || active.method === request.method),
    );
    const active = faultList[index];
    if (!active) return undefined;
    active.remaining -= 1;
    if (active.remaining <= 0) faultList.splice(index, 1);
    return active.fault;
  };

  const rateLimitBody = () => {
    rateLimitHeaders();
    const core = {
      limit: limit.limit,
      used: limit.limit - limit.remaining,
      remaining: limit.remaining,
      reset: limit.reset,
    };
    return { resources: { core }, rate: core };
  };

  const rateLimitHeaders = (): Record<string, string> => {
    const now = epochSeconds();
    if (now >= limit.reset) {
      limit.remaining = limit.limit;
      limit.reset = now + 3600;
    }
    return {
      'x-ratelimit-limit': String(limit.limit),
      'x-ratelimit-remaining': String(limit.remaining),
      'x-ratelimit-reset': String(limit.reset),
      'x-ratelimit-used': String(limit.limit - limit.remaining),
      'x-ratelimit-resource': 'core',
    };
  };

  const send = (
    request: RecordedRequest,
    res: ServerResponse,
    answer: Answer,
    truncate?: { keepBytes?: number },
  ): void => {
    const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
    const etag = answer.body === undefined ? undefined : `W/"${sha256(text)}"`;
    const conditional = request.headers['if-none-match'];
    const notModified =
      answer.status === 200 &&
      etag !== undefined &&
      conditional !== undefined &&
      sameEtag(conditional, etag);
    const charge = !notModified && !answer.free && !refusals.has(request);
    if (charge && limit.remaining > 0) limit.remaining -= 1;
    const headers: Record<string, string> = {
      ...standardHeaders(),
      ...rateLimitHeaders(),
      ...(etag ? { etag } : {}),
      ...answer.headers,
    };
    if (notModified) {
      request.status = 304;
      delete headers['content-type'];
      res.writeHead(304, headers);
      res.end();
      return;
    }
    request.status = answer.status;
    const bytes = Buffer.from(text);
    res.writeHead(answer.status, { ...headers, 'content-length': String(bytes.length) });
    if (truncate) {
      const keep = Math.min(truncate.keepBytes ?? Math.floor(bytes.length / 2), bytes.length - 1);
      res.write(bytes.subarray(0, Math.max(keep, 0)), () => {
        res.destroy();
      });
      return;
    }
    res.end(bytes);
  };

  const answerFault = (request: RecordedRequest, res: ServerResponse, fault: Fault): boolean => {
    switch (fault.kind) {
      case 'status': {
        const message =
          fault.message ?? (fault.status >= 500 ? 'Server Error' : statusMessage(fault.status));
        send(request, res, {
          status: fault.status,
          body: fault.status >= 500 ? { message } : errorBody(fault.status, message, DOCS),
        });
        return true;
      }
      case 'rate-limit': {
        refusals.add(request);
        const reset = epochSeconds() + fault.resetInSeconds;
        send(request, res, {
          status: 403,
          body: errorBody(
            403,
            'API rate limit exceeded for user ID 1. If you reach out to GitHub Support for help, please include the request ID C0DE:1F2E:3A4B5C:6D7E8F:65A1B2C3.',
            RATE_LIMIT_DOCS,
          ),
          headers: {
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': String(reset),
            'x-ratelimit-used': String(limit.limit),
          },
        });
        return true;
      }
      case 'secondary-rate-limit':
        refusals.add(request);
        send(request, res, {
          status: 403,
          body: errorBody(
            403,
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID C0DE:1F2E:3A4B5C:6D7E8F:65A1B2C3.',
            `${RATE_LIMIT_DOCS}#about-secondary-rate-limits`,
          ),
          headers: { 'retry-after': String(fault.retryAfterSeconds) },
        });
        return true;
      case 'too-many-requests':
        refusals.add(request);
        send(request, res, {
          status: 429,
          body: errorBody(429, 'Too Many Requests', RATE_LIMIT_DOCS),
          headers: { 'retry-after': String(fault.retryAfterSeconds) },
        });
        return true;
      case 'hang':
        return true;
      case 'delay':
      case 'truncate':
        return false;
    }
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const parsed = new URL(req.url ?? '/', 'http://emulator.invalid');
    const request: RecordedRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: parsed.pathname,
      query: parsed.searchParams,
      headers: req.headers,
    };
    log.push(request);
    flight.now += 1;
    flight.max = Math.max(flight.max, flight.now);
    res.on('close', () => {
      flight.now -= 1;
    });
    const fault = takeFault(request);
    if (fault && answerFault(request, res, fault)) return;
    const respond = () => {
      if (res.destroyed) return;
      if (state.token !== undefined && !authorized(request.headers, state.token)) {
        send(request, res, {
          status: 401,
          body: errorBody(401, 'Bad credentials', DOCS),
        });
        return;
      }
      if (limit.remaining <= 0 && epochSeconds() < limit.reset && request.path !== '/rate_limit') {
        refusals.add(request);
        send(request, res, {
          status: 403,
          body: errorBody(
            403,
            'API rate limit exceeded for user ID 1. If you reach out to GitHub Support for help, please include the request ID C0DE:1F2E:3A4B5C:6D7E8F:65A1B2C3.',
            RATE_LIMIT_DOCS,
          ),
        });
        return;
      }
      let answer: Answer;
      try {
        answer =
          request.method === 'GET' && request.path === '/rate_limit'
            ? { status: 200, body: rateLimitBody(), free: true }
            : route(state, request, url);
      } catch (error) {
        answer = { status: 500, body: { message: `emulator bug: ${String(error)}` } };
      }
      send(request, res, answer, fault?.kind === 'truncate' ? fault : undefined);
    };
    if (fault?.kind === 'delay') {
      const timer = setTimeout(() => {
        timers.delete(timer);
        respond();
      }, fault.ms);
      timers.add(timer);
    } else {
      respond();
    }
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  url = `http://127.0.0.1:${port}`;

  return {
    url,
    state,
    requests,
    faults,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
    },
  };
}

/** Answers a request from the state. */
function route(state: EmulatorState, request: RecordedRequest, base: string): Answer {
  for (const custom of state.routes ?? []) {
    if ((custom.method ?? 'GET').toUpperCase() !== request.method) continue;
    const match = custom.path.exec(request.path);
    if (match) return custom.handle(match, request);
  }
  if (request.method !== 'GET') return notFound(DOCS);

  const match = /^\/repos\/([^/]+)\/([^/]+)(?:\/(.*))?$/.exec(request.path);
  if (!match) return notFound(DOCS);
  const [, rawOwner = '', rawRepo = '', rest] = match;
  const found = findRepository(state, decode(rawOwner), decode(rawRepo));
  if (!found) return notFound(`${DOCS}/repos/repos#get-a-repository`);
  const repo = new RepositoryView(found.fullName, found.repository, base);

  if (rest === undefined || rest === '') return { status: 200, body: repo.json() };
  const [section = '', ...tail] = rest.split('/');
  const remainder = decode(tail.join('/'));
  switch (section) {
    case 'tags':
      if (tail.length > 0) break;
      return paginate(request, repo.tagsJson(), 30, `${base}${request.path}`);
    case 'branches':
      if (tail.length === 0) {
        return paginate(request, repo.branchesJson(), 30, `${base}${request.path}`);
      }
      return repo.branchJson(remainder);
    case 'compare':
      return repo.compare(remainder, request, `${base}${request.path}`);
    case 'commits':
      if (tail.length === 0) break;
      return repo.commitAnswer(remainder);
    case 'git':
      return repo.gitRefs(remainder);
  }
  return notFound(DOCS);
}

/** One repository's answers. */
class RepositoryView {
  readonly owner: string;
  readonly name: string;
  readonly api: string;
  readonly html: string;
  private readonly parents = new Map<string, readonly string[]>();

  constructor(
    readonly fullName: string,
    readonly repository: EmulatedRepository,
    base: string,
  ) {
    const [owner = '', name = ''] = fullName.split('/');
    this.owner = owner;
    this.name = name;
    this.api = `${base}/repos/${fullName}`;
    this.html = `https://github.com/${fullName}`;
    for (const [sha, parents] of Object.entries(repository.commits ?? {})) {
      this.parents.set(sha, parents);
      for (const parent of parents) if (!this.parents.has(parent)) this.parents.set(parent, []);
    }
    for (const sha of [
      ...Object.values(repository.branches),
      ...Object.values(repository.tags ?? {}),
    ]) {
      if (!this.parents.has(sha)) this.parents.set(sha, []);
    }
  }

  get defaultBranch(): string {
    return this.repository.defaultBranch ?? 'main';
  }

  json(): unknown {
    const id = numericId(this.fullName);
    return {
      id,
      node_id: nodeId('R_kgDO', this.fullName),
      name: this.name,
      full_name: this.fullName,
      private: this.repository.private ?? false,
      owner: {
        login: this.owner,
        id: numericId(this.owner),
        node_id: nodeId('O_kgDO', this.owner),
        avatar_url: `https://avatars.githubusercontent.com/u/${numericId(this.owner)}?v=4`,
        url: `${this.api.replace(/\/repos\/.*$/, '')}/users/${this.owner}`,
        html_url: `https://github.com/${this.owner}`,
        type: 'Organization',
        site_admin: false,
      },
      html_url: this.html,
      description: null,
      fork: false,
      url: this.api,
      tags_url: `${this.api}/tags`,
      branches_url: `${this.api}/branches{/branch}`,
      compare_url: `${this.api}/compare/{base}...{head}`,
      commits_url: `${this.api}/commits{/sha}`,
      created_at: FIXED_DATE,
      updated_at: FIXED_DATE,
      pushed_at: FIXED_DATE,
      default_branch: this.defaultBranch,
      visibility: this.repository.private ? 'private' : 'public',
      archived: false,
      disabled: false,
      has_issues: true,
      forks_count: 0,
      stargazers_count: 0,
      open_issues_count: 0,
      topics: [],
    };
  }

  tagsJson(): unknown[] {
    return Object.entries(this.repository.tags ?? {})
      .sort(([a], [b]) => b.localeCompare(a, 'en', { numeric: true }))
      .map(([name, sha]) => ({
        name,
        zipball_url: `${this.api}/zipball/refs/tags/${name}`,
        tarball_url: `${this.api}/tarball/refs/tags/${name}`,
        commit: { sha, url: `${this.api}/commits/${sha}` },
        node_id: nodeId('REF_kwDO', `${this.fullName}:refs/tags/${name}`),
      }));
  }

  branchesJson(): unknown[] {
    return Object.entries(this.repository.branches)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, sha]) => ({
        name,
        commit: { sha, url: `${this.api}/commits/${sha}` },
        protected: name === this.defaultBranch,
      }));
  }

  branchJson(name: string): Answer {
    const sha = this.repository.branches[name];
    if (sha === undefined) {
      return {
        status: 404,
        body: errorBody(404, 'Branch not found', `${DOCS}/branches/branches#get-a-branch`),
      };
    }
    return {
      status: 200,
      body: {
        name,
        commit: this.commitJson(sha),
        _links: {
          self: `${this.api}/branches/${encodeURIComponent(name)}`,
          html: `${this.html}/tree/${name}`,
        },
        protected: name === this.defaultBranch,
        protection: {
          enabled: false,
          required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] },
        },
        protection_url: `${this.api}/branches/${encodeURIComponent(name)}/protection`,
      },
    };
  }

  commitAnswer(ref: string): Answer {
    const sha = this.resolve(ref);
    if (sha === undefined) {
      return {
        status: 422,
        body: errorBody(
          422,
          `No commit found for SHA: ${ref}`,
          `${DOCS}/commits/commits#get-a-commit`,
        ),
      };
    }
    return {
      status: 200,
      body: { ...this.commitJson(sha), stats: { total: 0, additions: 0, deletions: 0 }, files: [] },
    };
  }

  /** `ref/tags/v1`, `ref/heads/main`, `matching-refs/tags/v1`. */
  gitRefs(rest: string): Answer {
    const match = /^(ref|matching-refs)\/(heads|tags)\/(.*)$/.exec(rest);
    if (!match) return notFound(`${DOCS}/git/refs`);
    const [, kind, space = '', name = ''] = match;
    const source = space === 'heads' ? this.repository.branches : (this.repository.tags ?? {});
    const refJson = (refName: string, sha: string) => ({
      ref: `refs/${space}/${refName}`,
      node_id: nodeId('REF_kwDO', `${this.fullName}:refs/${space}/${refName}`),
      url: `${this.api}/git/refs/${space}/${refName}`,
      object: { sha, type: 'commit', url: `${this.api}/git/commits/${sha}` },
    });
    if (kind === 'matching-refs') {
      return {
        status: 200,
        body: Object.entries(source)
          .filter(([refName]) => refName.startsWith(name))
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([refName, sha]) => refJson(refName, sha)),
      };
    }
    const sha = source[name];
    if (sha === undefined) return notFound(`${DOCS}/git/refs#get-a-reference`);
    return { status: 200, body: refJson(name, sha) };
  }

  compare(basehead: string, request: RecordedRequest, self: string): Answer {
    const docs = `${DOCS}/commits/commits#compare-two-commits`;
    const separator = basehead.indexOf('...');
    if (separator < 0) return notFound(docs);
    const baseRef = basehead.slice(0, separator);
    const headRef = basehead.slice(separator + 3);
    const base = this.resolve(baseRef);
    const head = this.resolve(headRef);
    if (base === undefined || head === undefined) return notFound(docs);

    const baseAncestors = this.ancestors(base);
    const headAncestors = this.ancestors(head);
    const common = [...headAncestors].filter((sha) => baseAncestors.has(sha));
    if (common.length === 0) {
      return {
        status: 404,
        body: errorBody(404, `No common ancestor between ${baseRef} and ${headRef}.`, docs),
      };
    }
    // The best common ancestor: the one with the longest history.
    const mergeBase = common.reduce((best, sha) =>
      this.ancestors(sha).size > this.ancestors(best).size ? sha : best,
    );
    const aheadCommits = [...headAncestors].filter((sha) => !baseAncestors.has(sha));
    const behindBy = [...baseAncestors].filter((sha) => !headAncestors.has(sha)).length;
    const status =
      base === head
        ? 'identical'
        : aheadCommits.length === 0
          ? 'behind'
          : behindBy === 0
            ? 'ahead'
            : 'diverged';
    // Oldest first, as GitHub lists them.
    aheadCommits.sort((a, b) => this.ancestors(a).size - this.ancestors(b).size);
    const perPage = clampPerPage(request.query.get('per_page'), 250);
    const page = pageNumber(request.query.get('page'));
    const pages = Math.max(Math.ceil(aheadCommits.length / perPage), 1);
    const headers: Record<string, string> = {};
    const link = linkHeader(self, request.query, page, pages, perPage);
    if (link) headers.link = link;
    return {
      status: 200,
      headers,
      body: {
        url: `${this.api}/compare/${basehead}`,
        html_url: `${this.html}/compare/${basehead}`,
        permalink_url: `${this.html}/compare/${this.owner}:${base.slice(0, 7)}...${this.owner}:${head.slice(0, 7)}`,
        diff_url: `${this.html}/compare/${basehead}.diff`,
        patch_url: `${this.html}/compare/${basehead}.patch`,
        base_commit: this.commitJson(base),
        merge_base_commit: this.commitJson(mergeBase),
        status,
        ahead_by: aheadCommits.length,
        behind_by: behindBy,
        total_commits: aheadCommits.length,
        commits: aheadCommits
          .slice((page - 1) * perPage, page * perPage)
          .map((sha) => this.commitJson(sha)),
        files: [],
      },
    };
  }

  /** A branch, a tag, a full SHA or an unambiguous SHA prefix of 7+ characters. */
  resolve(ref: string): string | undefined {
    const branch = this.repository.branches[ref];
    if (branch !== undefined) return branch;
    const tag = this.repository.tags?.[ref];
    if (tag !== undefined) return tag;
    const lower = ref.toLowerCase();
    if (FULL_SHA.test(lower)) return this.parents.has(lower) ? lower : undefined;
    if (!/^[0-9a-f]{7,39}$/.test(lower)) return undefined;
    const candidates = [...this.parents.keys()].filter((sha) => sha.startsWith(lower));
    return candidates.length === 1 ? candidates[0] : undefined;
  }

  /** The commit and every commit before it. */
  ancestors(sha: string): Set<string> {
    const seen = new Set<string>();
    const queue = [sha];
    for (let current = queue.pop(); current !== undefined; current = queue.pop()) {
      if (seen.has(current)) continue;
      seen.add(current);
      queue.push(...(this.parents.get(current) ?? []));
    }
    return seen;
  }

  commitJson(sha: string): Record<string, unknown> {
    const person = {
      name: 'Octo Cat',
      email: 'octocat@users.noreply.github.com',
      date: FIXED_DATE,
    };
    return {
      sha,
      node_id: nodeId('C_kwDO', `${this.fullName}:${sha}`),
      commit: {
        author: person,
        committer: person,
        message: `Commit ${sha.slice(0, 7)}`,
        tree: { sha: sha256(`tree ${sha}`).slice(0, 40), url: `${this.api}/git/trees/${sha}` },
        url: `${this.api}/git/commits/${sha}`,
        comment_count: 0,
        verification: {
          verified: false,
          reason: 'unsigned',
          signature: null,
          payload: null,
          verified_at: null,
        },
      },
      url: `${this.api}/commits/${sha}`,
      html_url: `${this.html}/commit/${sha}`,
      comments_url: `${this.api}/commits/${sha}/comments`,
      author: null,
      committer: null,
      parents: (this.parents.get(sha) ?? []).map((parent) => ({
        sha: parent,
        url: `${this.api}/commits/${parent}`,
        html_url: `${this.html}/commit/${parent}`,
      })),
    };
  }
}

/** One page of a list, with GitHub's `link` header. */
function paginate(
  request: RecordedRequest,
  items: unknown[],
  defaultPerPage: number,
  self: string,
): Answer {
  const perPage = clampPerPage(request.query.get('per_page'), defaultPerPage);
  const page = pageNumber(request.query.get('page'));
  const pages = Math.max(Math.ceil(items.length / perPage), 1);
  const headers: Record<string, string> = {};
  const link = linkHeader(self, request.query, page, pages, perPage);
  if (link) headers.link = link;
  return { status: 200, headers, body: items.slice((page - 1) * perPage, page * perPage) };
}

function linkHeader(
  self: string,
  query: URLSearchParams,
  page: number,
  pages: number,
  perPage: number,
): string | undefined {
  if (pages <= 1) return undefined;
  const at = (n: number) => {
    const params = new URLSearchParams(query);
    params.set('per_page', String(perPage));
    params.set('page', String(n));
    return `<${self}?${params.toString()}>`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`${at(page - 1)}; rel="prev"`);
  if (page < pages) links.push(`${at(page + 1)}; rel="next"`, `${at(pages)}; rel="last"`);
  if (page > 1) links.push(`${at(1)}; rel="first"`);
  return links.join(', ');
}

/** `per_page` as GitHub reads it: at most 100, and `fallback` when absent or invalid. */
function clampPerPage(value: string | null, fallback: number): number {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n > 0 ? Math.min(n, 100) : fallback;
}

function pageNumber(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

function findRepository(
  state: EmulatorState,
  owner: string,
  repo: string,
): { fullName: string; repository: EmulatedRepository } | undefined {
  const wanted = `${owner}/${repo}`.toLowerCase();
  for (const [fullName, repository] of Object.entries(state.repositories)) {
    if (fullName.toLowerCase() === wanted) return { fullName, repository };
  }
  return undefined;
}

function errorBody(status: number, message: string, documentationUrl: string): unknown {
  return { message, documentation_url: documentationUrl, status: String(status) };
}

function notFound(documentationUrl: string): Answer {
  return { status: 404, body: errorBody(404, 'Not Found', documentationUrl) };
}

function statusMessage(status: number): string {
  const messages: Record<number, string> = {
    400: 'Bad Request',
    401: 'Bad credentials',
    403: 'Forbidden',
    404: 'Not Found',
    409: 'Conflict',
    422: 'Validation Failed',
  };
  return messages[status] ?? 'Error';
}

/** The headers api.github.com sends with every REST response. */
function standardHeaders(): Record<string, string> {
  return {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'private, max-age=60, s-maxage=60',
    vary: 'Accept, Authorization, Cookie, X-GitHub-OTP,Accept-Encoding, Accept, X-Requested-With',
    'x-github-api-version-selected': '2022-11-28',
    'x-github-media-type': 'github.v3; format=json',
    'x-github-request-id': 'C0DE:1F2E:3A4B5C:6D7E8F:65A1B2C3',
    'access-control-expose-headers':
      'ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset, X-OAuth-Scopes, X-Accepted-OAuth-Scopes, X-Poll-Interval, X-GitHub-Media-Type, X-GitHub-SSO, X-GitHub-Request-Id, Deprecation, Sunset',
    server: 'github.com',
  };
}

function authorized(headers: IncomingHttpHeaders, token: string): boolean {
  const value = headers.authorization ?? '';
  return value === `token ${token}` || value === `Bearer ${token}`;
}

/** `If-None-Match` may list several tags, weak or strong. */
function sameEtag(header: string, etag: string): boolean {
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || strip(tag) === strip(etag));
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function numericId(text: string): number {
  return Number.parseInt(sha256(text).slice(0, 8), 16) % 900_000_000;
}

function nodeId(prefix: string, text: string): string {
  return `${prefix}${Buffer.from(sha256(text).slice(0, 12), 'hex').toString('base64url')}`;
}

function epochSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
