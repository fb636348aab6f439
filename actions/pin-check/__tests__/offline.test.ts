import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { discoverFiles } from '@palisade/core';
import { runPinCheck } from '../src/run.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus/workflows');
const TODAY_ENTRY_FAR = '2999-12-31';

type Row = [rule: string, file: string, line: number, column: number | undefined, message: string];
const rows = (
  findings: ReadonlyArray<{
    rule: string;
    file: string;
    line: number;
    column?: number;
    message: string;
  }>,
): Row[] => findings.map((f) => [f.rule, f.file, f.line, f.column, f.message]);

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'palisade-pins-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function put(relative: string, content: string): Promise<void> {
  await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
  await writeFile(path.join(root, relative), content);
}

describe('pin-check offline, on real repositories', () => {
  it('openwop-cli pins nothing: every action is reported at its exact place', async () => {
    const { report } = await runPinCheck(path.join(CORPUS, 'openwop__openwop-cli'), undefined);
    expect(report.errors).toEqual([]);
    const ci = report.findings.filter((f) => f.file === '.github/workflows/ci.yml');
    expect(rows(ci)).toEqual([
      [
        'unpinned-action',
        '.github/workflows/ci.yml',
        17,
        15,
        '`actions/checkout@v6` is pinned to the major-version tag `v6`, which can be moved; pin it to a full commit SHA.',
      ],
      [
        'unpinned-action',
        '.github/workflows/ci.yml',
        18,
        15,
        '`actions/setup-node@v6` is pinned to the major-version tag `v6`, which can be moved; pin it to a full commit SHA.',
      ],
    ]);
  });

  it('uv: SHAs without a version comment are warnings, at each place', async () => {
    const { report } = await runPinCheck(path.join(CORPUS, 'astral-sh__uv'), undefined);
    const missing = report.findings.filter(
      (f) => f.rule === 'missing-version-comment' && f.file === '.github/workflows/release.yml',
    );
    expect(missing.slice(0, 3).map((f) => [f.line, f.column, f.severity, f.message])).toEqual([
      [
        84,
        15,
        'warning',
        '`actions/checkout@de0fac2e4500dabe0009e67214ff5f5447ce83dd` is pinned to a SHA with no `# vX.Y.Z` comment saying which version it is.',
      ],
      [
        150,
        15,
        'warning',
        '`actions/checkout@de0fac2e4500dabe0009e67214ff5f5447ce83dd` is pinned to a SHA with no `# vX.Y.Z` comment saying which version it is.',
      ],
      [
        193,
        15,
        'warning',
        '`actions/checkout@de0fac2e4500dabe0009e67214ff5f5447ce83dd` is pinned to a SHA with no `# vX.Y.Z` comment saying which version it is.',
      ],
    ]);
  });

  it('prometheus: job container images without a digest', async () => {
    const { report } = await runPinCheck(path.join(CORPUS, 'prometheus__prometheus'), undefined);
    const images = report.findings.filter(
      (f) => f.rule === 'unpinned-image' && f.file === '.github/workflows/ci.yml',
    );
    expect(rows(images.slice(0, 2))).toEqual([
      [
        'unpinned-image',
        '.github/workflows/ci.yml',
        19,
        14,
        'The image `quay.io/prometheus/golang-builder:1.26-base` is not pinned to a digest; append `@sha256:<digest>` so the same image runs every time.',
      ],
      [
        'unpinned-image',
        '.github/workflows/ci.yml',
        37,
        14,
        'The image `quay.io/prometheus/golang-builder:1.26-base` is not pinned to a digest; append `@sha256:<digest>` so the same image runs every time.',
      ],
    ]);
  });

  it('the whole corpus: unpinned actions and images equal a count made from plain JSON', async () => {
    const { report } = await runPinCheck(CORPUS, undefined);
    expect(report.errors).toEqual([]);
    const count = (rule: string): number => report.findings.filter((f) => f.rule === rule).length;

    // Independent count: the same files as plain objects from yaml's parse(), no model, no positions.
    let actions = 0;
    let images = 0;
    const isExternal = (uses: string): boolean =>
      !uses.startsWith('./') && !uses.startsWith('$/') && !uses.startsWith('docker://');
    const unpinnedRef = (uses: string): boolean => !/@[0-9a-f]{40}$/.test(uses);
    const unpinnedImage = (image: unknown): boolean =>
      typeof image === 'string' && !/@sha256:[0-9a-f]{64}$/.test(image);
    type Step = { uses?: string };
    type Job = {
      uses?: string;
      steps?: Step[];
      container?: string | { image?: string };
      services?: Record<string, { image?: string }>;
    };
    type Plain = { jobs?: Record<string, Job>; runs?: { steps?: Step[]; image?: string } };
    const found = await discoverFiles(CORPUS);
    for (const file of [...found.workflows, ...found.actions]) {
      const plain = parse(readFileSync(path.join(CORPUS, file), 'utf8')) as Plain;
      const steps = [
        ...Object.values(plain.jobs ?? {}).flatMap((job) => job.steps ?? []),
        ...(plain.runs?.steps ?? []),
      ];
      for (const uses of [
        ...steps.map((step) => step.uses),
        ...Object.values(plain.jobs ?? {}).map((job) => job.uses),
      ]) {
        if (typeof uses !== 'string') continue;
        if (uses.startsWith('docker://')) images += unpinnedImage(uses.slice(9)) ? 1 : 0;
        else if (isExternal(uses) && unpinnedRef(uses)) actions++;
      }
      for (const job of Object.values(plain.jobs ?? {})) {
        const container = typeof job.container === 'string' ? job.container : job.container?.image;
        if (unpinnedImage(container)) images++;
        for (const service of Object.values(job.services ?? {}))
          if (unpinnedImage(service.image)) images++;
      }
      if (plain.runs?.image?.startsWith('docker://') && unpinnedImage(plain.runs.image.slice(9)))
        images++;
    }
    expect(count('unpinned-action') + count('short-sha')).toBe(actions);
    expect(count('unpinned-image')).toBe(images);
    expect([count('unpinned-action'), count('short-sha'), count('unpinned-image')]).toEqual([
      EXPECTED.unpinnedActions,
      EXPECTED.shortShas,
      EXPECTED.unpinnedImages,
    ]);
  });
});

