/**
 * One bundle, checked from the signature up: @sigstore/verify for the signature, certificate
 * chain, log entries and timestamps; then what the library leaves to its caller: the in-toto
 * statement, the predicate type, the signer identity against the policy, the SLSA
 * provenance's claims against the certificate, the runner and the age.
 */
import { bundleFromJSON, type Bundle } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import { toSignedEntity, Verifier } from '@sigstore/verify';
import type { RuleInfo } from '@palisade/core';
import { identityOf, type CertificateIdentity } from './certificate.js';
import {
  identityMismatch,
  parseWorkflowUri,
  repositoryOf,
  SLSA_PROVENANCE_V02,
  SLSA_PROVENANCE_V1,
  type Policy,
} from './policy.js';
import {
  ATTESTATION_AGE,
  INVALID_ATTESTATION,
  PREDICATE_TYPE,
  PROVENANCE_MISMATCH,
  RUNNER_ENVIRONMENT,
  SIGNER_MISMATCH,
} from './rules.js';
import { rootsFor, type TrustRoot } from './trust.js';

const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const STATEMENT_TYPES = new Set([
  'https://in-toto.io/Statement/v1',
  'https://in-toto.io/Statement/v0.1',
]);

/** Where a bundle came from: a file and line, or an API answer. */
export interface BundleSource {
  /** Shown in reasons, e.g. `bundles/app.jsonl:2` or `API owner/repo #1`. */
  label: string;
  json: unknown;
}

export interface Subject {
  name: string;
  digest: Record<string, string>;
}

/** The outcome of one bundle, whatever artifact it is for. */
export interface Attestation {
  source: string;
  /**
   * The statement's subjects. Read before the signature is checked, to tell which artifact a
   * failed bundle was meant for; they count only when `failure` is undefined.
   */
  subjects: Subject[];
  predicateType?: string;
  /** The trusted root the bundle verified against. */
  root?: string;
  identity?: CertificateIdentity;
  /** Display values: `owner/repo/.github/workflows/file.yml@ref`, `owner/repo`, the ref. */
  signerWorkflow?: string;
  sourceRepository?: string;
  sourceRef?: string;
  /** Undefined when the attestation passed every check. */
  failure?: { rule: RuleInfo; reason: string };
}

/** Checks one bundle against the roots and the policy at time `now`. */
export function verifyBundle(
  source: BundleSource,
  roots: readonly TrustRoot[],
  policy: Policy,
  now: Date,
): Attestation {
  const attestation: Attestation = { source: source.label, subjects: [] };
  const fail = (rule: RuleInfo, reason: string): Attestation => {
    attestation.failure = { rule, reason };
    return attestation;
  };
  const statement = unverifiedStatement(source.json);
  if (statement) {
    attestation.subjects = statement.subjects;
    if (statement.predicateType) attestation.predicateType = statement.predicateType;
  }

  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(source.json);
  } catch (error) {
    return fail(INVALID_ATTESTATION, `malformed bundle: ${describeBundleError(error)}`);
  }
  if (bundle.content.$case !== 'dsseEnvelope') {
    return fail(
      INVALID_ATTESTATION,
      'the bundle signs a bare message, not an in-toto attestation (no DSSE envelope)',
    );
  }
  const certificate = signingCertificate(bundle);
  if (!certificate) {
    return fail(
      INVALID_ATTESTATION,
      'the bundle is signed with a public key, not a Sigstore certificate, so it names no signer',
    );
  }
  const identity = identityOf(certificate);
  attestation.identity = identity;
  describeIdentity(attestation, identity, policy.serverUrl);

  let firstError: string | undefined;
  for (const root of rootsFor(certificate, roots)) {
    try {
      new Verifier(root.material, root.thresholds).verify(toSignedEntity(bundle));
      attestation.root = root.name;
      break;
    } catch (error) {
      firstError ??= `${describeVerifyError(error)} (trusted root: ${root.name})`;
    }
  }
  if (!attestation.root) {
    return fail(
      INVALID_ATTESTATION,
      `the bundle does not verify: ${firstError ?? 'no trusted root'}`,
    );
  }

  if (bundle.content.dsseEnvelope.payloadType !== IN_TOTO_PAYLOAD_TYPE || !statement?.valid) {
    return fail(
      INVALID_ATTESTATION,
      statement?.problem ??
        `the signed payload is \`${bundle.content.dsseEnvelope.payloadType}\`, not an in-toto statement`,
    );
  }
  const predicateType = statement.predicateType ?? '';
  if (!policy.predicateTypes.includes(predicateType)) {
    return fail(
      PREDICATE_TYPE,
      `the predicate type ${predicateType} is not one the policy requires (${policy.predicateTypes.join(', ')})`,
    );
  }
  const mismatch = identityMismatch(policy, identity);
  if (mismatch) return fail(SIGNER_MISMATCH, mismatch);
  if (predicateType === SLSA_PROVENANCE_V1 || predicateType === SLSA_PROVENANCE_V02) {
    const disagreement = provenanceDisagreement(statement.predicate, predicateType, identity);
    if (disagreement) return fail(PROVENANCE_MISMATCH, disagreement);
  }
  if (policy.denySelfHostedRunners && identity.runnerEnvironment !== 'github-hosted') {
    return fail(
      RUNNER_ENVIRONMENT,
      identity.runnerEnvironment === undefined
        ? 'the certificate does not say which kind of runner signed, and self-hosted runners are denied'
        : `the attestation was signed on a ${identity.runnerEnvironment} runner, and self-hosted runners are denied`,
    );
  }
  if (policy.maxAgeMs !== undefined) {
    const age = now.getTime() - identity.signedAt.getTime();
    if (age > policy.maxAgeMs) {
      return fail(
        ATTESTATION_AGE,
        `the attestation was signed ${identity.signedAt.toISOString()}, ${formatAge(age)} ago, more than max-age allows`,
      );
    }
  }
  return attestation;
}

