/**
 * The committed bundle, run as the runner runs it: inputs as INPUT_* variables, outputs and the
 * job summary written to the files the runner names.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { runActionBundle } from '../../../packages/core/__tests__/action-bundle.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const BUNDLE = path.join(REPO_ROOT, 'dist/invariant-gate/index.js');
const TOKEN = 'ghs_palisadeInvariantToken0123456789';

let work: string;
let repo: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'palisade-invariant-action-'));
  repo = path.join(work, 'repo');
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function put(relative: string, content: string): Promise<void> {
  await mkdir(path.dirname(path.join(repo, relative)), { recursive: true });
  await writeFile(path.join(repo, relative), content);
}

async function runAction(inputs: Record<string, string>) {
  return runActionBundle(BUNDLE, {
    work,
    inputs: { path: repo, ...inputs },
    env: { GITHUB_REPOSITORY: 'example/project' },
  });
}

const INDEX = `invariants:
  - id: token-never-logged
    tier: protocol
    severity: critical
    tests:
      - test/token.test.ts
  - id: cache-bounded
    tier: protocol
    severity: high
    tests:
      - test/cache-*.test.ts
`;

describe('the invariant-gate action bundle', () => {
  it('every gated invariant covered: exit 0, outputs, the JSON report and the summary', async () => {
    await put('SECURITY/invariants.yaml', INDEX);
    await put('test/token.test.ts', '// token-never-logged\n');
    await put('test/cache-size.test.ts', '// cache-bounded\n');
    const result = await runAction({ 'github-token': TOKEN });
    expect(result.code).toBe(0);
    const reportFile = path.join(work, 'palisade-invariant-gate.json');
    expect(result.outputs).toEqual({
      'report-file': reportFile,
      'uncovered-count': '0',
      'findings-count': '0',
    });
    const report = JSON.parse(await readFile(reportFile, 'utf8')) as {
      invariants: { gated: number; list: Array<{ id: string; tests: string[] }> };
    };
    expect(report.invariants.gated).toBe(2);
    expect(report.invariants.list.map((entry) => entry.tests)).toEqual([
      ['test/token.test.ts'],
      ['test/cache-size.test.ts'],
    ]);
    expect(result.summary).toContain('<h2>Palisade invariant-gate</h2>');
    expect(result.summary).toContain(
      '<p>SECURITY/invariants.yaml: 2 invariants; 2 in gated tiers (protocol), 0 of them without a test</p>',
    );
    // The token is masked and never printed otherwise.
    expect(result.stdout.split('\n').filter((line) => line.includes(TOKEN))).toEqual([
      `::add-mask::${TOKEN}`,
    ]);
  });

  it('an uncovered invariant: exit 1, an annotation on its line of the index', async () => {
    await put('SECURITY/invariants.yaml', INDEX);
    await put('test/token.test.ts', '// token-never-logged\n');
    const result = await runAction({});
    expect(result.code).toBe(1);
    expect(result.outputs['uncovered-count']).toBe('1');
    expect(result.stdout.split('\n').filter((line) => line.startsWith('::error'))).toEqual([
      '::error title=uncovered-invariant,file=SECURITY/invariants.yaml,line=7::high protocol-tier invariant `cache-bounded` has no test that resolves; test/cache-*.test.ts matches no file%0Ahttps://github.com/windlasstech/palisade/blob/main/actions/invariant-gate/README.md#uncovered-invariant',
      '::error::palisade invariant-gate: 2 invariants, 2 gated, 1 uncovered, 1 finding (1 error)',
    ]);
  });

  it('a malformed index: exit 2 with the line, and the other invariants still checked', async () => {
    await put(
      'SECURITY/invariants.yaml',
      INDEX.replace('severity: critical', 'severity: severe').replace('cache-*', 'cache'),
    );
    const result = await runAction({});
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(
      '::error title=Could not be checked,file=SECURITY/invariants.yaml,line=4::invariant `token-never-logged`: `severity` must be one of critical, high, medium, low, not the text `severe`',
    );
    expect(result.stdout).toContain(
      '::error title=uncovered-invariant,file=SECURITY/invariants.yaml,line=7::',
    );
    expect(result.outputs['uncovered-count']).toBe('2');
  });

  it('inputs override the configuration; a bad input exits 2', async () => {
    await put('SECURITY/invariants.yaml', INDEX);
    await put('test/token.test.ts', 'nothing here\n');
    await put('test/cache-size.test.ts', '// cache-bounded\n');
    await put('.github/palisade.yml', 'invariant-gate:\n  require-mention: true\n');
    expect((await runAction({})).outputs['uncovered-count']).toBe('1');
    expect((await runAction({ 'require-mention': 'false' })).outputs['uncovered-count']).toBe('0');
    const bad = await runAction({ 'max-unmentioned': 'ten' });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain(
      '::error::input `max-unmentioned` must be a whole number, not `ten`',
    );
  });

  it('text from the index is escaped in annotations and in the job summary', async () => {
    await put(
      'SECURITY/invariants.yaml',
      `invariants:
  - id: escaped
    tier: protocol
    severity: high
    tests:
      - "<img src=x onerror=alert(1)>.ts"
      - "test/a.ts\\n::error::injected"
`,
    );
    const result = await runAction({});
    expect(result.code).toBe(1);
    expect(result.summary).not.toContain('<img');
    expect(result.summary).toContain('&lt;img src=x onerror=alert(1)&gt;.ts');
    expect(
      result.stdout.split('\n').filter((line) => line.startsWith('::error::injected')),
    ).toEqual([]);
  });
});
