/**
 * Trusted roots: the Sigstore instances whose certificates, logs and timestamps the gate
 * accepts. Two ship with the action (trust/README.md says where they come from): public-good
 * Sigstore (public repositories: Rekor entries and SCTs) and GitHub's own instance (private
 * repositories: no log, one RFC 3161 timestamp). A `trusted-root` file replaces both.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { X509Certificate } from '@sigstore/core';
import { toTrustMaterial, type TrustMaterial, type VerifierOptions } from '@sigstore/verify';
import { describeFsError, errorMessage, InputError } from '@palisade/core';

type TrustedRoot = Parameters<typeof toTrustMaterial>[0];

/** One instance and the thresholds a bundle signed by it must meet. */
export interface TrustRoot {
  name: string;
  material: TrustMaterial;
  thresholds: Required<Pick<VerifierOptions, 'tlogThreshold' | 'ctlogThreshold'>> & {
    timestampThreshold: number;
  };
  /** Subject key identifiers (hex) of the certificate authorities, to pick a root by bundle. */
  caKeyIds: Set<string>;
}

interface JsonValidity {
  start?: string;
  end?: string;
}
interface JsonAuthority {
  certChain?: { certificates?: Array<{ rawBytes?: string }> };
  validFor?: JsonValidity;
}
interface JsonLog {
  baseUrl?: string;
  hashAlgorithm?: string;
  publicKey?: { rawBytes?: string; keyDetails?: string; validFor?: JsonValidity };
  logId?: { keyId?: string };
  checkpointKeyId?: { keyId?: string };
}
interface JsonRoot {
  mediaType?: string;
  tlogs?: JsonLog[];
  ctlogs?: JsonLog[];
  certificateAuthorities?: JsonAuthority[];
  timestampAuthorities?: JsonAuthority[];
}

/** protobuf-specs' PublicKeyDetails numbers of the RSA PKCS#1 keys (read as `pkcs1`, not `spki`). */
const RSA_PKCS1_KEY_DETAILS: Record<string, number> = {
  PKCS1_RSA_PKCS1V5: 1,
  PKIX_RSA_PKCS1V5: 3,
  PKIX_RSA_PKCS1V15_2048_SHA256: 9,
  PKIX_RSA_PKCS1V15_3072_SHA256: 10,
  PKIX_RSA_PKCS1V15_4096_SHA256: 11,
};

/**
 * Converts a trusted root in its JSON form (as `gh attestation trusted-root` or the TUF
 * repository gives it) into what @sigstore/verify takes. Throws a message on bad structure.
 */
export function trustedRootFromJson(value: unknown): TrustedRoot {
  if (!isObject(value)) throw new Error('a trusted root must be a JSON object');
  const root = value as JsonRoot;
  if (typeof root.mediaType !== 'string' || !root.mediaType.includes('trustedroot')) {
    throw new Error('`mediaType` is not a Sigstore trusted root media type');
  }
  const authorities = (list: unknown, where: string) => {
    if (list === undefined) return [];
    if (!Array.isArray(list)) throw new Error(`\`${where}\` must be a list`);
    return (list as JsonAuthority[]).map((authority, i) => {
      const certificates = authority.certChain?.certificates;
      if (!Array.isArray(certificates) || certificates.length === 0) {
        throw new Error(`\`${where}[${i}].certChain.certificates\` is missing`);
      }
      return {
        subject: undefined,
        uri: '',
        certChain: {
          certificates: certificates.map((certificate, j) => ({
            rawBytes: base64(certificate.rawBytes, `${where}[${i}].certChain.certificates[${j}]`),
          })),
        },
        validFor: validity(authority.validFor),
      };
    });
  };
  const logs = (list: unknown, where: string) => {
    if (list === undefined) return [];
    if (!Array.isArray(list)) throw new Error(`\`${where}\` must be a list`);
    return (list as JsonLog[]).map((log, i) => {
      const keyDetails = log.publicKey?.keyDetails ?? '';
      return {
        baseUrl: log.baseUrl ?? '',
        hashAlgorithm: 0,
        publicKey: {
          rawBytes: base64(log.publicKey?.rawBytes, `${where}[${i}].publicKey.rawBytes`),
          // Only the RSA PKCS#1 kinds change how the key is read; the rest are SPKI.
          keyDetails: RSA_PKCS1_KEY_DETAILS[keyDetails] ?? 0,
          validFor: validity(log.publicKey?.validFor),
        },
        logId: { keyId: base64(log.logId?.keyId, `${where}[${i}].logId.keyId`) },
        ...(log.checkpointKeyId?.keyId
          ? { checkpointKeyId: { keyId: base64(log.checkpointKeyId.keyId, where) } }
          : {}),
      };
    });
  };
  return {
    mediaType: root.mediaType,
    tlogs: logs(root.tlogs, 'tlogs'),
    ctlogs: logs(root.ctlogs, 'ctlogs'),
    certificateAuthorities: authorities(root.certificateAuthorities, 'certificateAuthorities'),
    timestampAuthorities: authorities(root.timestampAuthorities, 'timestampAuthorities'),
  } as unknown as TrustedRoot;
}