/** Figures of the corpus, cross-checked by the independent count above. */
const EXPECTED = { unpinnedActions: 366, shortShas: 0, unpinnedImages: 22 };

describe('policy', () => {
  const workflow = [
    'on: push',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: windlasstech/.github/.github/actions/setup@main',
    '      - uses: slsa-framework/slsa-github-generator/actions/generator@v2.1.0',
    '      - uses: actions/checkout@11bd719',
    '      - uses: actions/cache@v4',
    '',
  ].join('\n');

  it('allow entries keep a reference on its tag, until they expire', async () => {
    await put('.github/workflows/ci.yml', workflow);
    await put(
      '.github/palisade.yml',
      [
        'pin-check:',
        '  allow:',
        '    - uses: windlasstech/*',
        '      reason: organization actions follow main',
        `      until: ${TODAY_ENTRY_FAR}`,
        '    - uses: slsa-framework/slsa-github-generator',
        '      reason: verified by tag',
        '      until: 2020-01-01',
        '',
      ].join('\n'),
    );
    const { report } = await runPinCheck(root, undefined);
    expect(rows(report.findings)).toEqual([
      [
        'expired-allow-entry',
        '.github/palisade.yml',
        6,
        undefined,
        'This `pin-check.allow` entry expired on 2020-01-01 and no longer applies; renew it with a new `until` or remove it.',
      ],
      [
        'unpinned-action',
        '.github/workflows/ci.yml',
        7,
        15,
        '`slsa-framework/slsa-github-generator/actions/generator@v2.1.0` is pinned to the version tag `v2.1.0`, which can be moved; pin it to a full commit SHA.',
      ],
      [
        'short-sha',
        '.github/workflows/ci.yml',
        8,
        15,
        '`actions/checkout@11bd719` is pinned to the abbreviated SHA `11bd719`; use the full 40-character commit SHA.',
      ],
      [
        'unpinned-action',
        '.github/workflows/ci.yml',
        9,
        15,
        '`actions/cache@v4` is pinned to the major-version tag `v4`, which can be moved; pin it to a full commit SHA.',
      ],
    ]);
  });

  it('one SHA with two version comments is reported at both places', async () => {
    const sha = '11bd71901bbe5b1630ceea73d27597364c9af683';
    await put(
      '.github/workflows/a.yml',
      `on: push\njobs:\n  a:\n    steps:\n      - uses: actions/checkout@${sha} # v4.2.2\n`,
    );
    await put(
      '.github/workflows/b.yml',
      `on: push\njobs:\n  b:\n    steps:\n      - uses: actions/checkout@${sha} # v4.1.0\n      - uses: actions/checkout@${sha}\n`,
    );
    const { report } = await runPinCheck(root, undefined);
    expect(rows(report.findings)).toEqual([
      [
        'inconsistent-version-comment',
        '.github/workflows/a.yml',
        5,
        15,
        `\`actions/checkout@${sha}\` is commented \`v4.2.2\` here but \`v4.1.0\` at .github/workflows/b.yml:5; one SHA is one version.`,
      ],
      [
        'inconsistent-version-comment',
        '.github/workflows/b.yml',
        5,
        15,
        `\`actions/checkout@${sha}\` is commented \`v4.1.0\` here but \`v4.2.2\` at .github/workflows/a.yml:5; one SHA is one version.`,
      ],
      [
        'missing-version-comment',
        '.github/workflows/b.yml',
        6,
        15,
        `\`actions/checkout@${sha}\` is pinned to a SHA with no \`# vX.Y.Z\` comment saying which version it is.`,
      ],
    ]);
  });

  it('require-version-comment: false turns the comment warning off', async () => {
    await put(
      '.github/workflows/a.yml',
      'on: push\njobs:\n  a:\n    steps:\n      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683\n',
    );
    await put('.github/palisade.yml', 'pin-check:\n  require-version-comment: false\n');
    expect((await runPinCheck(root, undefined)).report.findings).toEqual([]);
  });

  it('a malformed uses is an input error at its line, and the rest is still checked', async () => {
    await put(
      '.github/workflows/a.yml',
      'on: push\njobs:\n  a:\n    steps:\n      - uses: actions/checkout\n      - uses: actions/cache@v4\n',
    );
    const { report } = await runPinCheck(root, undefined);
    expect(report.errors.map((e) => e.message)).toEqual([
      '.github/workflows/a.yml:5: `uses: actions/checkout` cannot be checked: it has no `@ref`',
    ]);
    expect(rows(report.findings).map(([rule, , line]) => [rule, line])).toEqual([
      ['unpinned-action', 6],
    ]);
  });

  it('the fixer refuses without a token, saying why', async () => {
    await put(
      '.github/workflows/a.yml',
      'on: push\njobs:\n  a:\n    steps:\n      - uses: actions/cache@v4\n',
    );
    await expect(runPinCheck(root, undefined, { fix: true })).rejects.toThrow(
      'the fixer needs a GitHub token to find the commit and version of each tag or branch: set GITHUB_TOKEN (or the github-token input)',
    );
  });
});

