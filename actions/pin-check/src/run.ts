import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  checkRepositoryAt,
  applyEdits,
  findingAt,
  collectReferences,
  InputError,
  plural,
  UsageError,
  type FailOn,
  type Finding,
  type PalisadeConfig,
  type Report,
  type Repository,
} from '@palisade/core';
import { applyLocks, readLocks } from './lockfile.js';
import { allowEntryFor, checkOffline } from './offline.js';
import { parseReferences, type ActionReference, type ExternalReference } from './refs.js';
import type { RepositoryLookup, Resolver } from './resolver.js';
import { RULES, UNPINNED_ACTION } from './rules.js';
import { pinnedDependenciesScore } from './scorecard.js';

export interface PinCheckOptions {
  /** A GitHub token: with one, version comments and commits are verified online. */
  token?: string;
  /** API base URL; default GITHUB_API_URL, else https://api.github.com. */
  apiUrl?: string;
  /** Folder of the on-disk ETag cache of API responses. */
  cacheDir?: string;
  /** Rewrite unpinned references to SHAs (needs a token). */
  fix?: boolean;
  /** With `fix`: write the fixed files (the CLI) rather than only returning the changes. */
  writeFixes?: boolean;
  /** Test hook: a resolver to use instead of one built on the GitHub API. */
  resolver?: Resolver;
  log?: { debug(message: string): void; warning(message: string): void };
}

export interface FileChange {
  file: string;
  before: string;
  after: string;
}

export interface PinCheckResult {
  report: Report;
  /** The configuration's `fail-on` (section first, then top level), if set. */
  failOn?: FailOn;
  /** OpenSSF Scorecard's Pinned-Dependencies score of the Actions references, now and after the fix. */
  score: { now?: number; afterFix?: number };
  /** With `fix`: the files the fix changes (written to disk with `writeFixes`). */
  changes: FileChange[];
  /** API requests made, when online. */
  apiRequests?: number;
}

/** Loads the repository at `root` and its configuration, then checks it. */
export async function runPinCheck(
  root: string,
  configFile: string | undefined,
  options: PinCheckOptions = {},
): Promise<PinCheckResult> {
  if (options.fix && !options.token && !options.resolver) {
    throw new UsageError(
      'the fixer needs a GitHub token to find the commit and version of each tag or branch: set GITHUB_TOKEN (or the github-token input)',
    );
  }
  return checkRepositoryAt(root, configFile, (repository, config) =>
    checkPins(repository, config, options),
  );
}