/**
 * A root ready to verify with. Thresholds follow what the instance provides: a root with
 * transparency logs requires a log entry, one with CT logs an SCT; one timestamp is always
 * required (a log entry's integrated time or an RFC 3161 timestamp).
 */
export function trustRoot(name: string, json: unknown): TrustRoot {
  const root = trustedRootFromJson(json);
  const material = toTrustMaterial(root);
  const caKeyIds = new Set<string>();
  for (const authority of material.certificateAuthorities) {
    for (const certificate of authority.certChain) {
      const keyId = certificate.extSubjectKeyID?.keyIdentifier;
      if (keyId) caKeyIds.add(keyId.toString('hex'));
    }
  }
  return {
    name,
    material,
    thresholds: {
      tlogThreshold: material.tlogs.length > 0 ? 1 : 0,
      ctlogThreshold: material.ctlogs.length > 0 ? 1 : 0,
      timestampThreshold: 1,
    },
    caKeyIds,
  };
}

/** The two roots shipped with the action: public-good Sigstore, then GitHub's instance. */
export async function shippedRoots(): Promise<TrustRoot[]> {
  const [{ default: publicGood }, { default: github }] = await Promise.all([
    import('../trust/public-good.json', { with: { type: 'json' } }),
    import('../trust/github.json', { with: { type: 'json' } }),
  ]);
  return [trustRoot('public-good Sigstore', publicGood), trustRoot('GitHub', github)];
}

/** A trusted root given by the user (input `trusted-root`); unusable → InputError (exit 2). */
export async function rootFromFile(root: string, file: string): Promise<TrustRoot> {
  const absolute = path.resolve(root, file);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    throw new InputError({ file }, `cannot read the trusted root: ${describeFsError(error)}`);
  }
  try {
    return trustRoot(file, JSON.parse(text) as unknown);
  } catch (error) {
    throw new InputError(
      { file },
      `not a usable Sigstore trusted root: ${error instanceof SyntaxError ? 'invalid JSON' : errorMessage(error)}`,
    );
  }
}

/**
 * The roots to try for a signing certificate, best first: those whose CAs issued it (by key
 * identifier), then the others, so an unknown issuer still gets the library's own reason.
 */
export function rootsFor(
  certificate: X509Certificate | undefined,
  roots: readonly TrustRoot[],
): TrustRoot[] {
  const issuerKey = certificate?.extAuthorityKeyID?.keyIdentifier?.toString('hex');
  if (!issuerKey) return [...roots];
  const matching = roots.filter((root) => root.caKeyIds.has(issuerKey));
  return [...matching, ...roots.filter((root) => !matching.includes(root))];
}

function validity(value: JsonValidity | undefined): { start?: Date; end?: Date } | undefined {
  if (!value) return undefined;
  const result: { start?: Date; end?: Date } = {};
  for (const key of ['start', 'end'] as const) {
    const text = value[key];
    if (text === undefined) continue;
    const date = new Date(text);
    if (Number.isNaN(date.getTime())) throw new Error(`\`validFor.${key}\` is not a date`);
    result[key] = date;
  }
  return result;
}

function base64(value: unknown, where: string): Buffer {
  if (typeof value !== 'string' || value === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) {
    throw new Error(`\`${where}\` is not base64`);
  }
  return Buffer.from(value, 'base64');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
