/**
 * Bundles fetched by subject digest from the GitHub attestations API of a repository
 * (`GET /repos/{owner}/{repo}/attestations/{digest}`) or an organization
 * (`GET /orgs/{org}/attestations/{digest}`), following `link: rel="next"` pages. An entry
 * carries its bundle inline, or `bundle: null` and a `bundle_url` to a (snappy-compressed)
 * copy, which is fetched without the token: it is a signed URL to another host.
 */
import { ApiError, errorMessage } from '@palisade/core';
import type { GitHubOctokit } from '@palisade/core/github';
import { uncompress } from 'snappyjs';
import type { BundleSource } from './verify.js';

export interface AttestationScope {
  /** `owner/repo`, or undefined with `organization`. */
  repository?: string;
  organization?: string;
}

/** At most this many pages of 100 are read per digest. */
const MAX_PAGES = 20;
const BUNDLE_URL_TIMEOUT_MS = 30_000;

export interface FetchResult {
  bundles: BundleSource[];
  /** Set when the API said 404: no attestation for the digest, or a scope the token cannot see. */
  notFound?: boolean;
}

/** Every attestation bundle of one digest; API failures are ApiErrors (after retries). */
export async function fetchAttestations(
  octokit: GitHubOctokit,
  scope: AttestationScope,
  digest: string,
): Promise<FetchResult> {
  const where = scope.repository ? `repos/${scope.repository}` : `orgs/${scope.organization ?? ''}`;
  let url: string | undefined = `/${where}/attestations/${encodeURIComponent(digest)}?per_page=100`;
  const bundles: BundleSource[] = [];
  for (let page = 1; url && page <= MAX_PAGES; page++) {
    let response;
    try {
      response = await octokit.request(`GET ${url}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return { bundles: [], notFound: true };
      throw error;
    }
    const data = response.data as unknown;
    const entries =
      typeof data === 'object' && data !== null && 'attestations' in data
        ? data.attestations
        : undefined;
    if (!Array.isArray(entries)) {
      throw new ApiError(`GET ${url} failed: the answer has no \`attestations\` list`);
    }
    for (const [index, entry] of (entries as unknown[]).entries()) {
      const label = `API ${where} ${digest.slice(0, 19)}… #${bundles.length + 1}`;
      bundles.push({
        label,
        json: await bundleOf(entry, `${label} (page ${page}, entry ${index + 1})`),
      });
    }
    url = nextLink(response.headers.link);
  }
  return { bundles };
}

/** The entry's bundle: inline, or fetched from `bundle_url`. */
async function bundleOf(entry: unknown, label: string): Promise<unknown> {
  if (typeof entry !== 'object' || entry === null) return entry;
  const { bundle, bundle_url: bundleUrl } = entry as { bundle?: unknown; bundle_url?: unknown };
  if (bundle !== null && bundle !== undefined) return bundle;
  if (typeof bundleUrl !== 'string' || !/^https?:\/\//.test(bundleUrl)) {
    throw new ApiError(`${label}: the attestation has neither a bundle nor a bundle_url`);
  }
  let body: Buffer;
  try {
    const response = await fetch(bundleUrl, { signal: AbortSignal.timeout(BUNDLE_URL_TIMEOUT_MS) });
    if (!response.ok) {
      throw new Error(`${response.status} ${response.statusText}`);
    }
    body = Buffer.from(await response.arrayBuffer());
  } catch (error) {
    // The URL is signed: leave its query string out of the message.
    throw new ApiError(
      `${label}: fetching its bundle_url (${bundleUrl.split('?')[0] ?? ''}) failed: ${errorMessage(error)}`,
    );
  }
  return parseBundleBody(body, label);
}

/** A decompressed bundle larger than this is refused (a compression bomb, not a bundle). */
const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;

/** A bundle_url body: JSON as is, else snappy-compressed JSON (what the API serves today). */
export function parseBundleBody(body: Buffer, label: string): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    // compressed
  }
  try {
    return JSON.parse(uncompress(body, MAX_BUNDLE_BYTES).toString('utf8')) as unknown;
  } catch (error) {
    throw new ApiError(
      `${label}: the bundle at bundle_url is neither JSON nor snappy-compressed JSON (${errorMessage(error)})`,
    );
  }
}

function nextLink(header: unknown): string | undefined {
  if (typeof header !== 'string') return undefined;
  for (const part of header.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (match) return match[1];
  }
  return undefined;
}
