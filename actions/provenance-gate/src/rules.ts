/** What can make an artifact fail the gate; each id is a section of the README. */
import { ruleHelpUri, type RuleInfo } from '@palisade/core';

function rule(id: string, summary: string, help: string): RuleInfo {
  return {
    id,
    action: 'provenance-gate',
    summary,
    help,
    defaultSeverity: 'error',
    helpUri: ruleHelpUri('provenance-gate', id),
  };
}

export const NO_ATTESTATION = rule(
  'no-attestation',
  'No attestation names the artifact as a subject',
  'Every artifact must be a subject (by sha256 or sha512 digest) of a verified attestation.',
);
export const INVALID_ATTESTATION = rule(
  'invalid-attestation',
  'The attestation is malformed or its signature, certificate chain, log entry or timestamp does not verify',
  'The bundle must verify against a trusted root: public-good Sigstore, GitHub, or `trusted-root`.',
);
export const PREDICATE_TYPE = rule(
  'predicate-type',
  'No verified attestation of a required predicate type',
  'Each type in `predicate-type` must be covered by a verified attestation of the artifact.',
);
export const SIGNER_MISMATCH = rule(
  'signer-mismatch',
  "The signing certificate's identity does not match the policy",
  'The issuer, signer workflow or repository, source repository and ref must be the ones the policy names.',
);
export const PROVENANCE_MISMATCH = rule(
  'provenance-mismatch',
  'The provenance claims a workflow, repository, ref or commit the certificate does not',
  'What SLSA provenance says about the build must agree with what Fulcio certified.',
);
export const RUNNER_ENVIRONMENT = rule(
  'self-hosted-runner',
  'The attestation was signed on a self-hosted runner',
  'With `deny-self-hosted-runners`, only attestations made on GitHub-hosted runners count.',
);
export const ATTESTATION_AGE = rule(
  'attestation-too-old',
  'The attestation is older than `max-age`',
  'The signing time (the certificate’s start) must be within `max-age` of now.',
);
export const FETCH_FAILED = rule(
  'fetch-failed',
  'The attestations could not be fetched from the GitHub API',
  'A gate that cannot fetch the attestations cannot decide, so the artifact fails.',
);

export const RULES: RuleInfo[] = [
  NO_ATTESTATION,
  INVALID_ATTESTATION,
  PREDICATE_TYPE,
  SIGNER_MISMATCH,
  PROVENANCE_MISMATCH,
  RUNNER_ENVIRONMENT,
  ATTESTATION_AGE,
  FETCH_FAILED,
];
