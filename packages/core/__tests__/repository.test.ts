import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { discoverFiles, MAX_FILE_BYTES } from '../src/files.js';
import { collectReferences, loadRepository } from '../src/repository.js';
import { CORPUS } from './paths.js';

let root: string;
let outside: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'palisade-repo-'));
  outside = await mkdtemp(path.join(tmpdir(), 'palisade-outside-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

async function put(relative: string, content: string | Buffer): Promise<void> {
  await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
  await writeFile(path.join(root, relative), content);
}

const GOOD =
  'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n';

describe('discovery', () => {
  it('finds workflows in any .github/workflows folder and every action.yml, skipping .git, node_modules and dist', async () => {
    await put('.github/workflows/ci.yml', GOOD);
    await put('.github/workflows/release.yaml', GOOD);
    await put('.github/workflows/README.md', '# not a workflow');
    await put('.github/workflows/nested/ignored.yml', GOOD);
    await put('sub/.github/workflows/other.yml', GOOD);
    await put('action.yml', 'runs:\n  using: node24\n  main: index.js\n');
    await put('tools/setup/action.yaml', 'runs:\n  using: composite\n  steps: []\n');
    await put('node_modules/pkg/action.yml', 'x');
    await put('dist/action.yml', 'x');
    await put('.git/action.yml', 'x');
    const found = await discoverFiles(root);
    expect(found.workflows).toEqual([
      '.github/workflows/ci.yml',
      '.github/workflows/release.yaml',
      'sub/.github/workflows/other.yml',
    ]);
    expect(found.actions).toEqual(['action.yml', 'tools/setup/action.yaml']);
    expect(found.errors).toEqual([]);
  });

  it('leaves out configured excludes, whole folders included', async () => {
    await put('.github/workflows/ci.yml', GOOD);
    await put('test/fixtures/.github/workflows/bad.yml', 'x');
    await put('test/fixtures/action.yml', 'x');
    const found = await discoverFiles(root, { exclude: ['test/fixtures'] });
    expect(found.workflows).toEqual(['.github/workflows/ci.yml']);
    expect(found.actions).toEqual([]);
  });

  it('a path that is not a directory is an input error naming it', async () => {
    await expect(discoverFiles(path.join(root, 'missing'))).rejects.toThrow(
      `${path.join(root, 'missing')}: cannot read the directory (no such file or directory)`,
    );
  });
});

describe('bad input: each file that cannot be used is an error naming it, and the rest is still read', () => {
  beforeEach(async () => {
    await put('.github/workflows/good.yml', GOOD);
  });

  async function errorsFor(): Promise<Array<[string, number | undefined, string]>> {
    const repository = await loadRepository(root);
    // The good workflow is always read, whatever else is wrong.
    expect(repository.workflows.map((w) => w.file)).toContain('.github/workflows/good.yml');
    return repository.errors.map((e) => [e.location.file, e.location.line, e.reason]);
  }

  it('an unreadable file (a dangling symlink)', async () => {
    await symlink(
      path.join(root, 'nowhere.yml'),
      path.join(root, '.github/workflows/dangling.yml'),
    );
    expect(await errorsFor()).toEqual([
      [
        '.github/workflows/dangling.yml',
        undefined,
        'cannot read the file: broken symbolic link (no such file or directory)',
      ],
    ]);
  });

  it('invalid YAML, at its line', async () => {
    await put('.github/workflows/broken.yml', 'on: push\njobs:\n  a:\n\tsteps: []\n');
    expect(await errorsFor()).toEqual([
      ['.github/workflows/broken.yml', 4, 'invalid YAML: Tabs are not allowed as indentation'],
    ]);
  });

  it('a YAML alias bomb, at the line of its first alias', async () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'jobs: {}',
      '',
    ].join('\n');
    await put('.github/workflows/bomb.yml', bomb);
    const [error] = await errorsFor();
    expect(error?.slice(0, 2)).toEqual(['.github/workflows/bomb.yml', 2]);
    expect(error?.[2]).toMatch(/^YAML aliases expand too far to be read safely/);
  });

  it('a file over 10 MB, without reading it', async () => {
    await put('.github/workflows/huge.yml', Buffer.alloc(MAX_FILE_BYTES + 1, 0x20));
    expect(await errorsFor()).toEqual([
      [
        '.github/workflows/huge.yml',
        undefined,
        'file is 10.0 MB, over the 10.0 MB limit; it was not read',
      ],
    ]);
  });

  it('a symlink that points outside the repository', async () => {
    await writeFile(path.join(outside, 'secret.yml'), GOOD);
    await symlink(
      path.join(outside, 'secret.yml'),
      path.join(root, '.github/workflows/escape.yml'),
    );
    expect(await errorsFor()).toEqual([
      [
        '.github/workflows/escape.yml',
        undefined,
        'symbolic link points outside the repository; it is not followed',
      ],
    ]);
  });

  it('a symlink that stays inside the repository is read', async () => {
    await put('shared/ci.yml', GOOD);
    await symlink(
      path.join(root, 'shared/ci.yml'),
      path.join(root, '.github/workflows/linked.yml'),
    );
    const repository = await loadRepository(root);
    expect(repository.errors).toEqual([]);
    expect(repository.workflows.map((w) => w.file)).toEqual([
      '.github/workflows/good.yml',
      '.github/workflows/linked.yml',
    ]);
  });

  it('a file that is not UTF-8, at the line of the first bad byte', async () => {
    await put(
      '.github/workflows/latin1.yml',
      Buffer.concat([
        Buffer.from('on: push\nname: caf'),
        Buffer.from([0xe9]),
        Buffer.from('\njobs: {}\n'),
      ]),
    );
    expect(await errorsFor()).toEqual([
      ['.github/workflows/latin1.yml', 2, 'file is not valid UTF-8 text'],
    ]);
  });

  it('an empty file', async () => {
    await put('action.yml', '');
    expect(await errorsFor()).toEqual([['action.yml', undefined, 'file is empty']]);
  });

  it('several bad files at once are all reported, in file order', async () => {
    await put('action.yml', '');
    await put('.github/workflows/broken.yml', 'jobs: [\n');
    const errors = await errorsFor();
    expect(errors.map(([file]) => file)).toEqual(['.github/workflows/broken.yml', 'action.yml']);
  });
});

