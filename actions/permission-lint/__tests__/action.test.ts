import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { main } from '../../../packages/cli/src/cli.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus/workflows');
const BUNDLE = path.join(REPO_ROOT, 'dist/permission-lint/index.js');
const execFileAsync = promisify(execFile);

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'palisade-permissions-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(args, { out: (text) => (out += text), err: (text) => (out += text) });
  return { code, out };
}

/** A copy of a corpus repository's .github folder, for runs that change files. */
async function copyOf(repository: string): Promise<string> {
  const root = path.join(work, 'repo');
  await cp(path.join(CORPUS, repository, '.github'), path.join(root, '.github'), {
    recursive: true,
  });
  return root;
}

const CI_FIX = [
  ['@@ -9,10 +9,13 @@'],
  ['+permissions: {}'],
  ['+    permissions:'],
  ['+      contents: read # actions/checkout fetches the repository (step 1)'],
].flat();

describe('palisade permission-lint', () => {
  it('reports exact findings on pip, with the Scorecard score and the knowledge-base coverage', async () => {
    const { code, out } = await cli('permission-lint', path.join(CORPUS, 'pypa__pip'));
    expect(code).toBe(1);
    expect(out.trimEnd().split('\n')).toEqual([
      '.github/workflows/check-pr-template.yml:18:18: warning [insufficient-permission] Job `check-pr-template` needs `contents: read` (actions/checkout fetches the repository (step 1)) but is granted `contents: none`; the step fails if the repository is private.',
      ".github/workflows/ci.yml:44:3: warning [insufficient-permission] Job `determine-changes` needs `pull-requests: read` (dorny/paths-filter lists the files a pull request changes (step 'filter')) but is granted `pull-requests: none`; the step fails if the repository is private.",
      '.github/workflows/lock-threads.yml:9:11: error [top-level-write] `issues: write` is granted to every job of the workflow; grant it only to the jobs that need it.',
      '.github/workflows/lock-threads.yml:10:18: error [top-level-write] `pull-requests: write` is granted to every job of the workflow; grant it only to the jobs that need it.',
      '.github/workflows/lock-threads.yml:16:3: warning [insufficient-permission] Job `action` needs `discussions: write` (lock-threads locks discussions (step 1)) but is granted `discussions: none`; the step would fail.',
      'OpenSSF Scorecard Token-Permissions: 8/10',
      'knowledge base: 25 of 25 uses of actions known',
      'palisade permission-lint: 6 workflows, 14 jobs, 5 findings (2 errors, 3 warnings)',
    ]);
  });

  it('--fix writes permissions: {} at the top and the least block per job, changing nothing else', async () => {
    const root = await copyOf('openwop__openwop-cli');
    const before = await readFile(path.join(root, '.github/workflows/ci.yml'), 'utf8');
    const { code, out } = await cli('permission-lint', root, '--fix');
    expect(code).toBe(1);
    expect(out).toContain(
      'fixed .github/workflows/ci.yml\nfixed .github/workflows/publish.yml\nOpenSSF Scorecard Token-Permissions: 0/10, 10/10 after the fix\n',
    );
    const after = await readFile(path.join(root, '.github/workflows/ci.yml'), 'utf8');
    expect(after).toBe(
      before
        .replace('\njobs:\n', '\npermissions: {}\njobs:\n')
        .replace(
          '    runs-on: ubuntu-latest\n',
          '    runs-on: ubuntu-latest\n    permissions:\n      contents: read # actions/checkout fetches the repository (step 1)\n',
        ),
    );
    // Fixed once, nothing is left to fix.
    const again = await cli('permission-lint', root, '--fix');
    expect(again.code).toBe(0);
    expect(again.out).toContain('nothing to fix\n');
  });
});

describe('the permission-lint action bundle', () => {
  it('writes the fix as a patch, sets its outputs and fails on the findings', async () => {
    const root = await copyOf('openwop__openwop-cli');
    const outputFile = path.join(work, 'output');
    const summaryFile = path.join(work, 'summary');
    await writeFile(outputFile, '');
    await writeFile(summaryFile, '');
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env))
      if (value !== undefined && !/^(INPUT_|GITHUB_)/.test(key)) env[key] = value;
    Object.assign(env, {
      INPUT_PATH: root,
      INPUT_FIX: 'true',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
    });
    const failure = await execFileAsync(process.execPath, [BUNDLE], { env }).then(
      () => ({ code: 0, stdout: '' }),
      (error: unknown) => error as { code: number; stdout: string },
    );
    expect(failure.code).toBe(1);
    expect(failure.stdout).toContain(
      "::error title=missing-permissions,file=.github/workflows/ci.yml,line=1,col=1::The workflow has no top-level `permissions:`, so `build-test` runs with the repository's default token permissions; add `permissions: {}` and grant each job what it needs.",
    );
    const patch = await readFile(path.join(root, 'permission-lint.patch'), 'utf8');
    expect(
      patch
        .split('\n')
        .filter((line) => /^(@@|[+-](?![+-]))/.test(line))
        .slice(0, 4),
    ).toEqual(CI_FIX);
    expect(patch).toContain(
      "+      id-token: write # npm publish --provenance signs with an OIDC token (step 'Publish to npm (skip if already published)')\n",
    );
    const outputs = await readFile(outputFile, 'utf8');
    expect(outputs).toMatch(/^score<<(ghadelimiter_[\w-]+)\n0\n\1$/m);
    expect(outputs).toMatch(/^findings-count<<(ghadelimiter_[\w-]+)\n2\n\1$/m);
    expect(await readFile(summaryFile, 'utf8')).toContain(
      '<p>OpenSSF Scorecard Token-Permissions: 0/10, 10/10 after the fix.</p>',
    );
    // The action only proposes the patch: the workflow is unchanged.
    expect(await readFile(path.join(root, '.github/workflows/ci.yml'), 'utf8')).toBe(
      await readFile(path.join(CORPUS, 'openwop__openwop-cli/.github/workflows/ci.yml'), 'utf8'),
    );
  });
});
