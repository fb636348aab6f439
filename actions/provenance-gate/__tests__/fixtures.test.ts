import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { exitCodeFor, UsageError } from '@palisade/core';
import { runProvenanceGate, type ProvenanceGateOptions } from '../src/run.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURES = path.resolve(REPO_ROOT, '../shared/fixtures/attestations');
const PUBLIC_GOOD_ROOT = path.join(FIXTURES, 'sigstore-public-good/trusted_root.json');
const GITHUB_ROOT = path.join(REPO_ROOT, 'actions/provenance-gate/trust/github.json');

const SIGSTORE_JS = 'sigstore/sigstore-js/.github/workflows/release.yml';
const SIGSTORE_JS_SIGNER = `${SIGSTORE_JS}@refs/heads/main`;
const REUSABLE_SIGNER =
  'github/artifact-attestations-workflows/.github/workflows/attest.yml@09b495c3f12c7881b3cc17209a327792065c1a1d';
const BCR_SIGNER = 'bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml@refs/tags/v0.0.1';
const DEMO_SIGNER = 'actions/attest-demo/.github/workflows/build-python.yml@refs/heads/main';
const WRONG_SIGNER =
  'loosebazooka/aa-test/.github/workflows/malicious_attestation.yaml@refs/heads/main';
const SLSA = 'https://slsa.dev/provenance/v1';
const WHL = 'cli-cli/github_provenance_demo-0.0.12-py3-none-any.whl';
const WHL_SHA256 = 'sha256:ae57936def59bc4c75edd3a837d89bcefc6d3a5e31d55a6fa7a71624f92c3c3b';
const MODULE_SHA256 = 'sha256:06ce330900a7d6403bc8d88e5dfad6aeeb8ae40179f66bb89e69c8bf6f6b1a0b';

async function gate(options: ProvenanceGateOptions) {
  const result = await runProvenanceGate(FIXTURES, undefined, options);
  return {
    ...result,
    exitCode: exitCodeFor(result.report, 'error'),
    rows: result.verdicts.map((verdict) => ({
      verified: verdict.verified,
      rule: verdict.rule,
      reason: verdict.reason,
    })),
  };
}

const pass = (signer: string) => ({
  verified: true,
  rule: undefined,
  reason: `verified: 1 required predicate type, signed by ${signer}`,
});