describe('references', () => {
  it('collects every step, job, docker, container and service reference, local ones marked', async () => {
    await put(
      '.github/workflows/ci.yml',
      [
        'on: push',
        'jobs:',
        '  call:',
        '    uses: octo/reusable/.github/workflows/build.yml@v1',
        '  local-call:',
        '    uses: ./.github/workflows/other.yml',
        '  build:',
        '    runs-on: ubuntu-latest',
        '    container: node:20',
        '    services:',
        '      db:',
        '        image: postgres:16',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '      - uses: ./local-action',
        '      - uses: docker://alpine:3.20',
        '      - run: echo hi',
        '',
      ].join('\n'),
    );
    await put(
      'local-action/action.yml',
      'runs:\n  using: composite\n  steps:\n    - uses: actions/cache@v4\n',
    );
    await put('docker-action/action.yml', 'runs:\n  using: docker\n  image: Dockerfile\n');
    const references = collectReferences(await loadRepository(root));
    expect(references.map((r) => [r.kind, r.value.value, r.local, r.value.line])).toEqual([
      ['reusable-workflow', 'octo/reusable/.github/workflows/build.yml@v1', false, 4],
      ['reusable-workflow', './.github/workflows/other.yml', true, 6],
      ['container', 'node:20', false, 9],
      ['service', 'postgres:16', false, 12],
      ['action', 'actions/checkout@v4', false, 14],
      ['action', './local-action', true, 15],
      ['docker-step', 'docker://alpine:3.20', false, 16],
      ['action-image', 'Dockerfile', true, 3],
      ['action', 'actions/cache@v4', false, 4],
    ]);
  });

  it('the whole corpus is read without an error, and its uses equal a count made through plain JSON', async () => {
    const repository = await loadRepository(CORPUS);
    expect(repository.errors).toEqual([]);
    expect(repository.workflows.length).toBe(324);
    expect(repository.actions.length).toBe(29);
    const inModel =
      repository.workflows
        .flatMap((w) => w.jobs.flatMap((job) => [job.uses, ...job.steps.map((s) => s.uses)]))
        .filter(Boolean).length +
      repository.actions.flatMap((a) => a.runs?.steps ?? []).filter((step) => step.uses).length;
    // Independent count: the same files converted to plain objects by yaml's parse(), no model.
    type Plain = {
      jobs?: Record<string, { uses?: string; steps?: Array<{ uses?: string }> }>;
      runs?: { steps?: Array<{ uses?: string }> };
    };
    let inJson = 0;
    for (const file of [...repository.workflows, ...repository.actions].map((f) => f.file)) {
      const plain = parse(readFileSync(path.join(CORPUS, file), 'utf8')) as Plain;
      for (const job of Object.values(plain.jobs ?? {})) {
        if (job.uses) inJson++;
        inJson += (job.steps ?? []).filter((step) => step.uses).length;
      }
      inJson += (plain.runs?.steps ?? []).filter((step) => step.uses).length;
    }
    expect(inModel).toBe(inJson);
    expect(inModel).toBe(2753);
  });
});
