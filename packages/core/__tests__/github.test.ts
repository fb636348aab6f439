import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiError } from '../src/errors.js';
import { createGitHubClient, type GitHubClientOptions } from '../src/github.js';

/** Not GitHub-shaped on purpose, so no secret scanner trips over it. */
const TOKEN = 'palisade-test-token-7c1f0e9b5a24d386';
const OWNER = 'octo-org';
const REPO = 'octo-repo';
const TAGS_PATH = `/repos/${OWNER}/${REPO}/tags`;
const SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
const TAGS = [
  {
    name: 'v1.2.0',
    zipball_url: `https://api.github.com/repos/${OWNER}/${REPO}/zipball/v1.2.0`,
    tarball_url: `https://api.github.com/repos/${OWNER}/${REPO}/tarball/v1.2.0`,
    commit: { sha: SHA, url: `https://api.github.com/repos/${OWNER}/${REPO}/commits/${SHA}` },
    node_id: 'MDM6UmVmcmVmcy90YWdzL3YxLjIuMA==',
  },
];

interface Seen {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}
type Handler = (req: IncomingMessage, res: ServerResponse, count: number) => void;
interface FakeApi {
  baseUrl: string;
  seen: Seen[];
}

const servers: Server[] = [];
const tempDirs: string[] = [];

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => {
            resolve();
          });
        }),
    ),
  );
  await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A real HTTP server on loopback that records what it was sent. */
