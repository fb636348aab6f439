import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { main } from '../src/cli.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const UV = path.resolve(REPO_ROOT, '../shared/corpus/workflows/astral-sh__uv');

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'palisade-cli-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function put(relative: string, content: string): Promise<void> {
  await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
  await writeFile(path.join(root, relative), content);
}

describe('palisade audit', () => {
  it('reports the workflows, actions, external references and pin findings of a real repository', async () => {
    const { code, out, err } = await run('audit', UV);
    expect(err).toBe('');
    expect(code).toBe(1);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('Workflows (41)');
    expect(lines).toContain(
      '  .github/workflows/check-lint.yml  10 jobs, 37 steps, 20 external references',
    );
    expect(lines).toContain(
      '  .github/actions/load-issue-context/action.yml  composite, 1 step, 0 external references',
    );
    expect(lines).toContain('    python:3.6-buster');
    expect(lines).toContain(
      '.github/workflows/test-system.yml:103:16: error [unpinned-image] The image `python:3.6-buster` is not pinned to a digest; append `@sha256:<digest>` so the same image runs every time.',
    );
    // Same references are grouped, with their version comment and how often they occur.
    expect(lines).toContain(
      '    actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1  # v7.0.1  (×127)',
    );
    expect(lines).toContain('    actions/checkout@de0fac2e4500dabe0009e67214ff5f5447ce83dd  (×5)');
    expect(lines.at(-1)).toBe(
      'palisade audit: 41 workflows, 2 actions, 485 external references, 117 findings (9 errors, 49 warnings, 59 notes)',
    );
  });

  it('gives the same inventory as JSON, with each reference placed and its comment', async () => {
    const { code, out } = await run('audit', UV, '--format', 'json');
    expect(code).toBe(1);
    const json = JSON.parse(out) as {
      command: string;
      counts: Record<string, number>;
      inventory: {
        workflows: unknown[];
        actions: unknown[];
        references: Array<{ file: string; line: number }>;
      };
    };
    expect(json.command).toBe('audit');
    expect(json.counts).toEqual({ error: 9, warning: 49, note: 59, inputErrors: 0 });
    expect(json.inventory.workflows).toHaveLength(41);
    expect(json.inventory.references).toHaveLength(485);
    expect(json.inventory.references).toContainEqual({
      kind: 'action',
      uses: 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1',
      file: '.github/workflows/check-lint.yml',
      line: 28,
      column: 15,
      comment: 'v7.0.1',
    });
  });

  it('writes the report to --output and prints only the summary line', async () => {
    const output = path.join(root, 'report.sarif');
    const { code, out } = await run('audit', UV, '--format', 'sarif', '--output', output);
    expect(code).toBe(1);
    expect(out).toBe(
      'palisade audit: 41 workflows, 2 actions, 485 external references, 117 findings (9 errors, 49 warnings, 59 notes)\n',
    );
    const sarif = JSON.parse(await readFile(output, 'utf8')) as {
      version: string;
      runs: Array<{ results: unknown[] }>;
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results).toHaveLength(117);
  });

  it('exits 2 on inputs it cannot read, naming file and line, and still reports the rest', async () => {
    await put(
      '.github/workflows/good.yml',
      'on: push\npermissions:\n  contents: read\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n',
    );
    await put('.github/workflows/bad.yml', 'on: push\njobs:\n  a:\n\tsteps: []\n');
    await put('action.yml', '');
    const { code, out } = await run('audit', root);
    expect(code).toBe(2);
    const lines = out.trimEnd().split('\n');
    expect(lines).toContain('  .github/workflows/good.yml  1 job, 1 step, 1 external reference');
    expect(lines).toContain('    actions/checkout@v4');
    expect(lines).toContain(
      '.github/workflows/bad.yml:4: invalid YAML: Tabs are not allowed as indentation [input error]',
    );
    expect(lines).toContain('action.yml: file is empty [input error]');
    expect(lines.at(-1)).toBe(
      'palisade audit: 1 workflow, 0 actions, 1 external reference, 1 finding (1 error), 2 input errors',
    );
  });

  it('reports every kind of bad input with its file and line, exits 2, and still audits the rest', async () => {
    await put(
      '.github/workflows/good.yml',
      'on: push\npermissions:\n  contents: read\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n',
    );
    await put('.github/workflows/invalid.yml', 'on: push\njobs:\n  a:\n\tsteps: []\n');
    await put(
      '.github/workflows/bomb.yml',
      [
        'a: &a [x, x, x, x, x, x, x, x, x]',
        ...'bcdefg'
          .split('')
          .map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`),
        'jobs: {}',
        '',
      ].join('\n'),
    );
    await put('.github/workflows/huge.yml', ' '.repeat(10 * 1024 * 1024 + 1));
    await put('.github/workflows/latin1.yml', 'on: push\n');
    await writeFile(
      path.join(root, '.github/workflows/latin1.yml'),
      Buffer.from([0x6f, 0x6e, 0x3a, 0x20, 0xe9, 0x0a]),
    );
    await put('.github/workflows/empty.yml', '');
    const outside = await mkdtemp(path.join(tmpdir(), 'palisade-outside-'));
    try {
      await writeFile(path.join(outside, 'x.yml'), 'on: push\njobs: {}\n');
      await symlink(path.join(outside, 'x.yml'), path.join(root, '.github/workflows/escape.yml'));
      await symlink(
        path.join(root, 'missing.yml'),
        path.join(root, '.github/workflows/dangling.yml'),
      );
      const { code, out } = await run('audit', root);
      expect(code).toBe(2);
      const lines = out.trimEnd().split('\n');
      expect(lines.filter((line) => line.endsWith('[input error]'))).toEqual([
        '.github/workflows/bomb.yml:2: YAML aliases expand too far to be read safely (Excessive alias count indicates a resource exhaustion attack) [input error]',
        '.github/workflows/dangling.yml: cannot read the file: broken symbolic link (no such file or directory) [input error]',
        '.github/workflows/empty.yml: file is empty [input error]',
        '.github/workflows/escape.yml: symbolic link points outside the repository; it is not followed [input error]',
        '.github/workflows/huge.yml: file is 10.0 MB, over the 10.0 MB limit; it was not read [input error]',
        '.github/workflows/invalid.yml:4: invalid YAML: Tabs are not allowed as indentation [input error]',
        '.github/workflows/latin1.yml:1: file is not valid UTF-8 text [input error]',
      ]);
      expect(lines).toContain('  .github/workflows/good.yml  1 job, 1 step, 1 external reference');
      expect(lines.at(-1)).toBe(
        'palisade audit: 1 workflow, 0 actions, 1 external reference, 1 finding (1 error), 7 input errors',
      );
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('applies the configuration: excludes, and fail-on from the file unless the flag says otherwise', async () => {
    await put(
      '.github/workflows/ci.yml',
      'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n',
    );
    await put('fixtures/.github/workflows/broken.yml', 'jobs: [\n');
    await put(
      '.github/palisade.yml',
      'exclude: [fixtures]\nfail-on: warning\npin-check:\n  allow:\n    - uses: octo/*\n      reason: vendor\n      until: 2020-01-01\n',
    );
    const strict = await run('audit', root);
    expect(strict.code).toBe(1);
    expect(strict.out).toContain(
      '.github/palisade.yml:5: warning [expired-allow-entry] This `pin-check.allow` entry expired on 2020-01-01 and no longer applies; renew it with a new `until` or remove it.',
    );
    expect(strict.out.trimEnd().split('\n').at(-1)).toBe(
      'palisade audit: 1 workflow, 0 actions, 0 external references, 1 finding (1 warning)',
    );
    expect((await run('audit', root, '--fail-on', 'error')).code).toBe(0);
  });

  it('exits 2 with the file and line of a bad configuration', async () => {
    await put('.github/palisade.yml', 'pin-chek: {}\n');
    const { code, out } = await run('audit', root);
    expect(code).toBe(2);
    expect(out).toContain(
      '.github/palisade.yml:1: unknown key `pin-chek` (did you mean `pin-check`?) [input error]',
    );
  });

  it('exits 2 when the path is not a directory', async () => {
    const { code, err } = await run('audit', path.join(root, 'missing'));
    expect(code).toBe(2);
    expect(err).toBe(
      `palisade: ${path.join(root, 'missing')}: cannot read the directory (no such file or directory)\n`,
    );
  });
});

describe('palisade pin-check', () => {
  const OPENWOP_CLI = path.resolve(REPO_ROOT, '../shared/corpus/workflows/openwop__openwop-cli');
  const savedToken = { GITHUB_TOKEN: process.env.GITHUB_TOKEN, GH_TOKEN: process.env.GH_TOKEN };
  beforeEach(() => {
    delete process.env.GITHUB_TOKEN;
    delete process.env.GH_TOKEN;
  });
  afterEach(() => {
    Object.assign(process.env, savedToken);
  });

  it('reports every unpinned reference, the Scorecard score, and that it ran offline', async () => {
    const { code, out } = await run('pin-check', OPENWOP_CLI);
    expect(code).toBe(1);
    expect(out.trimEnd().split('\n')).toEqual([
      '.github/workflows/ci.yml:17:15: error [unpinned-action] `actions/checkout@v6` is pinned to the major-version tag `v6`, which can be moved; pin it to a full commit SHA.',
      '.github/workflows/ci.yml:18:15: error [unpinned-action] `actions/setup-node@v6` is pinned to the major-version tag `v6`, which can be moved; pin it to a full commit SHA.',
      '.github/workflows/publish.yml:44:15: error [unpinned-action] `actions/checkout@v6` is pinned to the major-version tag `v6`, which can be moved; pin it to a full commit SHA.',
      '.github/workflows/publish.yml:51:15: error [unpinned-action] `actions/setup-node@v6` is pinned to the major-version tag `v6`, which can be moved; pin it to a full commit SHA.',
      'OpenSSF Scorecard Pinned-Dependencies (GitHub Actions): 0/10',
      'offline: set GITHUB_TOKEN to verify version comments and commits online',
      'palisade pin-check: 2 workflows, 0 actions, 4 external references, 4 findings (4 errors)',
    ]);
  });

  it('gives SARIF with the rules of pin-check', async () => {
    const { out } = await run('pin-check', OPENWOP_CLI, '--format', 'sarif');
    const sarif = JSON.parse(out) as {
      runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: unknown[] }>;
    };
    expect(sarif.runs[0]?.tool.driver.rules.map((rule) => rule.id)).toEqual([
      'unpinned-action',
      'short-sha',
      'unpinned-image',
      'missing-version-comment',
      'inconsistent-version-comment',
      'version-comment-mismatch',
      'impostor-commit',
      'lockfile-mismatch',
    ]);
    expect(sarif.runs[0]?.results).toHaveLength(4);
  });

  it('--fix without a token exits 2 and says what is missing', async () => {
    expect(await run('pin-check', OPENWOP_CLI, '--fix')).toEqual({
      code: 2,
      out: '',
      err: 'palisade: the fixer needs a GitHub token to find the commit and version of each tag or branch: set GITHUB_TOKEN (or the github-token input)\nRun `palisade --help` for usage.\n',
    });
  });

  it('options of one command are refused by another', async () => {
    expect((await run('audit', OPENWOP_CLI, '--fix')).err).toBe(
      'palisade: --fix is not an option of audit\nRun `palisade --help` for usage.\n',
    );
    expect((await run('pin-check', OPENWOP_CLI, '--online', 'maybe')).err).toBe(
      'palisade: --online must be one of true, false, not `maybe`\nRun `palisade --help` for usage.\n',
    );
  });
});

describe('palisade invariant-gate', () => {
  const INDEX = `invariants:
  - id: token-never-logged
    tier: protocol
    severity: critical
    threat_model: SECURITY/threat-model.md
    tests:
      - test/token.test.ts
  - id: cache-bounded
    tier: protocol
    severity: high
    tests:
      - test/cache.test.ts
      - test/cache/
  - id: docs-reviewed
    tier: advisory
    severity: low
    tests: []
`;

  beforeEach(async () => {
    await put('SECURITY/invariants.yaml', INDEX);
    await put('SECURITY/threat-model.md', '# Threat model\n\ntoken-never-logged: …\n');
    await put('test/token.test.ts', "it('token-never-logged', () => {});\n");
    await put('test/cache/readme.md', 'a folder, not a test\n');
  });

  it('names each uncovered invariant with its line and why its entries do not count', async () => {
    const { code, out, err } = await run('invariant-gate', root);
    expect(err).toBe('');
    expect(code).toBe(1);
    expect(out.trimEnd().split('\n')).toEqual([
      'SECURITY/invariants.yaml:8: error [uncovered-invariant] high protocol-tier invariant `cache-bounded` has no test that resolves; test/cache.test.ts does not exist (no such file or directory); test/cache/ is a directory, not a test file',
      'SECURITY/invariants.yaml: 3 invariants; 2 in gated tiers (protocol), 1 of them without a test',
      'by tier: protocol 2 (1 with a test), advisory 1 (0 with a test)',
      'by severity: critical 1 (1 with a test), high 1 (0 with a test), low 1 (0 with a test)',
      '0 invariants not named in their threat model',
      'palisade invariant-gate: 3 invariants, 2 gated, 1 uncovered, 1 finding (1 error)',
    ]);
  });

  it('passes once the test exists; a stale entry warns; --index reads another index', async () => {
    await put('test/cache.test.ts', "it('cache-bounded', () => {});\n");
    const covered = await run('invariant-gate', root);
    expect(covered.code).toBe(0);
    expect(covered.out).toContain(
      'SECURITY/invariants.yaml:13: warning [unresolved-test] `cache-bounded`: test entry test/cache/ is a directory, not a test file\n',
    );
    expect((await run('invariant-gate', root, '--fail-on', 'warning')).code).toBe(1);
    await put('docs/other.yaml', INDEX.replace('      - test/cache/\n', ''));
    const other = await run('invariant-gate', root, '--index', 'docs/other.yaml');
    expect(other.code).toBe(0);
    expect(other.out.trimEnd().split('\n').at(-1)).toBe(
      'palisade invariant-gate: 3 invariants, 2 gated, 0 uncovered, no findings',
    );
  });

  it('exits 2 naming the index when it is missing', async () => {
    const { code, out } = await run('invariant-gate', root, '--index', 'SECURITY/none.yaml');
    expect(code).toBe(2);
    expect(out).toBe(
      'SECURITY/none.yaml: the invariants index does not exist (set `index` to where the project keeps it) [input error]\npalisade invariant-gate: no index, no findings, 1 input error\n',
    );
  });

  it("gives every invariant's status as JSON", async () => {
    const { out } = await run('invariant-gate', root, '--format', 'json');
    const json = JSON.parse(out) as {
      counts: { error: number };
      invariants: { uncovered: number; list: Array<{ id: string; tests: string[] }> };
    };
    expect(json.counts.error).toBe(1);
    expect(json.invariants.uncovered).toBe(1);
    expect(json.invariants.list.map((entry) => [entry.id, entry.tests])).toEqual([
      ['token-never-logged', ['test/token.test.ts']],
      ['cache-bounded', []],
      ['docs-reviewed', []],
    ]);
  });

  it('palisade audit runs the gate when the repository has an index', async () => {
    const { code, out } = await run('audit', root);
    expect(code).toBe(1);
    expect(out).toContain(
      'Invariants\n  SECURITY/invariants.yaml: 3 invariants; 2 in gated tiers (protocol), 1 of them without a test\n',
    );
    expect(out).toContain('SECURITY/invariants.yaml:8: error [uncovered-invariant]');
    expect(out.trimEnd().split('\n').at(-1)).toBe(
      'palisade audit: 0 workflows, 0 actions, 0 external references, 3 invariants, 1 finding (1 error)',
    );
  });
});

describe('palisade sbom', () => {
  const SAMPLE = path.resolve(REPO_ROOT, '../shared/fixtures/sbom');

  it('writes both SBOMs for a real lockfile, validated, and says where', async () => {
    await put('package.json', await readFile(path.join(SAMPLE, 'sample-app.package.json'), 'utf8'));
    await put(
      'package-lock.json',
      await readFile(path.join(SAMPLE, 'sample-app.package-lock.json'), 'utf8'),
    );
    const saved = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = '1767225600';
    try {
      const { code, out } = await run('sbom', root, '--output-dir', 'out');
      expect(code).toBe(0);
      const lines = out.trimEnd().split('\n');
      expect(lines.at(-1)).toBe(
        'palisade sbom-attest: package-lock.json (npm), 114 packages, no findings',
      );
      const spdx = JSON.parse(
        await readFile(
          path.join(
            root,
            'out',
            (await readdir(path.join(root, 'out'))).find((name) => name.endsWith('.spdx.json')) ??
              '',
          ),
          'utf8',
        ),
      ) as { spdxVersion: string; creationInfo: { created: string } };
      expect(spdx.spdxVersion).toBe('SPDX-2.3');
      expect(spdx.creationInfo.created).toBe('2026-01-01T00:00:00Z');
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved;
    }
  });

  it('exits 2 naming the file when there is no lockfile, and refuses an unknown format', async () => {
    const missing = await run('sbom', root);
    expect(missing.code).toBe(2);
    expect(missing.out).toBe(
      '.: no lockfile found: expected one of package-lock.json, npm-shrinkwrap.json, pnpm-lock.yaml, yarn.lock (or name one with `lockfile`) [input error]\npalisade sbom-attest: 0 files, no findings, 1 input error\n',
    );
    expect((await run('sbom', root, '--formats', 'swid')).err).toBe(
      'palisade: --formats must be one of spdx, cyclonedx, not `swid`\nRun `palisade --help` for usage.\n',
    );
  });
});

describe('palisade verify', () => {
  const BCR = path.resolve(REPO_ROOT, '../shared/fixtures/attestations/slsa-verifier-bcr');
  const SIGNER = 'bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml';

  it('passes a real bundle signed by the expected workflow, with the table', async () => {
    const { code, out } = await run(
      'verify',
      BCR,
      '--subject-path',
      'MODULE.bazel',
      '--bundle',
      'MODULE.bazel.intoto.jsonl',
      '--signer-workflow',
      SIGNER,
    );
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('PASS  MODULE.bazel  sha256:06ce330900a7…');
    expect(out.trimEnd().split('\n').at(-1)).toBe(
      'palisade provenance-gate: 1 artifact, 1 attestation, no findings',
    );
  });

  it('fails a valid signature from the wrong signer, naming both', async () => {
    const { code, out } = await run(
      'verify',
      BCR,
      '--subject-path',
      'MODULE-wrong-signer.bazel',
      '--bundle',
      'MODULE-wrong-signer.bazel.intoto.jsonl',
      '--signer-workflow',
      SIGNER,
      '--format',
      'json',
    );
    expect(code).toBe(1);
    const json = JSON.parse(out) as { verified: boolean; verdicts: Array<{ rule?: string }> };
    expect(json.verified).toBe(false);
    expect(json.verdicts.map((verdict) => verdict.rule)).toEqual(['signer-mismatch']);
  });

  it('refuses to run without a signer in the policy: nothing passes by default', async () => {
    const { code, err } = await run(
      'verify',
      BCR,
      '--subject-path',
      'MODULE.bazel',
      '--bundle',
      'MODULE.bazel.intoto.jsonl',
    );
    expect(code).toBe(2);
    expect(err).toBe(
      'palisade: the policy names no signer: set `signer-workflow` (owner/repo/.github/workflows/file.yml) or `signer-repo` (owner/repo), as an input or in the `provenance-gate` section of .github/palisade.yml\nRun `palisade --help` for usage.\n',
    );
  });
});

describe('palisade advisory', () => {
  const FIXTURES = path.resolve(REPO_ROOT, '../shared/fixtures/advisory');

  it("check passes on openwop's real changelog, and names the file and line of a bad id", async () => {
    await put('CHANGELOG.md', await readFile(path.join(FIXTURES, 'openwop-CHANGELOG.md'), 'utf8'));
    const passing = await run('advisory', 'check', root, '--prefix', 'openwop-SA');
    expect(passing.code).toBe(0);
    expect(passing.out).toBe(
      'palisade advisory check: 0 cited advisories, 0 index rows, no findings\n',
    );

    await put(
      'CHANGELOG.md',
      '# Changelog\n\n## [1.0.1] — 2026-07-01 — fix\n\n### Security\n\n- **openwop-SA-26-1 — Leak.** Fixed.\n',
    );
    const failing = await run('advisory', 'check', root, '--prefix', 'openwop-SA');
    expect(failing.code).toBe(1);
    expect(failing.out).toBe(
      'CHANGELOG.md:7:5: error [malformed-advisory-id] `openwop-SA-26-1` is not a well-formed advisory id: expected `openwop-SA-YYYY-NNNN` (four-digit year, a number from 0001)\npalisade advisory check: 0 cited advisories, 0 index rows, 1 finding (1 error)\n',
    );
  });

  it('assign refuses to run without a token, an advisory or a repository', async () => {
    const saved = { GITHUB_TOKEN: process.env.GITHUB_TOKEN, GH_TOKEN: process.env.GH_TOKEN };
    delete process.env.GITHUB_TOKEN;
    delete process.env.GH_TOKEN;
    try {
      expect((await run('advisory', 'assign', '--advisory', 'GHSA-aaaa-bbbb-cccc')).err).toBe(
        'palisade: advisory assign needs a GitHub token: set GITHUB_TOKEN\nRun `palisade --help` for usage.\n',
      );
      expect(
        (await run('advisory', 'assign', '--github-token', 'ghs_x', '--repository', 'a/b')).err,
      ).toBe(
        'palisade: advisory assign needs --advisory GHSA-…\nRun `palisade --help` for usage.\n',
      );
    } finally {
      Object.assign(process.env, saved);
    }
  });

  it('a missing or unknown subcommand, and options of another subcommand, exit 2', async () => {
    expect(await run('advisory')).toEqual({
      code: 2,
      out: '',
      err: 'palisade: advisory needs a command: check, assign or render\nRun `palisade --help` for usage.\n',
    });
    expect((await run('advisory', 'publish')).err).toBe(
      'palisade: unknown command `advisory publish`\nRun `palisade --help` for usage.\n',
    );
    expect((await run('advisory', 'check', root, '--advisory', 'GHSA-x')).err).toBe(
      'palisade: --advisory is not an option of advisory check\nRun `palisade --help` for usage.\n',
    );
  });
});

describe('usage', () => {
  it('--help prints the usage and exits 0', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: palisade <command> \[path\] \[options\]/);
  });

  it('no command prints the usage and exits 2', async () => {
    const { code, out } = await run();
    expect(code).toBe(2);
    expect(out).toMatch(/^Usage: palisade/);
  });

  it('an unknown command, flag or format exits 2 with a message', async () => {
    expect(await run('audti')).toEqual({
      code: 2,
      out: '',
      err: 'palisade: unknown command `audti`\nRun `palisade --help` for usage.\n',
    });
    expect((await run('audit', '--formatt', 'json')).err).toMatch(
      /^palisade: Unknown option '--formatt'/,
    );
    expect(await run('audit', '--format', 'xml')).toEqual({
      code: 2,
      out: '',
      err: 'palisade: --format must be one of text, json, sarif, not `xml`\nRun `palisade --help` for usage.\n',
    });
    expect((await run('audit', '--fail-on', 'always')).code).toBe(2);
    expect((await run('audit', 'a', 'b')).err).toBe(
      'palisade: audit takes one path, got 2\nRun `palisade --help` for usage.\n',
    );
  });
});

describe('the committed bundle', () => {
  const execFileAsync = promisify(execFile);

  it('node dist/cli/index.js audit prints the report of a corpus repository and exits 1 on its errors', async () => {
    await expect(
      execFileAsync(process.execPath, [path.join(REPO_ROOT, 'dist/cli/index.js'), 'audit', UV]),
    ).rejects.toMatchObject({
      code: 1,
      stdout: expect.stringMatching(
        /\npalisade audit: 41 workflows, 2 actions, 485 external references, 117 findings \(9 errors, 49 warnings, 59 notes\)\n$/,
      ) as unknown,
    });
  });

  it('exits 2 from the bundle on an unreadable input', async () => {
    await put('.github/workflows/bad.yml', '');
    await expect(
      execFileAsync(process.execPath, [path.join(REPO_ROOT, 'dist/cli/index.js'), 'audit', root]),
    ).rejects.toMatchObject({
      code: 2,
      stdout: expect.stringContaining(
        '.github/workflows/bad.yml: file is empty [input error]',
      ) as unknown,
    });
  });
});
