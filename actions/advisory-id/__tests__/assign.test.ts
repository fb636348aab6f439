import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { ApiError, InputError, UsageError } from '@palisade/core';
import { runAdvisoryAssign, type AdvisoryAssignOptions } from '../src/run.js';
import { parseLedger } from '../src/ledger.js';
import { startGitEmulator, type GitEmulator } from './git-emulator.js';

const TOKEN = 'ghs_advisoryTestToken0123456789';
const REPO = 'openwop/openwop';
const BRANCH = 'advisory-ledger';

/** Distinct, valid GitHub advisory ids: GHSA-2345-6789-cfg<n>… built from its alphabet. */
function ghsa(n: number): string {
  const alphabet = '23456789cfghjmpqrvwx';
  const digits = [Math.floor(n / 400) % 20, Math.floor(n / 20) % 20, n % 20].map(
    (d) => alphabet[d],
  );
  return `GHSA-cfgh-jmpq-r${digits.join('')}`;
}

let emulator: GitEmulator;
beforeEach(async () => {
  emulator = await startGitEmulator({
    repositories: [REPO, 'openwop/embargo'],
    token: TOKEN,
    advisories: { [REPO]: { [ghsa(1)]: { summary: 'Webhook signatures are not checked' } } },
  });
});
afterEach(async () => {
  await emulator.close();
});

function options(extra: Partial<AdvisoryAssignOptions> = {}): AdvisoryAssignOptions {
  return {
    repository: REPO,
    token: TOKEN,
    baseUrl: emulator.url,
    advisory: ghsa(1),
    triagedAt: '2026-06-24T09:30:00Z',
    backoffBaseMs: 5,
    backoffMaxMs: 100,
    requestRetryBaseDelayMs: 1,
    ...extra,
  };
}

function ledgerIds(repository = REPO): string[] {
  const text = emulator.readFile(repository, BRANCH, 'ledger.json') ?? '';
  return parseLedger(text, 'ledger.json').ledger.advisories.map((entry) => entry.id);
}

