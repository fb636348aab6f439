/**
 * The signer's identity as Fulcio writes it into the signing certificate: the extensions under
 * OID 1.3.6.1.4.1.57264.1 (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md).
 * Values from 1.8 on are DER UTF8Strings; 1.1 (the issuer, deprecated) is raw bytes.
 */
import type { X509Certificate } from '@sigstore/core';

/** The Fulcio extensions the gate reads, by OID. */
export const FULCIO_OIDS = {
  /** OIDC issuer, deprecated form (raw string), read when 1.8 is missing. */
  issuerV1: '1.3.6.1.4.1.57264.1.1',
  /** OIDC issuer (the token's `iss`). */
  issuer: '1.3.6.1.4.1.57264.1.8',
  /** Build Signer URI: the workflow that signed (a reusable workflow when one is called). */
  buildSignerUri: '1.3.6.1.4.1.57264.1.9',
  /** Build Signer Digest: the commit of the signer workflow. */
  buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
  /** Runner Environment: `github-hosted` or `self-hosted`. */
  runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
  /** Source Repository URI: the repository the run belongs to (the caller). */
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  /** Source Repository Digest: the commit built. */
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  /** Source Repository Ref: the ref built, e.g. `refs/tags/v1.2.3`. */
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  /** Source Repository Identifier (numeric id). */
  sourceRepositoryIdentifier: '1.3.6.1.4.1.57264.1.15',
  /** Source Repository Owner Identifier (numeric id). */
  sourceRepositoryOwnerIdentifier: '1.3.6.1.4.1.57264.1.17',
  /** Build Config URI: the top-level workflow of the run, `…/file.yml@ref`. */
  buildConfigUri: '1.3.6.1.4.1.57264.1.18',
  /** Build Trigger: the event that started the run. */
  buildTrigger: '1.3.6.1.4.1.57264.1.20',
  /** Run Invocation URI: link to the run. */
  runInvocationUri: '1.3.6.1.4.1.57264.1.21',
} as const;

export type CertificateIdentity = {
  -readonly [K in keyof typeof FULCIO_OIDS as K extends 'issuerV1' ? never : K]?: string;
} & {
  /** The certificate's subject alternative name (URI or e-mail). */
  subjectAlternativeName?: string;
  /** The certificate's notBefore: Fulcio certificates live 10 minutes, so this is the signing time. */
  signedAt: Date;
};

/** Reads the Fulcio extensions of a signing certificate; a malformed value is left out. */
export function identityOf(certificate: X509Certificate): CertificateIdentity {
  const identity: CertificateIdentity = { signedAt: certificate.notBefore };
  const san = certificate.subjectAltName;
  if (san) identity.subjectAlternativeName = san;
  for (const [name, oid] of Object.entries(FULCIO_OIDS)) {
    const extension = certificate.extension(oid);
    if (!extension) continue;
    // The deprecated 1.1 value is the raw string; from 1.8 on it is a DER UTF8String.
    const value =
      oid === FULCIO_OIDS.issuerV1
        ? extension.value.toString('utf8')
        : derUtf8String(extension.value);
    if (value === undefined) continue;
    // 1.1 comes before 1.8 in FULCIO_OIDS, so 1.8 wins when both are present.
    if (name === 'issuerV1') {
      identity.issuer ??= value;
    } else {
      identity[name as Exclude<keyof typeof FULCIO_OIDS, 'issuerV1'>] = value;
    }
  }
  return identity;
}

/** The text of a DER UTF8String (tag 0x0c, short or long length), or undefined. */
export function derUtf8String(der: Buffer): string | undefined {
  if (der.length < 2 || der[0] !== 0x0c) return undefined;
  let length = der[1] ?? 0;
  let offset = 2;
  if (length & 0x80) {
    const bytes = length & 0x7f;
    if (bytes === 0 || bytes > 4 || der.length < 2 + bytes) return undefined;
    length = 0;
    for (let i = 0; i < bytes; i++) length = length * 256 + (der[2 + i] ?? 0);
    offset = 2 + bytes;
  }
  if (offset + length !== der.length) return undefined;
  return der.subarray(offset).toString('utf8');
}
