/**
 * provenance-gate: does every artifact carry a verified attestation, signed by the workflow
 * the policy names, of every required predicate type? Nothing passes by default.
 *
 * `runProvenanceGate(root, configFile, options)` is what the action and `palisade verify` call:
 *
 * - `root`: the folder relative paths are resolved against (artifacts, bundles, the
 *   configuration, `trustedRoot`, `reportFile`).
 * - `configFile`: the configuration relative to `root`; undefined reads `.github/palisade.yml`
 *   when it exists. Its `provenance-gate` section gives the policy; options override it key by
 *   key.
 * - `options` (ProvenanceGateOptions): the artifacts (`subjectPaths` globs and/or
 *   `subjectDigests`), the bundles (`bundles` globs; without them, `repository` or
 *   `organization` with a `token` fetches them from the attestations API at `apiUrl`), the
 *   policy (`signerWorkflow`, `signerRepo`, `sourceRepo`, `sourceRef`, `issuer`,
 *   `predicateTypes`, `denySelfHostedRunners`, `maxAge`), `trustedRoot` (a file replacing the
 *   shipped roots), `reportFile` (where to write the JSON report), and `now` (tests).
 *
 * It returns `{ report, verdicts, verified, policy, json, reportFile?, table }`: `report` (the
 * core Report: one error finding per failed artifact, InputErrors for unusable inputs, so
 * `exitCodeFor(report, 'error')` is the exit code), one Verdict per artifact, `verified` (true
 * only when every artifact passed and every input was usable), the JSON report and the
 * terminal table. Usage problems (no artifacts, no signer in the policy, a bad value) throw
 * UsageError (exit 2).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  errorMessage,
  findingAt,
  InputError,
  loadConfig,
  PALISADE_VERSION,
  plural,
  terminalSafe,
  UsageError,
  type Finding,
  type Report,
  type RuleInfo,
} from '@palisade/core';
import { resolvePolicy, type Policy, type PolicyInput } from './policy.js';
import { FETCH_FAILED, NO_ATTESTATION, PREDICATE_TYPE, RULES } from './rules.js';
import {
  displayDigest,
  expandPatterns,
  hashFile,
  parseDigest,
  readBundleFile,
  type Artifact,
} from './sources.js';
import type { Attestation, BundleSource } from './verify.js';

export interface ProvenanceGateOptions extends PolicyInput {
  /** Artifact files, globs allowed, relative to the root. */
  subjectPaths?: readonly string[];
  /** Artifact digests, `sha256:<hex>` or `sha512:<hex>`. */
  subjectDigests?: readonly string[];
  /** Bundle files (`.json`, `.jsonl`, `*.sigstore.json`), globs allowed. Without them: the API. */
  bundles?: readonly string[];
  /** A trusted root JSON file replacing the shipped roots (offline or private instances). */
  trustedRoot?: string;
  /** `owner/repo` whose attestations API is asked (without `bundles`). */
  repository?: string;
  /** An organization whose attestations API is asked (without `bundles` and `repository`). */
  organization?: string;
  token?: string;
  /** API base URL; default GITHUB_API_URL, else https://api.github.com. */
  apiUrl?: string;
  /** The server whose URIs certificates carry; default GITHUB_SERVER_URL, else https://github.com. */
  serverUrl?: string;
  /** API retries of 5xx and network errors (default 3) and the backoff base (default 1000 ms). */
  retries?: number;
  retryBaseDelayMs?: number;
  timeoutMs?: number;
  /** Write the JSON report here (relative to the root). */
  reportFile?: string;
  /** The time max-age is measured against (default now). */
  now?: Date;
  log?: { debug(message: string): void; warning(message: string): void };
}

/** One attestation as the JSON report lists it. */
export interface AttestationSummary {
  source: string;
  predicateType?: string;
  signerWorkflow?: string;
  sourceRepository?: string;
  sourceRef?: string;
  trustedRoot?: string;
  signedAt?: string;
  verified: boolean;
  rule?: string;
  reason?: string;
}

export interface Verdict {
  artifact: string;
  digest: string;
  verified: boolean;
  /** Why it failed, or what it passed with. */
  reason: string;
  /** The rule of a failure. */
  rule?: string;
  signerWorkflow?: string;
  sourceRepository?: string;
  sourceRef?: string;
  /** Verified predicate types on a pass; the types in question on a failure. */
  predicateTypes: string[];
  /** Attestations that name the artifact (verified or not). */
  attestations: AttestationSummary[];
}