function signingCertificate(bundle: Bundle): X509Certificate | undefined {
  const content = bundle.verificationMaterial.content;
  const raw =
    content.$case === 'x509CertificateChain'
      ? content.x509CertificateChain.certificates[0]?.rawBytes
      : content.$case === 'certificate'
        ? content.certificate.rawBytes
        : undefined;
  if (!raw) return undefined;
  try {
    return X509Certificate.parse(Buffer.from(raw));
  } catch {
    return undefined;
  }
}

function describeIdentity(
  attestation: Attestation,
  identity: CertificateIdentity,
  server: string,
): void {
  const signerUri = identity.buildSignerUri ?? identity.subjectAlternativeName;
  const signer = parseWorkflowUri(signerUri, server);
  const signerText = signer ? `${signer.repository}/${signer.path}@${signer.ref}` : signerUri;
  if (signerText) attestation.signerWorkflow = signerText;
  const source = repositoryOf(identity.sourceRepositoryUri, server) ?? identity.sourceRepositoryUri;
  if (source) attestation.sourceRepository = source;
  if (identity.sourceRepositoryRef) attestation.sourceRef = identity.sourceRepositoryRef;
}

interface UnverifiedStatement {
  subjects: Subject[];
  predicateType?: string;
  predicate: unknown;
  valid: boolean;
  problem?: string;
}

/** The in-toto statement in a bundle's DSSE payload, read without trusting it yet. */
function unverifiedStatement(json: unknown): UnverifiedStatement | undefined {
  const envelope = isObject(json) && isObject(json.dsseEnvelope) ? json.dsseEnvelope : undefined;
  if (typeof envelope?.payload !== 'string') return undefined;
  let statement: unknown;
  try {
    statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
  } catch {
    return {
      subjects: [],
      predicate: undefined,
      valid: false,
      problem: 'the signed payload is not JSON',
    };
  }
  if (!isObject(statement)) {
    return {
      subjects: [],
      predicate: undefined,
      valid: false,
      problem: 'the signed payload is not an in-toto statement',
    };
  }
  const subjects: Subject[] = [];
  let problem: string | undefined;
  if (!Array.isArray(statement.subject) || statement.subject.length === 0) {
    problem = 'the in-toto statement has no subjects';
  } else {
    for (const subject of statement.subject as unknown[]) {
      if (!isObject(subject) || !isObject(subject.digest)) {
        problem = 'a subject of the in-toto statement has no digest';
        continue;
      }
      const digest: Record<string, string> = {};
      for (const [algorithm, value] of Object.entries(subject.digest)) {
        if (typeof value === 'string') digest[algorithm.toLowerCase()] = value.toLowerCase();
      }
      subjects.push({ name: typeof subject.name === 'string' ? subject.name : '', digest });
    }
  }
  if (typeof statement._type !== 'string' || !STATEMENT_TYPES.has(statement._type)) {
    problem ??= `the payload's _type is not an in-toto statement (${String(statement._type)})`;
  }
  const predicateType =
    typeof statement.predicateType === 'string' ? statement.predicateType : undefined;
  if (!predicateType) problem ??= 'the in-toto statement has no predicate type';
  const result: UnverifiedStatement = {
    subjects,
    predicate: statement.predicate,
    valid: problem === undefined,
  };
  if (predicateType) result.predicateType = predicateType;
  if (problem) result.problem = problem;
  return result;
}

/**
 * Where the SLSA provenance's account of the build differs from the certificate's: the
 * workflow (repository, path, ref), the commit, and the GitHub ids, trigger and runner when
 * the provenance states them. Undefined when they agree.
 */
