import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { runActionBundle } from '../../../packages/core/__tests__/action-bundle.js';
import { startGitEmulator, type GitEmulator } from './git-emulator.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const BUNDLE = path.join(REPO_ROOT, 'dist/advisory-id/index.js');
const FIXTURES = path.resolve(REPO_ROOT, '../shared/fixtures/advisory');
const TOKEN = 'ghs_advisoryActionToken0123456789';

let work: string;
let emulator: GitEmulator | undefined;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'palisade-advisory-action-'));
  await mkdir(path.join(work, 'repo'));
  await writeFile(
    path.join(work, 'repo/CHANGELOG.md'),
    await readFile(path.join(FIXTURES, 'openwop-CHANGELOG.md'), 'utf8'),
  );
});
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
  await rm(work, { recursive: true, force: true });
});

/** Runs the bundle as the runner does: inputs as INPUT_* variables, files for outputs. */
async function runAction(inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  return runActionBundle(BUNDLE, {
    work,
    inputs,
    env: { GITHUB_REPOSITORY: 'openwop/openwop', ...extraEnv },
  });
}

describe('the advisory-id action bundle', () => {
  it("check passes on openwop's changelog (the default prefix comes from GITHUB_REPOSITORY)", async () => {
    const result = await runAction({ command: 'check', path: path.join(work, 'repo') });
    expect(result.code).toBe(0);
    expect(result.outputs).toEqual({ 'findings-count': '0' });
    expect(result.stdout).toContain(
      'palisade advisory check: 0 cited advisories, 0 index rows, no findings',
    );
  });

  it('assign gives an id through a local Git Data API, says so in outputs, never prints the token', async () => {
    emulator = await startGitEmulator({ repositories: ['openwop/openwop'], token: TOKEN });
    const inputs = {
      command: 'assign',
      path: path.join(work, 'repo'),
      'github-token': TOKEN,
      advisory: 'GHSA-cfgh-jmpq-rvwx',
      'triaged-at': '2026-12-31T23:59:59.999Z',
    };
    const env = { GITHUB_API_URL: emulator.url };
    const first = await runAction(inputs, env);
    expect(first.code).toBe(0);
    expect(first.outputs).toEqual({
      'advisory-id': 'openwop-SA-2026-0001',
      created: 'true',
      status: 'assigned',
      attempts: '1',
      'findings-count': '0',
    });
    expect(first.summary).toContain('Assigned openwop-SA-2026-0001 to GHSA-cfgh-jmpq-rvwx');
    const again = await runAction(inputs, env);
    expect(again.outputs['created']).toBe('false');
    expect(again.outputs['advisory-id']).toBe('openwop-SA-2026-0001');
    const printed = `${first.stdout}${again.stdout}`
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'));
    expect(printed.join('\n')).not.toContain(TOKEN);
    expect(again.stdout).toContain(
      'palisade advisory assign: openwop-SA-2026-0001 already held by GHSA-cfgh-jmpq-rvwx, no findings',
    );
  });

  it('an unknown command and a bad advisory id exit 2 with a message naming the input', async () => {
    const unknown = await runAction({ command: 'publish' });
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toContain(
      '::error::input `command` must be one of assign, check, render, not `publish`',
    );
    const bad = await runAction({
      command: 'assign',
      advisory: 'CVE-2026-1',
      'github-token': TOKEN,
    });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain(
      '::error::`advisory` must be a GitHub advisory id (GHSA-xxxx-xxxx-xxxx), not `CVE-2026-1`',
    );
  });

  it('render writes the changelog section and the index, and lists them in changed-files', async () => {
    await mkdir(path.join(work, 'repo/SECURITY/advisories'), { recursive: true });
    await writeFile(
      path.join(work, 'repo/SECURITY/advisories/openwop-SA-2026-0001.json'),
      JSON.stringify({
        id: 'openwop-SA-2026-0001',
        modified: '2026-06-24T12:00:00Z',
        published: '2026-06-24T12:00:00Z',
        summary: 'Replayed webhooks accepted',
        affected: [
          {
            package: { ecosystem: 'npm', name: 'x' },
            ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.1.9' }] }],
          },
        ],
        severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
      }),
    );
    const result = await runAction({ command: 'render', path: path.join(work, 'repo') });
    expect(result.code).toBe(0);
    expect(result.outputs['changed-files']).toBe('CHANGELOG.md\nSECURITY/advisories.md');
    expect(await readFile(path.join(work, 'repo/CHANGELOG.md'), 'utf8')).toContain(
      '- **openwop-SA-2026-0001 — Replayed webhooks accepted.** Critical severity (CVSS v3.1 9.8, `CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H`); affects x < 1.1.9; fixed in 1.1.9; credit: anonymous.',
    );
    const check = await runAction({ command: 'check', path: path.join(work, 'repo') });
    expect(check.code).toBe(0);
  });
});
