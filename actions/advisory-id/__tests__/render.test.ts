import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { exitCodeFor } from '@palisade/core';
import { runAdvisoryCheck, runAdvisoryRender } from '../src/run.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURES = path.resolve(REPO_ROOT, '../shared/fixtures/advisory');

let work: string;
let openwopChangelog: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'palisade-advisory-render-'));
  openwopChangelog = await readFile(path.join(FIXTURES, 'openwop-CHANGELOG.md'), 'utf8');
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

/** A sample advisory in OSV, with every field SECURITY.md §6.3 publishes. */
function record(overrides: Record<string, unknown> = {}): string {
  return `${JSON.stringify(
    {
      schema_version: '1.7.0',
      id: 'openwop-SA-2026-0001',
      modified: '2026-06-24T12:00:00Z',
      published: '2026-06-24T12:00:00Z',
      aliases: ['CVE-2026-41234', 'GHSA-cfgh-jmpq-rvwx'],
      summary: 'Webhook signatures accepted after the replay window',
      details: 'Hosts accepted a signed webhook delivery after its timestamp had expired.',
      affected: [
        {
          package: { ecosystem: 'npm', name: '@openwop/openwop-conformance' },
          ranges: [{ type: 'SEMVER', events: [{ introduced: '1.0.0' }, { fixed: '1.1.9' }] }],
        },
      ],
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N' }],
      credits: [{ name: 'Ada Reporter', type: 'FINDER' }],
      references: [
        {
          type: 'FIX',
          url: 'https://github.com/openwop/openwop/commit/0123456789abcdef0123456789abcdef01234567',
        },
        {
          type: 'ADVISORY',
          url: 'https://github.com/openwop/openwop/security/advisories/GHSA-cfgh-jmpq-rvwx',
        },
      ],
      database_specific: { cvss_score: 7.4, severity: 'HIGH' },
      ...overrides,
    },
    null,
    2,
  )}\n`;
}

const BULLET =
  '- **openwop-SA-2026-0001 — Webhook signatures accepted after the replay window.** High severity (CVSS v3.1 7.4, `CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N`); affects @openwop/openwop-conformance >= 1.0.0, < 1.1.9; fixed in 1.1.9; CVE-2026-41234, GHSA-cfgh-jmpq-rvwx; credit: Ada Reporter; patch: [0123456](https://github.com/openwop/openwop/commit/0123456789abcdef0123456789abcdef01234567).';

