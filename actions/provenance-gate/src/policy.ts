/**
 * The policy: who must have signed, from which repository and ref, with which issuer, which
 * predicate types are required, and the optional runner and age limits. Read from the
 * `provenance-gate` section of `.github/palisade.yml`; inputs override it key by key.
 */
import { minimatch } from 'minimatch';
import { UsageError } from '@palisade/core';
import type { CertificateIdentity } from './certificate.js';

export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
export const SLSA_PROVENANCE_V02 = 'https://slsa.dev/provenance/v0.2';

/** The policy as written (inputs, flags or the configuration file). */
export interface PolicyInput {
  signerWorkflow?: string;
  signerRepo?: string;
  sourceRepo?: string;
  sourceRef?: string;
  issuer?: string;
  predicateTypes?: readonly string[];
  denySelfHostedRunners?: boolean;
  maxAge?: string;
}

export interface SignerWorkflow {
  /** `owner/repo`, compared without regard to case as GitHub does. */
  repository: string;
  /** `.github/workflows/file.yml`, compared exactly. */
  path: string;
  ref?: string;
}

export interface Policy {
  signerWorkflow?: SignerWorkflow;
  signerRepo?: string;
  sourceRepo?: string;
  sourceRef?: string;
  issuer: string;
  predicateTypes: string[];
  denySelfHostedRunners: boolean;
  maxAgeMs?: number;
  /** The server whose URIs the certificate carries, e.g. `https://github.com`. */
  serverUrl: string;
}

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const WORKFLOW =
  /^([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)\/(\.github\/workflows\/[^/@\s]+\.ya?ml)(?:@(\S+))?$/;
const DURATION = /^(\d+)\s*([smhdw])$/;
const UNIT_MS: Record<string, number> = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/** Validates a policy; anything unusable is a UsageError naming the setting (exit 2). */
export function resolvePolicy(input: PolicyInput, serverUrl = 'https://github.com'): Policy {
  const server = serverUrl.replace(/\/+$/, '');
  const policy: Policy = {
    issuer: input.issuer?.trim() || GITHUB_ACTIONS_ISSUER,
    predicateTypes: [...new Set((input.predicateTypes ?? []).map((type) => type.trim()))].filter(
      (type) => type !== '',
    ),
    denySelfHostedRunners: input.denySelfHostedRunners ?? false,
    serverUrl: server,
  };
  if (policy.predicateTypes.length === 0) policy.predicateTypes = [SLSA_PROVENANCE_V1];
  if (!/^https:\/\/\S+$/.test(policy.issuer)) {
    throw new UsageError(`\`issuer\` must be an https URL, not \`${policy.issuer}\``);
  }
  for (const type of policy.predicateTypes) {
    if (/\s/.test(type) || !type.includes(':')) {
      throw new UsageError(`\`predicate-type\` must be a URI, not \`${type}\``);
    }
  }
  const signerWorkflow = input.signerWorkflow?.trim();
  if (signerWorkflow) {
    const text = stripServer(signerWorkflow, server);
    const match = WORKFLOW.exec(text);
    if (!match) {
      throw new UsageError(
        `\`signer-workflow\` must be \`owner/repo/.github/workflows/file.yml\` with an optional \`@ref\`, not \`${signerWorkflow}\``,
      );
    }
    policy.signerWorkflow = { repository: match[1] ?? '', path: match[2] ?? '' };
    if (match[3]) policy.signerWorkflow.ref = match[3];
  }
  for (const key of ['signerRepo', 'sourceRepo'] as const) {
    const value = input[key]?.trim();
    if (!value) continue;
    const repository = stripServer(value, server);
    if (!REPOSITORY.test(repository)) {
      throw new UsageError(`\`${kebab(key)}\` must be \`owner/repo\`, not \`${value}\``);
    }
    policy[key] = repository;
  }
  const sourceRef = input.sourceRef?.trim();
  if (sourceRef) {
    if (!sourceRef.startsWith('refs/')) {
      throw new UsageError(
        `\`source-ref\` must be a full ref such as \`refs/tags/v*\` or \`refs/heads/main\`, not \`${sourceRef}\``,
      );
    }
    policy.sourceRef = sourceRef;
  }
  const maxAge = input.maxAge?.trim();
  if (maxAge) {
    const match = DURATION.exec(maxAge);
    if (!match || Number(match[1]) === 0) {
      throw new UsageError(
        `\`max-age\` must be a number and a unit (s, m, h, d or w), e.g. \`30d\`, not \`${maxAge}\``,
      );
    }
    policy.maxAgeMs = Number(match[1]) * (UNIT_MS[match[2] ?? ''] ?? 0);
  }
  // Nothing passes by default: a signature from anyone at all proves nothing.
  if (!policy.signerWorkflow && !policy.signerRepo) {
    throw new UsageError(
      'the policy names no signer: set `signer-workflow` (owner/repo/.github/workflows/file.yml) or `signer-repo` (owner/repo), as an input or in the `provenance-gate` section of .github/palisade.yml',
    );
  }
  return policy;
}

/** A workflow URI from a certificate, split: `https://host/owner/repo/path@ref`. */
export interface WorkflowUri {
  repository: string;
  path: string;
  ref: string;
}

export function parseWorkflowUri(uri: string | undefined, server: string): WorkflowUri | undefined {
  if (!uri?.startsWith(`${server}/`)) return undefined;
  const match = /^([^/]+\/[^/]+)\/([^@]+)@(.+)$/.exec(uri.slice(server.length + 1));
  if (!match) return undefined;
  return { repository: match[1] ?? '', path: match[2] ?? '', ref: match[3] ?? '' };
}

/** `owner/repo` of a repository URI on the server, or undefined. */
export function repositoryOf(uri: string | undefined, server: string): string | undefined {
  if (!uri?.startsWith(`${server}/`)) return undefined;
  const rest = uri.slice(server.length + 1);
  return REPOSITORY.test(rest) ? rest : undefined;
}

/** Why the certificate's identity does not satisfy the policy, or undefined when it does. */
export function identityMismatch(
  policy: Policy,
  identity: CertificateIdentity,
): string | undefined {
  if (identity.issuer !== policy.issuer) {
    return identity.issuer === undefined
      ? 'the certificate names no OIDC issuer'
      : `the OIDC issuer is ${identity.issuer}, not ${policy.issuer} as the policy requires`;
  }
  const signer = parseWorkflowUri(
    identity.buildSignerUri ?? identity.subjectAlternativeName,
    policy.serverUrl,
  );
  const signerText = signer
    ? `${signer.repository}/${signer.path}@${signer.ref}`
    : (identity.buildSignerUri ?? identity.subjectAlternativeName ?? '(none)');
  if (policy.signerWorkflow) {
    const wanted = policy.signerWorkflow;
    const wantedText = `${wanted.repository}/${wanted.path}${wanted.ref ? `@${wanted.ref}` : ''}`;
    if (
      !signer ||
      !sameRepository(signer.repository, wanted.repository) ||
      signer.path !== wanted.path ||
      (wanted.ref !== undefined && signer.ref !== wanted.ref)
    ) {
      return `the signer workflow is ${signerText}, not ${wantedText} as the policy requires`;
    }
  }
  if (policy.signerRepo && !(signer && sameRepository(signer.repository, policy.signerRepo))) {
    return `the signer workflow is ${signerText}, which is not in ${policy.signerRepo} as the policy requires`;
  }
  if (policy.sourceRepo) {
    const source = repositoryOf(identity.sourceRepositoryUri, policy.serverUrl);
    if (!source || !sameRepository(source, policy.sourceRepo)) {
      return `the source repository is ${source ?? identity.sourceRepositoryUri ?? '(none)'}, not ${policy.sourceRepo} as the policy requires`;
    }
  }
  if (policy.sourceRef) {
    const ref = identity.sourceRepositoryRef;
    if (ref === undefined || !refMatches(ref, policy.sourceRef)) {
      return `the source ref is ${ref ?? '(none)'}, which does not match ${policy.sourceRef} as the policy requires`;
    }
  }
  return undefined;
}

/** Exact, or a glob (`*` stays within one path segment: `refs/tags/v*`). */
export function refMatches(ref: string, pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern)
    ? minimatch(ref, pattern, { nocomment: true, nonegate: true })
    : ref === pattern;
}

function sameRepository(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function stripServer(value: string, server: string): string {
  return value.startsWith(`${server}/`) ? value.slice(server.length + 1) : value;
}

function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (char) => `-${char.toLowerCase()}`);
}
