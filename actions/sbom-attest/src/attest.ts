/**
 * Signing and publishing, loaded only in the modes that sign (it pulls in @actions/attest,
 * Sigstore and the API client). Each SBOM becomes an in-toto statement signed through
 * @actions/attest (Fulcio certificate from the job's OIDC token, Rekor or the GitHub TSA),
 * stored with the attestations API, and written to disk as a Sigstore bundle.
 *
 * Permissions, per mode:
 * - signing: `id-token: write` (the OIDC token Fulcio certifies) and `attestations: write`;
 * - release assets: `contents: write`;
 * - storage records for registry artifacts: `artifact-metadata: write`.
 * A missing one fails with a message naming it.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { attest, attestProvenance, createStorageRecord, type Attestation } from '@actions/attest';
import { ApiError, errorMessage, PalisadeError, UsageError } from '@palisade/core';
import { createGitHubClient, type GitHubOctokit } from '@palisade/core/github';
import type { Subject } from './subjects.js';

/** A permission the job lacks: exit 2, with the line to add to the workflow. */
export class PermissionError extends PalisadeError {
  override name = 'PermissionError';
}

export type SigstoreInstance = 'public-good' | 'github';

export interface SignRequest {
  /** The SBOM file to sign, and its predicate type. */
  file: string;
  predicateType: string;
  /** Where the bundle is written. */
  bundlePath: string;
}

export interface SignedAttestation {
  file: string;
  predicateType: string;
  bundlePath: string;
  attestationId?: string;
  url?: string;
}

export interface AttestOptions {
  token: string;
  subjects: Subject[];
  sigstore?: SigstoreInstance;
  /** Base URL of the API (GITHUB_API_URL, else api.github.com). */
  apiUrl?: string;
  /** `owner/repo` (GITHUB_REPOSITORY). */
  repository: string;
  /** https://github.com or the GHES host (GITHUB_SERVER_URL). */
  serverUrl: string;
}

/** Signing needs the job's OIDC token: without `id-token: write` the runner gives none. */
export function checkIdTokenPermission(env: NodeJS.ProcessEnv): void {
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw new PermissionError(
      "signing needs the `id-token: write` permission (ACTIONS_ID_TOKEN_REQUEST_URL is not set): add `id-token: write` to the job's `permissions:`",
    );
  }
}

function splitRepository(repository: string): { owner: string; repo: string } {
  const [owner, repo] = repository.split('/');
  if (!owner || !repo)
    throw new UsageError(`GITHUB_REPOSITORY must be owner/repo, not \`${repository}\``);
  return { owner, repo };
}

function client(options: AttestOptions): GitHubOctokit {
  return createGitHubClient({
    token: options.token,
    ...(options.apiUrl ? { baseUrl: options.apiUrl } : {}),
    retries: 2,
    retryBaseDelayMs: 200,
  }).octokit;
}

function permissionFor(error: unknown, permission: string, what: string): never {
  const status = error instanceof ApiError ? error.status : undefined;
  if (status === 403 || status === 404) {
    throw new PermissionError(
      `${what} failed with ${status}: the job needs the \`${permission}\` permission (add \`${permission}\` to its \`permissions:\`). ${errorMessage(error)}`,
    );
  }
  throw error;
}

/**
 * Signs each SBOM, stores the attestation (unless `store` is false) and writes its bundle.
 * `provenanceBundlePath`, when given, adds a SLSA build provenance attestation of the subjects.
 */
