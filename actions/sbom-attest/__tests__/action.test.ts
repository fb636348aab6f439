import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { runActionBundle } from '../../../packages/core/__tests__/action-bundle.js';
import { startSigstoreHarness, verifyBundle, type SigstoreHarness } from './sigstore-harness.js';
import { REPO_ROOT, sampleApp } from './helpers.js';

const BUNDLE = path.join(REPO_ROOT, 'dist/sbom-attest/index.js');
const TOKEN = 'ghs_palisadeActionTestToken0123456789';

let work: string;
let project: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'palisade-sbom-action-'));
  project = await sampleApp('palisade-sbom-action-app-');
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
  await rm(project, { recursive: true, force: true });
});

/** Runs the committed bundle as the runner does: INPUT_* variables, files for outputs. */
async function runAction(
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
  nodeArgs: string[] = [],
) {
  // From another folder: the bundle must not depend on the working directory.
  const run = await runActionBundle(BUNDLE, {
    work,
    inputs,
    env: extraEnv,
    nodeArgs,
    cwd: tmpdir(),
  });
  // A failed run's diagnostics are read with its output.
  return run.code === 0 ? run : { ...run, stdout: `${run.stdout}${run.stderr}` };
}

describe('the sbom-attest action bundle', () => {
  it('generates both SBOMs (validated) without signing, with outputs and a summary', async () => {
    const result = await runAction(
      { path: project, 'github-token': '' },
      { SOURCE_DATE_EPOCH: '1700000000' },
    );
    expect(result.code).toBe(0);
    const spdx = path.join(project, 'sbom/sample-app-1.2.3.spdx.json');
    const cdx = path.join(project, 'sbom/sample-app-1.2.3.cdx.json');
    expect(result.outputs).toEqual({
      'spdx-file': spdx,
      'cyclonedx-file': cdx,
      'sbom-files': `${spdx}\n${cdx}`,
      'findings-count': '0',
    });
    expect(result.stdout).toContain(
      'palisade sbom-attest: package-lock.json (npm), 114 packages, no findings',
    );
    expect(result.summary).toContain(`<p>SPDX 2.3: ${spdx} (114 packages, `);
    expect(JSON.parse(await readFile(spdx, 'utf8'))).toMatchObject({
      creationInfo: { created: '2023-11-14T22:13:20Z' },
    });
  });

  it('a bad input value exits 2 naming the input; a broken lockfile exits 2 naming file and line', async () => {
    const bad = await runAction({ path: project, formats: 'spdx,swid' });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain(
      '::error::input `formats` lists spdx and/or cyclonedx, not `spdx,swid`',
    );
    await writeFile(
      path.join(project, 'package-lock.json'),
      '{\n  "lockfileVersion": 3,\n  "packages": [\n',
    );
    const broken = await runAction({ path: project });
    expect(broken.code).toBe(2);
    expect(broken.stdout).toContain(
      '::error title=Could not be checked,file=package-lock.json,line=4::is not valid JSON: Unexpected end of JSON input',
    );
    expect(broken.outputs['sbom-files']).toBe('');
  });

  describe('signing, with Sigstore mocked inside the action process', () => {
    let harness: SigstoreHarness;
    beforeAll(async () => {
      harness = await startSigstoreHarness({ sigstoreInProcess: false });
    });
    afterAll(async () => {
      await harness.close();
    });

    it('signs both SBOMs bound to the artifact; the bundles verify against the mock root; the token is never printed', async () => {
      harness.reset();
      const artifact = path.join(project, 'dist/sample-app-1.2.3.tgz');
      await writeFile(artifact, 'the release artifact\n');
      const trustedRootFile = path.join(work, 'trusted-root.json');
      const result = await runAction(
        {
          path: project,
          'github-token': TOKEN,
          'subject-path': 'dist/*.tgz',
          sigstore: 'public-good',
        },
        { ...harness.env, ...harness.childEnv(trustedRootFile) },
        harness.preloadArgs,
      );
      expect(result.code).toBe(0);
      const bundles = (result.outputs['bundle-paths'] ?? '').split('\n');
      expect(bundles.map((file) => path.relative(project, file))).toEqual([
        'sbom/sample-app-1.2.3.spdx.sigstore.json',
        'sbom/sample-app-1.2.3.cdx.sigstore.json',
      ]);
      expect(result.outputs['attestation-ids']).toBe('100\n101');
      expect(result.outputs['attestation-urls']).toBe(
        'https://github.com/octo-org/octo-app/attestations/100\nhttps://github.com/octo-org/octo-app/attestations/101',
      );
      const predicateTypes: string[] = [];
      for (const file of bundles) {
        const verified = verifyBundle(
          await readFile(file, 'utf8'),
          artifact,
          harness.trustedRoot(),
        );
        predicateTypes.push(verified.predicateType);
      }
      expect(predicateTypes).toEqual([
        'https://spdx.dev/Document/v2.3',
        'https://cyclonedx.org/bom',
      ]);
      expect(() =>
        verifyBundle(
          readFileSync(bundles[0] ?? '', 'utf8'),
          Buffer.from('tampered'),
          harness.trustedRoot(),
        ),
      ).toThrow(/is not a subject of the attestation/);
      expect(result.stdout.split('\n').filter((line) => line.includes(TOKEN))).toEqual([
        `::add-mask::${TOKEN}`,
      ]);
    });
  });
});
