import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { main } from '../../../packages/cli/src/cli.js';
import { runActionBundle } from '../../../packages/core/__tests__/action-bundle.js';
import { linearHistory, shaOf, startEmulator, type Emulator } from './github-emulator.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const BUNDLE = path.join(REPO_ROOT, 'dist/pin-check/index.js');
const OPENWOP_CLI = path.resolve(REPO_ROOT, '../shared/corpus/workflows/openwop__openwop-cli');
const TOKEN = 'ghs_palisadeTestToken0123456789';

let work: string;
let emulator: Emulator | undefined;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'palisade-pin-action-'));
});
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
  await rm(work, { recursive: true, force: true });
});

/** Runs the committed bundle as the runner does: inputs as INPUT_* variables, files for outputs. */
async function runAction(inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  return runActionBundle(BUNDLE, { work, inputs, env: extraEnv });
}

describe('the pin-check action bundle', () => {
  it('offline on a real repository: annotations at each place, outputs, SARIF and the summary', async () => {
    const sarifFile = path.join(work, 'pins.sarif');
    const result = await runAction({
      path: OPENWOP_CLI,
      'github-token': '',
      'sarif-file': sarifFile,
    });
    expect(result.code).toBe(1);
    const annotations = result.stdout
      .split('\n')
      .filter((line) => line.startsWith('::error title='));
    expect(annotations).toEqual([
      `::error title=unpinned-action,file=.github/workflows/ci.yml,line=17,col=15::\`actions/checkout@v6\` is pinned to the major-version tag \`v6\`, which can be moved; pin it to a full commit SHA.%0Ahttps://github.com/windlasstech/palisade/blob/main/actions/pin-check/README.md#unpinned-action`,
      `::error title=unpinned-action,file=.github/workflows/ci.yml,line=18,col=15::\`actions/setup-node@v6\` is pinned to the major-version tag \`v6\`, which can be moved; pin it to a full commit SHA.%0Ahttps://github.com/windlasstech/palisade/blob/main/actions/pin-check/README.md#unpinned-action`,
      `::error title=unpinned-action,file=.github/workflows/publish.yml,line=44,col=15::\`actions/checkout@v6\` is pinned to the major-version tag \`v6\`, which can be moved; pin it to a full commit SHA.%0Ahttps://github.com/windlasstech/palisade/blob/main/actions/pin-check/README.md#unpinned-action`,
      `::error title=unpinned-action,file=.github/workflows/publish.yml,line=51,col=15::\`actions/setup-node@v6\` is pinned to the major-version tag \`v6\`, which can be moved; pin it to a full commit SHA.%0Ahttps://github.com/windlasstech/palisade/blob/main/actions/pin-check/README.md#unpinned-action`,
    ]);
    expect(result.stdout).toContain(
      '::error::palisade pin-check: 2 workflows, 0 actions, 4 external references, 4 findings (4 errors)',
    );
    expect(result.outputs).toEqual({ score: '0', 'sarif-file': sarifFile, 'findings-count': '4' });
    const sarif = JSON.parse(await readFile(sarifFile, 'utf8')) as {
      runs: Array<{ results: unknown[] }>;
    };
    expect(sarif.runs[0]?.results).toHaveLength(4);
    expect(result.summary).toContain(
      '<p>OpenSSF Scorecard Pinned-Dependencies (GitHub Actions): 0/10.</p>',
    );
  });

  it('a bad input value exits 2 with a message naming the input', async () => {
    const result = await runAction({ path: OPENWOP_CLI, 'github-token': '', 'fail-on': 'always' });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(
      '::error::input `fail-on` must be one of error, warning, note, never, not `always`',
    );
  });

  describe('online, against a local GitHub API', () => {
    const v4 = shaOf('checkout-v4.2.2');
    const old = shaOf('checkout-v3.6.0');
    const workflow = [
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4 # keep me',
      `      - uses: actions/checkout@${v4} # v3.6.0`,
      '',
    ].join('\r\n');

    beforeEach(async () => {
      emulator = await startEmulator({
        token: TOKEN,
        repositories: {
          'actions/checkout': {
            branches: { main: v4 },
            tags: { v4: v4, 'v4.2': v4, 'v4.2.2': v4, 'v3.6.0': old },
            commits: linearHistory([old, v4]),
          },
        },
      });
      await mkdir(path.join(work, 'repo/.github/workflows'), { recursive: true });
      await writeFile(path.join(work, 'repo/.github/workflows/ci.yml'), workflow);
    });

    it('verifies comments with one request, writes the fix as a patch, and never prints the token', async () => {
      const result = await runAction(
        { path: path.join(work, 'repo'), 'github-token': TOKEN, fix: 'true' },
        { GITHUB_API_URL: emulator?.url ?? '' },
      );
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(
        `::error title=version-comment-mismatch,file=.github/workflows/ci.yml,line=7,col=15::`,
      );
      expect(emulator?.requests.count('/repos/actions/checkout/tags')).toBe(1);
      expect(emulator?.requests.total).toBe(1);
      const patchFile = path.join(work, 'repo/pin-check.patch');
      expect(result.outputs['patch-file']).toBe(patchFile);
      expect(await readFile(patchFile, 'utf8')).toBe(
        [
          'diff --git a/.github/workflows/ci.yml b/.github/workflows/ci.yml',
          '--- a/.github/workflows/ci.yml',
          '+++ b/.github/workflows/ci.yml',
          '@@ -3,5 +3,5 @@',
          '   build:\r',
          '     runs-on: ubuntu-latest\r',
          '     steps:\r',
          `-      - uses: actions/checkout@v4 # keep me\r`,
          `+      - uses: actions/checkout@${v4} # v4.2.2 keep me\r`,
          `       - uses: actions/checkout@${v4} # v3.6.0\r`,
          '',
        ].join('\n'),
      );
      // The workflow itself is untouched: the action only proposes the patch.
      expect(await readFile(path.join(work, 'repo/.github/workflows/ci.yml'), 'utf8')).toBe(
        workflow,
      );
      expect(result.stdout.split('\n').filter((line) => line.includes(TOKEN))).toEqual([
        `::add-mask::${TOKEN}`,
      ]);
      expect(result.outputs.score).toBe('5');
      expect(result.summary).toContain('0/10');
    });

    it('palisade pin-check --fix rewrites the file, changing only the ref and its comment', async () => {
      const saved = { ...process.env };
      Object.assign(process.env, {
        GITHUB_TOKEN: TOKEN,
        GITHUB_API_URL: emulator?.url ?? '',
        XDG_CACHE_HOME: path.join(work, 'cache'),
      });
      let out = '';
      try {
        const code = await main(['pin-check', path.join(work, 'repo'), '--fix'], {
          out: (text) => (out += text),
          err: (text) => (out += text),
        });
        expect(code).toBe(1);
      } finally {
        process.env = saved;
      }
      expect(await readFile(path.join(work, 'repo/.github/workflows/ci.yml'), 'utf8')).toBe(
        workflow.replace(
          'actions/checkout@v4 # keep me',
          `actions/checkout@${v4} # v4.2.2 keep me`,
        ),
      );
      expect(out).toContain(
        'fixed .github/workflows/ci.yml\nOpenSSF Scorecard Pinned-Dependencies (GitHub Actions): 5/10, 10/10 after the fix\n',
      );
      expect(out).not.toContain(TOKEN);
    });

    it('online, a ref is named as the tag or branch it is, from the one tag request per repository', async () => {
      await writeFile(
        path.join(work, 'repo/.github/workflows/ci.yml'),
        'on: push\njobs:\n  a:\n    steps:\n      - uses: actions/checkout@main\n      - uses: actions/checkout@v4\n      - uses: gone-org/setup@v1\n',
      );
      const saved = { ...process.env };
      Object.assign(process.env, {
        GITHUB_TOKEN: TOKEN,
        GITHUB_API_URL: emulator?.url ?? '',
        XDG_CACHE_HOME: path.join(work, 'cache'),
      });
      let out = '';
      try {
        await main(['pin-check', path.join(work, 'repo')], {
          out: (text) => (out += text),
          err: (text) => (out += text),
        });
      } finally {
        process.env = saved;
      }
      expect(out.split('\n').slice(0, 3)).toEqual([
        '.github/workflows/ci.yml:5:15: error [unpinned-action] `actions/checkout@main` is pinned to the branch `main`, which can be moved; pin it to a full commit SHA.',
        '.github/workflows/ci.yml:6:15: error [unpinned-action] `actions/checkout@v4` is pinned to the major-version tag `v4`, which can be moved; pin it to a full commit SHA.',
        '.github/workflows/ci.yml:7:15: error [unpinned-action] `gone-org/setup@v1` names `gone-org/setup`, which does not exist or is not visible: whoever creates it takes over this reference; pin it to a full commit SHA.',
      ]);
      expect(emulator?.requests.total).toBe(2);
    });

    it('an API that cannot answer exits 2 with the reason, and reports nothing as unpinned', async () => {
      // A rate limit that resets in an hour: too long to wait, so the check fails closed.
      emulator?.faults.add('/repos/actions/checkout/tags', {
        kind: 'rate-limit',
        resetInSeconds: 3600,
      });
      const result = await runAction(
        { path: path.join(work, 'repo'), 'github-token': TOKEN },
        { GITHUB_API_URL: emulator?.url ?? '' },
      );
      expect(result.code).toBe(2);
      expect(result.stdout).toMatch(
        /::error title=Could not be checked,file=\.github\/workflows\/ci\.yml,line=6::`actions\/checkout@v4` could not be verified: GET \/repos\/actions\/checkout\/tags\?per_page=100 failed: 403 Forbidden: the API rate limit was hit/,
      );
      expect(result.stdout).not.toContain('title=impostor-commit');
      expect(result.stdout).not.toContain('title=version-comment-mismatch');
    });
  });
});
