/**
 * An offline signing harness: everything @actions/attest talks to, on loopback or intercepted,
 * and a verifier for what it produces. Reusable by other actions' tests (provenance-gate
 * imports it for a round trip).
 *
 * API:
 * - `startSigstoreHarness(options?)` → `SigstoreHarness`. Starts
 *   - Sigstore (Fulcio, Rekor, TSA of @sigstore/mock, through nock at the public-good and
 *     GitHub addresses) in this process, unless `sigstoreInProcess: false` (then a child
 *     process mocks them itself: `preloadArgs` and `childEnv()` set that up);
 *   - a loopback HTTP server (127.0.0.1) serving the job's OIDC token endpoint
 *     (`/oidc/token`, an RS256 JWT with GitHub's claims, `aud` as requested) and the GitHub
 *     API: `POST /repos/{o}/{r}/attestations` (201 `{ id }`), releases by tag, asset delete
 *     and upload (`/uploads/...`), and `POST /orgs/{o}/artifacts/metadata/storage-record`.
 * - `harness.env`: the variables a signing run needs (ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN,
 *   GITHUB_API_URL, GITHUB_REPOSITORY, GITHUB_SERVER_URL); `harness.apply()` sets them on
 *   process.env and returns a function that restores the previous values.
 * - `harness.requests`: every API request received (method, path, body as text).
 * - `harness.fail(method, pathPrefix, status, times?)`: the next matching requests answer
 *   `status` (e.g. 403 for a missing permission).
 * - `harness.release`: the release the API serves (`tag`, `assets`), editable by the test.
 * - `harness.trustedRoot()`: the mock's trusted root (read from the child's file when the
 *   mocks ran in a child process).
 * - `trustedRootFile(harness.trustedRoot())`: the same root as a `trusted_root.json` file holds
 *   it (for verifiers that read such a file).
 * - `verifyBundle(bundle, artifact, trustedRoot, options?)` → `{ statement, predicateType,
 *   subjects, signer }`: verifies the bundle's signature, certificate chain, CT and
 *   transparency log or timestamp against the trusted root with @sigstore/verify, then that
 *   the artifact's sha256 is one of the statement's subjects. Throws otherwise.
 * - `harness.close()`.
 */
import { createHash, createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleFromJSON } from '@sigstore/bundle';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import {
  mockSigstoreServices,
  stopSigstoreServices,
  type TrustedRootJson,
} from './sigstore-mock-services.mjs';

export type { TrustedRootJson };

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const PRELOAD = path.join(HERE, 'sigstore-preload.mjs');

export interface HarnessOptions {
  /** `owner/repo` of the run (default `octo-org/octo-app`). */
  repository?: string;
  /** Claims added to (or replacing) the OIDC token's defaults. */
  claims?: Record<string, string>;
  /** Mock Sigstore in this process (default true); false for a child process (preloadArgs). */
  sigstoreInProcess?: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  body: string;
}

export interface ReleaseState {
  id: number;
  tag: string;
  assets: Array<{ id: number; name: string; size: number }>;
}