describe('assign', () => {
  it('20 runs at once get 20 distinct consecutive ids, with no duplicate and no gap', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, async (_, i) =>
        runAdvisoryAssign(options({ advisory: ghsa(i + 1), maxAttempts: 40 })),
      ),
    );
    const ids = results.map((result) => result.id).sort();
    expect(ids).toEqual(
      Array.from({ length: 20 }, (_, i) => `openwop-SA-2026-${String(i + 1).padStart(4, '0')}`),
    );
    expect(results.every((result) => result.created)).toBe(true);
    expect(ledgerIds().sort()).toEqual(ids);
    // Each assignment is one commit on the branch: no lost or doubled update.
    expect(emulator.history(REPO, BRANCH)).toHaveLength(20);
    const ledger = parseLedger(emulator.readFile(REPO, BRANCH, 'ledger.json') ?? '', 'l').ledger;
    for (const result of results) {
      expect(ledger.advisories.find((entry) => entry.id === result.id)?.advisory).toBe(
        result.entry.advisory,
      );
    }
    const requests = emulator.requests.total;
    expect(requests).toBe(results.reduce((sum, result) => sum + result.requests, 0));
    expect(requests / 20).toBeGreaterThanOrEqual(7);
  });

  it('a repeated advisory gets its existing id back without writing anything', async () => {
    const first = await runAdvisoryAssign(options());
    emulator.requests.reset();
    const again = await runAdvisoryAssign(
      options({ advisory: ghsa(1).toLowerCase(), triagedAt: '2027-01-05T00:00:00Z' }),
    );
    expect(first).toMatchObject({ id: 'openwop-SA-2026-0001', created: true, attempts: 1 });
    expect(again).toMatchObject({ id: 'openwop-SA-2026-0001', created: false, attempts: 1 });
    expect(emulator.requests.count('POST')).toBe(0);
    expect(emulator.requests.count('PATCH')).toBe(0);
    expect(ledgerIds()).toEqual(['openwop-SA-2026-0001']);
  });

  it('the last millisecond of 31 December and midnight of 1 January land in their UTC years', async () => {
    const december = await runAdvisoryAssign(
      options({ advisory: ghsa(1), triagedAt: '2025-12-31T23:59:59.999Z' }),
    );
    const january = await runAdvisoryAssign(
      options({ advisory: ghsa(2), triagedAt: '2026-01-01T00:00:00Z' }),
    );
    // 00:30 on 1 January in Paris is still 31 December in UTC.
    const offset = await runAdvisoryAssign(
      options({ advisory: ghsa(3), triagedAt: '2026-01-01T00:30:00+01:00' }),
    );
    const next = await runAdvisoryAssign(
      options({ advisory: ghsa(4), triagedAt: new Date('2026-03-01T12:00:00Z') }),
    );
    expect([december.id, january.id, offset.id, next.id]).toEqual([
      'openwop-SA-2025-0001',
      'openwop-SA-2026-0001',
      'openwop-SA-2025-0002',
      'openwop-SA-2026-0002',
    ]);
    expect(december.entry.triagedAt).toBe('2025-12-31T23:59:59.999Z');
    expect(offset.entry.triagedAt).toBe('2025-12-31T23:30:00.000Z');
  });

  it('a ref update applied by the server whose answer is lost (502) is found again, not repeated', async () => {
    await runAdvisoryAssign(options({ advisory: ghsa(1) }));
    emulator.faults.add({
      method: 'PATCH',
      path: /\/git\/refs\//,
      kind: 'apply-then-status',
      status: 502,
      times: 1,
    });
    // Without client retries the compare-and-swap loop itself re-reads the ledger.
    const lost = await runAdvisoryAssign(options({ advisory: ghsa(2), requestRetries: 0 }));
    expect(lost).toMatchObject({ id: 'openwop-SA-2026-0002', created: true, attempts: 2 });
    const next = await runAdvisoryAssign(options({ advisory: ghsa(3) }));
    expect(next.id).toBe('openwop-SA-2026-0003');
    expect(ledgerIds()).toEqual([
      'openwop-SA-2026-0001',
      'openwop-SA-2026-0002',
      'openwop-SA-2026-0003',
    ]);
    expect(emulator.history(REPO, BRANCH)).toHaveLength(3);
  });

  it('with client retries, a lost answer is retried as the same update and stays one assignment', async () => {
    await runAdvisoryAssign(options({ advisory: ghsa(1) }));
    emulator.faults.add({
      method: 'PATCH',
      path: /\/git\/refs\//,
      kind: 'apply-then-status',
      status: 502,
      times: 1,
    });
    const result = await runAdvisoryAssign(options({ advisory: ghsa(2) }));
    expect(result).toMatchObject({ id: 'openwop-SA-2026-0002', created: true, attempts: 1 });
    expect(ledgerIds()).toEqual(['openwop-SA-2026-0001', 'openwop-SA-2026-0002']);
  });

  it('a server that fails mid-update (commit refused, then ref refused) leaves no gap', async () => {
    emulator.faults.add({
      method: 'POST',
      path: /\/git\/commits$/,
      kind: 'status',
      status: 500,
      times: 2,
    });
    emulator.faults.add({
      method: 'POST',
      path: /\/git\/refs$/,
      kind: 'status',
      status: 503,
      times: 1,
    });
    const first = await runAdvisoryAssign(options({ advisory: ghsa(1), requestRetries: 0 }));
    const second = await runAdvisoryAssign(options({ advisory: ghsa(2), requestRetries: 0 }));
    expect(first).toMatchObject({ id: 'openwop-SA-2026-0001', attempts: 4 });
    expect(second).toMatchObject({ id: 'openwop-SA-2026-0002', attempts: 1 });
    expect(ledgerIds()).toEqual(['openwop-SA-2026-0001', 'openwop-SA-2026-0002']);
  });

  it('withdrawn and rejected ids and recorded gaps still count: numbers are never reused', async () => {
    emulator.seed(REPO, BRANCH, {
      'ledger.json': `${JSON.stringify({
        version: 1,
        prefix: 'openwop-SA',
        advisories: [
          {
            id: 'openwop-SA-2026-0001',
            advisory: ghsa(7),
            triagedAt: '2026-01-02T00:00:00.000Z',
            assignedAt: '2026-01-02T00:00:01.000Z',
            status: 'withdrawn',
            reason: 'duplicate of another report',
          },
        ],
        gaps: [{ id: 'openwop-SA-2026-0002', reason: 'assigned by hand before the ledger' }],
      })}\n`,
      'README.md': 'The advisory ledger.\n',
    });
    const result = await runAdvisoryAssign(options({ advisory: ghsa(1) }));
    expect(result.id).toBe('openwop-SA-2026-0003');
    // The rest of the branch is kept (the new tree is based on the old one).
    expect(emulator.readFile(REPO, BRANCH, 'README.md')).toBe('The advisory ledger.\n');
    const rejected = await runAdvisoryAssign(
      options({ advisory: ghsa(1), status: 'rejected', reason: 'not a vulnerability' }),
    );
    expect(rejected).toMatchObject({ id: 'openwop-SA-2026-0003', created: false });
    expect(rejected.entry).toMatchObject({ status: 'rejected', reason: 'not a vulnerability' });
    expect((await runAdvisoryAssign(options({ advisory: ghsa(2) }))).id).toBe(
      'openwop-SA-2026-0004',
    );
  });

  it('marks an advisory published, keeping its id and triage time', async () => {
    const first = await runAdvisoryAssign(options());
    const published = await runAdvisoryAssign(
      options({ status: 'published', now: () => new Date('2026-07-01T10:00:00Z') }),
    );
    expect(published.entry).toEqual({
      ...first.entry,
      status: 'published',
      statusChangedAt: '2026-07-01T10:00:00.000Z',
    });
    expect(emulator.history(REPO, BRANCH)).toHaveLength(2);
  });

  it('keeps the ledger in another (private) repository when asked, with a custom branch', async () => {
    const result = await runAdvisoryAssign(
      options({
        ledgerRepository: 'openwop/embargo',
        ledgerRef: 'refs/heads/ids',
        prefix: 'wop-SA',
      }),
    );
    expect(result.id).toBe('wop-SA-2026-0001');
    expect(emulator.readFile('openwop/embargo', 'ids', 'ledger.json')).toContain(
      '"wop-SA-2026-0001"',
    );
    expect(emulator.history(REPO, BRANCH)).toEqual([]);
  });

  it('writes the id into the advisory summary once', async () => {
    const first = await runAdvisoryAssign(options({ updateAdvisory: true }));
    const again = await runAdvisoryAssign(options({ updateAdvisory: true }));
    expect(first.advisoryUpdated).toBe(true);
    expect(again.advisoryUpdated).toBe(false);
    expect(emulator.advisories(REPO).get(ghsa(1))?.summary).toBe(
      '[openwop-SA-2026-0001] Webhook signatures are not checked',
    );
  });

  it('gives up after the bounded attempts with a clear error when the ref keeps moving', async () => {
    await runAdvisoryAssign(options());
    emulator.faults.add({ method: 'PATCH', path: /\/git\/refs\//, kind: 'status', status: 422 });
    const failure = runAdvisoryAssign(options({ advisory: ghsa(2), maxAttempts: 3 }));
    await expect(failure).rejects.toThrow(ApiError);
    await expect(runAdvisoryAssign(options({ advisory: ghsa(2), maxAttempts: 3 }))).rejects.toThrow(
      /could not update the ledger openwop\/openwop@advisory-ledger:ledger\.json after 3 attempts: PATCH \/repos\/openwop\/openwop\/git\/refs\/heads\/advisory-ledger failed: 422/,
    );
    expect(ledgerIds()).toEqual(['openwop-SA-2026-0001']);
  });

  it('a write refused for lack of permission fails at once, names the permission, never the token', async () => {
    emulator.faults.add({ method: 'POST', path: /\/git\/blobs$/, kind: 'status', status: 403 });
    const error = await runAdvisoryAssign(options()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toContain('needs `contents: write` on openwop/openwop');
    expect((error as ApiError).message).not.toContain(TOKEN);
    expect(emulator.requests.count('POST')).toBe(1);
  });

  it('refuses a malformed ledger on the branch, naming the file and line', async () => {
    emulator.seed(REPO, BRANCH, {
      'ledger.json':
        '{\n  "version": 1,\n  "prefix": "openwop-SA",\n  "advisories": [\n    {"id": "openwop-SA-2026-0001"}\n  ]\n}\n',
    });
    const error = await runAdvisoryAssign(options()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(
      'openwop/openwop@advisory-ledger:ledger.json:5: advisories[0] has no string `advisory`',
    );
  });

  it('refuses a ledger that assigns another prefix', async () => {
    await runAdvisoryAssign(options({ prefix: 'wop-SA' }));
    await expect(runAdvisoryAssign(options({ advisory: ghsa(2) }))).rejects.toThrow(
      'the ledger openwop/openwop@advisory-ledger:ledger.json assigns `wop-SA` ids, but the prefix is `openwop-SA`; set `prefix` to `wop-SA`',
    );
  });

  it.each([
    [
      { advisory: 'CVE-2026-1234' },
      '`advisory` must be a GitHub advisory id (GHSA-xxxx-xxxx-xxxx), not `CVE-2026-1234`',
    ],
    [
      { triagedAt: '2026-02-31T00:00:00Z' },
      '`triaged-at` must be an RFC 3339 date-time such as 2026-06-24T09:30:00Z, not `2026-02-31T00:00:00Z`',
    ],
    [
      { triagedAt: '2026-06-24' },
      '`triaged-at` must be an RFC 3339 date-time such as 2026-06-24T09:30:00Z, not `2026-06-24`',
    ],
    [{ repository: 'openwop' }, '`repository` must be `owner/name`, not `openwop`'],
    [{ ledgerRef: 'refs/tags/v1' }, '`ledger-ref` must be a branch name, not `refs/tags/v1`'],
    [{ token: '' }, 'assign needs a GitHub token with `contents: write` on the ledger repository'],
  ] as Array<[Partial<AdvisoryAssignOptions>, string]>)(
    'bad option %j is a usage error',
    async (extra, message) => {
      const error = await runAdvisoryAssign(options(extra)).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).message).toBe(message);
      expect(emulator.requests.total).toBe(0);
    },
  );
});