/** The pin-check of an already loaded repository (the audit shares one load between checks). */
export async function checkPins(
  repository: Repository,
  config: PalisadeConfig,
  options: PinCheckOptions = {},
): Promise<PinCheckResult> {
  const section = config['pin-check'];
  const texts = new Map(
    [...repository.workflows, ...repository.actions].map((file) => [file.file, file.source.text]),
  );
  const references = parseReferences(
    collectReferences(repository),
    (file) => texts.get(file) ?? '',
  );
  // The repository's own unreadable files are reported by whoever loaded it, once.
  const errors: InputError[] = malformed(references);
  const actions = references.filter(isActionReference);

  const workflowFiles = repository.workflows.map((workflow) => workflow.file);
  const locks = await readLocks(repository.root, workflowFiles);
  errors.push(...locks.errors);
  const { locked, findings: lockFindings } = applyLocks(locks.locks, actions, workflowFiles);

  const findings: Finding[] = [...locks.findings, ...lockFindings];
  const result: PinCheckResult = {
    report: {
      command: 'pin-check',
      rules: [...RULES],
      findings,
      errors,
      filesScanned: repository.filesScanned,
    },
    score: {},
    changes: [],
  };
  const fail = section['fail-on'] ?? config['fail-on'];
  if (fail) result.failOn = fail;

  const resolver = options.resolver ?? (options.token ? await gitHubResolver(options) : undefined);
  const offlinePolicy = {
    allow: section.allow ?? [],
    requireVersionComment: section['require-version-comment'] ?? true,
    locked,
  };
  if (!resolver) {
    findings.push(...checkOffline(references, offlinePolicy));
  } else {
    const online = await import('./online.js');
    // The tags of each repository (fetched once, shared with the online rules) tell a tag from a branch.
    const lookups = new Map<ActionReference, RepositoryLookup>();
    // Asked together: the resolver shares one request per repository, and the client's
    // throttling bounds how many are in flight.
    await Promise.all(
      actions
        .filter((reference) => reference.refType !== 'sha' && reference.refType !== 'short-sha')
        .map(async (reference) => {
          try {
            lookups.set(reference, await resolver.repository(reference.owner, reference.repo));
          } catch (error) {
            errors.push(apiError(reference, error));
          }
        }),
    );
    findings.push(...checkOffline(references, { ...offlinePolicy, lookups }));
    const historyRewriting = section['history-rewriting'] ?? [];
    const checked = await online.checkOnline(actions, resolver, {
      historyRewriting: (reference) => allowEntryFor(historyRewriting, reference) !== undefined,
    });
    findings.push(...checked.findings);
    for (const failure of checked.errors) errors.push(apiError(failure.reference, failure.message));
    result.apiRequests = resolver.stats.requests;
  }

  const isPinned = (reference: Pick<ActionReference, 'uses'>): boolean =>
    actions.some((action) => action.uses === reference.uses && action.refType === 'sha');
  result.score.now = pinnedDependenciesScore(actions, isPinned);

  if (options.fix && resolver) {
    const { planFixes } = await import('./fix.js');
    const plan = await planFixes(actions, (file) => texts.get(file) ?? '', resolver);
    const fixed = new Set(plan.fixes.map((fix) => fix.reference.uses));
    for (const file of new Set(plan.fixes.map((fix) => fix.reference.uses.file))) {
      const before = texts.get(file) ?? '';
      const edits = plan.fixes
        .filter((fix) => fix.reference.uses.file === file)
        .flatMap((fix) => fix.edits);
      result.changes.push({ file, before, after: applyEdits(before, edits) });
    }
    if (options.writeFixes) {
      for (const change of result.changes)
        await writeFile(path.join(repository.root, change.file), change.after);
    }
    // What the fix resolved is no longer a finding; what it could not fix still is.
    result.report.findings = findings.filter(
      (finding) =>
        !(
          ['unpinned-action', 'short-sha'].includes(finding.rule) &&
          actions.some(
            (action) =>
              fixed.has(action.uses) &&
              action.uses.file === finding.file &&
              action.uses.line === finding.line &&
              action.uses.column === finding.column,
          )
        ),
    );
    result.score.afterFix = pinnedDependenciesScore(
      actions,
      (reference) => isPinned(reference) || fixed.has(reference.uses),
    );
    for (const unfixable of plan.unfixable) {
      result.report.findings.push(
        findingAt(
          UNPINNED_ACTION,
          unfixable.reference.uses,
          `\`${unfixable.reference.uses.value.trim()}\` could not be fixed: ${unfixable.reason}`,
          { key: `unfixable:${unfixable.reference.uses.value}` },
        ),
      );
    }
  }
  result.report.scope = `${plural(repository.workflows.length, 'workflow')}, ${plural(repository.actions.length, 'action')}, ${plural(references.length, 'external reference')}`;
  return result;
}

function isActionReference(reference: ExternalReference): reference is ActionReference {
  return reference.kind === 'action' || reference.kind === 'reusable-workflow';
}

function malformed(references: readonly ExternalReference[]): InputError[] {
  return references.flatMap((reference) =>
    reference.kind === 'malformed'
      ? [
          new InputError(
            { file: reference.uses.file, line: reference.uses.line },
            `\`uses: ${reference.uses.value}\` cannot be checked: ${reference.reason}`,
          ),
        ]
      : [],
  );
}

function apiError(reference: ActionReference, error: unknown): InputError {
  const message =
    typeof error === 'string' ? error : error instanceof Error ? error.message : String(error);
  return new InputError(
    { file: reference.uses.file, line: reference.uses.line },
    `\`${reference.uses.value.trim()}\` could not be verified: ${message}`,
  );
}

async function gitHubResolver(options: PinCheckOptions): Promise<Resolver> {
  const { createGitHubClient } = await import('@palisade/core/github');
  const { createGitHubResolver } = await import('./github-resolver.js');
  const clientOptions: Parameters<typeof createGitHubClient>[0] = { token: options.token ?? '' };
  if (options.apiUrl) clientOptions.baseUrl = options.apiUrl;
  if (options.cacheDir) clientOptions.cacheDir = options.cacheDir;
  if (options.log) clientOptions.log = options.log;
  const { octokit, stats } = createGitHubClient(clientOptions);
  return createGitHubResolver(octokit, stats);
}
