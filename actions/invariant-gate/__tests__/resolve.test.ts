import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exitCodeFor, loadConfig } from '@palisade/core';
import { checkInvariants } from '../src/run.js';
import { TestResolver } from '../src/tests.js';

let base: string;
/** The repository: a folder inside `base`, so a sibling folder is outside it. */
let root: string;
let outside: string;

beforeEach(async () => {
  // The resolver compares real paths: on macOS the temp dir itself is behind a symlink.
  base = await realpath(await mkdtemp(path.join(tmpdir(), 'invariant-gate-resolve-')));
  root = path.join(base, 'repo');
  outside = path.join(base, 'elsewhere');
  await mkdir(root);
  await mkdir(outside);
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

async function write(relative: string, text = 'test("x", () => {});\n'): Promise<void> {
  const file = path.join(root, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

async function tree(...files: string[]): Promise<void> {
  for (const file of files) await write(file);
}

function resolver(): TestResolver {
  return new TestResolver(root);
}

describe('TestResolver: plain paths', () => {
  it('finds an existing file', async () => {
    await tree('tests/a.test.ts');
    await expect(resolver().resolve('tests/a.test.ts')).resolves.toEqual({
      kind: 'files',
      files: ['tests/a.test.ts'],
    });
  });

  it('finds a file written with a leading ./', async () => {
    await tree('tests/a.test.ts');
    await expect(resolver().resolve('./tests/a.test.ts')).resolves.toEqual({
      kind: 'files',
      files: ['tests/a.test.ts'],
    });
  });

  it('reports a missing file', async () => {
    await tree('tests/a.test.ts');
    await expect(resolver().resolve('tests/b.test.ts')).resolves.toEqual({
      kind: 'none',
      reason: 'does not exist (no such file or directory)',
    });
  });

  it('does not count a directory', async () => {
    await tree('tests/a.test.ts');
    await expect(resolver().resolve('tests')).resolves.toEqual({
      kind: 'none',
      reason: 'is a directory, not a test file',
    });
  });

  it('does not count a directory written with a trailing /', async () => {
    await tree('tests/a.test.ts');
    await expect(resolver().resolve('tests/')).resolves.toEqual({
      kind: 'none',
      reason: 'is a directory, not a test file',
    });
  });

  it('does not count a file written with a trailing /', async () => {
    await tree('tests/a.test.ts');
    await expect(resolver().resolve('tests/a.test.ts/')).resolves.toEqual({
      kind: 'none',
      reason: 'does not exist (not a directory)',
    });
  });

  it('counts how many distinct files were found', async () => {
    await tree('tests/a.test.ts', 'tests/b.test.ts');
    const tests = resolver();
    await tests.resolve('tests/a.test.ts');
    await tests.resolve('./tests/a.test.ts');
    await tests.resolve('tests/*.ts');
    await tests.resolve('tests/missing.ts');
    expect(tests.filesFound()).toBe(2);
  });
});

describe('TestResolver: globs', () => {
  beforeEach(async () => {
    await tree(
      'tests/a.test.ts',
      'tests/b.test.ts',
      'tests/c.spec.js',
      'tests/deep/d.test.ts',
      'tests/deep/er/e.test.ts',
      'tests/.hidden.test.ts',
      'other/a.test.ts',
      'other/b.test.ts',
      'other/c.test.ts',
    );
  });

  it('expands * within one folder', async () => {
    await expect(resolver().resolve('tests/*.test.ts')).resolves.toEqual({
      kind: 'files',
      files: ['tests/a.test.ts', 'tests/b.test.ts'],
    });
  });

  it('expands ** across folders', async () => {
    await expect(resolver().resolve('tests/**/*.test.ts')).resolves.toEqual({
      kind: 'files',
      files: [
        'tests/a.test.ts',
        'tests/b.test.ts',
        'tests/deep/d.test.ts',
        'tests/deep/er/e.test.ts',
      ],
    });
  });

  it('expands braces, also across folders', async () => {
    await expect(resolver().resolve('tests/{a,c}.*')).resolves.toEqual({
      kind: 'files',
      files: ['tests/a.test.ts', 'tests/c.spec.js'],
    });
    await expect(resolver().resolve('{tests,other}/b.test.ts')).resolves.toEqual({
      kind: 'files',
      files: ['other/b.test.ts', 'tests/b.test.ts'],
    });
  });

  it('reports a glob that matches nothing', async () => {
    await expect(resolver().resolve('tests/*.py')).resolves.toEqual({
      kind: 'none',
      reason: 'matches no file',
    });
    await expect(resolver().resolve('nowhere/**/*.ts')).resolves.toEqual({
      kind: 'none',
      reason: 'matches no file',
    });
  });

  it('matches nothing when the glob names only directories', async () => {
    await expect(resolver().resolve('tests/de*')).resolves.toEqual({
      kind: 'none',
      reason: 'matches no file',
    });
  });

  it('does not match dotfiles with * (shell semantics)', async () => {
    const resolution = await resolver().resolve('tests/*');
    expect(resolution).toEqual({
      kind: 'files',
      files: ['tests/a.test.ts', 'tests/b.test.ts', 'tests/c.spec.js'],
    });
    // Named explicitly, the dotfile counts.
    await expect(resolver().resolve('tests/.hidden.test.ts')).resolves.toEqual({
      kind: 'files',
      files: ['tests/.hidden.test.ts'],
    });
  });

  it('does not match files under node_modules or .git', async () => {
    await tree(
      'node_modules/pkg/x.test.ts',
      'tests/node_modules/pkg/y.test.ts',
      '.git/hooks/z.test.ts',
    );
    const resolution = await resolver().resolve('**/*.test.ts');
    expect(resolution.kind).toBe('files');
    const files = resolution.kind === 'files' ? resolution.files : [];
    expect(files.filter((file) => /node_modules|\.git/.test(file))).toEqual([]);
    expect(files).toContain('tests/deep/er/e.test.ts');
    // A wildcard folder does not reach into them either.
    await expect(resolver().resolve('*/pkg/*.test.ts')).resolves.toEqual({
      kind: 'none',
      reason: 'matches no file',
    });
    await expect(resolver().resolve('**/hooks/*.ts')).resolves.toEqual({
      kind: 'none',
      reason: 'matches no file',
    });
  });
});

describe('TestResolver: symbolic links', () => {
  it('counts a link to a file inside the repository', async () => {
    await tree('tests/real.test.ts');
    await symlink('real.test.ts', path.join(root, 'tests/link.test.ts'));
    await expect(resolver().resolve('tests/link.test.ts')).resolves.toEqual({
      kind: 'files',
      files: ['tests/link.test.ts'],
    });
    // Globs see the link as well.
    await expect(resolver().resolve('tests/l*.ts')).resolves.toEqual({
      kind: 'files',
      files: ['tests/link.test.ts'],
    });
  });

  it('does not count a link to a file outside the repository', async () => {
    await writeFile(path.join(outside, 'secret.test.ts'), 'test("outside", () => {});\n');
    await mkdir(path.join(root, 'tests'));
    await symlink(path.join(outside, 'secret.test.ts'), path.join(root, 'tests/out.test.ts'));
    await expect(resolver().resolve('tests/out.test.ts')).resolves.toEqual({
      kind: 'none',
      reason: 'is a symbolic link to a file outside the repository',
    });
    await expect(resolver().resolve('tests/*.ts')).resolves.toEqual({
      kind: 'none',
      reason: 'matches no file',
    });
  });

  it('counts a link to a file of the root whose name starts with ..', async () => {
    await write('..notes.test.ts');
    await mkdir(path.join(root, 'tests'));
    await symlink('../..notes.test.ts', path.join(root, 'tests/notes.test.ts'));
    await expect(resolver().resolve('tests/notes.test.ts')).resolves.toEqual({
      kind: 'files',
      files: ['tests/notes.test.ts'],
    });
  });

  it('does not count a broken link', async () => {
    await mkdir(path.join(root, 'tests'));
    await symlink('gone.test.ts', path.join(root, 'tests/broken.test.ts'));
    await expect(resolver().resolve('tests/broken.test.ts')).resolves.toEqual({
      kind: 'none',
      reason: 'is a broken symbolic link (no such file or directory)',
    });
  });

  it('does not count a link to a directory', async () => {
    await tree('tests/a.test.ts');
    await symlink('tests', path.join(root, 'linked'));
    await expect(resolver().resolve('linked')).resolves.toEqual({
      kind: 'none',
      reason: 'is a symbolic link to a directory, not a test file',
    });
  });
});

describe('TestResolver: entries that are not repository paths', () => {
  it.each([
    ['../outside.test.ts', 'points outside the repository'],
    ['tests/../../outside.test.ts', 'points outside the repository'],
    ['..', 'points outside the repository'],
    ['/etc/passwd', 'is absolute; write it relative to the repository root'],
    ['tests\\a.test.ts', 'uses `\\`; write paths with `/`'],
    ['https://github.com/o/r/blob/main/a.test.ts', 'is a URL, not a path in the repository'],
    ['file:///tmp/a.test.ts', 'is a URL, not a path in the repository'],
  ])('refuses %s', async (entry, reason) => {
    await writeFile(path.join(outside, 'outside.test.ts'), 'x\n');
    await expect(resolver().resolve(entry)).resolves.toEqual({ kind: 'none', reason });
  });

  it('resolves a path that goes up and comes back inside', async () => {
    await tree('tests/a.test.ts');
    await expect(resolver().resolve('tests/../tests/a.test.ts')).resolves.toEqual({
      kind: 'files',
      files: ['tests/a.test.ts'],
    });
  });

  it('reads <repo>:<path> as a sibling repository', async () => {
    await expect(
      resolver().resolve('openwop-app:backend/typescript/test/untrusted-marker.test.ts'),
    ).resolves.toEqual({
      kind: 'external',
      repository: 'openwop-app',
      path: 'backend/typescript/test/untrusted-marker.test.ts',
    });
  });

  it('reads <owner>/<repo>:<path> as another owner’s repository', async () => {
    await expect(resolver().resolve('acme/tools:test/x.test.ts')).resolves.toEqual({
      kind: 'external',
      repository: 'acme/tools',
      path: 'test/x.test.ts',
    });
  });
});

describe('the gate on resolved entries', () => {
  it('reports each unresolved entry with its reason in the uncovered finding', async () => {
    await tree('tests/a.test.ts');
    await symlink('nothing-here', path.join(root, 'tests/broken.ts'));
    await write(
      'SECURITY/invariants.yaml',
      [
        'invariants:',
        '  - id: inv-1',
        '    tier: protocol',
        '    severity: high',
        '    tests:',
        '      - tests',
        '      - tests/*.py',
        '      - ../x.ts',
        '      - tests/broken.ts',
        '',
      ].join('\n'),
    );
    const { config } = await loadConfig(root);
    const { report } = await checkInvariants(root, config);
    expect(report.errors).toEqual([]);
    expect(report.findings.map((finding) => [finding.rule, finding.line, finding.message])).toEqual(
      [
        [
          'uncovered-invariant',
          2,
          'high protocol-tier invariant `inv-1` has no test that resolves; tests is a directory, not a test file; tests/*.py matches no file; ../x.ts points outside the repository; tests/broken.ts is a broken symbolic link (no such file or directory)',
        ],
      ],
    );
    expect(exitCodeFor(report, 'error')).toBe(1);
  });

  it('covers an invariant through a glob and a link inside the repository', async () => {
    await tree('tests/real.test.ts');
    await write(
      'SECURITY/invariants.yaml',
      [
        'invariants:',
        '  - id: by-glob',
        '    tier: protocol',
        '    severity: high',
        '    tests: ["tests/**/*.test.ts"]',
        '  - id: by-link',
        '    tier: protocol',
        '    severity: high',
        '    tests: [SECURITY/linked.test.ts]',
        '',
      ].join('\n'),
    );
    await symlink('../tests/real.test.ts', path.join(root, 'SECURITY/linked.test.ts'));
    const { config } = await loadConfig(root);
    const { report, summary } = await checkInvariants(root, config);
    expect(report.findings).toEqual([]);
    expect(report.errors).toEqual([]);
    expect(exitCodeFor(report, 'error')).toBe(0);
    expect(summary?.invariants.map((status) => [status.id, status.tests])).toEqual([
      ['by-glob', ['tests/real.test.ts']],
      ['by-link', ['SECURITY/linked.test.ts']],
    ]);
  });
});