describe('the real bundles of the fixtures', () => {
  it('a sigstore-js bundle v0.3 passes for its tgz (sha512 subject), with the identity shown', async () => {
    const result = await gate({
      subjectPaths: ['cli-cli/sigstore-js-2.1.0.tgz'],
      bundles: ['cli-cli/sigstore-js-2.1.0-bundle.json'],
      signerWorkflow: SIGSTORE_JS,
      sourceRef: 'refs/heads/main',
    });
    expect(result.rows).toEqual([pass(SIGSTORE_JS_SIGNER)]);
    expect(result.verified).toBe(true);
    expect(result.exitCode).toBe(0);
    const [verdict] = result.verdicts;
    expect(verdict?.signerWorkflow).toBe(SIGSTORE_JS_SIGNER);
    expect(verdict?.sourceRepository).toBe('sigstore/sigstore-js');
    expect(verdict?.sourceRef).toBe('refs/heads/main');
    expect(verdict?.predicateTypes).toEqual([SLSA]);
    expect(verdict?.attestations[0]?.trustedRoot).toBe('public-good Sigstore');
  });

  it('a sigstore-js bundle v0.1 (certificate chain) passes', async () => {
    const result = await gate({
      subjectPaths: ['cli-cli/sigstore-js-2.1.0.tgz'],
      bundles: ['cli-cli/sigstore-js-2.1.0-bundle-v0.1.json'],
      signerWorkflow: `${SIGSTORE_JS}@refs/heads/main`,
    });
    expect(result.rows).toEqual([pass(SIGSTORE_JS_SIGNER)]);
  });

  it('the two-bundle jsonl: each line verifies and the artifact passes', async () => {
    const result = await gate({
      subjectPaths: ['cli-cli/sigstore-js-2.1.0.tgz'],
      bundles: ['cli-cli/sigstore-js-2.1.0_with_2_bundles.jsonl'],
      signerRepo: 'sigstore/sigstore-js',
    });
    expect(result.rows).toEqual([pass(SIGSTORE_JS_SIGNER)]);
    expect(result.verdicts[0]?.attestations.map((a) => [a.source, a.verified])).toEqual([
      ['cli-cli/sigstore-js-2.1.0_with_2_bundles.jsonl:1', true],
      ['cli-cli/sigstore-js-2.1.0_with_2_bundles.jsonl:2', true],
    ]);
  });

  it('a reusable-workflow signer passes when the signer is the reusable workflow and the source the caller', async () => {
    const result = await gate({
      subjectPaths: ['cli-cli/reusable-workflow-artifact'],
      bundles: ['cli-cli/reusable-workflow-attestation.sigstore.json'],
      signerWorkflow: 'github/artifact-attestations-workflows/.github/workflows/attest.yml',
      sourceRepo: 'malancas/attest-demo',
      sourceRef: 'refs/heads/*',
    });
    expect(result.rows).toEqual([pass(REUSABLE_SIGNER)]);
    expect(result.verdicts[0]?.sourceRepository).toBe('malancas/attest-demo');
  });

  it('a reusable-workflow signer fails when the policy expects the signer in malancas/attest-demo', async () => {
    const result = await gate({
      subjectPaths: ['cli-cli/reusable-workflow-artifact'],
      bundles: ['cli-cli/reusable-workflow-attestation.sigstore.json'],
      signerWorkflow: 'malancas/attest-demo/.github/workflows/shared.yml',
    });
    expect(result.rows).toEqual([
      {
        verified: false,
        rule: 'signer-mismatch',
        reason: `the signer workflow is ${REUSABLE_SIGNER}, not malancas/attest-demo/.github/workflows/shared.yml as the policy requires`,
      },
    ]);
    expect(result.exitCode).toBe(1);
    const byRepo = await gate({
      subjectPaths: ['cli-cli/reusable-workflow-artifact'],
      bundles: ['cli-cli/reusable-workflow-attestation.sigstore.json'],
      signerRepo: 'malancas/attest-demo',
    });
    expect(byRepo.rows[0]?.reason).toBe(
      `the signer workflow is ${REUSABLE_SIGNER}, which is not in malancas/attest-demo as the policy requires`,
    );
  });

  it('a tenant issuer passes only when the policy names that issuer', async () => {
    const options = {
      subjectPaths: ['cli-cli/custom-issuer-artifact'],
      bundles: ['cli-cli/custom-issuer.sigstore.json'],
      signerWorkflow: 'too-legit/attest/.github/workflows/integration.yml',
    };
    const tenant = await gate({
      ...options,
      issuer: 'https://token.actions.githubusercontent.com/hammer-time',
    });
    expect(tenant.rows).toEqual([
      pass('too-legit/attest/.github/workflows/integration.yml@refs/heads/main'),
    ]);
    const byDefault = await gate(options);
    expect(byDefault.rows).toEqual([
      {
        verified: false,
        rule: 'signer-mismatch',
        reason:
          'the OIDC issuer is https://token.actions.githubusercontent.com/hammer-time, not https://token.actions.githubusercontent.com as the policy requires',
      },
    ]);
  });

  it("the private-instance bundle passes with GitHub's shipped root and fails against public-good", async () => {
    const options = {
      subjectPaths: [WHL],
      bundles: ['cli-cli/github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl'],
      signerWorkflow: 'actions/attest-demo/.github/workflows/build-python.yml@refs/heads/main',
    };
    const shipped = await gate(options);
    expect(shipped.rows).toEqual([pass(DEMO_SIGNER)]);
    expect(shipped.verdicts[0]?.attestations[0]?.trustedRoot).toBe('GitHub');
    const explicit = await gate({ ...options, trustedRoot: GITHUB_ROOT });
    expect(explicit.rows).toEqual([pass(DEMO_SIGNER)]);
    const publicGood = await gate({ ...options, trustedRoot: PUBLIC_GOOD_ROOT });
    expect(publicGood.rows).toEqual([
      {
        verified: false,
        rule: 'invalid-attestation',
        reason: `the bundle does not verify: timestamp could not be verified (TIMESTAMP_ERROR) (trusted root: ${PUBLIC_GOOD_ROOT})`,
      },
    ]);
  });

  it('a bundle without a certificate and one without verification material fail as malformed', async () => {
    const noCertificate = await gate({
      subjectPaths: [WHL],
      bundles: ['cli-cli/github_provenance_demo-0.0.12-py3-none-any-bundle-missing-cert.jsonl'],
      signerRepo: 'actions/attest-demo',
    });
    expect(noCertificate.rows).toEqual([
      {
        verified: false,
        rule: 'invalid-attestation',
        reason: 'malformed bundle: content missing or invalid',
      },
    ]);
    const noMaterial = await gate({
      subjectPaths: [WHL],
      bundles: [
        'cli-cli/github_provenance_demo-0.0.12-py3-none-any-bundle-missing-verification-material.jsonl',
      ],
      signerRepo: 'actions/attest-demo',
    });
    expect(noMaterial.rows).toEqual([
      {
        verified: false,
        rule: 'invalid-attestation',
        reason: 'malformed bundle: verificationMaterial missing or invalid',
      },
    ]);
    expect(noMaterial.exitCode).toBe(1);
  });

  it('an invalid signature fails', async () => {
    const result = await gate({
      subjectDigests: [`sha256:${'ab'.repeat(32)}`],
      bundles: ['cli-cli/sigstoreBundle-invalid-signature.json'],
      signerRepo: 'sigstore/sigstore-js',
    });
    expect(result.rows).toEqual([
      {
        verified: false,
        rule: 'invalid-attestation',
        reason:
          'the bundle does not verify: tlog entry signature mismatch (TLOG_BODY_ERROR) (trusted root: public-good Sigstore)',
      },
    ]);
  });

  it('MODULE.bazel passes with its publish-to-bcr signer and source', async () => {
    const result = await gate({
      subjectPaths: ['slsa-verifier-bcr/MODULE.bazel'],
      bundles: ['slsa-verifier-bcr/MODULE.bazel.intoto.jsonl'],
      signerWorkflow: BCR_SIGNER,
      sourceRepo: 'aspect-build/rules_lint',
      denySelfHostedRunners: true,
    });
    expect(result.rows).toEqual([pass(BCR_SIGNER)]);
  });

  it('a valid signature from the wrong signer fails with the signer it has', async () => {
    const result = await gate({
      subjectPaths: ['slsa-verifier-bcr/MODULE-wrong-signer.bazel'],
      bundles: ['slsa-verifier-bcr/MODULE-wrong-signer.bazel.intoto.jsonl'],
      signerWorkflow: 'bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml',
    });
    expect(result.rows).toEqual([
      {
        verified: false,
        rule: 'signer-mismatch',
        reason: `the signer workflow is ${WRONG_SIGNER}, not bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml as the policy requires`,
      },
    ]);
    expect(result.verdicts[0]?.attestations[0]?.trustedRoot).toBe('public-good Sigstore');
  });

  it("the wrong signer's provenance claims another repository than its certificate (what gh does not check)", async () => {
    const result = await gate({
      subjectPaths: ['slsa-verifier-bcr/MODULE-wrong-signer.bazel'],
      bundles: ['slsa-verifier-bcr/MODULE-wrong-signer.bazel.intoto.jsonl'],
      signerRepo: 'loosebazooka/aa-test',
    });
    expect(result.rows).toEqual([
      {
        verified: false,
        rule: 'provenance-mismatch',
        reason:
          'the provenance claims the repository https://github.com/aspect-build/rules_lint, but the certificate says https://github.com/loosebazooka/aa-test',
      },
    ]);
  });

  it('the rules_lint bundle does not cover MODULE.bazel (subject mismatch) but covers its tarball', async () => {
    const result = await gate({
      subjectPaths: [
        'slsa-verifier-bcr/MODULE.bazel',
        'slsa-verifier-bcr/rules_lint-v1.3.1.tar.gz',
      ],
      bundles: ['slsa-verifier-bcr/rules_lint-v1.3.1.tar.gz.intoto.jsonl'],
      signerWorkflow:
        'bazel-contrib/.github/.github/workflows/release_ruleset.yaml@refs/tags/v7.1.0',
    });
    expect(result.rows).toEqual([
      {
        verified: false,
        rule: 'no-attestation',
        reason: `no attestation names ${MODULE_SHA256} as a subject (slsa-verifier-bcr/rules_lint-v1.3.1.tar.gz.intoto.jsonl:1 names rules_lint-v1.3.1.tar.gz (sha256:1636f443b01c…))`,
      },
      pass('bazel-contrib/.github/.github/workflows/release_ruleset.yaml@refs/tags/v7.1.0'),
    ]);
    expect(result.verified).toBe(false);
    expect(result.report.findings.map((finding) => [finding.rule, finding.file])).toEqual([
      ['no-attestation', 'slsa-verifier-bcr/MODULE.bazel'],
    ]);
  });

  it('every valid bundle at once, with digests and a glob of bundles, passes with a signer-repo per run', async () => {
    const result = await gate({
      subjectDigests: [WHL_SHA256],
      bundles: [
        'cli-cli/github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl',
        'cli-cli/*.sigstore.json',
      ],
      signerRepo: 'actions/attest-demo',
    });
    expect(result.rows).toEqual([pass(DEMO_SIGNER)]);
    expect(result.report.scope).toBe('1 artifact, 3 attestations');
  });
});