export interface SigstoreHarness {
  url: string;
  env: Record<string, string>;
  apply(): () => void;
  requests: RecordedRequest[];
  fail(method: string, pathPrefix: string, status: number, times?: number): void;
  /** Forgets requests and faults, empties the release, restarts ids (attestations 100, records 500, assets 900). */
  reset(): void;
  release: ReleaseState;
  trustedRoot(): TrustedRootJson;
  /** `node` arguments that mock Sigstore in a child process (before the script). */
  preloadArgs: string[];
  /** Extra environment for such a child: its trusted root goes to `trustedRootFile`. */
  childEnv(trustedRootFile: string): Record<string, string>;
  close(): Promise<void>;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

function signJwt(claims: Record<string, unknown>, key: KeyObject, kid: string): string {
  const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
  const payload = b64url(JSON.stringify(claims));
  const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(key);
  return `${header}.${payload}.${b64url(signature)}`;
}

export async function startSigstoreHarness(options: HarnessOptions = {}): Promise<SigstoreHarness> {
  const repository = options.repository ?? 'octo-org/octo-app';
  const [owner] = repository.split('/');
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = 'palisade-test-key';
  const jwks = {
    keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }],
  };
  const inProcess = options.sigstoreInProcess ?? true;
  let root: TrustedRootJson | undefined = inProcess
    ? await mockSigstoreServices({ jwks })
    : undefined;
  const requestToken = 'palisade-oidc-request-token';
  const requests: RecordedRequest[] = [];
  const faults: Array<{ method: string; prefix: string; status: number; times: number }> = [];
  const release: ReleaseState = { id: 7, tag: 'v1.0.0', assets: [] };
  const ids = { attestation: 100, record: 500, asset: 900 };
  let url = '';

  const claims = (audience: string) => {
    const now = Math.floor(Date.now() / 1000);
    const base: Record<string, unknown> = {
      iss: 'https://token.actions.githubusercontent.com',
      aud: audience,
      sub: `repo:${repository}:ref:refs/tags/v1.0.0`,
      iat: now,
      nbf: now - 5,
      exp: now + 600,
      ref: 'refs/tags/v1.0.0',
      sha: 'a'.repeat(40),
      repository,
      repository_owner: owner,
      repository_id: '1001',
      repository_owner_id: '2002',
      repository_visibility: 'public',
      event_name: 'release',
      workflow: 'release',
      workflow_ref: `${repository}/.github/workflows/release.yml@refs/tags/v1.0.0`,
      workflow_sha: 'a'.repeat(40),
      job_workflow_ref: `${repository}/.github/workflows/release.yml@refs/tags/v1.0.0`,
      job_workflow_sha: 'a'.repeat(40),
      runner_environment: 'github-hosted',
      run_id: '42',
      run_attempt: '1',
      ...options.claims,
    };
    return { ...base, palisade_test_san: `https://github.com/${String(base.job_workflow_ref)}` };
  };

  const json = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };

  const handle = (request: IncomingMessage, response: ServerResponse, body: string) => {
    const method = request.method ?? 'GET';
    const target = new URL(request.url ?? '/', url);
    const pathname = target.pathname;
    if (pathname === '/oidc/token') {
      if (request.headers.authorization !== `Bearer ${requestToken}`) {
        json(response, 401, { message: 'bad request token' });
        return;
      }
      const audience = target.searchParams.get('audience') ?? 'sigstore';
      json(response, 200, { value: signJwt(claims(audience), privateKey, kid) });
      return;
    }
    requests.push({ method, path: `${pathname}${target.search}`, body });
    const fault = faults.find(
      (item) => item.method === method && pathname.startsWith(item.prefix) && item.times > 0,
    );
    if (fault) {
      fault.times -= 1;
      json(response, fault.status, {
        message:
          fault.status === 403 ? 'Resource not accessible by integration' : 'injected failure',
      });
      return;
    }
    const repoPath = `/repos/${repository}`;
    if (method === 'POST' && pathname === `${repoPath}/attestations`) {
      json(response, 201, { id: ids.attestation++ });
    } else if (method === 'GET' && pathname === `${repoPath}/releases/tags/${release.tag}`) {
      json(response, 200, {
        id: release.id,
        tag_name: release.tag,
        upload_url: `${url}/uploads${repoPath}/releases/${release.id}/assets{?name,label}`,
        assets: release.assets,
      });
    } else if (method === 'DELETE' && pathname.startsWith(`${repoPath}/releases/assets/`)) {
      const id = Number(pathname.split('/').pop());
      release.assets = release.assets.filter((asset) => asset.id !== id);
      response.writeHead(204).end();
    } else if (
      method === 'POST' &&
      pathname === `/uploads${repoPath}/releases/${release.id}/assets`
    ) {
      const name = target.searchParams.get('name') ?? '';
      if (release.assets.some((asset) => asset.name === name)) {
        json(response, 422, { message: 'Validation Failed', errors: [{ code: 'already_exists' }] });
        return;
      }
      const asset = { id: ids.asset++, name, size: Buffer.byteLength(body) };
      release.assets.push(asset);
      json(response, 201, {
        ...asset,
        browser_download_url: `https://github.com/${repository}/releases/download/${release.tag}/${name}`,
      });
    } else if (
      method === 'POST' &&
      pathname === `/orgs/${owner}/artifacts/metadata/storage-record`
    ) {
      json(response, 200, { storage_records: [{ id: ids.record++ }] });
    } else {
      json(response, 404, { message: 'Not Found' });
    }
  };

  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      handle(request, response, Buffer.concat(chunks).toString('utf8'));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const env: Record<string, string> = {
    ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/oidc/token?api-version=2.0`,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
    GITHUB_API_URL: url,
    GITHUB_REPOSITORY: repository,
    GITHUB_SERVER_URL: 'https://github.com',
  };
  let trustedRootFile: string | undefined;
  return {
    url,
    env,
    apply() {
      const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
      Object.assign(process.env, env);
      return () => {
        for (const [key, value] of Object.entries(saved)) {
          if (value === undefined) Reflect.deleteProperty(process.env, key);
          else process.env[key] = value;
        }
      };
    },
    requests,
    fail(method, prefix, status, times = 1) {
      faults.push({ method, prefix, status, times });
    },
    release,
    reset() {
      requests.length = 0;
      faults.length = 0;
      release.assets = [];
      Object.assign(ids, { attestation: 100, record: 500, asset: 900 });
    },
    trustedRoot() {
      if (!root && trustedRootFile)
        root = JSON.parse(readFileSync(trustedRootFile, 'utf8')) as TrustedRootJson;
      if (!root)
        throw new Error('no trusted root yet: the child process has not started the mocks');
      return root;
    },
    preloadArgs: ['--import', PRELOAD],
    childEnv(file) {
      trustedRootFile = file;
      root = undefined;
      return { PALISADE_TEST_JWKS: JSON.stringify(jwks), PALISADE_TEST_TRUSTED_ROOT: file };
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
      if (inProcess) stopSigstoreServices();
    },
  };
}

const HASH_SHA256 = 1;
const PKIX_ECDSA_P256_SHA_256 = 5;
type TrustedRoot = Parameters<typeof toTrustMaterial>[0];

/** The protobuf-shaped TrustedRoot @sigstore/verify takes, from the JSON form. */
export function trustedRootFromJson(json: TrustedRootJson): TrustedRoot {
  const bytes = (text: string) => Buffer.from(text, 'base64');
  const ca = (item: { certChain: string[]; start: string }) => ({
    subject: { commonName: 'sigstore', organization: 'sigstore.mock' },
    uri: 'https://fulcio.sigstore.dev',
    certChain: { certificates: item.certChain.map((cert) => ({ rawBytes: bytes(cert) })) },
    validFor: { start: new Date(item.start) },
    operator: 'sigstore.mock',
  });
  const log = (item: TrustedRootJson['tlogs'][number]) => ({
    baseUrl: item.baseUrl,
    hashAlgorithm: HASH_SHA256,
    publicKey: {
      rawBytes: bytes(item.publicKey),
      keyDetails: PKIX_ECDSA_P256_SHA_256,
      validFor: { start: new Date(item.start) },
    },
    logId: { keyId: bytes(item.logId) },
    checkpointKeyId: undefined,
    operator: 'sigstore.mock',
  });
  // Enum fields are given as the numbers protobuf uses.
  const root: unknown = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    certificateAuthorities: json.certificateAuthorities.map(ca),
    timestampAuthorities: json.timestampAuthorities.map(ca),
    tlogs: json.tlogs.map(log),
    ctlogs: json.ctlogs.map(log),
  };
  return root as TrustedRoot;
}

/**
 * The mock's trusted root as a `trusted_root.json` file is written (the form verifiers such as
 * provenance-gate's `trusted-root` input read): base64 bytes, enum names, ISO dates.
 */
export function trustedRootFile(json: TrustedRootJson): object {
  const ca = (item: { certChain: string[]; start: string }) => ({
    subject: { commonName: 'sigstore', organization: 'sigstore.mock' },
    uri: 'https://fulcio.sigstore.dev',
    certChain: { certificates: item.certChain.map((rawBytes) => ({ rawBytes })) },
    validFor: { start: item.start },
  });
  const log = (item: TrustedRootJson['tlogs'][number]) => ({
    baseUrl: item.baseUrl,
    hashAlgorithm: 'SHA2_256',
    publicKey: {
      rawBytes: item.publicKey,
      keyDetails: 'PKIX_ECDSA_P256_SHA_256',
      validFor: { start: item.start },
    },
    logId: { keyId: item.logId },
  });
  return {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    certificateAuthorities: json.certificateAuthorities.map(ca),
    timestampAuthorities: json.timestampAuthorities.map(ca),
    tlogs: json.tlogs.map(log),
    ctlogs: json.ctlogs.map(log),
  };
}

export interface VerifiedBundle {
  statement: {
    _type: string;
    subject: Array<{ name: string; digest: Record<string, string> }>;
    predicateType: string;
    predicate: unknown;
  };
  predicateType: string;
  subjects: Array<{ name: string; digest: Record<string, string> }>;
  /** The certificate's subject alternative name (the signing workflow). */
  signer?: string;
}

/**
 * Verifies a Sigstore bundle (object or JSON text) against the mock's trusted root, and that
 * `artifact` (bytes, or a file path) is one of its statement's subjects by sha256.
 */
export function verifyBundle(
  bundle: unknown,
  artifact: Buffer | string,
  trustedRoot: TrustedRootJson,
  options: { transparencyLog?: boolean } = {},
): VerifiedBundle {
  const parsed = bundleFromJSON(typeof bundle === 'string' ? JSON.parse(bundle) : bundle);
  const hasTlog = parsed.verificationMaterial.tlogEntries.length > 0;
  const verifier = new Verifier(toTrustMaterial(trustedRootFromJson(trustedRoot)), {
    tlogThreshold: (options.transparencyLog ?? hasTlog) ? 1 : 0,
    ctlogThreshold: 1,
    timestampThreshold: 1,
  });
  const signer = verifier.verify(toSignedEntity(parsed));
  if (parsed.content.$case !== 'dsseEnvelope') throw new Error('the bundle holds no DSSE envelope');
  const statement = JSON.parse(
    Buffer.from(parsed.content.dsseEnvelope.payload).toString('utf8'),
  ) as VerifiedBundle['statement'];
  const bytes = typeof artifact === 'string' ? readFileSync(artifact) : artifact;
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (!statement.subject.some((subject) => subject.digest.sha256 === digest)) {
    throw new Error(
      `the artifact's sha256 ${digest} is not a subject of the attestation (${statement.subject.map((subject) => `${subject.name} ${subject.digest.sha256 ?? '?'}`).join(', ')})`,
    );
  }
  const result: VerifiedBundle = {
    statement,
    predicateType: statement.predicateType,
    subjects: statement.subject,
  };
  const san = signer.identity?.subjectAlternativeName;
  if (san) result.signer = san;
  return result;
}
