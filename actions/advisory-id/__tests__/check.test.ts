import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { exitCodeFor } from '@palisade/core';
import { runAdvisoryCheck } from '../src/run.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURES = path.resolve(REPO_ROOT, '../shared/fixtures/advisory');

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'palisade-advisory-check-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function write(files: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(work, file)), { recursive: true });
    await writeFile(path.join(work, file), text);
  }
}

const CHANGELOG = [
  '# Changelog', //                                       1
  '', //                                                  2
  '## [1.2.0] — 2026-07-01 — hardening', //               3
  '', //                                                  4
  '- **Faster.** Things got faster.', //                  5
  '', //                                                  6
  '### Security', //                                      7
  '', //                                                  8
  '- **openwop-SA-2026-0001 — Webhook bypass.** High.', // 9
  '', //                                                  10
  '### SECURITY invariants', //                           11
  '', //                                                  12
  '- **openwop-sa-26-1.** Not an advisory section.', //   13
  '', //                                                  14
  '---', //                                               15
  '', //                                                  16
  '## [1.1.0] — 2026-06-01 — first', //                   17
  '', //                                                  18
  '### Security', //                                      19
  '', //                                                  20
  '- **openwop-SA-2026-0002 — Token leak.** Medium.', //  21
  '',
].join('\n');

function index(rows: string[]): string {
  return [
    '# Security advisories', //                                   1
    '', //                                                        2
    '<!-- palisade:advisories:start -->', //                      3
    '| Advisory | Status | Summary |', //                         4
    '| --- | --- | --- |', //                                     5
    ...rows, //                                                   6…
    '<!-- palisade:advisories:end -->',
    '',
  ].join('\n');
}

function ledger(
  entries: Array<[string, string, string]>,
  gaps: Array<[string, string]> = [],
): string {
  const lines = entries.map(
    ([id, advisory, status]) =>
      `    {"id":"${id}","advisory":"${advisory}","triagedAt":"2026-01-01T00:00:00.000Z","assignedAt":"2026-01-01T00:00:00.000Z","status":"${status}"}`,
  );
  const gapLines = gaps.map(([id, reason]) => `    {"id":"${id}","reason":"${reason}"}`);
  return `{\n  "version": 1,\n  "prefix": "openwop-SA",\n  "advisories": [\n${lines.join(',\n')}\n  ],\n  "gaps": [\n${gapLines.join(',\n')}\n  ]\n}\n`;
}

const GOOD_INDEX = index([
  '| openwop-SA-2026-0001 | published | Webhook bypass |',
  '| openwop-SA-2026-0002 | published | Token leak |',
]);

function summary(result: Awaited<ReturnType<typeof runAdvisoryCheck>>) {
  return {
    findings: result.report.findings.map((finding) => [
      finding.rule,
      `${finding.file}:${finding.line}`,
      finding.message,
    ]),
    errors: result.report.errors.map((error) => error.message),
    exit: exitCodeFor(result.report, 'error'),
  };
}