describe('policy checks beyond the signer', () => {
  const module = {
    subjectPaths: ['slsa-verifier-bcr/MODULE.bazel'],
    bundles: ['slsa-verifier-bcr/MODULE.bazel.intoto.jsonl'],
    signerWorkflow: BCR_SIGNER,
  };

  it('a source ref glob that does not match fails', async () => {
    const result = await gate({ ...module, sourceRef: 'refs/tags/v*' });
    expect(result.rows).toEqual([
      {
        verified: false,
        rule: 'signer-mismatch',
        reason:
          'the source ref is refs/heads/publish-to-bcr, which does not match refs/tags/v* as the policy requires',
      },
    ]);
  });

  it('max-age compares the signing time with now', async () => {
    const young = await gate({ ...module, maxAge: '2d', now: new Date('2025-03-27T12:00:00Z') });
    expect(young.rows).toEqual([pass(BCR_SIGNER)]);
    const old = await gate({ ...module, maxAge: '30d', now: new Date('2025-06-01T00:00:00Z') });
    expect(old.rows).toEqual([
      {
        verified: false,
        rule: 'attestation-too-old',
        reason:
          'the attestation was signed 2025-03-26T23:47:30.000Z, 66 days ago, more than max-age allows',
      },
    ]);
  });

  it('a required predicate type that no attestation has fails, even when the provenance passes', async () => {
    const result = await gate({
      ...module,
      predicateTypes: [SLSA, 'https://spdx.dev/Document/v2.3'],
    });
    expect(result.rows).toEqual([
      {
        verified: false,
        rule: 'predicate-type',
        reason: `no verified attestation of predicate type https://spdx.dev/Document/v2.3 (found: ${SLSA})`,
      },
    ]);
  });

  it('an attestation of a type the policy does not require does not count', async () => {
    const result = await gate({ ...module, predicateTypes: ['https://cyclonedx.org/bom'] });
    expect(result.rows).toEqual([
      {
        verified: false,
        rule: 'predicate-type',
        reason: `the predicate type ${SLSA} is not one the policy requires (https://cyclonedx.org/bom)`,
      },
    ]);
  });

  it('the configuration file gives the policy and inputs override it', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'palisade-prov-config-'));
    try {
      await mkdir(path.join(work, '.github'));
      await writeFile(
        path.join(work, '.github/palisade.yml'),
        [
          'provenance-gate:',
          `  signer-workflow: ${BCR_SIGNER}`,
          '  source-repo: aspect-build/rules_lint',
          '  source-ref: refs/heads/publish-to-bcr',
          '  predicate-type: [https://slsa.dev/provenance/v1]',
          '',
        ].join('\n'),
      );
      const base = {
        subjectPaths: [path.join(FIXTURES, 'slsa-verifier-bcr/MODULE.bazel')],
        bundles: [path.join(FIXTURES, 'slsa-verifier-bcr/MODULE.bazel.intoto.jsonl')],
      };
      const fromFile = await runProvenanceGate(work, undefined, base);
      expect(fromFile.verified).toBe(true);
      const overridden = await runProvenanceGate(work, undefined, {
        ...base,
        sourceRef: 'refs/tags/*',
      });
      expect(overridden.verdicts[0]?.reason).toBe(
        'the source ref is refs/heads/publish-to-bcr, which does not match refs/tags/* as the policy requires',
      );
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});