async function startApi(handler: Handler): Promise<FakeApi> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    seen.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers });
    handler(req, res, seen.length);
  });
  servers.push(server);
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}`, seen };
}

const epochSeconds = () => Math.floor(Date.now() / 1000);

/** The headers api.github.com sends with every REST response. */
function githubHeaders(remaining = 4999, reset = epochSeconds() + 3600): Record<string, string> {
  return {
    'content-type': 'application/json; charset=utf-8',
    'x-github-api-version-selected': '2022-11-28',
    'x-github-media-type': 'github.v3; format=json',
    'x-github-request-id': 'C0DE:1F2E:3A4B5C:6D7E8F:65A1B2C3',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-reset': String(reset),
    'x-ratelimit-used': String(5000 - remaining),
    'x-ratelimit-resource': 'core',
  };
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = githubHeaders(),
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(text)) });
  res.end(text);
}

const serverError = { message: 'Server Error' };
const docs = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';

function newClient(api: FakeApi | undefined, overrides: Partial<GitHubClientOptions> = {}) {
  const lines: string[] = [];
  const client = createGitHubClient({
    token: TOKEN,
    ...(api ? { baseUrl: api.baseUrl } : {}),
    retries: 2,
    retryBaseDelayMs: 5,
    timeoutMs: 2000,
    log: {
      debug: (message) => lines.push(`debug: ${message}`),
      warning: (message) => lines.push(`warning: ${message}`),
    },
    ...overrides,
  });
  return { ...client, lines };
}

const listTags = (octokit: ReturnType<typeof newClient>['octokit']) =>
  octokit.rest.repos.listTags({ owner: OWNER, repo: REPO });

/** Awaits a promise that must fail, and returns its ApiError. */
async function apiErrorOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'palisade-github-'));
  tempDirs.push(dir);
  return dir;
}

describe('requests', () => {
  it('go to the base URL with the token and the palisade user agent', async () => {
    const api = await startApi((_req, res) => {
      sendJson(res, 200, TAGS);
    });
    const { octokit, stats } = newClient(api);

    const response = await listTags(octokit);

    expect(response.status).toBe(200);
    expect(response.data).toEqual(TAGS);
    expect(api.seen).toHaveLength(1);
    expect(api.seen[0]?.method).toBe('GET');
    expect(api.seen[0]?.path).toBe(TAGS_PATH);
    expect(api.seen[0]?.headers.authorization).toBe(`token ${TOKEN}`);
    expect(api.seen[0]?.headers['user-agent']).toMatch(/^palisade octokit-core\.js\//);
    expect(api.seen[0]?.headers.accept).toBe('application/vnd.github.v3+json');
    expect(stats).toEqual({ requests: 1, cacheHits: 0, rateLimited: 0, retries: 0 });
  });

  it('go to GITHUB_API_URL when no base URL is given', async () => {
    const api = await startApi((_req, res) => {
      sendJson(res, 200, TAGS);
    });
    const saved = process.env.GITHUB_API_URL;
    process.env.GITHUB_API_URL = `${api.baseUrl}/`;
    try {
      const { octokit } = newClient(undefined);
      await expect(listTags(octokit)).resolves.toMatchObject({ status: 200, data: TAGS });
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL;
      else process.env.GITHUB_API_URL = saved;
    }
    expect(api.seen.map((seen) => seen.path)).toEqual([TAGS_PATH]);
  });
});

describe('creating a client', () => {
  it('without a token fails with an ApiError', () => {
    expect(() => createGitHubClient({ token: '' })).toThrow(
      new ApiError('no GitHub token was given: set the github-token input or GITHUB_TOKEN'),
    );
  });
});

describe('retries', () => {
  it('a 502 followed by a 200 is retried and succeeds', async () => {
    const api = await startApi((_req, res, count) => {
      if (count === 1) sendJson(res, 502, serverError);
      else sendJson(res, 200, TAGS);
    });
    const { octokit, stats } = newClient(api);

    const response = await listTags(octokit);

    expect(response.status).toBe(200);
    expect(response.data).toEqual(TAGS);
    expect(api.seen).toHaveLength(2);
    expect(stats).toEqual({ requests: 2, cacheHits: 0, rateLimited: 0, retries: 1 });
  });

  it('a persistent 500 fails with an ApiError naming the method and path after retries + 1 requests', async () => {
    const api = await startApi((_req, res) => {
      sendJson(res, 500, serverError);
    });
    const { octokit, stats } = newClient(api, { retries: 2 });

    const error = await apiErrorOf(listTags(octokit));

    expect(error.status).toBe(500);
    expect(error.message).toBe(
      `GET ${TAGS_PATH} failed: 500 Internal Server Error: Server Error (after 3 attempts)`,
    );
    expect(api.seen).toHaveLength(3);
    expect(stats).toEqual({ requests: 3, cacheHits: 0, rateLimited: 0, retries: 2 });
  });

  it('a 404 is not retried and keeps its status', async () => {
    const api = await startApi((_req, res) => {
      sendJson(res, 404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest/repos/repos#list-repository-tags',
        status: '404',
      });
    });
    const { octokit } = newClient(api);

    await expect(listTags(octokit)).rejects.toThrow(
      new ApiError(`GET ${TAGS_PATH} failed: 404 Not Found`, 404),
    );
    expect(api.seen).toHaveLength(1);
  });

  it('a refused connection fails with an ApiError without a status after the retries', async () => {
    const api = await startApi(() => undefined);
    const server = servers.pop();
    await new Promise<void>((resolve) => {
      server?.close(() => {
        resolve();
      });
    });
    const { octokit, stats } = newClient(api, { retries: 1 });

    const error = await apiErrorOf(listTags(octokit));

    expect(error.status).toBeUndefined();
    expect(error.message).toMatch(
      new RegExp(`^GET ${TAGS_PATH} failed: .*ECONNREFUSED.* \\(after 2 attempts\\)$`),
    );
    expect(stats).toEqual({ requests: 2, cacheHits: 0, rateLimited: 0, retries: 1 });
  });
});

describe('rate limits', () => {
  it('a 403 with no requests remaining and a reset 1 s ahead is waited out and then succeeds', async () => {
    const api = await startApi((_req, res, count) => {
      if (count === 1) {
        sendJson(
          res,
          403,
          { message: 'API rate limit exceeded for user ID 1.', documentation_url: docs },
          githubHeaders(0, epochSeconds() + 1),
        );
      } else {
        sendJson(res, 200, TAGS);
      }
    });
    const { octokit, stats, lines } = newClient(api);
    const started = Date.now();

    const response = await listTags(octokit);

    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(response.data).toEqual(TAGS);
    expect(api.seen).toHaveLength(2);
    expect(stats).toEqual({ requests: 2, cacheHits: 0, rateLimited: 1, retries: 0 });
    expect(lines).toContainEqual(
      expect.stringMatching(/^warning: GET \/repos\/octo-org\/octo-repo\/tags hit the primary/),
    );
  });

  it('a 429 with Retry-After: 1 is waited out and then succeeds', async () => {
    const api = await startApi((_req, res, count) => {
      if (count === 1) {
        sendJson(
          res,
          429,
          { message: 'Too Many Requests' },
          {
            ...githubHeaders(),
            'retry-after': '1',
          },
        );
      } else {
        sendJson(res, 200, TAGS);
      }
    });
    const { octokit, stats } = newClient(api);
    const started = Date.now();

    const response = await listTags(octokit);

    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(response.data).toEqual(TAGS);
    expect(api.seen).toHaveLength(2);
    expect(stats).toEqual({ requests: 2, cacheHits: 0, rateLimited: 1, retries: 0 });
  });

  it('a secondary rate limit with Retry-After: 1 is waited out and then succeeds', async () => {
    const api = await startApi((_req, res, count) => {
      if (count === 1) {
        sendJson(
          res,
          403,
          {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
            documentation_url: docs,
          },
          { ...githubHeaders(), 'retry-after': '1' },
        );
      } else {
        sendJson(res, 200, TAGS);
      }
    });
    const { octokit, stats } = newClient(api);
    const started = Date.now();

    await expect(listTags(octokit)).resolves.toMatchObject({ status: 200, data: TAGS });

    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(api.seen).toHaveLength(2);
    expect(stats.rateLimited).toBe(1);
  });

  it('a rate limit that resets far in the future fails at once with an ApiError saying when', async () => {
    const reset = epochSeconds() + 3600;
    const api = await startApi((_req, res) => {
      sendJson(
        res,
        403,
        { message: 'API rate limit exceeded for user ID 1.', documentation_url: docs },
        githubHeaders(0, reset),
      );
    });
    const { octokit, stats } = newClient(api);
    const started = Date.now();

    const error = await apiErrorOf(listTags(octokit));

    expect(Date.now() - started).toBeLessThan(1000);
    expect(error.status).toBe(403);
    expect(error.message).toContain(
      `GET ${TAGS_PATH} failed: 403 Forbidden: the API rate limit was hit; ` +
        `it resets at ${new Date(reset * 1000).toISOString()}`,
    );
    expect(error.message).toMatch(/longer than the 60 s this client waits$/);
    expect(api.seen).toHaveLength(1);
    expect(stats).toEqual({ requests: 1, cacheHits: 0, rateLimited: 1, retries: 0 });
  });

  it('a 429 asking for a wait longer than allowed fails at once', async () => {
    const api = await startApi((_req, res) => {
      sendJson(
        res,
        429,
        { message: 'Too Many Requests' },
        { ...githubHeaders(), 'retry-after': '30' },
      );
    });
    const { octokit } = newClient(api, { maxRateLimitWaitSeconds: 5 });
    const started = Date.now();

    const error = await apiErrorOf(listTags(octokit));

    expect(Date.now() - started).toBeLessThan(1000);
    expect(error.status).toBe(429);
    expect(error.message).toMatch(
      /^GET \/repos\/octo-org\/octo-repo\/tags failed: 429 Too Many Requests: the request was rate limited; it resets at \S+ \(in 30 s\), longer than the 5 s this client waits$/,
    );
    expect(api.seen).toHaveLength(1);
  });
});

describe('broken responses', () => {
  it('a server that never answers fails with a timeout ApiError', async () => {
    const api = await startApi(() => undefined);
    const { octokit, stats } = newClient(api, { timeoutMs: 150, retries: 1 });

    const error = await apiErrorOf(listTags(octokit));

    expect(error.status).toBeUndefined();
    expect(error.message).toBe(
      `GET ${TAGS_PATH} failed: timed out: no response within 150 ms (after 2 attempts)`,
    );
    expect(api.seen).toHaveLength(2);
    expect(stats).toEqual({ requests: 2, cacheHits: 0, rateLimited: 0, retries: 1 });
  });

  it('a body cut short fails with an ApiError and never returns a partial result', async () => {
    const api = await startApi((_req, res) => {
      res.writeHead(200, { ...githubHeaders(), 'content-length': '4096' });
      res.write(JSON.stringify(TAGS).slice(0, 40), () => {
        res.destroy();
      });
    });
    const { octokit, stats } = newClient(api, { retries: 1 });

    const error = await apiErrorOf(listTags(octokit));

    expect(error.status).toBeUndefined();
    expect(error.message).toMatch(
      /^GET \/repos\/octo-org\/octo-repo\/tags failed: the response \(200 OK\) could not be read: .+ \(after 2 attempts\)$/,
    );
    expect(api.seen).toHaveLength(2);
    expect(stats.retries).toBe(1);
  });

  it('a body that is not valid JSON fails with an ApiError', async () => {
    const api = await startApi((_req, res) => {
      const html = '<!DOCTYPE html><html><body>Unicorn!</body></html>';
      res.writeHead(200, { ...githubHeaders(), 'content-length': String(html.length) });
      res.end(html);
    });
    const { octokit } = newClient(api);

    await expect(listTags(octokit)).rejects.toThrow(
      new ApiError(`GET ${TAGS_PATH} failed: the response could not be read: it is not valid JSON`),
    );
    expect(api.seen).toHaveLength(1);
  });
});

describe('the ETag cache', () => {
  it('answers a second GET from the cache after a 304, and treats a corrupt entry as a miss', async () => {
    const etag = 'W/"5f2c3a0e9b8d7c6b5a4f3e2d1c0b9a8f"';
    const api = await startApi((req, res) => {
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { ...githubHeaders(), etag });
        res.end();
      } else {
        sendJson(res, 200, TAGS, { ...githubHeaders(), etag });
      }
    });
    const cacheDir = await tempDir();

    const first = newClient(api, { cacheDir });
    const fresh = await listTags(first.octokit);
    expect(fresh.status).toBe(200);
    expect(fresh.data).toEqual(TAGS);
    expect(api.seen[0]?.headers['if-none-match']).toBeUndefined();
    const files = await readdir(cacheDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^[0-9a-f]{64}\.json$/);
    const file = join(cacheDir, files[0] ?? '');
    expect(await readFile(file, 'utf8')).not.toContain(TOKEN);

    // A second client, as in the next run, finds the entry on disk.
    const second = newClient(api, { cacheDir });
    const cached = await listTags(second.octokit);
    expect(api.seen[1]?.headers['if-none-match']).toBe(etag);
    expect(cached.status).toBe(200);
    expect(cached.data).toEqual(TAGS);
    expect(cached.headers.etag).toBe(etag);
    expect(second.stats).toEqual({ requests: 1, cacheHits: 1, rateLimited: 0, retries: 0 });

    await writeFile(file, '{"version":1,"etag":"W/\\"5f2c');
    const third = await listTags(second.octokit);
    expect(api.seen[2]?.headers['if-none-match']).toBeUndefined();
    expect(third.data).toEqual(TAGS);
    expect(second.stats).toEqual({ requests: 2, cacheHits: 1, rateLimited: 0, retries: 0 });
    expect(await readdir(cacheDir)).toEqual(files);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ etag, data: TAGS });
    expect(api.seen).toHaveLength(3);
  });
});

describe('the token', () => {
  it('never reaches a log line or an error message, even when the server echoes it', async () => {
    const api = await startApi((req, res, count) => {
      const echoed = String(req.headers.authorization);
      switch (req.url) {
        case TAGS_PATH:
          sendJson(res, 200, TAGS);
          break;
        case `/repos/${OWNER}/flaky/tags`:
          if (count % 2 === 0) sendJson(res, 502, { message: `Bad Gateway for ${echoed}` });
          else sendJson(res, 200, TAGS);
          break;
        case `/repos/${OWNER}/broken/tags`:
          sendJson(res, 500, { message: `Server Error for ${echoed}` });
          break;
        case `/repos/${OWNER}/limited/tags`:
          sendJson(
            res,
            403,
            { message: `API rate limit exceeded for ${echoed}.`, documentation_url: docs },
            githubHeaders(0, epochSeconds() + 3600),
          );
          break;
        case `/repos/${OWNER}/slow/tags`:
          break;
        default:
          sendJson(res, 401, { message: `Bad credentials: ${echoed}`, documentation_url: docs });
      }
    });
    const normal = newClient(api, { retries: 1 });
    const impatient = newClient(api, { timeoutMs: 150, retries: 1 });
    const tags = (repo: string, client = normal) =>
      client.octokit.rest.repos.listTags({ owner: OWNER, repo });

    await expect(tags(REPO)).resolves.toMatchObject({ status: 200 });
    await expect(tags('flaky')).resolves.toMatchObject({ status: 200 });
    const errors = await Promise.all([
      apiErrorOf(tags('broken')),
      apiErrorOf(tags('limited')),
      apiErrorOf(tags('slow', impatient)),
      apiErrorOf(tags('secret')),
    ]);
    const lines = [...normal.lines, ...impatient.lines];

    expect(errors.map((error) => error.status)).toEqual([500, 403, undefined, 401]);
    expect(errors[3].message).toBe(
      `GET /repos/${OWNER}/secret/tags failed: 401 Unauthorized: Bad credentials: token ***`,
    );
    expect(lines.filter((line) => line.startsWith('debug: ')).length).toBeGreaterThanOrEqual(9);
    // The echoed token reached the client, and was redacted on the way to the log.
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^debug: GET \/repos\/octo-org\/secret\/tags: 401 \(Bad credentials: token \*\*\*\) in \d+ ms$/,
      ),
    );
    for (const text of [...lines, ...errors.map((error) => error.message)]) {
      expect(text).not.toContain(TOKEN);
    }
  });
});
