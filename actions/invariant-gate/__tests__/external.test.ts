import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exitCodeFor, UsageError } from '@palisade/core';
import {
  runInvariantGate,
  type InvariantGateOptions,
  type InvariantGateResult,
} from '../src/run.js';

const INDEX = 'SECURITY/invariants.yaml';
const TOKEN = 'ghs_test';

/** A GitHub contents API with a few files and folders, and a fault to inject. */
interface ContentsApi {
  baseUrl: string;
  /** `owner/repo/path` of each file. */
  files: Set<string>;
  /** `owner/repo/path` of each folder. */
  folders: Set<string>;
  /** When set, every request is answered with this status. */
  fault?: number;
  /** Decoded `owner/repo/path` of every request, in order. */
  seen: string[];
  /** The Authorization header of every request. */
  authorizations: string[];
  close(): Promise<void>;
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

async function startContentsApi(): Promise<ContentsApi> {
  const api: Omit<ContentsApi, 'baseUrl' | 'close'> = {
    files: new Set(),
    folders: new Set(),
    seen: [],
    authorizations: [],
  };
  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const match = /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/.exec(url.pathname);
    if (request.method !== 'GET' || !match) {
      json(response, 404, { message: 'Not Found' });
      return;
    }
    const [, owner = '', repo = '', encoded = ''] = match;
    // The client may encode the slashes of the path; the API accepts both.
    const filePath = decodeURIComponent(encoded);
    const key = `${owner}/${repo}/${filePath}`;
    api.seen.push(key);
    api.authorizations.push(request.headers.authorization ?? '');
    if (api.fault !== undefined) {
      // A careless proxy echoes the credentials: the gate must still not show them.
      json(response, api.fault, {
        message: `Server Error for ${request.headers.authorization ?? 'nobody'}`,
      });
    } else if (api.files.has(key)) {
      json(response, 200, {
        type: 'file',
        name: path.posix.basename(filePath),
        path: filePath,
        sha: '0123456789abcdef0123456789abcdef01234567',
        size: 12,
      });
    } else if (api.folders.has(key)) {
      json(response, 200, [
        { type: 'file', name: 'inside.test.ts', path: `${filePath}/inside.test.ts` },
      ]);
    } else {
      json(response, 404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content',
      });
    }
  };
  const server: Server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(api, {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  });
}

let root: string;
let api: ContentsApi;

beforeEach(async () => {
  root = await realpath(await mkdtemp(path.join(tmpdir(), 'invariant-gate-external-')));
  api = await startContentsApi();
  api.files.add('openwop/openwop-app/backend/test/untrusted-marker.test.ts');
  api.files.add('openwop/openwop-examples/hosts/byok.test.ts');
  api.files.add('acme/tools/test/scan.test.ts');
  api.folders.add('openwop/openwop-app/backend/test');
});

afterEach(async () => {
  await api.close();
  await rm(root, { recursive: true, force: true });
});