describe('bad input', () => {
  let work: string;
  beforeEach(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'palisade-prov-input-'));
  });
  afterEach(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('a policy without a signer is a usage error, not a pass', async () => {
    await expect(
      gate({
        subjectPaths: ['slsa-verifier-bcr/MODULE.bazel'],
        bundles: ['slsa-verifier-bcr/MODULE.bazel.intoto.jsonl'],
        sourceRepo: 'aspect-build/rules_lint',
      }),
    ).rejects.toThrow(
      new UsageError(
        'the policy names no signer: set `signer-workflow` (owner/repo/.github/workflows/file.yml) or `signer-repo` (owner/repo), as an input or in the `provenance-gate` section of .github/palisade.yml',
      ),
    );
  });

  it('no artifact, no bundle source, a malformed signer workflow or digest are usage errors', async () => {
    await expect(gate({ bundles: ['x.json'], signerRepo: 'a/b' })).rejects.toThrow(
      'no artifact to verify: give `subject-path` (globs) or `subject-digest`',
    );
    await expect(gate({ subjectDigests: [WHL_SHA256], signerRepo: 'a/b' })).rejects.toThrow(
      'no bundles to verify: give `bundle` files, or `repository` (owner/repo) or `organization` to fetch them from the attestations API',
    );
    await expect(
      gate({
        subjectDigests: [WHL_SHA256],
        bundles: ['x.json'],
        signerWorkflow: 'a/b/release.yml',
      }),
    ).rejects.toThrow(
      '`signer-workflow` must be `owner/repo/.github/workflows/file.yml` with an optional `@ref`, not `a/b/release.yml`',
    );
    await expect(
      gate({ subjectDigests: ['sha256:abc'], bundles: ['x.json'], signerRepo: 'a/b' }),
    ).rejects.toThrow(
      '`subject-digest` must be sha256:<64 hex digits> or sha512:<128 hex digits>, not `sha256:abc`',
    );
    await expect(
      gate({
        subjectDigests: [WHL_SHA256],
        bundles: ['x.json'],
        signerRepo: 'a/b',
        maxAge: 'soon',
      }),
    ).rejects.toThrow(
      '`max-age` must be a number and a unit (s, m, h, d or w), e.g. `30d`, not `soon`',
    );
  });

  it('a line that is not JSON, a missing artifact and a pattern matching nothing exit 2, and the rest is still judged', async () => {
    const good = await readFile(
      path.join(FIXTURES, 'slsa-verifier-bcr/MODULE.bazel.intoto.jsonl'),
      'utf8',
    );
    await writeFile(path.join(work, 'bundles.jsonl'), `${good.trim()}\n{not json\n`);
    await writeFile(
      path.join(work, 'MODULE.bazel'),
      await readFile(path.join(FIXTURES, 'slsa-verifier-bcr/MODULE.bazel')),
    );
    const result = await runProvenanceGate(work, undefined, {
      subjectPaths: ['MODULE.bazel', 'missing.tgz', 'dist/*.whl'],
      bundles: ['bundles.jsonl'],
      signerWorkflow: BCR_SIGNER,
    });
    const messages = result.report.errors.map((error) => error.message);
    expect(messages.slice(0, 2)).toEqual([
      'missing.tgz: cannot read the artifact: no such file or directory',
      'dist/*.whl: the artifact pattern matches no file',
    ]);
    // The JSON parser's own words differ between Node versions.
    expect(messages[2]).toMatch(/^bundles\.jsonl:2: not a JSON bundle: \S/);
    expect(messages).toHaveLength(3);
    expect(result.verdicts.map((verdict) => [verdict.artifact, verdict.verified])).toEqual([
      ['MODULE.bazel', true],
    ]);
    expect(result.verified).toBe(false);
    expect(exitCodeFor(result.report, 'error')).toBe(2);
  });

  it('an unusable trusted root names the file (exit 2)', async () => {
    await writeFile(path.join(work, 'root.json'), '{"mediaType": "something else"}');
    await expect(
      runProvenanceGate(work, undefined, {
        subjectDigests: [WHL_SHA256],
        bundles: [path.join(FIXTURES, 'cli-cli/sigstore-js-2.1.0-bundle.json')],
        signerRepo: 'a/b',
        trustedRoot: 'root.json',
      }),
    ).rejects.toThrow(
      'root.json: not a usable Sigstore trusted root: `mediaType` is not a Sigstore trusted root media type',
    );
  });

  it('writes the JSON report when asked', async () => {
    const result = await gate({
      subjectPaths: ['slsa-verifier-bcr/MODULE.bazel'],
      bundles: ['slsa-verifier-bcr/MODULE.bazel.intoto.jsonl'],
      signerWorkflow: BCR_SIGNER,
      reportFile: path.join(work, 'out/report.json'),
    });
    expect(result.reportFile).toBe(path.join(work, 'out/report.json'));
    const json = JSON.parse(await readFile(path.join(work, 'out/report.json'), 'utf8')) as {
      verified: boolean;
      policy: unknown;
      verdicts: Array<{ artifact: string; digest: string; verified: boolean }>;
    };
    expect(json.verified).toBe(true);
    expect(json.policy).toEqual({
      issuer: 'https://token.actions.githubusercontent.com',
      predicateTypes: [SLSA],
      denySelfHostedRunners: false,
      signerWorkflow: BCR_SIGNER,
    });
    expect(json.verdicts.map((v) => [v.artifact, v.digest, v.verified])).toEqual([
      ['slsa-verifier-bcr/MODULE.bazel', MODULE_SHA256, true],
    ]);
  });
});
