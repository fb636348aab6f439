/**
 * The gate on openwop's real index (191 invariants) against a tree rebuilt from the paths of
 * their conformance suite: the case the gate exists for.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { load } from 'js-yaml';
import { exitCodeFor } from '@palisade/core';
import { runInvariantGate } from '../src/run.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURE = path.resolve(REPO_ROOT, '../shared/fixtures/openwop');

interface Row {
  id: string;
  tier: string;
  threat_model: string;
  tests: string[];
}

let work: string;
let rows: Row[];

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'palisade-invariants-'));
  const index = await readFile(path.join(FIXTURE, 'invariants.yaml'), 'utf8');
  rows = (load(index) as { invariants: Row[] }).invariants;
  await mkdir(path.join(work, 'SECURITY'));
  await writeFile(path.join(work, 'SECURITY/invariants.yaml'), index);
  // Each test file names the invariants that list it, as a real test's describe() would.
  const named = new Map<string, string[]>();
  for (const row of rows) {
    for (const test of row.tests) named.set(test, [...(named.get(test) ?? []), row.id]);
  }
  const paths = (await readFile(path.join(FIXTURE, 'conformance-files.txt'), 'utf8'))
    .split('\n')
    .filter((line) => line !== '');
  for (const file of paths) {
    await mkdir(path.dirname(path.join(work, file)), { recursive: true });
    const ids = named.get(file) ?? [];
    await writeFile(path.join(work, file), `// ${file}\n${ids.map((id) => `// ${id}\n`).join('')}`);
  }
  // The threat models name every invariant that points at them, but for two.
  const unnamed = new Set(['secret-leakage-otel-exception', 'replay-fanout-no-refire']);
  const byModel = new Map<string, string[]>();
  for (const row of rows) {
    if (unnamed.has(row.id)) continue;
    byModel.set(row.threat_model, [...(byModel.get(row.threat_model) ?? []), row.id]);
  }
  for (const row of rows) byModel.set(row.threat_model, byModel.get(row.threat_model) ?? []);
  for (const [model, ids] of byModel) {
    await writeFile(
      path.join(work, model),
      `# Threat model\n\n${ids.map((id) => `- \`${id}\`: …\n`).join('')}`,
    );
  }
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function config(text: string): Promise<void> {
  await mkdir(path.join(work, '.github'), { recursive: true });
  await writeFile(path.join(work, '.github/palisade.yml'), text);
}

const OPENWOP_CONFIG = `invariant-gate:
  witness-classes: [witnessable-gated, seam-gated, claims-check, witnessable-unaided, unwitnessable]
  max-unmentioned: 2
`;

describe('openwop: the real index against their conformance tree', () => {
  it('covers all 160 protocol-tier invariants: exit 0, exact counts', async () => {
    await config(OPENWOP_CONFIG);
    const result = await runInvariantGate(work, undefined);
    expect(result.report.errors.map((error) => error.message)).toEqual([]);
    expect(result.report.findings).toEqual([]);
    expect(exitCodeFor(result.report, 'error')).toBe(0);
    const summary = result.summary;
    expect(summary?.invariants).toHaveLength(191);
    expect(summary?.gated).toBe(160);
    expect(summary?.uncovered).toBe(0);
    expect(summary?.byTier).toEqual({
      protocol: { total: 160, covered: 160, uncovered: 0 },
      'reference-impl': { total: 29, covered: 4, uncovered: 25 },
      advisory: { total: 2, covered: 0, uncovered: 2 },
    });
    expect(summary?.bySeverity).toEqual({
      critical: { total: 80, covered: 75, uncovered: 5 },
      high: { total: 98, covered: 82, uncovered: 16 },
      medium: { total: 11, covered: 7, uncovered: 4 },
      low: { total: 2, covered: 0, uncovered: 2 },
    });
    expect(summary?.byWitness).toEqual({
      'witnessable-gated': { total: 37, covered: 37, uncovered: 0 },
      'seam-gated': { total: 82, covered: 82, uncovered: 0 },
      'claims-check': { total: 32, covered: 24, uncovered: 8 },
      'witnessable-unaided': { total: 21, covered: 21, uncovered: 0 },
      unwitnessable: { total: 19, covered: 0, uncovered: 19 },
    });
    // Eleven `<repo>:<path>` entries point into sibling repositories: listed, not counted.
    expect(summary?.external).toBe(11);
    // The two left out of their threat models: exactly at the ratchet, so no finding.
    expect(summary?.unmentioned).toBe(2);
  });

  it('a removed test file: exit 1, naming exactly the invariants that lost their only test', async () => {
    await rm(path.join(work, 'conformance/src/scenarios/pack-registry-publish.test.ts'));
    const result = await runInvariantGate(work, undefined);
    expect(exitCodeFor(result.report, 'error')).toBe(1);
    expect(
      result.report.findings.map((finding) => [finding.rule, finding.file, finding.line]),
    ).toEqual([
      ['uncovered-invariant', 'SECURITY/invariants.yaml', 1012],
      ['uncovered-invariant', 'SECURITY/invariants.yaml', 1023],
      ['uncovered-invariant', 'SECURITY/invariants.yaml', 1034],
      ['uncovered-invariant', 'SECURITY/invariants.yaml', 1045],
      ['uncovered-invariant', 'SECURITY/invariants.yaml', 1054],
      ['uncovered-invariant', 'SECURITY/invariants.yaml', 1063],
      ['uncovered-invariant', 'SECURITY/invariants.yaml', 1075],
    ]);
    expect(result.report.findings[5]?.message).toBe(
      'critical protocol-tier invariant `node-pack-path-traversal` has no test that resolves; conformance/src/scenarios/pack-registry-publish.test.ts does not exist (no such file or directory)',
    );
    expect(result.summary?.uncovered).toBe(7);
    expect(result.summary?.byTier.protocol).toEqual({ total: 160, covered: 153, uncovered: 7 });
  });

  it('a removed file that is one of two tests: a stale-entry warning, the invariant still covered', async () => {
    await rm(path.join(work, 'conformance/src/scenarios/redaction.test.ts'));
    const result = await runInvariantGate(work, undefined);
    expect(exitCodeFor(result.report, 'error')).toBe(1);
    expect(
      result.report.findings.map((finding) => [finding.rule, finding.severity, finding.line]),
    ).toEqual([
      ['uncovered-invariant', 'error', 51],
      ['uncovered-invariant', 'error', 530],
      ['unresolved-test', 'warning', 577],
      ['unresolved-test', 'warning', 654],
      ['uncovered-invariant', 'error', 661],
      ['uncovered-invariant', 'error', 1372],
      ['uncovered-invariant', 'error', 3564],
    ]);
    expect(result.report.findings[2]?.message).toBe(
      '`secret-leakage-error-envelope`: test entry conformance/src/scenarios/redaction.test.ts does not exist (no such file or directory)',
    );
  });

  it('require-mention: a gutted test file no longer counts', async () => {
    await config('invariant-gate:\n  require-mention: true\n');
    const before = await runInvariantGate(work, undefined);
    expect(before.report.findings).toEqual([]);

    await writeFile(
      path.join(work, 'conformance/src/scenarios/pack-registry-publish.test.ts'),
      "it.skip('nothing', () => {});\n",
    );
    const after = await runInvariantGate(work, undefined);
    expect(exitCodeFor(after.report, 'error')).toBe(1);
    expect(after.report.findings.map((finding) => finding.line)).toEqual([
      1012, 1023, 1034, 1045, 1054, 1063, 1075,
    ]);
    expect(after.report.findings[0]?.message).toBe(
      'high protocol-tier invariant `node-pack-manifest-name-match` has no test that resolves; conformance/src/scenarios/pack-registry-publish.test.ts does not mention `node-pack-manifest-name-match`',
    );
  });

  it('their script passes on CRLF line endings while checking nothing; the gate does not', async () => {
    const index = path.join(work, 'SECURITY/invariants.yaml');
    await writeFile(index, (await readFile(index, 'utf8')).replace(/\n/g, '\r\n'));
    await rm(path.join(work, 'conformance/src/scenarios/pack-registry-publish.test.ts'));
    const result = await runInvariantGate(work, undefined);
    expect(result.summary?.gated).toBe(160);
    expect(result.report.findings.map((finding) => finding.line)).toEqual([
      1012, 1023, 1034, 1045, 1054, 1063, 1075,
    ]);
  });

  it('the threat-model ratchet: one more unnamed invariant fails, one fewer asks to lower it', async () => {
    await config(OPENWOP_CONFIG.replace('max-unmentioned: 2', 'max-unmentioned: 1'));
    const over = await runInvariantGate(work, undefined);
    expect(over.report.findings.map((finding) => [finding.rule, finding.line])).toEqual([
      ['threat-model-ratchet', 1],
    ]);
    expect(over.report.findings[0]?.message).toBe(
      '2 invariants are not named in their threat model, over the ratchet of 1: name them in the threat model (or raise max-unmentioned with a reason)',
    );
    expect(exitCodeFor(over.report, 'error')).toBe(1);

    await config(OPENWOP_CONFIG.replace('max-unmentioned: 2', 'max-unmentioned: 5'));
    const under = await runInvariantGate(work, undefined);
    expect(under.report.findings.map((finding) => [finding.rule, finding.severity])).toEqual([
      ['ratchet-can-tighten', 'warning'],
    ]);
    expect(under.report.findings[0]?.message).toBe(
      'only 2 invariants are not named in their threat model: lower max-unmentioned from 5 to 2',
    );
    expect(exitCodeFor(under.report, 'error')).toBe(0);
  });
});