describe('advisory render', () => {
  it("on openwop's real changelog, adds only the new section, in openwop's own style, and check then passes", async () => {
    await write({
      'CHANGELOG.md': openwopChangelog,
      'SECURITY/advisories/openwop-SA-2026-0001.json': record(),
    });
    const result = await runAdvisoryRender(work, undefined, { prefix: 'openwop-SA', write: true });
    expect(result.report.findings).toEqual([]);
    expect(result.report.errors).toEqual([]);
    expect(result.changes.map((change) => change.file)).toEqual([
      'CHANGELOG.md',
      'SECURITY/advisories.md',
    ]);
    const after = await readFile(path.join(work, 'CHANGELOG.md'), 'utf8');
    // The only difference: the section inserted at the end of release 1.1.9, before its `---`.
    const section = `\n### Security\n\n${BULLET}\n`;
    const at = after.indexOf(section);
    expect(at).toBeGreaterThan(0);
    expect(after.slice(0, at) + after.slice(at + section.length)).toBe(openwopChangelog);
    expect(after.slice(0, at)).toMatch(
      /## \[1\.1\.9\] — 2026-06-24 — [^\n]+\n[\s\S]*Honest scoping[^\n]*\n$/,
    );
    expect(after.slice(at + section.length)).toMatch(/^\n## \[1\.1\.8\] — 2026-06-14 — /);
    // openwop's rules: release headings `## [X.Y.Z] — YYYY-MM-DD — title`, one-line `- **Lead.** sentence` bullets.
    expect(BULLET).toMatch(/^- \*\*[^\n]+?\.\*\* [^\n]+$/);
    const releases = after.split('\n').filter((line) => line.startsWith('## ['));
    for (const heading of releases.filter((line) => !line.includes('Unreleased'))) {
      expect(heading).toMatch(/^## \[\d+\.\d+(\.\d+)?\] — \d{4}-\d{2}-\d{2} — .+$/);
    }

    const index = await readFile(path.join(work, 'SECURITY/advisories.md'), 'utf8');
    expect(index).toContain(
      '| openwop-SA-2026-0001 | published | 2026-06-24 | [7.4 High](https://www.first.org/cvss/calculator/3.1#CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N) | >= 1.0.0, < 1.1.9 | 1.1.9 | CVE-2026-41234, GHSA-cfgh-jmpq-rvwx | Webhook signatures accepted after the replay window | Ada Reporter | [0123456](https://github.com/openwop/openwop/commit/0123456789abcdef0123456789abcdef01234567) |',
    );

    const check = await runAdvisoryCheck(work, undefined, { prefix: 'openwop-SA' });
    expect(check.report.findings).toEqual([]);
    expect(check.report.errors).toEqual([]);
    expect(check.citations).toBe(1);

    // Rendering again changes nothing.
    const again = await runAdvisoryRender(work, undefined, { prefix: 'openwop-SA', write: true });
    expect(again.changes).toEqual([]);
  });

  it('updates an existing bullet in place and appends a second advisory of the same release', async () => {
    await write({
      'CHANGELOG.md': openwopChangelog,
      'SECURITY/advisories/openwop-SA-2026-0001.json': record(),
    });
    await runAdvisoryRender(work, undefined, { prefix: 'openwop-SA', write: true });
    const first = await readFile(path.join(work, 'CHANGELOG.md'), 'utf8');
    await write({
      'SECURITY/advisories/openwop-SA-2026-0001.json': record({
        summary: 'Replayed webhooks accepted',
      }),
      'SECURITY/advisories/openwop-SA-2026-0002.json': record({
        id: 'openwop-SA-2026-0002',
        aliases: [],
        summary: 'Token echoed in an error',
        credits: [],
        references: [],
        severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:L/I:N/A:N' }],
        database_specific: {},
      }),
    });
    const result = await runAdvisoryRender(work, undefined, { prefix: 'openwop-SA' });
    expect(result.written).toBe(false);
    const after = result.changes.find((change) => change.file === 'CHANGELOG.md')?.after ?? '';
    const oldBullet = BULLET;
    const newBullet = BULLET.replace(
      'Webhook signatures accepted after the replay window',
      'Replayed webhooks accepted',
    );
    const second =
      '- **openwop-SA-2026-0002 — Token echoed in an error.** Medium severity (CVSS v3.1 4.3, `CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:L/I:N/A:N`); affects @openwop/openwop-conformance >= 1.0.0, < 1.1.9; fixed in 1.1.9; credit: anonymous.';
    expect(after).toBe(first.replace(oldBullet, `${newBullet}\n${second}`));
    // Not written without `write`.
    expect(await readFile(path.join(work, 'CHANGELOG.md'), 'utf8')).toBe(first);
  });

  it('a stated score or severity that the vector does not give is a finding at its line', async () => {
    await write({
      'CHANGELOG.md': openwopChangelog,
      'SECURITY/advisories/openwop-SA-2026-0001.json': record({
        database_specific: { cvss_score: 9.1, severity: 'MODERATE' },
      }),
    });
    const result = await runAdvisoryRender(work, undefined, { prefix: 'openwop-SA' });
    expect(result.report.findings.map((f) => [f.rule, `${f.file}:${f.line}`, f.message])).toEqual([
      [
        'cvss-score-mismatch',
        'SECURITY/advisories/openwop-SA-2026-0001.json:56',
        'openwop-SA-2026-0001 states a CVSS v3.1 base score of 9.1, but its vector `CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N` gives 7.4',
      ],
      [
        'cvss-score-mismatch',
        'SECURITY/advisories/openwop-SA-2026-0001.json:57',
        'openwop-SA-2026-0001 states the severity MODERATE, but its vector `CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N` rates High (7.4)',
      ],
    ]);
    expect(exitCodeFor(result.report, 'error')).toBe(1);
  });

  it('an incomplete CVSS vector is a finding; a record outside the OSV schema is an input error with its line', async () => {
    await write({
      'CHANGELOG.md': openwopChangelog,
      'SECURITY/advisories/openwop-SA-2026-0001.json': record({
        severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H' }],
      }),
      'SECURITY/advisories/openwop-SA-2026-0002.json': record({
        id: 'openwop-SA-2026-0002',
        credits: [{ name: 'X', type: 'HERO' }],
      }),
    });
    const result = await runAdvisoryRender(work, undefined, { prefix: 'openwop-SA', write: true });
    expect(result.report.findings.map((f) => [f.rule, `${f.file}:${f.line}`, f.message])).toEqual([
      [
        'cvss-score-mismatch',
        'SECURITY/advisories/openwop-SA-2026-0001.json:36',
        'openwop-SA-2026-0001: `CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H` is not a valid CVSS v3.1 base vector',
      ],
    ]);
    expect(result.report.errors.map((error) => error.message)).toEqual([
      'SECURITY/advisories/openwop-SA-2026-0002.json:42: not a valid OSV record: /credits/0/type must be equal to one of the allowed values',
    ]);
    // Nothing is written when a record could not be read: the index would lose its row.
    expect(result.written).toBe(false);
    expect(await readFile(path.join(work, 'CHANGELOG.md'), 'utf8')).toBe(openwopChangelog);
  });

  it('an advisory whose release has no heading, or no fixed version, is an input error naming the record', async () => {
    await write({
      'CHANGELOG.md': openwopChangelog,
      'SECURITY/advisories/a.json': record({ database_specific: { release: '1.2.0' } }),
      'SECURITY/advisories/b.json': record({ id: 'openwop-SA-2026-0002', affected: [] }),
      'SECURITY/advisories/c.json': '{\n  "id": "openwop-SA-2026-0003",\n}\n',
    });
    const result = await runAdvisoryRender(work, undefined, { prefix: 'openwop-SA' });
    expect(result.report.errors.map((error) => error.message)).toEqual([
      'SECURITY/advisories/a.json:3: openwop-SA-2026-0001 belongs to release 1.2.0, but CHANGELOG.md has no release heading `## [1.2.0] — YYYY-MM-DD — title`',
      'SECURITY/advisories/b.json:12: openwop-SA-2026-0002 names no fixed version; set `database_specific.release` to the changelog release that ships the fix',
      expect.stringMatching(/^SECURITY\/advisories\/c\.json:3: not valid JSON: /) as unknown,
    ]);
    expect(exitCodeFor(result.report, 'error')).toBe(2);
  });

  it('a malformed or repeated record id is a finding', async () => {
    await write({
      'CHANGELOG.md': openwopChangelog,
      'SECURITY/advisories/a.json': record(),
      'SECURITY/advisories/b.json': record(),
      'SECURITY/advisories/c.json': record({ id: 'openwop-SA-26-3' }),
    });
    const result = await runAdvisoryRender(work, undefined, { prefix: 'openwop-SA' });
    expect(result.report.findings.map((f) => [f.rule, `${f.file}:${f.line}`, f.message])).toEqual([
      [
        'duplicate-advisory-id',
        'SECURITY/advisories/b.json:3',
        'openwop-SA-2026-0001 is also the id of SECURITY/advisories/a.json',
      ],
      [
        'malformed-advisory-id',
        'SECURITY/advisories/c.json:3',
        '`openwop-SA-26-3` is not a well-formed advisory id: expected `openwop-SA-YYYY-NNNN`',
      ],
    ]);
  });

  it('replaces only the table between the markers of an existing index, keeping CRLF line ends', async () => {
    const prose =
      '# Advisories\r\n\r\nHand-written intro.\r\n\r\n<!-- palisade:advisories:start -->\r\n| old |\r\n<!-- palisade:advisories:end -->\r\n\r\nFooter.\r\n';
    await write({
      'CHANGELOG.md': openwopChangelog,
      'security/advisories.md': prose,
      'security/advisories/openwop-SA-2026-0001.json': record({
        withdrawn: '2026-06-30T00:00:00Z',
      }),
    });
    const result = await runAdvisoryRender(work, undefined, { prefix: 'openwop-SA', write: true });
    // A withdrawn advisory keeps its index row (status withdrawn) and adds no changelog bullet.
    expect(result.changes.map((change) => change.file)).toEqual(['security/advisories.md']);
    const index = await readFile(path.join(work, 'security/advisories.md'), 'utf8');
    expect(
      index.startsWith(
        '# Advisories\r\n\r\nHand-written intro.\r\n\r\n<!-- palisade:advisories:start -->\r\n| Advisory | Status |',
      ),
    ).toBe(true);
    expect(index).toContain('| openwop-SA-2026-0001 | withdrawn | 2026-06-24 |');
    expect(index.endsWith('|\r\n<!-- palisade:advisories:end -->\r\n\r\nFooter.\r\n')).toBe(true);
  });
});