describe('actions.lock', () => {
  const sha = 'de0fac2e4500dabe0009e67214ff5f5447ce83dd';
  const lock = (workflows: string, dependencies: string): string =>
    `# This file is machine-generated by \`gh actions-lock\`.\nversion: 'v0.0.2'\nworkflows:\n${workflows}dependencies:\n${dependencies}`;

  it('a ref locked to a commit counts as pinned', async () => {
    await put(
      '.github/workflows/ci.yml',
      'on: push\njobs:\n  a:\n    steps:\n      - uses: actions/checkout@v6.0.2\n',
    );
    await put(
      '.github/workflows/actions.lock',
      lock(
        "    '.github/workflows/ci.yml':\n        - 'actions/checkout@v6.0.2'\n",
        `    'actions/checkout@v6.0.2':\n        ref: 'v6.0.2'\n        commit: 'sha1-${sha}'\n`,
      ),
    );
    const { report } = await runPinCheck(root, undefined);
    expect(report.findings).toEqual([]);
    expect(report.errors).toEqual([]);
  });

  it('an entry without a valid commit, a missing ref and a stale ref are errors at their lines', async () => {
    await put(
      '.github/workflows/ci.yml',
      'on: push\njobs:\n  a:\n    steps:\n      - uses: actions/checkout@v6.0.2\n      - uses: actions/setup-go@v6\n',
    );
    await put(
      '.github/workflows/actions.lock',
      lock(
        "    '.github/workflows/ci.yml':\n        - 'actions/checkout@v6.0.2'\n        - 'actions/cache@v4'\n    '.github/workflows/gone.yml':\n        - 'actions/checkout@v6.0.2'\n",
        `    'actions/checkout@v6.0.2':\n        ref: 'v6.0.2'\n        commit: 'sha256-${sha}'\n    'actions/cache@v4':\n        ref: 'v4'\n        commit: 'sha1-${sha}'\n`,
      ),
    );
    const { report } = await runPinCheck(root, undefined);
    expect(rows(report.findings)).toEqual([
      [
        'lockfile-mismatch',
        '.github/workflows/actions.lock',
        5,
        11,
        '`actions/checkout@v6.0.2` is locked for `.github/workflows/ci.yml` but has no entry under `dependencies`.',
      ],
      [
        'lockfile-mismatch',
        '.github/workflows/actions.lock',
        6,
        11,
        'actions.lock locks `actions/cache@v4` for `.github/workflows/ci.yml`, which no longer uses it; run `gh actions-lock` again.',
      ],
      [
        'lockfile-mismatch',
        '.github/workflows/actions.lock',
        8,
        11,
        '`actions/checkout@v6.0.2` is locked for `.github/workflows/gone.yml` but has no entry under `dependencies`.',
      ],
      [
        'lockfile-mismatch',
        '.github/workflows/actions.lock',
        8,
        11,
        'actions.lock locks `.github/workflows/gone.yml`, which does not exist.',
      ],
      [
        'lockfile-mismatch',
        '.github/workflows/actions.lock',
        12,
        17,
        `The lock entry for \`actions/checkout@v6.0.2\` has no \`commit: sha1-<40 hex>\` (found \`sha256-${sha}\`).`,
      ],
      [
        'unpinned-action',
        '.github/workflows/ci.yml',
        5,
        15,
        '`actions/checkout@v6.0.2` is pinned to the version tag `v6.0.2`, which can be moved; pin it to a full commit SHA.',
      ],
      [
        'lockfile-mismatch',
        '.github/workflows/ci.yml',
        6,
        15,
        '`actions/setup-go@v6` is not in actions.lock, which locks this workflow; run `gh actions-lock` again.',
      ],
      [
        'unpinned-action',
        '.github/workflows/ci.yml',
        6,
        15,
        '`actions/setup-go@v6` is pinned to the major-version tag `v6`, which can be moved; pin it to a full commit SHA.',
      ],
    ]);
  });

  it('a lockfile that is not YAML is an input error at its line', async () => {
    await put(
      '.github/workflows/ci.yml',
      'on: push\njobs:\n  a:\n    steps:\n      - uses: actions/checkout@v6.0.2\n',
    );
    await put('.github/workflows/actions.lock', 'workflows:\n\t- x\n');
    const { report } = await runPinCheck(root, undefined);
    expect(report.errors.map((e) => e.message)).toEqual([
      '.github/workflows/actions.lock:2: invalid YAML: Tabs are not allowed as indentation',
    ]);
  });
});
