import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startSigstoreHarness, verifyBundle, type SigstoreHarness } from './sigstore-harness.js';
import { sampleApp } from './helpers.js';
import { runSbomAttest, type SbomAttestInputs } from '../src/run.js';

const TOKEN = 'ghs_palisadeSigningTestToken0123456789';
let harness: SigstoreHarness;
let restore: () => void;
let project: string;
let artifact: string;

// The environment is set before anything loads @actions/github (its context reads it once).
beforeAll(async () => {
  harness = await startSigstoreHarness();
  restore = harness.apply();
});
afterAll(async () => {
  restore();
  await harness.close();
});
beforeEach(async () => {
  project = await sampleApp('palisade-sign-');
  artifact = path.join(project, 'dist/sample-app-1.2.3.tgz');
  await writeFile(artifact, 'the release artifact\n');
  harness.reset();
});
afterEach(async () => {
  await rm(project, { recursive: true, force: true });
});

function inputs(extra: Partial<SbomAttestInputs> = {}): SbomAttestInputs {
  return {
    path: project,
    token: TOKEN,
    provenance: false,
    uploadReleaseAssets: 'false',
    subjectPath: 'dist/*.tgz',
    now: new Date('2026-01-02T03:04:05Z'),
    ...extra,
  };
}

describe('signing offline against mock Sigstore and a local attestations API', () => {
  it('signs both SBOMs and a provenance attestation on public-good; each bundle verifies and binds the artifact', async () => {
    const result = await runSbomAttest(inputs({ sigstore: 'public-good', provenance: true }));
    expect(result.generated.report.errors).toEqual([]);
    expect(
      result.attestations.map((item) => [item.predicateType, item.attestationId, item.url]),
    ).toEqual([
      [
        'https://spdx.dev/Document/v2.3',
        '100',
        'https://github.com/octo-org/octo-app/attestations/100',
      ],
      ['https://cyclonedx.org/bom', '101', 'https://github.com/octo-org/octo-app/attestations/101'],
      [
        'https://slsa.dev/provenance/v1',
        '102',
        'https://github.com/octo-org/octo-app/attestations/102',
      ],
    ]);
    expect(result.attestations.map((item) => path.relative(project, item.bundlePath))).toEqual([
      'sbom/sample-app-1.2.3.spdx.sigstore.json',
      'sbom/sample-app-1.2.3.cdx.sigstore.json',
      'sbom/provenance.sigstore.json',
    ]);
    const posted = harness.requests.filter(
      (request) => request.path === '/repos/octo-org/octo-app/attestations',
    );
    expect(posted).toHaveLength(3);
    for (const [index, item] of result.attestations.entries()) {
      const bundle = await readFile(item.bundlePath, 'utf8');
      // What was stored is what was written.
      expect(JSON.parse(posted[index]?.body ?? '{}')).toEqual({
        bundle: JSON.parse(bundle) as unknown,
      });
      const verified = verifyBundle(bundle, artifact, harness.trustedRoot());
      expect(verified.predicateType).toBe(item.predicateType);
      expect(verified.subjects).toEqual([
        {
          name: 'sample-app-1.2.3.tgz',
          digest: { sha256: '3175da1feea8c74665a0b1905d93affe7fd2d50fd7e4357b88fa31f13a401ede' },
        },
      ]);
      expect(verified.signer).toBe(
        'https://github.com/octo-org/octo-app/.github/workflows/release.yml@refs/tags/v1.0.0',
      );
      if (item.file) {
        expect(verified.statement.predicate).toEqual(JSON.parse(await readFile(item.file, 'utf8')));
      }
    }
  });

  it('a tampered artifact fails verification, naming both digests', async () => {
    const result = await runSbomAttest(inputs({ sigstore: 'public-good', formats: ['spdx'] }));
    const bundle = await readFile(result.attestations[0]?.bundlePath ?? '', 'utf8');
    expect(() =>
      verifyBundle(bundle, Buffer.from('the release artifact, tampered\n'), harness.trustedRoot()),
    ).toThrow(
      /^the artifact's sha256 [0-9a-f]{64} is not a subject of the attestation \(sample-app-1\.2\.3\.tgz 3175da1f/,
    );
  });

  it("on GitHub's instance the bundle carries an RFC 3161 timestamp instead of a Rekor entry, and verifies", async () => {
    const result = await runSbomAttest(inputs({ sigstore: 'github', formats: ['cyclonedx'] }));
    const bundle = JSON.parse(await readFile(result.attestations[0]?.bundlePath ?? '', 'utf8')) as {
      verificationMaterial: {
        tlogEntries?: unknown[];
        timestampVerificationData: { rfc3161Timestamps: unknown[] };
      };
    };
    expect(bundle.verificationMaterial.tlogEntries).toBeUndefined();
    expect(bundle.verificationMaterial.timestampVerificationData.rfc3161Timestamps).toHaveLength(1);
    expect(verifyBundle(bundle, artifact, harness.trustedRoot()).predicateType).toBe(
      'https://cyclonedx.org/bom',
    );
  });

  it('a 403 from the attestations API fails naming `attestations: write`', async () => {
    harness.fail('POST', '/repos/octo-org/octo-app/attestations', 403);
    await expect(
      runSbomAttest(inputs({ sigstore: 'public-good', formats: ['spdx'] })),
    ).rejects.toThrow(
      'storing the attestation failed with 403: the job needs the `attestations: write` permission (add `attestations: write` to its `permissions:`). POST /repos/octo-org/octo-app/attestations failed: 403 Forbidden: Resource not accessible by integration',
    );
  });

  it('without an OIDC token endpoint, signing fails naming `id-token: write` before anything is signed', async () => {
    const saved = process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    try {
      await expect(runSbomAttest(inputs({ sigstore: 'public-good' }))).rejects.toThrow(
        "signing needs the `id-token: write` permission (ACTIONS_ID_TOKEN_REQUEST_URL is not set): add `id-token: write` to the job's `permissions:`",
      );
    } finally {
      process.env.ACTIONS_ID_TOKEN_REQUEST_URL = saved;
    }
    expect(harness.requests).toEqual([]);
  });

  it('uploads the SBOMs as release assets, replacing same-named assets of an earlier run', async () => {
    harness.release.assets.push({ id: 1, name: 'sample-app-1.2.3.spdx.json', size: 3 });
    const result = await runSbomAttest(
      inputs({ subjectPath: '', uploadReleaseAssets: 'true', releaseTag: 'v1.0.0' }),
    );
    expect(result.releaseAssets).toEqual([
      'https://github.com/octo-org/octo-app/releases/download/v1.0.0/sample-app-1.2.3.spdx.json',
      'https://github.com/octo-org/octo-app/releases/download/v1.0.0/sample-app-1.2.3.cdx.json',
    ]);
    expect(harness.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /repos/octo-org/octo-app/releases/tags/v1.0.0',
      'DELETE /repos/octo-org/octo-app/releases/assets/1',
      'POST /uploads/repos/octo-org/octo-app/releases/7/assets?name=sample-app-1.2.3.spdx.json&',
      'POST /uploads/repos/octo-org/octo-app/releases/7/assets?name=sample-app-1.2.3.cdx.json&',
    ]);
    expect(harness.release.assets.map((asset) => asset.name)).toEqual([
      'sample-app-1.2.3.spdx.json',
      'sample-app-1.2.3.cdx.json',
    ]);
    expect(harness.requests[2]?.body).toBe(
      await readFile(path.join(project, 'sbom/sample-app-1.2.3.spdx.json'), 'utf8'),
    );
  });

  it('a 403 on the release upload fails naming `contents: write`', async () => {
    harness.fail('GET', '/repos/octo-org/octo-app/releases/tags/', 403);
    await expect(
      runSbomAttest(inputs({ subjectPath: '', uploadReleaseAssets: 'true', releaseTag: 'v1.0.0' })),
    ).rejects.toThrow(
      'uploading the release assets failed with 403: the job needs the `contents: write` permission',
    );
  });

  it('records a registry-published image (storage record) for a subject given by digest', async () => {
    const digest = `sha256:${'c'.repeat(64)}`;
    const result = await runSbomAttest(
      inputs({
        subjectPath: '',
        subjectDigest: digest,
        subjectName: 'ghcr.io/octo-org/octo-app',
        registryUrl: 'https://ghcr.io',
        sigstore: 'public-good',
        formats: ['spdx'],
      }),
    );
    expect(result.storageRecords).toEqual([500]);
    const record = harness.requests.find((request) => request.path.endsWith('/storage-record'));
    expect(JSON.parse(record?.body ?? '{}')).toEqual({
      name: 'ghcr.io/octo-org/octo-app',
      digest,
      registry_url: 'https://ghcr.io',
    });
  });

  it('a 403 from the artifact metadata API fails naming `artifact-metadata: write`', async () => {
    harness.fail('POST', '/orgs/octo-org/artifacts/metadata/storage-record', 403);
    await expect(
      runSbomAttest(
        inputs({
          subjectPath: '',
          subjectDigest: `sha256:${'c'.repeat(64)}`,
          subjectName: 'ghcr.io/octo-org/octo-app',
          registryUrl: 'https://ghcr.io',
          sigstore: 'public-good',
          formats: ['spdx'],
        }),
      ),
    ).rejects.toThrow(
      'creating the storage record of `ghcr.io/octo-org/octo-app` failed: the job needs the `artifact-metadata: write` permission',
    );
  });
});
