// Offline Sigstore for tests: the Fulcio, Rekor and TSA handlers of @sigstore/mock, answered
// through nock (the mock's own copy) at the addresses @actions/attest signs with, for both
// instances: public-good (fulcio.sigstore.dev + rekor.sigstore.dev) and GitHub's
// (fulcio.githubapp.com + timestamp.githubapp.com). Also the GitHub OIDC issuer's discovery
// document and keys, which attestProvenance fetches to check the job's token.
// Plain JavaScript, so a child process can load it with `node --import` (see
// sigstore-preload.mjs) as well as the TypeScript harness in-process.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { createRequire } from 'node:module';
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  initializeTSA,
  rekorHandler,
  tsaHandler,
} from '@sigstore/mock';

const require = createRequire(import.meta.url);
const nock = createRequire(require.resolve('@sigstore/mock'))('nock');

export const FULCIO_URLS = ['https://fulcio.sigstore.dev', 'https://fulcio.githubapp.com'];
export const REKOR_URL = 'https://rekor.sigstore.dev';
export const TSA_URL = 'https://timestamp.githubapp.com';
export const OIDC_ISSUER = 'https://token.actions.githubusercontent.com';

const ecKeyPair = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' });

/**
 * The mock Rekor logs a DSSE entry as proposed (`proposedContent`); the real one logs its
 * canonical form (hashes and signatures), which is what verifiers compare with the bundle.
 */
function canonicalDsse(request) {
  const entry = JSON.parse(request);
  const content = entry?.kind === 'dsse' ? entry.spec?.proposedContent : undefined;
  if (!content) return request;
  const envelope = JSON.parse(content.envelope);
  const sha256 = (data) => createHash('sha256').update(data).digest('hex');
  return JSON.stringify({
    apiVersion: entry.apiVersion,
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256(content.envelope) },
      payloadHash: { algorithm: 'sha256', value: sha256(Buffer.from(envelope.payload, 'base64')) },
      signatures: envelope.signatures.map((signature, index) => ({
        signature: signature.sig,
        verifier: content.verifiers[index] ?? content.verifiers[0],
      })),
    },
  });
}

function serve(base, handler, transform = (request) => request) {
  nock(base)
    .persist()
    .post(handler.path)
    .reply(async (_uri, body) => {
      const request = transform(typeof body === 'string' ? body : JSON.stringify(body));
      const { statusCode, response, contentType } = await handler.fn(request);
      return [statusCode, response, { 'Content-Type': contentType ?? 'text/plain' }];
    });
}

/**
 * Starts the mocks; `jwks` is the OIDC issuer's key set ({ keys: [...] }). Returns the trusted
 * root in JSON form (base64 bytes, ISO dates): see trustedRootFromJson in sigstore-harness.ts.
 */
export async function mockSigstoreServices({ jwks }) {
  // One clock for all, on a whole second: the mock TSA writes fractions of a second in a form
  // verifiers reject, and certificates, log entries and timestamps must agree on the time.
  // The mocks read this Date object when they sign; it is set once their root certificates
  // exist, because those take the real time as notBefore, and a clock earlier than that (the
  // initialization crossing a second boundary, as happens under load) makes every chain
  // invalid at the signing time.
  const clock = new Date(0);
  const ctlog = await initializeCTLog(ecKeyPair(), clock);
  const ca = await initializeCA(ecKeyPair(), ctlog, clock);
  const tlog = await initializeTLog(REKOR_URL, ecKeyPair(), clock);
  const tsa = await initializeTSA(ecKeyPair(), clock);
  clock.setTime(Math.ceil(Date.now() / 1000) * 1000);
  // The certificate's SAN is the signing workflow's URL, as GitHub's Fulcio makes it; the test
  // token carries it in `palisade_test_san` (the mock takes the SAN from one claim).
  for (const url of FULCIO_URLS)
    serve(url, fulcioHandler(ca, { subjectClaim: 'palisade_test_san' }));
  serve(REKOR_URL, rekorHandler(tlog), canonicalDsse);
  serve(TSA_URL, tsaHandler(tsa));
  nock(OIDC_ISSUER)
    .persist()
    .get('/.well-known/openid-configuration')
    .reply(200, { issuer: OIDC_ISSUER, jwks_uri: `${OIDC_ISSUER}/.well-known/jwks` })
    .get('/.well-known/jwks')
    .reply(200, jwks);
  const b64 = (bytes) =>
    Buffer.from(
      bytes.buffer ?? bytes,
      bytes.byteOffset ?? 0,
      bytes.byteLength ?? bytes.length,
    ).toString('base64');
  const start = new Date(0).toISOString();
  return {
    certificateAuthorities: [{ certChain: [b64(ca.rootCertificate)], start }],
    timestampAuthorities: [
      { certChain: [b64(tsa.intCertificate), b64(tsa.rootCertificate)], start },
    ],
    tlogs: [
      {
        baseUrl: REKOR_URL,
        publicKey: b64(tlog.publicKey),
        logId: createHash('sha256').update(tlog.publicKey).digest('base64'),
        start,
      },
    ],
    ctlogs: [
      {
        baseUrl: 'https://ctfe.sigstore.dev',
        publicKey: b64(ctlog.publicKey),
        logId: b64(ctlog.logID),
        start,
      },
    ],
  };
}

/** Removes every interceptor and restores the real http modules. */
export function stopSigstoreServices() {
  nock.cleanAll();
  nock.restore();
}