describe('advisory check', () => {
  it("passes on openwop's real CHANGELOG.md and SECURITY.md, which cite no advisory yet", async () => {
    await write({
      'CHANGELOG.md': await readFile(path.join(FIXTURES, 'openwop-CHANGELOG.md'), 'utf8'),
      'SECURITY.md': await readFile(path.join(FIXTURES, 'openwop-SECURITY.md'), 'utf8'),
    });
    const result = await runAdvisoryCheck(work, undefined, { prefix: 'openwop-SA' });
    expect(summary(result)).toEqual({ findings: [], errors: [], exit: 0 });
    expect(result.report.scope).toBe('0 cited advisories, 0 index rows');
  });

  it('passes when changelog, index and ledger agree; only `### Security` counts, not `### SECURITY invariants`', async () => {
    await write({
      'CHANGELOG.md': CHANGELOG,
      'SECURITY/advisories.md': GOOD_INDEX,
      'ledger.json': ledger([
        ['openwop-SA-2026-0001', 'GHSA-2345-6789-cfgh', 'published'],
        ['openwop-SA-2026-0002', 'GHSA-2345-6789-cfgj', 'published'],
        ['openwop-SA-2026-0003', 'GHSA-2345-6789-cfgm', 'assigned'],
      ]),
    });
    const result = await runAdvisoryCheck(work, undefined, { ledgerFile: 'ledger.json' });
    expect(summary(result)).toEqual({ findings: [], errors: [], exit: 0 });
    expect(result.prefix).toBe('openwop-SA');
    expect(result.indexFile).toBe('SECURITY/advisories.md');
    expect(result.report.scope).toBe('2 cited advisories, 2 index rows, 3 ledger entries');
  });

  it('finds a malformed id under `### Security`', async () => {
    await write({
      'CHANGELOG.md': CHANGELOG.replace('openwop-SA-2026-0002 —', 'openwop-SA-2026-002 —'),
      'security/advisories.md': GOOD_INDEX,
    });
    const result = await runAdvisoryCheck(work, undefined, { prefix: 'openwop-SA' });
    expect(summary(result).findings).toEqual([
      [
        'malformed-advisory-id',
        'CHANGELOG.md:21',
        '`openwop-SA-2026-002` is not a well-formed advisory id: expected `openwop-SA-YYYY-NNNN` (four-digit year, a number from 0001)',
      ],
      [
        'not-in-changelog',
        'security/advisories.md:7',
        '`openwop-SA-2026-0002` is published in the index but no `### Security` section of CHANGELOG.md cites it',
      ],
    ]);
    expect(result.report.findings[0]?.column).toBe(5);
    expect(summary(result).exit).toBe(1);
  });

  it('finds an id cited in the changelog that the index lacks', async () => {
    await write({
      'CHANGELOG.md': CHANGELOG,
      'SECURITY/advisories.md': index(['| openwop-SA-2026-0001 | published | Webhook bypass |']),
    });
    const result = await runAdvisoryCheck(work, undefined, { prefix: 'openwop-SA' });
    expect(summary(result).findings).toEqual([
      [
        'missing-from-index',
        'CHANGELOG.md:21',
        '`openwop-SA-2026-0002` is cited under `### Security` but has no row in SECURITY/advisories.md',
      ],
    ]);
  });

  it('finds a published index row no release cites, and ignores a withdrawn one', async () => {
    await write({
      'CHANGELOG.md': CHANGELOG,
      'SECURITY/advisories.md': index([
        '| openwop-SA-2026-0001 | published | Webhook bypass |',
        '| openwop-SA-2026-0002 | published | Token leak |',
        '| [openwop-SA-2026-0003](#x) | published | Replay |',
        '| openwop-SA-2026-0004 | withdrawn | Not a bug |',
      ]),
    });
    const result = await runAdvisoryCheck(work, undefined, { prefix: 'openwop-SA' });
    expect(summary(result).findings).toEqual([
      [
        'not-in-changelog',
        'SECURITY/advisories.md:8',
        '`openwop-SA-2026-0003` is published in the index but no `### Security` section of CHANGELOG.md cites it',
      ],
    ]);
  });

  it('finds duplicate index rows and a second bullet for one id in a section', async () => {
    await write({
      'CHANGELOG.md': CHANGELOG.replace(
        '- **openwop-SA-2026-0002 — Token leak.** Medium.',
        '- **openwop-SA-2026-0002 — Token leak.** Medium.\n- **openwop-SA-2026-0002 — Token leak again.** Medium.',
      ),
      'SECURITY/advisories.md': index([
        '| openwop-SA-2026-0001 | published | Webhook bypass |',
        '| openwop-SA-2026-0002 | published | Token leak |',
        '| openwop-SA-2026-0002 | published | Token leak |',
      ]),
    });
    const result = await runAdvisoryCheck(work, undefined, { prefix: 'openwop-SA' });
    expect(summary(result).findings).toEqual([
      [
        'duplicate-advisory-id',
        'CHANGELOG.md:22',
        '`openwop-SA-2026-0002` has more than one bullet in the `### Security` section of 1.1.0',
      ],
      [
        'duplicate-advisory-id',
        'SECURITY/advisories.md:8',
        '`openwop-SA-2026-0002` has more than one row in the index',
      ],
    ]);
  });

  it('finds duplicates and unexplained gaps in the ledger, and accepts a gap with a reason', async () => {
    await write({
      'CHANGELOG.md': CHANGELOG,
      'SECURITY/advisories.md': GOOD_INDEX,
      'ledger.json': ledger(
        [
          ['openwop-SA-2026-0001', 'GHSA-2345-6789-cfgh', 'published'],
          ['openwop-SA-2026-0002', 'GHSA-2345-6789-cfgj', 'published'],
          ['openwop-SA-2026-0002', 'GHSA-2345-6789-cfgm', 'published'],
          ['openwop-SA-2026-0005', 'GHSA-2345-6789-cfgh', 'assigned'],
          ['openwop-SA-2025-0002', 'GHSA-2345-6789-cfgp', 'rejected'],
        ],
        [['openwop-SA-2026-0003', 'assigned by hand before the ledger']],
      ),
    });
    const result = await runAdvisoryCheck(work, undefined, { ledgerFile: 'ledger.json' });
    expect(summary(result).findings).toEqual([
      [
        'duplicate-advisory-id',
        'ledger.json:7',
        '`openwop-SA-2026-0002` is assigned more than once in the ledger',
      ],
      [
        'duplicate-advisory-id',
        'ledger.json:8',
        'GHSA-2345-6789-cfgh has two ids in the ledger: `openwop-SA-2026-0001` and `openwop-SA-2026-0005`',
      ],
      [
        'unexplained-ledger-gap',
        'ledger.json:8',
        '`openwop-SA-2026-0004` is missing from the ledger and no reason is recorded under `gaps`',
      ],
      [
        'unexplained-ledger-gap',
        'ledger.json:9',
        '`openwop-SA-2025-0001` is missing from the ledger and no reason is recorded under `gaps`',
      ],
    ]);
  });

  it('finds an id that is not yet published, or never assigned, in a public file', async () => {
    await write({
      'CHANGELOG.md': CHANGELOG,
      'SECURITY/advisories.md': `${GOOD_INDEX}\nSee also openwop-SA-2026-0009.\n`,
      'ledger.json': ledger([
        ['openwop-SA-2026-0001', 'GHSA-2345-6789-cfgh', 'published'],
        ['openwop-SA-2026-0002', 'GHSA-2345-6789-cfgj', 'assigned'],
      ]),
    });
    const result = await runAdvisoryCheck(work, undefined, { ledgerFile: 'ledger.json' });
    expect(summary(result).findings).toEqual([
      [
        'unpublished-advisory-disclosed',
        'CHANGELOG.md:21',
        '`openwop-SA-2026-0002` is `assigned` in the ledger, not published: it must not appear in CHANGELOG.md yet',
      ],
      [
        'unpublished-advisory-disclosed',
        'SECURITY/advisories.md:7',
        '`openwop-SA-2026-0002` is `assigned` in the ledger, not published: it must not appear in SECURITY/advisories.md yet',
      ],
      [
        'unknown-advisory-id',
        'SECURITY/advisories.md:10',
        '`openwop-SA-2026-0009` was never assigned: it is not in the ledger',
      ],
    ]);
  });

  it('finds two indexes (security/ and SECURITY/), and a changelog citing advisories with no index', async () => {
    await write({
      'CHANGELOG.md': CHANGELOG,
      'SECURITY/advisories.md': GOOD_INDEX,
      'security/advisories.md': GOOD_INDEX,
    });
    const both = await runAdvisoryCheck(work, undefined, { prefix: 'openwop-SA' });
    expect(summary(both).findings).toEqual([
      [
        'index-location',
        'security/advisories.md:1',
        'both `security/advisories.md` and `SECURITY/advisories.md` exist; keep exactly one advisory index',
      ],
    ]);
    await rm(path.join(work, 'SECURITY'), { recursive: true });
    await rm(path.join(work, 'security'), { recursive: true });
    const none = await runAdvisoryCheck(work, undefined, { prefix: 'openwop-SA' });
    expect(summary(none).findings).toEqual([
      [
        'index-location',
        'CHANGELOG.md:9',
        'the changelog cites 2 advisories but there is no advisory index (SECURITY/advisories.md or security/advisories.md)',
      ],
    ]);
  });

  it('a malformed ledger copy is an input error (exit 2) naming file and line; the other checks still run', async () => {
    await write({
      'CHANGELOG.md': CHANGELOG,
      'SECURITY/advisories.md': index(['| openwop-SA-2026-0001 | published | Webhook bypass |']),
      'ledger.json':
        '{\n  "version": 1,\n  "prefix": "openwop-SA",\n  "advisories": [\n    {"id": "x",}\n  ]\n}\n',
    });
    const result = await runAdvisoryCheck(work, undefined, {
      prefix: 'openwop-SA',
      ledgerFile: 'ledger.json',
    });
    expect(summary(result)).toEqual({
      findings: [
        [
          'missing-from-index',
          'CHANGELOG.md:21',
          '`openwop-SA-2026-0002` is cited under `### Security` but has no row in SECURITY/advisories.md',
        ],
      ],
      errors: [expect.stringMatching(/^ledger\.json:5: not valid JSON: /) as unknown],
      exit: 2,
    });
  });

  it('an index without markers, and a missing changelog, are input errors naming the file', async () => {
    await write({ 'SECURITY/advisories.md': '# Advisories\n\n| Advisory | Status |\n' });
    const result = await runAdvisoryCheck(work, undefined, { prefix: 'openwop-SA' });
    expect(summary(result).errors).toEqual([
      'CHANGELOG.md: cannot read the file (no such file or directory)',
    ]);
    await write({ 'CHANGELOG.md': CHANGELOG });
    const again = await runAdvisoryCheck(work, undefined, { prefix: 'openwop-SA' });
    expect(summary(again).errors).toEqual([
      'SECURITY/advisories.md:1: the index must hold its table between `<!-- palisade:advisories:start -->` and `<!-- palisade:advisories:end -->` (each on a line of its own)',
    ]);
    expect(summary(again).exit).toBe(2);
  });

  it('reads prefix, changelog and index from the configuration, and reports its errors', async () => {
    await write({
      '.github/palisade.yml':
        'advisory-id:\n  prefix: wop-SA\n  changelog: docs/CHANGES.md\n  index: docs/advisories.md\n  colour: blue\n',
      'docs/CHANGES.md':
        '## [1.0.0] — 2026-01-01 — one\n\n### Security\n\n- **wop-SA-2026-0001 — Bug.** Low.\n',
      'docs/advisories.md': index(['| wop-SA-2026-0001 | published | Bug |']),
    });
    const result = await runAdvisoryCheck(work, undefined);
    expect(result.prefix).toBe('wop-SA');
    expect(summary(result).findings).toEqual([]);
    expect(summary(result).errors).toEqual([
      expect.stringMatching(
        /^\.github\/palisade\.yml:5: unknown key `colour` in `advisory-id`/,
      ) as unknown,
    ]);
  });
});