async function write(relative: string, text: string): Promise<void> {
  const file = path.join(root, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

/** Writes an index of one protocol-tier invariant per [id, tests] pair (4 lines each, from 2). */
async function index(...invariants: Array<[string, string[]]>): Promise<void> {
  const lines = invariants.flatMap(([id, tests]) => [
    `  - id: ${id}`,
    '    tier: protocol',
    '    severity: high',
    `    tests: [${tests.join(', ')}]`,
  ]);
  await write(INDEX, `${['invariants:', ...lines].join('\n')}\n`);
}

function online(extra: InvariantGateOptions = {}): InvariantGateOptions {
  return {
    verifyExternal: true,
    token: TOKEN,
    repository: 'openwop/openwop',
    api: { baseUrl: api.baseUrl, retries: 1, retryBaseDelayMs: 1, timeoutMs: 2000 },
    ...extra,
  };
}

async function gate(options: InvariantGateOptions): Promise<InvariantGateResult> {
  return runInvariantGate(root, undefined, options);
}

/** Everything a user reads from the run: finding messages and error texts. */
function everythingSaid(result: InvariantGateResult): string {
  return JSON.stringify([
    result.report.findings,
    result.report.errors.map((error) => [error.message, error.reason, error.location]),
  ]);
}

describe('verify-external', () => {
  it('counts an entry that names a file of the sibling repository', async () => {
    await index(['inv-a', ['openwop-app:backend/test/untrusted-marker.test.ts']]);
    const result = await gate(online());
    expect(result.report.errors).toEqual([]);
    expect(result.report.findings).toEqual([]);
    expect(exitCodeFor(result.report, 'error')).toBe(0);
    expect(result.summary?.invariants[0]?.tests).toEqual([
      'openwop-app:backend/test/untrusted-marker.test.ts',
    ]);
    expect(result.summary?.external).toBe(0);
    expect(result.summary?.apiRequests).toBe(1);
    expect(api.seen).toEqual(['openwop/openwop-app/backend/test/untrusted-marker.test.ts']);
    // The token is sent to the API, never shown.
    expect(api.authorizations[0]).toContain(TOKEN);
  });

  it('does not count an entry that names a missing file', async () => {
    await write('tests/local.test.ts', 'x\n');
    await index(
      ['inv-a', ['openwop-app:backend/test/gone.test.ts']],
      ['inv-b', ['tests/local.test.ts', 'openwop-app:backend/test/also-gone.test.ts']],
    );
    const result = await gate(online());
    expect(result.report.errors).toEqual([]);
    expect(
      result.report.findings.map((finding) => [finding.rule, finding.line, finding.message]),
    ).toEqual([
      [
        'uncovered-invariant',
        2,
        'high protocol-tier invariant `inv-a` has no test that resolves; openwop-app:backend/test/gone.test.ts does not exist in openwop/openwop-app',
      ],
      [
        'unresolved-test',
        9,
        '`inv-b`: test entry openwop-app:backend/test/also-gone.test.ts does not exist in openwop/openwop-app',
      ],
    ]);
    expect(exitCodeFor(result.report, 'error')).toBe(1);
    expect(everythingSaid(result)).not.toContain(TOKEN);
  });

  it('does not count a directory', async () => {
    await index(['inv-a', ['openwop-app:backend/test']]);
    const result = await gate(online());
    expect(result.report.findings.map((finding) => finding.message)).toEqual([
      'high protocol-tier invariant `inv-a` has no test that resolves; openwop-app:backend/test is a directory, not a test file',
    ]);
    expect(exitCodeFor(result.report, 'error')).toBe(1);
  });

  it('does not ask the API about a glob', async () => {
    await index(['inv-a', ['"openwop-app:backend/test/*.test.ts"']]);
    const result = await gate(online());
    expect(result.report.findings.map((finding) => finding.message)).toEqual([
      'high protocol-tier invariant `inv-a` has no test that resolves; openwop-app:backend/test/*.test.ts is a glob, which the contents API cannot expand',
    ]);
    expect(api.seen).toEqual([]);
  });

  it.each([500, 502])(
    'fails closed with an error at the entry’s line when the API answers %i',
    async (status) => {
      api.fault = status;
      await write('tests/local.test.ts', 'x\n');
      await index(
        ['inv-local', ['tests/local.test.ts']],
        ['inv-a', ['openwop-app:backend/test/untrusted-marker.test.ts']],
      );
      const result = await gate(online());
      expect(result.report.errors).toHaveLength(1);
      const [error] = result.report.errors;
      expect(error?.location).toEqual({ file: INDEX, line: 9 });
      expect(error?.reason).toMatch(
        /^openwop-app:backend\/test\/untrusted-marker\.test\.ts could not be checked: /,
      );
      expect(error?.reason).toContain(`failed: ${status} `);
      expect(error?.reason).toContain('(after 2 attempts)');
      expect(exitCodeFor(result.report, 'error')).toBe(2);
      // One retry: two requests for the one entry.
      expect(api.seen).toHaveLength(2);
      expect(everythingSaid(result)).not.toContain(TOKEN);
    },
  );

  it('needs a token', async () => {
    await index(['inv-a', ['openwop-app:backend/test/untrusted-marker.test.ts']]);
    await expect(gate(online({ token: '' }))).rejects.toThrow(
      'verify-external needs a GitHub token to check the `<repo>:<path>` entries of SECURITY/invariants.yaml',
    );
    await expect(gate(online({ token: undefined }))).rejects.toBeInstanceOf(UsageError);
    expect(api.seen).toEqual([]);
  });

  it('needs the repository whose owner bare entries belong to', async () => {
    await index(['inv-a', ['openwop-app:backend/test/untrusted-marker.test.ts']]);
    await expect(gate(online({ repository: '' }))).rejects.toThrow(
      /^verify-external needs the repository \(owner\/name\)/,
    );
  });

  it('needs no token when the index has no external entries', async () => {
    await write('tests/local.test.ts', 'x\n');
    await index(['inv-a', ['tests/local.test.ts']]);
    const result = await gate(online({ token: '' }));
    expect(result.report.findings).toEqual([]);
    expect(result.report.errors).toEqual([]);
    expect(api.seen).toEqual([]);
  });

  it('asks the owner that an <owner>/<repo>:<path> entry names', async () => {
    await index(
      ['inv-a', ['acme/tools:test/scan.test.ts']],
      ['inv-b', ['openwop-examples:hosts/byok.test.ts']],
    );
    const result = await gate(online());
    expect(result.report.findings).toEqual([]);
    expect([...api.seen].sort()).toEqual([
      'acme/tools/test/scan.test.ts',
      'openwop/openwop-examples/hosts/byok.test.ts',
    ]);
  });

  it('asks once about an entry listed twice', async () => {
    const entry = 'openwop-app:backend/test/untrusted-marker.test.ts';
    await index(['inv-a', [entry, entry]], ['inv-b', [entry]]);
    const result = await gate(online());
    expect(result.report.findings).toEqual([]);
    expect(api.seen).toEqual(['openwop/openwop-app/backend/test/untrusted-marker.test.ts']);
    expect(result.summary?.apiRequests).toBe(1);
  });
});

describe('without verify-external', () => {
  it('lists external entries without counting them or asking the API', async () => {
    await write('tests/local.test.ts', 'x\n');
    await index(
      ['inv-a', ['openwop-app:backend/test/untrusted-marker.test.ts']],
      ['inv-b', ['tests/local.test.ts', 'acme/tools:test/scan.test.ts']],
    );
    const result = await gate({ token: TOKEN, repository: 'openwop/openwop' });
    expect(result.report.findings.map((finding) => [finding.line, finding.message])).toEqual([
      [
        2,
        'high protocol-tier invariant `inv-a` has no test that resolves (1 entry in other repositories not checked: set verify-external)',
      ],
    ]);
    expect(result.summary?.external).toBe(2);
    expect(result.summary?.invariants.map((status) => status.external)).toEqual([
      ['openwop-app:backend/test/untrusted-marker.test.ts'],
      ['acme/tools:test/scan.test.ts'],
    ]);
    expect(result.summary?.apiRequests).toBe(0);
    expect(api.seen).toEqual([]);
  });
});