export async function signSboms(
  requests: readonly SignRequest[],
  options: AttestOptions,
  provenanceBundlePath?: string,
): Promise<SignedAttestation[]> {
  checkIdTokenPermission(process.env);
  const { owner, repo } = splitRepository(options.repository);
  const octokit = client(options);
  const results: SignedAttestation[] = [];
  const store = async (
    attestation: Attestation,
    file: string,
    predicateType: string,
    bundlePath: string,
  ) => {
    await mkdir(path.dirname(bundlePath), { recursive: true });
    await writeFile(bundlePath, `${JSON.stringify(attestation.bundle)}\n`);
    let id: string | undefined;
    try {
      const response = await octokit.request('POST /repos/{owner}/{repo}/attestations', {
        owner,
        repo,
        bundle: attestation.bundle as unknown as Record<string, unknown>,
      });
      const data = response.data as { id?: number | string };
      id = data.id === undefined ? undefined : String(data.id);
    } catch (error) {
      permissionFor(error, 'attestations: write', 'storing the attestation');
    }
    const result: SignedAttestation = { file, predicateType, bundlePath };
    if (id) {
      result.attestationId = id;
      result.url = `${options.serverUrl}/${owner}/${repo}/attestations/${id}`;
    }
    results.push(result);
  };
  for (const request of requests) {
    const sbom = JSON.parse(await readFile(request.file, 'utf8')) as object;
    const attestation = await signing(() =>
      attest({
        subjects: options.subjects,
        predicateType: request.predicateType,
        predicate: sbom,
        token: options.token,
        skipWrite: true,
        ...(options.sigstore ? { sigstore: options.sigstore } : {}),
      }),
    );
    await store(attestation, request.file, request.predicateType, request.bundlePath);
  }
  if (provenanceBundlePath) {
    const attestation = await signing(() =>
      attestProvenance({
        subjects: options.subjects,
        token: options.token,
        skipWrite: true,
        ...(options.sigstore ? { sigstore: options.sigstore } : {}),
      }),
    );
    await store(attestation, '', 'https://slsa.dev/provenance/v1', provenanceBundlePath);
  }
  return results;
}

/** Sigstore failures as PalisadeErrors (exit 2) with the reason. */
async function signing<T>(sign: () => Promise<T>): Promise<T> {
  try {
    return await sign();
  } catch (error) {
    throw new ApiError(`signing failed: ${errorMessage(error)}`);
  }
}

export interface ReleaseAsset {
  name: string;
  file: string;
}

/**
 * Uploads the SBOMs to the release of `tag`, replacing assets of the same name (a re-run of
 * the job must not fail on the first run's files).
 */
export async function uploadReleaseAssets(
  assets: readonly ReleaseAsset[],
  tag: string,
  options: Pick<AttestOptions, 'token' | 'apiUrl' | 'repository'>,
): Promise<string[]> {
  const { owner, repo } = splitRepository(options.repository);
  const octokit = client({ ...options, subjects: [], serverUrl: '' });
  const urls: string[] = [];
  try {
    const { data: release } = await octokit.rest.repos.getReleaseByTag({ owner, repo, tag });
    for (const asset of assets) {
      for (const existing of release.assets.filter((item) => item.name === asset.name)) {
        await octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: existing.id });
      }
      const data = await readFile(asset.file);
      // The release's own upload URL (a URI template): right for github.com and GHES alike.
      const response: { data: unknown } = await octokit.request({
        method: 'POST',
        url: release.upload_url,
        name: asset.name,
        data,
        headers: { 'content-type': 'application/json', 'content-length': data.length },
      });
      urls.push((response.data as { browser_download_url: string }).browser_download_url);
    }
  } catch (error) {
    if (error instanceof ApiError && error.status === 404 && /releases\/tags/.test(error.message)) {
      throw new UsageError(`no release has the tag \`${tag}\`: ${error.message}`);
    }
    permissionFor(error, 'contents: write', 'uploading the release assets');
  }
  return urls;
}

export interface StorageRecordOptions {
  registryUrl: string;
  artifactUrl?: string;
  token: string;
}

/**
 * The storage record GitHub's linked artifacts page shows for an artifact published to a
 * registry, one per subject, through @actions/attest's createStorageRecord.
 */
export async function createStorageRecords(
  subjects: readonly Subject[],
  options: StorageRecordOptions,
): Promise<number[]> {
  const ids: number[] = [];
  for (const subject of subjects) {
    const [algorithm, value] = Object.entries(subject.digest)[0] ?? ['sha256', ''];
    try {
      const created = await createStorageRecord(
        { name: subject.name, digest: `${algorithm}:${value}` },
        {
          registryUrl: options.registryUrl,
          ...(options.artifactUrl ? { artifactUrl: options.artifactUrl } : {}),
        },
        options.token,
        1,
      );
      ids.push(...created);
    } catch (error) {
      const message = errorMessage(error);
      if (/\b(403|404)\b|Resource not accessible|Forbidden|Not Found/i.test(message)) {
        throw new PermissionError(
          `creating the storage record of \`${subject.name}\` failed: the job needs the \`artifact-metadata: write\` permission (add it to its \`permissions:\`). ${message}`,
        );
      }
      throw new ApiError(`creating the storage record of \`${subject.name}\` failed: ${message}`);
    }
  }
  return ids;
}
