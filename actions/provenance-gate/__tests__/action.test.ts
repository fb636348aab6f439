import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { runActionBundle } from '../../../packages/core/__tests__/action-bundle.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const BUNDLE = path.join(REPO_ROOT, 'dist/provenance-gate/index.js');
const FIXTURES = path.resolve(REPO_ROOT, '../shared/fixtures/attestations');

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'palisade-prov-action-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Runs the built bundle as the runner does: inputs as INPUT_* variables, files for outputs. */
async function runAction(inputs: Record<string, string>) {
  return runActionBundle(BUNDLE, { work, inputs });
}

describe('the provenance-gate action bundle', () => {
  it('passes a verified artifact: outputs, the JSON report and the escaped summary table', async () => {
    const result = await runAction({
      path: FIXTURES,
      'subject-path': 'slsa-verifier-bcr/MODULE.bazel',
      bundle: 'slsa-verifier-bcr/MODULE.bazel.intoto.jsonl',
      'signer-workflow': 'bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml',
      'source-repo': 'aspect-build/rules_lint',
      'report-file': path.join(work, 'report.json'),
      'github-token': '',
    });
    expect(result.code).toBe(0);
    expect(result.outputs).toEqual({
      verified: 'true',
      'report-file': path.join(work, 'report.json'),
      'findings-count': '0',
    });
    expect(result.summary).toContain(
      '<tr><td><code>slsa-verifier-bcr/MODULE.bazel</code></td><td><code>sha256:06ce330900a7…</code></td><td>bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml&#64;refs/tags/v0.0.1</td><td>aspect-build/rules&#95;lint &#64; refs/heads/publish-to-bcr</td><td>https://slsa.dev/provenance/v1</td><td>PASS</td>',
    );
    expect(result.stdout).toContain('PASS  slsa-verifier-bcr/MODULE.bazel  sha256:06ce330900a7…');
    const report = JSON.parse(await readFile(path.join(work, 'report.json'), 'utf8')) as {
      verified: boolean;
    };
    expect(report.verified).toBe(true);
  });

  it('fails the wrong signer with exit 1, an annotation and the reason in the summary', async () => {
    await copyFile(
      path.join(FIXTURES, 'slsa-verifier-bcr/MODULE-wrong-signer.bazel'),
      path.join(work, 'MODULE.bazel'),
    );
    await copyFile(
      path.join(FIXTURES, 'slsa-verifier-bcr/MODULE-wrong-signer.bazel.intoto.jsonl'),
      path.join(work, 'bundle.jsonl'),
    );
    const result = await runAction({
      path: work,
      'subject-path': 'MODULE.bazel',
      bundle: '*.jsonl',
      'signer-workflow': 'bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml',
      'github-token': '',
    });
    expect(result.code).toBe(1);
    expect(result.outputs).toEqual({
      verified: 'false',
      'report-file': path.join(work, 'provenance-gate.json'),
      'findings-count': '1',
    });
    expect(result.stdout).toContain(
      '::error title=signer-mismatch,file=MODULE.bazel,line=1::MODULE.bazel (sha256:06ce330900a7…): the signer workflow is loosebazooka/aa-test/.github/workflows/malicious_attestation.yaml@refs/heads/main, not bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml as the policy requires%0Ahttps://github.com/windlasstech/palisade/blob/main/actions/provenance-gate/README.md#signer-mismatch',
    );
    expect(result.summary).toContain(
      '<td>FAIL</td><td>the signer workflow is loosebazooka/aa-test/.github/workflows/malicious&#95;attestation.yaml&#64;refs/heads/main, not bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml as the policy requires</td>',
    );
  });

  it('a usage error exits 2 without verifying anything', async () => {
    const result = await runAction({
      path: FIXTURES,
      'subject-path': 'slsa-verifier-bcr/MODULE.bazel',
      bundle: 'slsa-verifier-bcr/MODULE.bazel.intoto.jsonl',
      'github-token': '',
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('::error::the policy names no signer');
    expect(result.outputs).toEqual({});
  });
});
