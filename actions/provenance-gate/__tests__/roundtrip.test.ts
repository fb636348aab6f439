/**
 * The round trip: what sbom-attest signs (offline, against mock Sigstore and a local
 * attestations API: sbom-attest's test harness), provenance-gate accepts with the mock's trusted
 * root, and rejects once the artifact changes or the policy expects another signer.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { exitCodeFor } from '@palisade/core';
import {
  startSigstoreHarness,
  trustedRootFile,
  type SigstoreHarness,
} from '../../sbom-attest/__tests__/sigstore-harness.js';
import { sampleApp } from '../../sbom-attest/__tests__/helpers.js';
import { runSbomAttest } from '../../sbom-attest/src/run.js';
import { runProvenanceGate } from '../src/run.js';

const TOKEN = 'ghs_palisadeRoundTripToken0123456789';
// The harness signs as this repository's release workflow (its OIDC token's claims).
const SIGNER = 'octo-org/octo-app/.github/workflows/release.yml';
const PREDICATES = [
  'https://spdx.dev/Document/v2.3',
  'https://cyclonedx.org/bom',
  'https://slsa.dev/provenance/v1',
];

let harness: SigstoreHarness;
let restore: () => void;
let project: string;

beforeAll(async () => {
  // Before anything loads @actions/github, which reads the environment once.
  harness = await startSigstoreHarness();
  restore = harness.apply();
});
afterAll(async () => {
  restore();
  await harness.close();
});
beforeEach(async () => {
  project = await sampleApp('palisade-roundtrip-');
  await writeFile(path.join(project, 'dist/sample-app-1.2.3.tgz'), 'the release artifact\n');
  await mkdir(path.join(project, 'trust'));
  await writeFile(
    path.join(project, 'trust/mock-root.json'),
    JSON.stringify(trustedRootFile(harness.trustedRoot())),
  );
  harness.reset();
});
afterEach(async () => {
  await rm(project, { recursive: true, force: true });
});

async function signRelease(): Promise<void> {
  const signed = await runSbomAttest({
    path: project,
    token: TOKEN,
    sigstore: 'public-good',
    provenance: true,
    uploadReleaseAssets: 'false',
    subjectPath: 'dist/*.tgz',
    bundleDir: 'bundles',
    now: new Date('2026-01-02T03:04:05Z'),
  });
  expect(signed.generated.report.errors).toEqual([]);
  expect(signed.attestations).toHaveLength(3);
}

function gate(signerWorkflow = SIGNER) {
  return runProvenanceGate(project, undefined, {
    subjectPaths: ['dist/*.tgz'],
    bundles: ['bundles/*.json'],
    trustedRoot: 'trust/mock-root.json',
    signerWorkflow,
    sourceRepo: 'octo-org/octo-app',
    predicateTypes: PREDICATES,
    now: new Date('2026-01-02T03:05:00Z'),
  });
}

describe('sbom-attest → provenance-gate', () => {
  it('accepts the SBOM and provenance attestations sbom-attest signed for the artifact', async () => {
    await signRelease();
    const result = await gate();
    expect(result.report.errors.map((error) => error.message)).toEqual([]);
    // The reason is compared too, so that a failure says why.
    expect(
      result.verdicts.map((verdict) => [verdict.artifact, verdict.verified, verdict.reason]),
    ).toEqual([
      [
        'dist/sample-app-1.2.3.tgz',
        true,
        `verified: 3 required predicate types, signed by ${SIGNER}@refs/tags/v1.0.0`,
      ],
    ]);
    expect([...(result.verdicts[0]?.predicateTypes ?? [])].sort()).toEqual([...PREDICATES].sort());
    expect(exitCodeFor(result.report, 'error')).toBe(0);
  });

  it('rejects the same attestations once the artifact has changed', async () => {
    await signRelease();
    await writeFile(path.join(project, 'dist/sample-app-1.2.3.tgz'), 'a different artifact\n');
    const result = await gate();
    expect(result.verified).toBe(false);
    expect(result.verdicts.map((verdict) => [verdict.verified, verdict.rule])).toEqual([
      [false, 'no-attestation'],
    ]);
    expect(exitCodeFor(result.report, 'error')).toBe(1);
  });

  it('rejects them when the policy expects another signer workflow', async () => {
    await signRelease();
    const result = await gate('octo-org/octo-app/.github/workflows/other.yml');
    expect(
      result.verdicts.map((verdict) => [verdict.verified, verdict.rule, verdict.reason]),
    ).toEqual([
      [
        false,
        'signer-mismatch',
        `bundles/sample-app-1.2.3.spdx.sigstore.json: the signer workflow is ${SIGNER}@refs/tags/v1.0.0, not octo-org/octo-app/.github/workflows/other.yml as the policy requires`,
      ],
    ]);
  });
});