export interface ProvenanceJsonReport {
  tool: 'palisade';
  version: string;
  command: 'provenance-gate';
  verified: boolean;
  policy: {
    signerWorkflow?: string;
    signerRepo?: string;
    sourceRepo?: string;
    sourceRef?: string;
    issuer: string;
    predicateTypes: string[];
    denySelfHostedRunners: boolean;
    maxAgeMs?: number;
  };
  verdicts: Verdict[];
  errors: Array<{ file: string; line?: number; message: string }>;
}

export interface ProvenanceGateResult {
  report: Report;
  verdicts: Verdict[];
  verified: boolean;
  policy: Policy;
  json: ProvenanceJsonReport;
  /** Absolute path of the JSON report, when `reportFile` was given. */
  reportFile?: string;
  /** The verdict table for a terminal, text from bundles made safe. */
  table: string;
}

export async function runProvenanceGate(
  root: string,
  configFile: string | undefined,
  options: ProvenanceGateOptions = {},
): Promise<ProvenanceGateResult> {
  const subjectPaths = (options.subjectPaths ?? []).filter((value) => value.trim() !== '');
  const subjectDigests = (options.subjectDigests ?? []).filter((value) => value.trim() !== '');
  const bundlePatterns = (options.bundles ?? []).filter((value) => value.trim() !== '');
  if (subjectPaths.length === 0 && subjectDigests.length === 0) {
    throw new UsageError('no artifact to verify: give `subject-path` (globs) or `subject-digest`');
  }
  const online = bundlePatterns.length === 0;
  if (online && !options.repository && !options.organization) {
    throw new UsageError(
      'no bundles to verify: give `bundle` files, or `repository` (owner/repo) or `organization` to fetch them from the attestations API',
    );
  }
  if (online && !options.token) {
    throw new UsageError(
      'fetching attestations from the API needs a token (`github-token`, with `attestations: read`); give `bundle` files to verify offline',
    );
  }
  if (options.repository && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(options.repository)) {
    throw new UsageError(`\`repository\` must be owner/repo, not \`${options.repository}\``);
  }
  const digests = subjectDigests.map(parseDigest);

  const loaded = await loadConfig(root, configFile === undefined ? {} : { file: configFile });
  const section = loaded.config['provenance-gate'];
  const input: PolicyInput = {};
  const pick = <T>(value: T | undefined, fallback: T | undefined) => value ?? fallback;
  const set = <K extends keyof PolicyInput>(key: K, value: PolicyInput[K] | undefined) => {
    if (value !== undefined) input[key] = value;
  };
  set('signerWorkflow', pick(blank(options.signerWorkflow), section['signer-workflow']));
  set('signerRepo', pick(blank(options.signerRepo), section['signer-repo']));
  set('sourceRepo', pick(blank(options.sourceRepo), section['source-repo']));
  set('sourceRef', pick(blank(options.sourceRef), section['source-ref']));
  set('issuer', pick(blank(options.issuer), section.issuer));
  set(
    'predicateTypes',
    options.predicateTypes && options.predicateTypes.length > 0
      ? options.predicateTypes
      : section['predicate-type'],
  );
  set(
    'denySelfHostedRunners',
    pick(options.denySelfHostedRunners, section['deny-self-hosted-runners']),
  );
  set('maxAge', pick(blank(options.maxAge), section['max-age']));
  const policy = resolvePolicy(
    input,
    options.serverUrl ?? (process.env.GITHUB_SERVER_URL || 'https://github.com'),
  );
  const now = options.now ?? new Date();

  const errors: InputError[] = [...loaded.errors];
  const artifacts: Artifact[] = [...digests];
  const expanded = await expandPatterns(root, subjectPaths, 'artifact');
  errors.push(...expanded.errors);
  for (const file of expanded.files) {
    try {
      artifacts.push(await hashFile(root, file));
    } catch (error) {
      errors.push(new InputError({ file }, `cannot read the artifact: ${errorMessage(error)}`));
    }
  }

  // Sigstore loads only now that there is something to verify.
  const [{ verifyBundle }, trust] = await Promise.all([
    import('./verify.js'),
    import('./trust.js'),
  ]);
  const roots = options.trustedRoot
    ? [await trust.rootFromFile(root, options.trustedRoot)]
    : await trust.shippedRoots();
  // PALISADE_PROVENANCE_TIMINGS=1 prints each verification's time to stderr (the benchmark reads it).
  const timings = process.env.PALISADE_PROVENANCE_TIMINGS === '1';
  const check = (source: BundleSource): Attestation => {
    const started = timings ? performance.now() : 0;
    const attestation = verifyBundle(source, roots, policy, now);
    if (timings) {
      process.stderr.write(`palisade-timing ${(performance.now() - started).toFixed(3)}\n`);
    }
    return attestation;
  };

  const verdicts: Verdict[] = [];
  let attestationCount = 0;
  if (!online) {
    const files = await expandPatterns(root, bundlePatterns, 'bundle');
    errors.push(...files.errors);
    const attestations: Attestation[] = [];
    for (const file of files.files) {
      const read = await readBundleFile(root, file);
      errors.push(...read.errors);
      attestations.push(...read.bundles.map(check));
    }
    attestationCount = attestations.length;
    for (const artifact of artifacts)
      verdicts.push(judge(artifact, attestations, policy, undefined));
  } else {
    const { createGitHubClient } = await import('@palisade/core/github');
    const { fetchAttestations } = await import('./api.js');
    const client = createGitHubClient({
      token: options.token ?? '',
      ...(options.apiUrl ? { baseUrl: options.apiUrl } : {}),
      ...(options.retries !== undefined ? { retries: options.retries } : {}),
      ...(options.retryBaseDelayMs !== undefined
        ? { retryBaseDelayMs: options.retryBaseDelayMs }
        : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.log ? { log: options.log } : {}),
    });
    const scope = options.repository
      ? { repository: options.repository }
      : { organization: options.organization ?? '' };
    const where = scope.repository ?? `the organization ${options.organization ?? ''}`;
    for (const artifact of artifacts) {
      const digest = displayDigest(artifact);
      let fetched;
      try {
        fetched = await fetchAttestations(client.octokit, scope, digest);
      } catch (error) {
        verdicts.push(
          failed(
            artifact,
            FETCH_FAILED,
            `the attestations could not be fetched: ${errorMessage(error)}`,
            [],
          ),
        );
        continue;
      }
      const attestations = fetched.bundles.map(check);
      attestationCount += attestations.length;
      const none = fetched.notFound
        ? `the attestations API of ${where} has no attestation for ${digest} (404: none, or not visible to the token)`
        : `the attestations API of ${where} has no attestation for ${digest}`;
      verdicts.push(judge(artifact, attestations, policy, none));
    }
  }

  const findings: Finding[] = verdicts
    .filter((verdict) => !verdict.verified)
    .map((verdict) =>
      findingAt(
        RULES.find((rule) => rule.id === verdict.rule) ?? NO_ATTESTATION,
        { file: verdict.artifact, line: 1 },
        `${verdict.artifact} (${shortDigest(verdict.digest)}): ${verdict.reason}`,
        { key: `${verdict.digest}\u0000${verdict.reason}` },
      ),
    );
  const report: Report = {
    command: 'provenance-gate',
    rules: RULES,
    findings,
    errors,
    filesScanned: artifacts.length,
    scope: `${plural(artifacts.length, 'artifact')}, ${plural(attestationCount, 'attestation')}`,
  };
  const verified =
    verdicts.length > 0 && errors.length === 0 && verdicts.every((verdict) => verdict.verified);
  const json: ProvenanceJsonReport = {
    tool: 'palisade',
    version: PALISADE_VERSION,
    command: 'provenance-gate',
    verified,
    policy: policyJson(policy),
    verdicts,
    errors: errors.map((error) => ({
      file: error.location.file,
      ...(error.location.line === undefined ? {} : { line: error.location.line }),
      message: error.reason,
    })),
  };
  const result: ProvenanceGateResult = {
    report,
    verdicts,
    verified,
    policy,
    json,
    table: formatTable(verdicts),
  };
  if (options.reportFile) {
    const file = path.resolve(root, options.reportFile);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(json, null, 2)}\n`);
    result.reportFile = file;
  }
  return result;
}

/**
 * The verdict of one artifact: it passes when, for every required predicate type, an
 * attestation that passed every check names one of its digests. Otherwise the reason comes
 * from the attestation closest to passing.
 */
export function judge(
  artifact: Artifact,
  attestations: readonly Attestation[],
  policy: Policy,
  noneReason: string | undefined,
): Verdict {
  const relevant = attestations.filter((attestation) => names(attestation, artifact));
  const summaries = relevant.map(summarize);
  const passing = relevant.filter((attestation) => !attestation.failure);
  const missing = policy.predicateTypes.filter(
    (type) => !passing.some((attestation) => attestation.predicateType === type),
  );
  if (missing.length === 0) {
    const first = passing.find(
      (attestation) => attestation.predicateType === policy.predicateTypes[0],
    );
    const verdict: Verdict = {
      artifact: artifact.name,
      digest: displayDigest(artifact),
      verified: true,
      reason: `verified: ${plural(policy.predicateTypes.length, 'required predicate type')}, signed by ${first?.signerWorkflow ?? '?'}`,
      predicateTypes: [...policy.predicateTypes],
      attestations: summaries,
    };
    copyIdentity(verdict, first);
    return verdict;
  }
  const wanted = missing[0] ?? '';
  // A failure of the very type that is missing says most; then any failure that names it.
  const culprit =
    relevant.find((attestation) => attestation.failure && attestation.predicateType === wanted) ??
    relevant.find(
      (attestation) => attestation.failure && attestation.failure.rule !== PREDICATE_TYPE,
    ) ??
    relevant.find((attestation) => attestation.failure);
  if (culprit?.failure) {
    const reason =
      relevant.length > 1 ? `${culprit.source}: ${culprit.failure.reason}` : culprit.failure.reason;
    const verdict = failed(artifact, culprit.failure.rule, reason, missing, summaries);
    copyIdentity(verdict, culprit);
    return verdict;
  }
  if (relevant.length > 0) {
    const found = [...new Set(passing.map((attestation) => attestation.predicateType))].join(', ');
    return failed(
      artifact,
      PREDICATE_TYPE,
      `no verified attestation of predicate type ${missing.join(', ')} (found: ${found})`,
      missing,
      summaries,
    );
  }
  // A bundle too broken to say what it is for may have been meant for this artifact.
  const unreadable = attestations.find(
    (attestation) => attestation.failure && attestation.subjects.length === 0,
  );
  if (unreadable?.failure) {
    const reason =
      attestations.length > 1
        ? `${unreadable.source}: ${unreadable.failure.reason}`
        : unreadable.failure.reason;
    const verdict = failed(artifact, unreadable.failure.rule, reason, missing, [
      summarize(unreadable),
    ]);
    copyIdentity(verdict, unreadable);
    return verdict;
  }
  const digest = displayDigest(artifact);
  if (noneReason !== undefined) return failed(artifact, NO_ATTESTATION, noneReason, missing, []);
  const others = attestations
    .slice(0, 3)
    .map((attestation) => `${attestation.source} names ${describeSubjects(attestation)}`);
  const more = attestations.length > 3 ? `; and ${attestations.length - 3} more` : '';
  return failed(
    artifact,
    NO_ATTESTATION,
    attestations.length === 0
      ? `no attestation names ${digest}: no bundle was read`
      : `no attestation names ${digest} as a subject (${others.join('; ')}${more})`,
    missing,
    [],
  );
}

function failed(
  artifact: Artifact,
  rule: RuleInfo,
  reason: string,
  predicateTypes: string[],
  attestations: AttestationSummary[] = [],
): Verdict {
  return {
    artifact: artifact.name,
    digest: displayDigest(artifact),
    verified: false,
    reason,
    rule: rule.id,
    predicateTypes,
    attestations,
  };
}

function names(attestation: Attestation, artifact: Artifact): boolean {
  return attestation.subjects.some((subject) =>
    Object.entries(artifact.digests).some(([algorithm, hex]) => subject.digest[algorithm] === hex),
  );
}

function describeSubjects(attestation: Attestation): string {
  if (attestation.subjects.length === 0) {
    return attestation.failure
      ? `no readable subject (${attestation.failure.reason})`
      : 'no subject';
  }
  return attestation.subjects
    .slice(0, 3)
    .map((subject) => {
      const [algorithm, hex] = subject.digest.sha256
        ? ['sha256', subject.digest.sha256]
        : (Object.entries(subject.digest)[0] ?? ['?', '']);
      return `${subject.name || '(unnamed)'} (${shortDigest(`${algorithm}:${hex}`)})`;
    })
    .join(', ');
}

function summarize(attestation: Attestation): AttestationSummary {
  const summary: AttestationSummary = {
    source: attestation.source,
    verified: !attestation.failure,
  };
  if (attestation.predicateType) summary.predicateType = attestation.predicateType;
  if (attestation.signerWorkflow) summary.signerWorkflow = attestation.signerWorkflow;
  if (attestation.sourceRepository) summary.sourceRepository = attestation.sourceRepository;
  if (attestation.sourceRef) summary.sourceRef = attestation.sourceRef;
  if (attestation.root) summary.trustedRoot = attestation.root;
  if (attestation.identity) summary.signedAt = attestation.identity.signedAt.toISOString();
  if (attestation.failure) {
    summary.rule = attestation.failure.rule.id;
    summary.reason = attestation.failure.reason;
  }
  return summary;
}

function copyIdentity(verdict: Verdict, attestation: Attestation | undefined): void {
  if (attestation?.signerWorkflow) verdict.signerWorkflow = attestation.signerWorkflow;
  if (attestation?.sourceRepository) verdict.sourceRepository = attestation.sourceRepository;
  if (attestation?.sourceRef) verdict.sourceRef = attestation.sourceRef;
}

function policyJson(policy: Policy): ProvenanceJsonReport['policy'] {
  const json: ProvenanceJsonReport['policy'] = {
    issuer: policy.issuer,
    predicateTypes: policy.predicateTypes,
    denySelfHostedRunners: policy.denySelfHostedRunners,
  };
  if (policy.signerWorkflow) {
    const { repository, path: file, ref } = policy.signerWorkflow;
    json.signerWorkflow = `${repository}/${file}${ref ? `@${ref}` : ''}`;
  }
  if (policy.signerRepo) json.signerRepo = policy.signerRepo;
  if (policy.sourceRepo) json.sourceRepo = policy.sourceRepo;
  if (policy.sourceRef) json.sourceRef = policy.sourceRef;
  if (policy.maxAgeMs !== undefined) json.maxAgeMs = policy.maxAgeMs;
  return json;
}

/** `sha256:06ce3309…` : enough to recognize, short enough for a table. */
export function shortDigest(digest: string): string {
  const [algorithm = '', hex = ''] = digest.split(':');
  return `${algorithm}:${hex.slice(0, 12)}…`;
}

/** The columns every table shows, in order. */
export const TABLE_HEADERS = [
  'Artifact',
  'Digest',
  'Signer workflow',
  'Source repository and ref',
  'Predicate type',
  'Verdict',
  'Reason',
] as const;

/** The cells of one verdict, as plain (unescaped) text. */
export function tableCells(verdict: Verdict): string[] {
  const source = verdict.sourceRepository
    ? `${verdict.sourceRepository}${verdict.sourceRef ? ` @ ${verdict.sourceRef}` : ''}`
    : '';
  return [
    verdict.artifact,
    shortDigest(verdict.digest),
    verdict.signerWorkflow ?? '',
    source,
    verdict.predicateTypes.join(', '),
    verdict.verified ? 'PASS' : 'FAIL',
    verdict.reason,
  ];
}

/** One block per artifact for the terminal; text from bundles has its control characters escaped. */
export function formatTable(verdicts: readonly Verdict[]): string {
  const lines: string[] = [];
  for (const verdict of verdicts) {
    const cells = tableCells(verdict).map(terminalSafe);
    lines.push(`${cells[5] ?? ''}  ${cells[0] ?? ''}  ${cells[1] ?? ''}`);
    for (const [i, label] of [
      [2, 'signer workflow'],
      [3, 'source'],
      [4, 'predicate type'],
      [6, 'reason'],
    ] as const) {
      if (cells[i]) lines.push(`      ${label}: ${cells[i]}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function blank(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