export function provenanceDisagreement(
  predicate: unknown,
  predicateType: string,
  identity: CertificateIdentity,
): string | undefined {
  const claims = predicateType === SLSA_PROVENANCE_V1 ? claimsV1(predicate) : claimsV02(predicate);
  if (typeof claims === 'string') return claims;
  const compare = (what: string, claimed: string | undefined, certified: string | undefined) => {
    if (claimed === undefined) return undefined;
    if (certified === undefined) {
      return `the provenance claims ${what} ${claimed}, and the certificate does not state it`;
    }
    return claimed === certified
      ? undefined
      : `the provenance claims ${what} ${claimed}, but the certificate says ${certified}`;
  };
  return (
    compare('the repository', claims.repository, identity.sourceRepositoryUri) ??
    compare('the ref', claims.ref, identity.sourceRepositoryRef) ??
    compare('the workflow', claims.workflow, identity.buildConfigUri) ??
    compare('the commit', claims.commit, identity.sourceRepositoryDigest) ??
    compare('the repository id', claims.repositoryId, identity.sourceRepositoryIdentifier) ??
    compare('the owner id', claims.ownerId, identity.sourceRepositoryOwnerIdentifier) ??
    compare('the trigger', claims.event, identity.buildTrigger) ??
    compare('the runner environment', claims.runner, identity.runnerEnvironment)
  );
}

interface Claims {
  repository: string;
  ref: string;
  workflow: string;
  commit: string;
  repositoryId?: string;
  ownerId?: string;
  event?: string;
  runner?: string;
}

function claimsV1(predicate: unknown): Claims | string {
  const definition = isObject(predicate) ? predicate.buildDefinition : undefined;
  const external = isObject(definition) ? definition.externalParameters : undefined;
  const workflow = isObject(external) ? external.workflow : undefined;
  if (
    !isObject(workflow) ||
    typeof workflow.repository !== 'string' ||
    typeof workflow.path !== 'string' ||
    typeof workflow.ref !== 'string'
  ) {
    return 'the provenance does not name the workflow that built it (buildDefinition.externalParameters.workflow)';
  }
  const { repository, path, ref } = workflow;
  const dependencies = isObject(definition) ? definition.resolvedDependencies : undefined;
  const source = Array.isArray(dependencies)
    ? (dependencies as unknown[]).find(
        (dependency) =>
          isObject(dependency) &&
          typeof dependency.uri === 'string' &&
          dependency.uri.startsWith('git+'),
      )
    : undefined;
  if (
    !isObject(source) ||
    !isObject(source.digest) ||
    typeof source.digest.gitCommit !== 'string'
  ) {
    return 'the provenance does not name the commit it built (buildDefinition.resolvedDependencies)';
  }
  if (source.uri !== `git+${repository}@${ref}`) {
    return `the provenance's source ${String(source.uri)} is not its workflow's repository and ref (git+${repository}@${ref})`;
  }
  const internal = isObject(definition) ? definition.internalParameters : undefined;
  const github = isObject(internal) && isObject(internal.github) ? internal.github : {};
  const claims: Claims = {
    repository,
    ref,
    workflow: `${repository}/${path}@${ref}`,
    commit: source.digest.gitCommit,
  };
  if (typeof github.repository_id === 'string') claims.repositoryId = github.repository_id;
  if (typeof github.repository_owner_id === 'string') claims.ownerId = github.repository_owner_id;
  if (typeof github.event_name === 'string') claims.event = github.event_name;
  if (typeof github.runner_environment === 'string') claims.runner = github.runner_environment;
  return claims;
}

function claimsV02(predicate: unknown): Claims | string {
  const invocation = isObject(predicate) ? predicate.invocation : undefined;
  const config = isObject(invocation) ? invocation.configSource : undefined;
  const match =
    isObject(config) && typeof config.uri === 'string'
      ? /^git\+(https:\/\/[^@]+)@(refs\/\S+)$/.exec(config.uri)
      : null;
  const commit = isObject(config) && isObject(config.digest) ? config.digest.sha1 : undefined;
  if (
    !isObject(config) ||
    !match ||
    typeof config.entryPoint !== 'string' ||
    typeof commit !== 'string'
  ) {
    return 'the provenance does not name the workflow and commit that built it (invocation.configSource)';
  }
  const repository = match[1] ?? '';
  const ref = match[2] ?? '';
  return { repository, ref, workflow: `${repository}/${config.entryPoint}@${ref}`, commit };
}

function describeBundleError(error: unknown): string {
  const fields = isObject(error) && Array.isArray(error.fields) ? (error.fields as unknown[]) : [];
  const message =
    isObject(error) && typeof error.message === 'string' ? error.message : String(error);
  return fields.length > 0 ? `${fields.map(String).join(', ')} missing or invalid` : message;
}

function describeVerifyError(error: unknown): string {
  if (!isObject(error)) return String(error);
  const code = typeof error.code === 'string' ? error.code : undefined;
  const message = typeof error.message === 'string' ? error.message : 'unknown error';
  return code ? `${message} (${code})` : message;
}

function formatAge(ms: number): string {
  const days = Math.floor(ms / 86_400_000);
  if (days >= 1) return `${days} day${days === 1 ? '' : 's'}`;
  const hours = Math.floor(ms / 3_600_000);
  if (hours >= 1) return `${hours} hour${hours === 1 ? '' : 's'}`;
  return `${Math.max(0, Math.floor(ms / 60_000))} minutes`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
