/**
 * invariant-gate: every invariant of a gated tier in the project's index (default
 * `SECURITY/invariants.yaml`) must list at least one test entry that resolves to a real test
 * file. `runInvariantGate` loads the configuration and runs the gate; `checkInvariants` runs it
 * with a configuration already loaded (the audit does).
 */
import { existsSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import {
  ApiError,
  errorMessage,
  findingAt,
  InputError,
  loadConfig,
  plural,
  readRepositoryFile,
  sortErrors,
  sortFindings,
  UsageError,
  type FailOn,
  type Finding,
  type PalisadeConfig,
  type Report,
} from '@palisade/core';
import { parseIndexYaml } from './index-file.js';
import {
  MISSING_THREAT_MODEL,
  RATCHET_CAN_TIGHTEN,
  RULES,
  TEST_NOT_MENTIONING,
  THREAT_MODEL_RATCHET,
  UNCOVERED_INVARIANT,
  UNRESOLVED_TEST,
  UNWITNESSABLE_GATED,
} from './rules.js';
import { readInvariants, type Invariant, type TestEntry } from './schema.js';
import { isExternalEntry, TestResolver } from './tests.js';
import type { ExternalChecker } from './external.js';

export { RULES } from './rules.js';

export const DEFAULT_INDEX = 'SECURITY/invariants.yaml';
export const DEFAULT_TIERS: readonly string[] = ['protocol', 'reference-impl', 'advisory'];
export const DEFAULT_GATED_TIERS: readonly string[] = ['protocol'];
export const DEFAULT_SEVERITIES: readonly string[] = ['critical', 'high', 'medium', 'low'];
export const DEFAULT_MENTION_PATTERN = '{id}';

/** Settings given by action inputs or command-line flags; each overrides the configuration. */
export interface InvariantGateOptions {
  index?: string;
  gatedTiers?: string[];
  witnessClasses?: string[];
  requireMention?: boolean;
  mentionPattern?: string;
  verifyExternal?: boolean;
  maxUnmentioned?: number;
  /** Token for `verify-external`. */
  token?: string;
  /** `owner/name` of the checked repository: bare `<repo>:` entries belong to its owner. */
  repository?: string;
  /** API settings for `verify-external` (tests point them at a local server). */
  api?: {
    baseUrl?: string;
    retries?: number;
    retryBaseDelayMs?: number;
    timeoutMs?: number;
    cacheDir?: string;
    log?: { debug(message: string): void; warning(message: string): void };
  };
}

/** The settings the gate runs with, after inputs, configuration and defaults are merged. */
export interface GateSettings {
  index: string;
  tiers: string[];
  gatedTiers: string[];
  severities: string[];
  witnessClasses?: string[];
  requireMention: boolean;
  mentionPattern: string;
  verifyExternal: boolean;
  maxUnmentioned?: number;
}

/** A test entry that did not count, and why. */
export interface RejectedEntry {
  entry: string;
  line: number;
  reason: string;
}

export interface InvariantStatus {
  id: string;
  tier: string;
  severity: string;
  witness?: string;
  line: number;
  gated: boolean;
  /** Files (and verified `<repo>:<path>` entries) that count as its tests. */
  tests: string[];
  rejected: RejectedEntry[];
  /** `<repo>:<path>` entries not checked (without `verify-external`). */
  external: string[];
  /** Whether its threat model names it; undefined when it has none or the file is missing. */
  inThreatModel?: boolean;
}

export interface Tally {
  total: number;
  covered: number;
  uncovered: number;
}

export interface GateSummary {
  index: string;
  settings: GateSettings;
  invariants: InvariantStatus[];
  byTier: Record<string, Tally>;
  bySeverity: Record<string, Tally>;
  byWitness: Record<string, Tally>;
  gated: number;
  uncovered: number;
  external: number;
  /** Invariants whose threat model does not name them. */
  unmentioned: number;
  /** Requests sent to the GitHub API for `verify-external`. */
  apiRequests: number;
}

export interface InvariantGateResult {
  report: Report;
  /** Undefined when the index could not be read at all. */
  summary?: GateSummary;
  failOn?: FailOn;
}

/** Loads the configuration at `root` and runs the gate. */
export async function runInvariantGate(
  root: string,
  configFile: string | undefined,
  options: InvariantGateOptions = {},
): Promise<InvariantGateResult> {
  const loaded = await loadConfig(root, configFile === undefined ? {} : { file: configFile });
  const result = await checkInvariants(root, loaded.config, options);
  result.report.findings = sortFindings([...loaded.findings, ...result.report.findings]);
  result.report.errors = sortErrors([...loaded.errors, ...result.report.errors]);
  const failOn = loaded.config['fail-on'];
  if (failOn) result.failOn = failOn;
  return result;
}

/** Merges inputs over the configuration over the defaults. */
export function gateSettings(config: PalisadeConfig, options: InvariantGateOptions): GateSettings {
  const section = config['invariant-gate'];
  const settings: GateSettings = {
    index: options.index || section.index || DEFAULT_INDEX,
    tiers: section.tiers ?? [...DEFAULT_TIERS],
    gatedTiers: options.gatedTiers ?? section['gated-tiers'] ?? [...DEFAULT_GATED_TIERS],
    severities: section.severities ?? [...DEFAULT_SEVERITIES],
    requireMention: options.requireMention ?? section['require-mention'] ?? false,
    mentionPattern: options.mentionPattern ?? section['mention-pattern'] ?? DEFAULT_MENTION_PATTERN,
    verifyExternal: options.verifyExternal ?? section['verify-external'] ?? false,
  };
  const witnessClasses = options.witnessClasses ?? section['witness-classes'];
  if (witnessClasses) settings.witnessClasses = witnessClasses;
  const maxUnmentioned = options.maxUnmentioned ?? section['max-unmentioned'];
  if (maxUnmentioned !== undefined) settings.maxUnmentioned = maxUnmentioned;
  return settings;
}

/** Whether the repository at `root` has the index the gate would read. */
export function hasIndex(root: string, config: PalisadeConfig): boolean {
  return existsSync(path.join(root, gateSettings(config, {}).index));
}

/** Runs the gate on the repository at `root` with a loaded configuration. */
export async function checkInvariants(
  rootPath: string,
  config: PalisadeConfig,
  options: InvariantGateOptions = {},
): Promise<InvariantGateResult> {
  const settings = gateSettings(config, options);
  validateSettings(settings, config.file);
  const report: Report = {
    command: 'invariant-gate',
    rules: [...RULES],
    findings: [],
    errors: [],
    filesScanned: 0,
  };
  const root = await realpath(rootPath).catch(() => {
    throw new InputError({ file: rootPath }, 'the repository folder does not exist');
  });
  const indexFile = settings.index.replace(/^\.\//, '');
  let text: string;
  try {
    text = await readRepositoryFile(root, indexFile);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const missing = !existsSync(path.join(root, indexFile));
    report.errors.push(
      missing
        ? new InputError(
            { file: indexFile },
            'the invariants index does not exist (set `index` to where the project keeps it)',
          )
        : error,
    );
    report.scope = 'no index';
    return { report };
  }
  report.filesScanned = 1;
  let parsed;
  try {
    parsed = readInvariants(indexFile, parseIndexYaml(indexFile, text), settings);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    report.errors.push(error);
    report.scope = 'an unreadable index';
    return { report };
  }
  report.errors.push(...parsed.errors);
  report.findings.push(...parsed.findings);

  const checker = settings.verifyExternal
    ? await externalChecker(options, indexFile, parsed.invariants)
    : undefined;
  const resolver = new TestResolver(root);
  const texts = new FileTexts(root);
  const statuses = await Promise.all(
    parsed.invariants.map((invariant) =>
      assess(invariant, settings, resolver, texts, checker, indexFile, report),
    ),
  );
  await checkThreatModels(
    parsed.invariants,
    statuses,
    indexFile,
    settings,
    resolver,
    texts,
    report,
  );
  report.filesScanned = 1 + resolver.filesFound();

  const summary = summarize(indexFile, settings, statuses, checker);
  report.scope = `${plural(summary.invariants.length, 'invariant')}, ${summary.gated} gated, ${summary.uncovered} uncovered`;
  report.findings = sortFindings(report.findings);
  report.errors = sortErrors(report.errors);
  return { report, summary };
}

function validateSettings(settings: GateSettings, configFile: string | undefined): void {
  const where = configFile ? ` (${configFile})` : '';
  for (const tier of settings.gatedTiers) {
    if (!settings.tiers.includes(tier)) {
      throw new UsageError(
        `gated tier \`${tier}\` is not one of the tiers ${settings.tiers.join(', ')}${where}`,
      );
    }
  }
  if (!settings.mentionPattern.includes('{id}')) {
    throw new UsageError(`mention-pattern must contain \`{id}\`${where}`);
  }
}

async function externalChecker(
  options: InvariantGateOptions,
  indexFile: string,
  invariants: readonly Invariant[],
): Promise<ExternalChecker | undefined> {
  const needed = invariants.some((invariant) =>
    invariant.tests.some((test) => isExternalEntry(test.text)),
  );
  if (!needed) return undefined;
  if (!options.token) {
    throw new UsageError(
      `verify-external needs a GitHub token to check the \`<repo>:<path>\` entries of ${indexFile}`,
    );
  }
  const owner = options.repository?.split('/')[0];
  if (!owner) {
    throw new UsageError(
      'verify-external needs the repository (owner/name) whose siblings `<repo>:<path>` entries name: set GITHUB_REPOSITORY or --repository',
    );
  }
  const { createExternalChecker } = await import('./external.js');
  const api = options.api ?? {};
  const client: Parameters<typeof createExternalChecker>[1] = { token: options.token };
  if (api.baseUrl !== undefined) client.baseUrl = api.baseUrl;
  if (api.retries !== undefined) client.retries = api.retries;
  if (api.retryBaseDelayMs !== undefined) client.retryBaseDelayMs = api.retryBaseDelayMs;
  if (api.timeoutMs !== undefined) client.timeoutMs = api.timeoutMs;
  if (api.cacheDir !== undefined) client.cacheDir = api.cacheDir;
  if (api.log !== undefined) client.log = api.log;
  return createExternalChecker(owner, client);
}

/** Texts of repository files, read once; undefined with a reason when unreadable. */
class FileTexts {
  private readonly texts = new Map<string, Promise<{ text?: string; problem?: string }>>();
  constructor(private readonly root: string) {}
  get count(): number {
    return this.texts.size;
  }
  read(file: string): Promise<{ text?: string; problem?: string }> {
    let text = this.texts.get(file);
    if (!text) {
      text = readRepositoryFile(this.root, file).then(
        (value) => ({ text: value }),
        (error: unknown) => ({
          problem: error instanceof InputError ? error.reason : errorMessage(error),
        }),
      );
      this.texts.set(file, text);
    }
    return text;
  }
}

/** A test of whether `text` names `id` as a whole word, in the form `pattern` gives. */
function mentionMatcher(pattern: string, id: string): RegExp {
  const escape = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const [before = '', after = ''] = pattern.split('{id}');
  return new RegExp(
    `${escape(before)}(?<![A-Za-z0-9_-])${escape(id)}(?![A-Za-z0-9_-])${escape(after)}`,
  );
}

async function assess(
  invariant: Invariant,
  settings: GateSettings,
  resolver: TestResolver,
  texts: FileTexts,
  checker: ExternalChecker | undefined,
  indexFile: string,
  report: Report,
): Promise<InvariantStatus> {
  const gated = settings.gatedTiers.includes(invariant.tier);
  const status: InvariantStatus = {
    id: invariant.id,
    tier: invariant.tier,
    severity: invariant.severity,
    line: invariant.line,
    gated,
    tests: [],
    rejected: [],
    external: [],
  };
  if (invariant.witness !== undefined) status.witness = invariant.witness;
  const mention = settings.requireMention
    ? mentionMatcher(settings.mentionPattern, invariant.id)
    : undefined;
  const notMentioning: Array<{ test: TestEntry; file: string; reason: string }> = [];

  for (const test of invariant.tests) {
    const resolution = await resolver.resolve(test.text);
    if (resolution.kind === 'none') {
      status.rejected.push({ entry: test.text, line: test.line, reason: resolution.reason });
      continue;
    }
    if (resolution.kind === 'external') {
      if (!checker) {
        status.external.push(test.text);
        continue;
      }
      let verdict;
      try {
        verdict = await checker.check(resolution.repository, resolution.path);
      } catch (error) {
        const reason =
          error instanceof ApiError
            ? error.message
            : `the API check failed: ${errorMessage(error)}`;
        report.errors.push(
          new InputError(
            { file: indexFile, line: test.line },
            `${test.text} could not be checked: ${reason}`,
          ),
        );
        continue;
      }
      if (verdict.exists) status.tests.push(test.text);
      else status.rejected.push({ entry: test.text, line: test.line, reason: verdict.reason });
      continue;
    }
    let counted = false;
    for (const file of resolution.files) {
      if (mention) {
        const { text, problem } = await texts.read(file);
        if (text === undefined || !mention.test(text)) {
          const reason = problem
            ? `cannot be read (${problem})`
            : `does not mention \`${invariant.id}\``;
          notMentioning.push({ test, file, reason });
          continue;
        }
      }
      if (!status.tests.includes(file)) status.tests.push(file);
      counted = true;
    }
    if (!counted && mention) {
      status.rejected.push({
        entry: test.text,
        line: test.line,
        reason:
          resolution.files.length === 1
            ? (notMentioning.at(-1)?.reason ?? `does not mention \`${invariant.id}\``)
            : `matches ${resolution.files.length} files, none of which mentions \`${invariant.id}\``,
      });
    }
  }

  const covered = status.tests.length > 0;
  if (gated && !covered) {
    const detail =
      status.rejected.length > 0
        ? `; ${status.rejected.map((entry) => `${entry.entry} ${entry.reason}`).join('; ')}`
        : invariant.tests.length === 0
          ? '; it lists no tests'
          : '';
    const count = status.external.length;
    const external =
      count > 0
        ? ` (${count} ${count === 1 ? 'entry' : 'entries'} in other repositories not checked: set verify-external)`
        : '';
    report.findings.push(
      findingAt(
        UNCOVERED_INVARIANT,
        { file: indexFile, line: invariant.line },
        `${invariant.severity} ${invariant.tier}-tier invariant \`${invariant.id}\` has no test that resolves${detail}${external}`,
        { key: invariant.id },
      ),
    );
  } else {
    // The invariant is covered (or not gated): entries that point nowhere are stale. An entry
    // left out for not mentioning the id of a covered invariant is reported once, below.
    const mentionRejected = (entry: RejectedEntry): boolean =>
      covered &&
      notMentioning.some(({ test }) => test.text === entry.entry && test.line === entry.line);
    for (const entry of status.rejected) {
      if (mentionRejected(entry)) continue;
      report.findings.push(
        findingAt(
          UNRESOLVED_TEST,
          { file: indexFile, line: entry.line },
          `\`${invariant.id}\`: test entry ${entry.entry} ${entry.reason}`,
          { key: `${invariant.id}:${entry.entry}` },
        ),
      );
    }
  }
  if (covered) {
    for (const { test, file, reason } of notMentioning) {
      report.findings.push(
        findingAt(
          TEST_NOT_MENTIONING,
          { file: indexFile, line: test.line },
          `\`${invariant.id}\`: ${file} ${reason}; it does not count as a test`,
          { key: `${invariant.id}:${file}` },
        ),
      );
    }
  }
  if (gated && invariant.witness === 'unwitnessable' && settings.witnessClasses) {
    report.findings.push(
      findingAt(
        UNWITNESSABLE_GATED,
        { file: indexFile, line: invariant.line },
        `${invariant.tier}-tier invariant \`${invariant.id}\` is classed unwitnessable; a gated invariant needs a witness`,
        { key: invariant.id },
      ),
    );
  }
  return status;
}

async function checkThreatModels(
  invariants: readonly Invariant[],
  statuses: InvariantStatus[],
  indexFile: string,
  settings: GateSettings,
  resolver: TestResolver,
  texts: FileTexts,
  report: Report,
): Promise<void> {
  const byFile = new Map<string, Invariant[]>();
  for (const invariant of invariants) {
    if (!invariant.threatModel) continue;
    const list = byFile.get(invariant.threatModel.path) ?? [];
    list.push(invariant);
    byFile.set(invariant.threatModel.path, list);
  }
  const statusOf = new Map(statuses.map((status) => [status.id, status]));
  let unmentioned = 0;
  for (const [file, named] of byFile) {
    const first = named[0];
    if (!first?.threatModel) continue;
    const resolution = await resolver.resolve(file);
    const problem =
      resolution.kind === 'files' && resolution.files.length === 1 && resolution.files[0] === file
        ? undefined
        : resolution.kind === 'none'
          ? resolution.reason
          : 'is not the path of one file in the repository';
    const text = problem ? undefined : await texts.read(file);
    if (problem || text?.text === undefined) {
      report.findings.push(
        findingAt(
          MISSING_THREAT_MODEL,
          { file: indexFile, line: first.threatModel.line },
          `threat model ${file} ${problem ?? `cannot be read (${text?.problem ?? 'unknown'})`}; named by ${plural(named.length, 'invariant')} (${named
            .slice(0, 3)
            .map((invariant) => `\`${invariant.id}\``)
            .join(', ')}${named.length > 3 ? ', …' : ''})`,
          { key: file },
        ),
      );
      continue;
    }
    for (const invariant of named) {
      const found = mentionMatcher('{id}', invariant.id).test(text.text);
      const status = statusOf.get(invariant.id);
      if (status) status.inThreatModel = found;
      if (!found) unmentioned += 1;
    }
  }

  const max = settings.maxUnmentioned;
  if (max === undefined) return;
  // The ratchet is about the index as a whole: report it on its first line.
  const at = { file: indexFile, line: 1 };
  if (unmentioned > max) {
    report.findings.push(
      findingAt(
        THREAT_MODEL_RATCHET,
        at,
        unmentioned === 1
          ? `1 invariant is not named in its threat model, over the ratchet of ${max}: name it in the threat model (or raise max-unmentioned with a reason)`
          : `${unmentioned} invariants are not named in their threat model, over the ratchet of ${max}: name them in the threat model (or raise max-unmentioned with a reason)`,
        { key: 'ratchet' },
      ),
    );
  } else if (unmentioned < max) {
    report.findings.push(
      findingAt(
        RATCHET_CAN_TIGHTEN,
        at,
        `only ${unmentioned === 1 ? '1 invariant is not named in its' : `${unmentioned} invariants are not named in their`} threat model: lower max-unmentioned from ${max} to ${unmentioned}`,
        { key: 'ratchet' },
      ),
    );
  }
}

function summarize(
  indexFile: string,
  settings: GateSettings,
  statuses: InvariantStatus[],
  checker: ExternalChecker | undefined,
): GateSummary {
  const byTier: Record<string, Tally> = {};
  const bySeverity: Record<string, Tally> = {};
  const byWitness: Record<string, Tally> = {};
  const add = (table: Record<string, Tally>, key: string, covered: boolean): void => {
    const tally = (table[key] ??= { total: 0, covered: 0, uncovered: 0 });
    tally.total += 1;
    if (covered) tally.covered += 1;
    else tally.uncovered += 1;
  };
  let gated = 0;
  let uncovered = 0;
  let external = 0;
  let unmentioned = 0;
  for (const status of statuses) {
    const covered = status.tests.length > 0;
    add(byTier, status.tier, covered);
    add(bySeverity, status.severity, covered);
    if (status.witness !== undefined) add(byWitness, status.witness, covered);
    if (status.gated) {
      gated += 1;
      if (!covered) uncovered += 1;
    }
    external += status.external.length;
    if (status.inThreatModel === false) unmentioned += 1;
  }
  return {
    index: indexFile,
    settings,
    invariants: statuses,
    byTier,
    bySeverity,
    byWitness,
    gated,
    uncovered,
    external,
    unmentioned,
    apiRequests: checker?.requests() ?? 0,
  };
}

/** Findings of the gate that fail it (used to list uncovered invariants). */
export function uncoveredFindings(report: Report): Finding[] {
  return report.findings.filter((finding) => finding.rule === UNCOVERED_INVARIANT.id);
}
