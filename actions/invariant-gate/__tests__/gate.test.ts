import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exitCodeFor, UsageError, type Finding } from '@palisade/core';
import {
  runInvariantGate,
  type InvariantGateOptions,
  type InvariantGateResult,
} from '../src/run.js';
import { summaryLines } from '../src/summary.js';

const INDEX = 'SECURITY/invariants.yaml';

let root: string;

beforeEach(async () => {
  root = await realpath(await mkdtemp(path.join(tmpdir(), 'invariant-gate-gate-')));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function write(relative: string, text: string): Promise<void> {
  const file = path.join(root, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

/** Writes the index from its lines; line 1 is `invariants:`. */
async function index(...lines: string[]): Promise<void> {
  await write(INDEX, `${['invariants:', ...lines].join('\n')}\n`);
}

/** Writes `.github/palisade.yml` with an `invariant-gate:` section of `lines`. */
async function config(...lines: string[]): Promise<void> {
  await write(
    '.github/palisade.yml',
    `${['invariant-gate:', ...lines.map((line) => `  ${line}`)].join('\n')}\n`,
  );
}

/** One invariant in four lines: id, tier, severity, tests (a flow list). */
function invariant(id: string, tier: string, severity: string, tests: string[]): string[] {
  return [
    `  - id: ${id}`,
    `    tier: ${tier}`,
    `    severity: ${severity}`,
    `    tests: [${tests.join(', ')}]`,
  ];
}

async function gate(options: InvariantGateOptions = {}): Promise<InvariantGateResult> {
  return runInvariantGate(root, undefined, options);
}

function exitCode(result: InvariantGateResult): number {
  return exitCodeFor(result.report, 'error');
}

/** Findings as `rule line severity: message`, one string each, to compare in one go. */
function described(findings: readonly Finding[]): string[] {
  return findings.map(
    (finding) => `${finding.rule} ${finding.line} ${finding.severity}: ${finding.message}`,
  );
}

function errors(result: InvariantGateResult): string[] {
  return result.report.errors.map(
    (error) => `${error.location.file}:${error.location.line ?? '-'}: ${error.reason}`,
  );
}

describe('coverage', () => {
  it('exits 0 when every gated invariant has a test', async () => {
    await write('tests/a.test.ts', 'it("a")\n');
    await write('tests/b.test.ts', 'it("b")\n');
    await index(
      ...invariant('inv-a', 'protocol', 'critical', ['tests/a.test.ts']),
      ...invariant('inv-b', 'protocol', 'low', ['tests/*.test.ts']),
    );
    const result = await gate();
    expect(result.report.errors).toEqual([]);
    expect(result.report.findings).toEqual([]);
    expect(exitCode(result)).toBe(0);
    expect(result.summary?.invariants.map((status) => [status.id, status.tests])).toEqual([
      ['inv-a', ['tests/a.test.ts']],
      ['inv-b', ['tests/a.test.ts', 'tests/b.test.ts']],
    ]);
    expect(result.report.filesScanned).toBe(3);
  });

  it('exits 1 with an uncovered-invariant finding at the line of the first key', async () => {
    await write('tests/a.test.ts', 'it("a")\n');
    await write('tests/dir/keep.txt', 'x\n');
    await index(
      ...invariant('covered', 'protocol', 'high', ['tests/a.test.ts']),
      '  - tier: protocol',
      '    id: uncovered-one',
      '    severity: critical',
      '    tests:',
      '      - tests/missing.test.ts',
      '      - tests/dir',
      '      - tests/*.py',
    );
    const result = await gate();
    expect(result.report.errors).toEqual([]);
    expect(result.report.findings).toHaveLength(1);
    expect(result.report.findings[0]).toMatchObject({
      rule: 'uncovered-invariant',
      severity: 'error',
      file: INDEX,
      line: 6,
      message:
        'critical protocol-tier invariant `uncovered-one` has no test that resolves; tests/missing.test.ts does not exist (no such file or directory); tests/dir is a directory, not a test file; tests/*.py matches no file',
    });
    expect(exitCode(result)).toBe(1);
  });

  it('says an invariant lists no tests', async () => {
    await index(...invariant('empty', 'protocol', 'medium', []));
    const result = await gate();
    expect(described(result.report.findings)).toEqual([
      'uncovered-invariant 2 error: medium protocol-tier invariant `empty` has no test that resolves; it lists no tests',
    ]);
    expect(exitCode(result)).toBe(1);
  });

  it('warns about stale entries of a covered invariant at their own lines', async () => {
    await write('tests/a.test.ts', 'it("a")\n');
    await index(
      '  - id: inv-a',
      '    tier: protocol',
      '    severity: high',
      '    tests:',
      '      - tests/a.test.ts',
      '      - tests/renamed.test.ts',
      '      - tests',
    );
    const result = await gate();
    expect(described(result.report.findings)).toEqual([
      'unresolved-test 7 warning: `inv-a`: test entry tests/renamed.test.ts does not exist (no such file or directory)',
      'unresolved-test 8 warning: `inv-a`: test entry tests is a directory, not a test file',
    ]);
    expect(exitCode(result)).toBe(0);
  });

  it('does not gate reference-impl invariants by default', async () => {
    await index(
      ...invariant('impl-only', 'reference-impl', 'high', []),
      ...invariant('advice', 'advisory', 'low', ['tests/gone.test.ts']),
    );
    const result = await gate();
    // The stale entry of an ungated invariant is still worth a warning.
    expect(described(result.report.findings)).toEqual([
      'unresolved-test 9 warning: `advice`: test entry tests/gone.test.ts does not exist (no such file or directory)',
    ]);
    expect(exitCode(result)).toBe(0);
    expect(result.summary?.gated).toBe(0);
  });

  it('gates the tiers that gated-tiers in the configuration names', async () => {
    await config('gated-tiers: [protocol, reference-impl]');
    await index(
      ...invariant('impl-only', 'reference-impl', 'high', []),
      ...invariant('advice', 'advisory', 'low', []),
    );
    const result = await gate();
    expect(described(result.report.findings)).toEqual([
      'uncovered-invariant 2 error: high reference-impl-tier invariant `impl-only` has no test that resolves; it lists no tests',
    ]);
    expect(exitCode(result)).toBe(1);
    expect(result.summary?.gated).toBe(1);
  });

  it('lets the gatedTiers option override the configuration', async () => {
    await config('gated-tiers: [reference-impl]');
    await index(...invariant('impl-only', 'reference-impl', 'high', []));
    const result = await gate({ gatedTiers: ['advisory'] });
    expect(result.report.findings).toEqual([]);
    expect(exitCode(result)).toBe(0);
  });

  it('refuses a gated tier that is not one of the tiers', async () => {
    await config('gated-tiers: [protocl]');
    await index(...invariant('a', 'protocol', 'high', []));
    await expect(gate()).rejects.toThrow(
      'gated tier `protocl` is not one of the tiers protocol, reference-impl, advisory (.github/palisade.yml)',
    );
    await expect(gate()).rejects.toBeInstanceOf(UsageError);
  });

  it('uses the tiers and severities of the configuration', async () => {
    await config('tiers: [wire, host]', 'gated-tiers: [wire]', 'severities: [p0, p1]');
    await index(...invariant('w', 'wire', 'p0', []), ...invariant('h', 'protocol', 'p1', []));
    const result = await gate();
    expect(described(result.report.findings)).toEqual([
      'uncovered-invariant 2 error: p0 wire-tier invariant `w` has no test that resolves; it lists no tests',
    ]);
    expect(errors(result)).toEqual([
      `${INDEX}:7: invariant \`h\`: \`tier\` must be one of wire, host, not the text \`protocol\``,
    ]);
  });
});

describe('require-mention', () => {
  it('does not count a test that does not contain the id', async () => {
    await config('require-mention: true');
    await write('tests/a.test.ts', 'it("does something else")\n');
    await index(...invariant('inv-a', 'protocol', 'high', ['tests/a.test.ts']));
    const result = await gate();
    expect(described(result.report.findings)).toEqual([
      'uncovered-invariant 2 error: high protocol-tier invariant `inv-a` has no test that resolves; tests/a.test.ts does not mention `inv-a`',
    ]);
    expect(exitCode(result)).toBe(1);
  });

  it('counts a test that contains the id', async () => {
    await config('require-mention: true');
    await write('tests/a.test.ts', '// Witnesses inv-a.\nit("a")\n');
    await index(...invariant('inv-a', 'protocol', 'high', ['tests/a.test.ts']));
    const result = await gate();
    expect(result.report.findings).toEqual([]);
    expect(exitCode(result)).toBe(0);
  });

  it('warns once about a test that does not mention the id when another covers it', async () => {
    await config('require-mention: true');
    await write('tests/a.test.ts', '// inv-a\n');
    await write('tests/b.test.ts', '// nothing\n');
    await index(
      '  - id: inv-a',
      '    tier: protocol',
      '    severity: high',
      '    tests:',
      '      - tests/a.test.ts',
      '      - tests/b.test.ts',
    );
    const result = await gate();
    expect(described(result.report.findings)).toEqual([
      'test-not-mentioning 7 warning: `inv-a`: tests/b.test.ts does not mention `inv-a`; it does not count as a test',
    ]);
    expect(exitCode(result)).toBe(0);
  });

  it('reports the files of a glob none of which mentions the id', async () => {
    await config('require-mention: true');
    await write('tests/a.test.ts', '// nothing\n');
    await write('tests/b.test.ts', '// nothing\n');
    await index(...invariant('inv-a', 'protocol', 'high', ['"tests/*.ts"']));
    const result = await gate();
    expect(described(result.report.findings)).toEqual([
      'uncovered-invariant 2 error: high protocol-tier invariant `inv-a` has no test that resolves; tests/*.ts matches 2 files, none of which mentions `inv-a`',
    ]);
  });

  it('takes the require-mention option over the configuration', async () => {
    await config('require-mention: true');
    await write('tests/a.test.ts', '// nothing\n');
    await index(...invariant('inv-a', 'protocol', 'high', ['tests/a.test.ts']));
    const result = await gate({ requireMention: false });
    expect(result.report.findings).toEqual([]);
  });

  it('looks for the mention-pattern', async () => {
    await config('require-mention: true', "mention-pattern: '@invariant {id}'");
    await write('tests/plain.test.ts', '// inv-a is tested here\n');
    await write('tests/tagged.test.ts', '/** @invariant inv-b */\n');
    await index(
      ...invariant('inv-a', 'protocol', 'high', ['tests/plain.test.ts']),
      ...invariant('inv-b', 'protocol', 'high', ['tests/tagged.test.ts']),
    );
    const result = await gate();
    expect(described(result.report.findings)).toEqual([
      'uncovered-invariant 2 error: high protocol-tier invariant `inv-a` has no test that resolves; tests/plain.test.ts does not mention `inv-a`',
    ]);
  });

  it('refuses a mention-pattern without {id}', async () => {
    await config('require-mention: true', "mention-pattern: '@invariant'");
    await index(...invariant('inv-a', 'protocol', 'high', []));
    await expect(gate()).rejects.toThrow(
      'mention-pattern must contain `{id}` (.github/palisade.yml)',
    );
  });

  it('matches the id as a whole word', async () => {
    await config('require-mention: true');
    await write('tests/foo.test.ts', 'describe("foo-bar and foobar and foo_x and xfoo")\n');
    await write('tests/dot.test.ts', 'describe("covers foo.")\n');
    await index(
      ...invariant('foo', 'protocol', 'high', ['tests/foo.test.ts']),
      ...invariant('bar', 'protocol', 'high', ['tests/dot.test.ts']),
    );
    const result = await gate();
    expect(described(result.report.findings)).toEqual([
      'uncovered-invariant 2 error: high protocol-tier invariant `foo` has no test that resolves; tests/foo.test.ts does not mention `foo`',
      'uncovered-invariant 6 error: high protocol-tier invariant `bar` has no test that resolves; tests/dot.test.ts does not mention `bar`',
    ]);
    // The same file does name `foo` as a word when followed by a full stop.
    await write('tests/foo.test.ts', 'describe("covers foo.")\n');
    const again = await gate();
    expect(again.report.findings.map((finding) => finding.line)).toEqual([6]);
  });
});

describe('threat models', () => {
  /** An invariant with a threat model, five lines. */
  function modelled(id: string, model: string): string[] {
    return [
      `  - id: ${id}`,
      '    tier: protocol',
      '    severity: high',
      `    threat_model: ${model}`,
      '    tests: [tests/a.test.ts]',
    ];
  }

  beforeEach(async () => {
    await write('tests/a.test.ts', 'it("a")\n');
  });

  it('reports each missing threat model once, at its first reference', async () => {
    await write('SECURITY/tm-present.md', '# present: inv-c\n');
    await index(
      ...modelled('inv-a', 'SECURITY/tm-gone.md'),
      ...modelled('inv-b', 'SECURITY/tm-gone.md'),
      ...modelled('inv-c', 'SECURITY/tm-present.md'),
      ...modelled('inv-d', 'SECURITY'),
    );
    const result = await gate();
    const findings = described(result.report.findings);
    expect(findings).toHaveLength(2);
    expect(findings[0]).toBe(
      'missing-threat-model 5 error: threat model SECURITY/tm-gone.md does not exist (no such file or directory); named by 2 invariants (`inv-a`, `inv-b`)',
    );
    expect(findings[1]).toMatch(
      /^missing-threat-model 20 error: threat model SECURITY is a directory, .*; named by 1 invariant \(`inv-d`\)$/,
    );
    expect(exitCode(result)).toBe(1);
  });

  it('lists at most three invariants in the message', async () => {
    await index(
      ...['a', 'b', 'c', 'd'].flatMap((id) => modelled(`inv-${id}`, 'SECURITY/tm-gone.md')),
    );
    const result = await gate();
    expect(described(result.report.findings)).toEqual([
      'missing-threat-model 5 error: threat model SECURITY/tm-gone.md does not exist (no such file or directory); named by 4 invariants (`inv-a`, `inv-b`, `inv-c`, …)',
    ]);
  });

  /** Three invariants, two of which their threat model does not name. */
  async function twoUnmentioned(): Promise<void> {
    await write(
      'SECURITY/tm.md',
      '# Threats\n\n- inv-a: covered.\n- inv-bb and inv-cc are other ids.\n',
    );
    await index(
      ...modelled('inv-a', 'SECURITY/tm.md'),
      ...modelled('inv-b', 'SECURITY/tm.md'),
      ...modelled('inv-c', 'SECURITY/tm.md'),
    );
  }

  it('counts the invariants their threat model does not name', async () => {
    await twoUnmentioned();
    const result = await gate();
    expect(result.report.findings).toEqual([]);
    expect(result.summary?.unmentioned).toBe(2);
    expect(result.summary?.invariants.map((status) => [status.id, status.inThreatModel])).toEqual([
      ['inv-a', true],
      ['inv-b', false],
      ['inv-c', false],
    ]);
  });

  it('asks to tighten the ratchet when max-unmentioned is above the count', async () => {
    await twoUnmentioned();
    await config('max-unmentioned: 3');
    const result = await gate();
    expect(described(result.report.findings)).toEqual([
      'ratchet-can-tighten 1 warning: only 2 invariants are not named in their threat model: lower max-unmentioned from 3 to 2',
    ]);
    expect(exitCode(result)).toBe(0);
  });

  it('fails when more invariants are unnamed than max-unmentioned allows', async () => {
    await twoUnmentioned();
    await config('max-unmentioned: 1');
    const result = await gate();
    expect(described(result.report.findings)).toEqual([
      'threat-model-ratchet 1 error: 2 invariants are not named in their threat model, over the ratchet of 1: name them in the threat model (or raise max-unmentioned with a reason)',
    ]);
    expect(exitCode(result)).toBe(1);
  });

  it('says nothing when max-unmentioned equals the count', async () => {
    await twoUnmentioned();
    await config('max-unmentioned: 2');
    const result = await gate();
    expect(result.report.findings).toEqual([]);
    expect(exitCode(result)).toBe(0);
  });

  it('takes the maxUnmentioned option over the configuration', async () => {
    await twoUnmentioned();
    await config('max-unmentioned: 2');
    const result = await gate({ maxUnmentioned: 0 });
    expect(result.report.findings.map((finding) => finding.rule)).toEqual(['threat-model-ratchet']);
  });

  it('uses is for a single unnamed invariant', async () => {
    await write('SECURITY/tm.md', '# inv-a\n');
    await index(...modelled('inv-a', 'SECURITY/tm.md'), ...modelled('inv-b', 'SECURITY/tm.md'));
    await config('max-unmentioned: 0');
    const result = await gate();
    expect(described(result.report.findings)).toEqual([
      'threat-model-ratchet 1 error: 1 invariant is not named in its threat model, over the ratchet of 0: name it in the threat model (or raise max-unmentioned with a reason)',
    ]);
  });
});

describe('witness classes', () => {
  it('fails a gated invariant classed unwitnessable', async () => {
    await config('witness-classes: [conformance, unit, unwitnessable]');
    await index(
      '  - id: cannot',
      '    tier: protocol',
      '    severity: high',
      '    witness: unwitnessable',
      '    non_testability_rationale: Only a human can judge it.',
      '    tests: []',
      '  - id: fine',
      '    tier: advisory',
      '    severity: low',
      '    witness: unwitnessable',
      '    non_testability_rationale: Hygiene only.',
      '    tests: []',
    );
    const result = await gate();
    expect(result.report.errors).toEqual([]);
    expect(described(result.report.findings)).toEqual([
      'uncovered-invariant 2 error: high protocol-tier invariant `cannot` has no test that resolves; it lists no tests',
      'unwitnessable-gated 2 error: protocol-tier invariant `cannot` is classed unwitnessable; a gated invariant needs a witness',
    ]);
    expect(exitCode(result)).toBe(1);
  });

  it('does not check witness classes that are not configured', async () => {
    await write('tests/a.test.ts', 'x\n');
    await index(
      '  - id: free',
      '    tier: protocol',
      '    severity: high',
      '    witness: unwitnessable',
      '    tests: [tests/a.test.ts]',
    );
    const result = await gate();
    expect(result.report.findings).toEqual([]);
    expect(result.report.errors).toEqual([]);
  });
});

describe('an index that cannot be used', () => {
  it('exits 2 naming the index when it does not exist', async () => {
    const result = await gate();
    expect(errors(result)).toEqual([
      `${INDEX}:-: the invariants index does not exist (set \`index\` to where the project keeps it)`,
    ]);
    expect(result.summary).toBeUndefined();
    expect(exitCode(result)).toBe(2);
  });

  it('reads the index the configuration names', async () => {
    await config('index: docs/security/index.yml');
    await write(INDEX, 'invariants: []\n');
    const missing = await gate();
    expect(errors(missing)).toEqual([
      'docs/security/index.yml:-: the invariants index does not exist (set `index` to where the project keeps it)',
    ]);
    await write('docs/security/index.yml', 'invariants: []\n');
    const found = await gate();
    expect(found.report.errors).toEqual([]);
    expect(found.summary?.index).toBe('docs/security/index.yml');
  });

  it('exits 2 on a YAML syntax error and checks nothing', async () => {
    await write(INDEX, 'invariants:\n  - id: a\n   tier: protocol\n');
    const result = await gate();
    expect(result.report.errors).toHaveLength(1);
    expect(result.report.errors[0]?.location).toEqual({ file: INDEX, line: 3 });
    expect(result.report.errors[0]?.reason).toMatch(/^invalid YAML: /);
    expect(result.summary).toBeUndefined();
    expect(exitCode(result)).toBe(2);
  });

  it('exits 2 on a malformed invariant and still checks the others', async () => {
    await write('tests/a.test.ts', 'x\n');
    await index(
      ...invariant('good', 'protocol', 'high', ['tests/a.test.ts', 'tests/stale.test.ts']),
      ...invariant('uncovered', 'protocol', 'high', ['tests/none.test.ts']),
      ...invariant('bad id', 'protocol', 'high', ['tests/a.test.ts']),
      ...invariant('wrong-tier', 'protocl', 'high', ['tests/a.test.ts']),
    );
    const result = await gate();
    expect(errors(result)).toEqual([
      `${INDEX}:10: \`id\` \`bad id\` is not well formed: use letters, digits, \`.\`, \`_\` and \`-\`, starting and ending with a letter or digit (at most 128 characters)`,
      `${INDEX}:15: invariant \`wrong-tier\`: \`tier\` must be one of protocol, reference-impl, advisory, not the text \`protocl\``,
    ]);
    expect(described(result.report.findings)).toEqual([
      'unresolved-test 5 warning: `good`: test entry tests/stale.test.ts does not exist (no such file or directory)',
      'uncovered-invariant 6 error: high protocol-tier invariant `uncovered` has no test that resolves; tests/none.test.ts does not exist (no such file or directory)',
    ]);
    expect(exitCode(result)).toBe(2);
    expect(result.summary?.invariants.map((status) => status.id)).toEqual(['good', 'uncovered']);
  });

  it('exits 2 on an empty index file', async () => {
    await write(INDEX, '');
    const result = await gate();
    expect(errors(result)).toEqual([`${INDEX}:-: file is empty`]);
    expect(exitCode(result)).toBe(2);
  });

  it('exits 2 on an index of comments only', async () => {
    await write(INDEX, '# invariants to come\n');
    const result = await gate();
    expect(errors(result)).toEqual([
      `${INDEX}:1: the index must be a mapping with an \`invariants\` list, not an empty file`,
    ]);
    expect(exitCode(result)).toBe(2);
    expect(result.summary?.invariants).toEqual([]);
  });

  it('accepts an empty invariants list', async () => {
    await index('  []');
    const result = await gate();
    expect(result.report.errors).toEqual([]);
    expect(exitCode(result)).toBe(0);
    expect(result.summary?.invariants).toEqual([]);
  });
});

describe('summary', () => {
  it('counts invariants by tier, severity and witness class exactly', async () => {
    await config('witness-classes: [conformance, unit, unwitnessable]');
    await write('tests/a.test.ts', '// a\n');
    await write('SECURITY/tm.md', 'p-covered and r-covered\n');
    const entry = (
      id: string,
      tier: string,
      severity: string,
      witness: string,
      tests: string[],
    ): string[] => [
      `  - id: ${id}`,
      `    tier: ${tier}`,
      `    severity: ${severity}`,
      `    witness: ${witness}`,
      '    threat_model: SECURITY/tm.md',
      '    non_testability_rationale: Stated.',
      `    tests: [${tests.join(', ')}]`,
    ];
    await index(
      ...entry('p-covered', 'protocol', 'critical', 'conformance', ['tests/a.test.ts']),
      ...entry('p-uncovered', 'protocol', 'critical', 'unit', ['tests/none.ts']),
      ...entry('p-external', 'protocol', 'high', 'conformance', [
        'openwop-app:test/x.test.ts',
        'acme/tools:test/y.test.ts',
      ]),
      ...entry('r-covered', 'reference-impl', 'high', 'unit', ['tests/a.test.ts']),
      ...entry('r-none', 'reference-impl', 'low', 'unwitnessable', []),
      ...entry('adv', 'advisory', 'low', 'unwitnessable', []),
    );
    const result = await gate();
    expect(result.report.errors).toEqual([]);
    const summary = result.summary;
    expect(summary).toBeDefined();
    if (!summary) return;
    expect(summary.byTier).toEqual({
      protocol: { total: 3, covered: 1, uncovered: 2 },
      'reference-impl': { total: 2, covered: 1, uncovered: 1 },
      advisory: { total: 1, covered: 0, uncovered: 1 },
    });
    expect(summary.bySeverity).toEqual({
      critical: { total: 2, covered: 1, uncovered: 1 },
      high: { total: 2, covered: 1, uncovered: 1 },
      low: { total: 2, covered: 0, uncovered: 2 },
    });
    expect(summary.byWitness).toEqual({
      conformance: { total: 2, covered: 1, uncovered: 1 },
      unit: { total: 2, covered: 1, uncovered: 1 },
      unwitnessable: { total: 2, covered: 0, uncovered: 2 },
    });
    expect({
      gated: summary.gated,
      uncovered: summary.uncovered,
      external: summary.external,
      unmentioned: summary.unmentioned,
      apiRequests: summary.apiRequests,
    }).toEqual({ gated: 3, uncovered: 2, external: 2, unmentioned: 4, apiRequests: 0 });
    expect(described(result.report.findings)).toEqual([
      'uncovered-invariant 9 error: critical protocol-tier invariant `p-uncovered` has no test that resolves; tests/none.ts does not exist (no such file or directory)',
      'uncovered-invariant 16 error: high protocol-tier invariant `p-external` has no test that resolves (2 entries in other repositories not checked: set verify-external)',
    ]);
    expect(result.report.scope).toBe('6 invariants, 3 gated, 2 uncovered');
    expect(summaryLines(summary)).toEqual([
      `${INDEX}: 6 invariants; 3 in gated tiers (protocol), 2 of them without a test`,
      'by tier: protocol 3 (1 with a test), reference-impl 2 (1 with a test), advisory 1 (0 with a test)',
      'by severity: critical 2 (1 with a test), high 2 (1 with a test), low 2 (0 with a test)',
      'by witness class: conformance 2 (1 with a test), unit 2 (1 with a test), unwitnessable 2 (0 with a test)',
      '2 test entries in other repositories listed, not checked (set verify-external to check them)',
      '4 invariants not named in their threat model',
    ]);
  });
});
