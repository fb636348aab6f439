/**
 * `assign`: gives a GitHub advisory its `<prefix>-YYYY-NNNN` id by compare-and-swap on the
 * ledger branch through the Git Data API. Each attempt reads the tip (ref → commit → tree →
 * blob), decides, and writes blob → tree → commit (parent: the tip) → ref without force. A ref
 * that moved in between makes GitHub answer 422 "not a fast forward"; the attempt is then
 * repeated from a fresh read after a jittered exponential backoff. Because every decision is
 * made from the tip it replaces, two runs can never hand out the same number, and an update
 * whose answer was lost is found on the re-read instead of being applied twice.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { ApiError, InputError, UsageError } from '@palisade/core';
import { createGitDataClient, type GitDataClient } from './git-data.js';
import { normalizeGhsa } from './ids.js';
import {
  emptyLedger,
  LEDGER_FILE,
  LEDGER_STATUSES,
  nextId,
  parseLedger,
  serializeLedger,
  type Ledger,
  type LedgerEntry,
  type LedgerStatus,
} from './ledger.js';

export const DEFAULT_LEDGER_REF = 'advisory-ledger';

export interface AssignOptions {
  /** `owner/name` of the repository whose advisory this is. */
  repository: string;
  token: string;
  /** API base URL; default GITHUB_API_URL, else https://api.github.com. */
  baseUrl?: string;
  /** The GitHub advisory id (GHSA-xxxx-xxxx-xxxx): the idempotency key. */
  advisory: string;
  /** RFC 3339 or a Date; default now. The id's year is its UTC year. */
  triagedAt?: Date | string;
  /** Default `<repository name>-SA`. */
  prefix?: string;
  /** Branch of the ledger; default `advisory-ledger`. */
  ledgerRef?: string;
  /** `owner/name` holding the ledger branch; default `repository`. */
  ledgerRepository?: string;
  /** Status to record; default `assigned` for a new advisory, unchanged for a known one. */
  status?: LedgerStatus;
  /** Why an advisory is withdrawn or rejected (kept in the ledger). */
  reason?: string;
  /** Prefix the GitHub advisory's summary with `[id]` (needs a token with "Repository security advisories: write"). */
  updateAdvisory?: boolean;
  /** Clock, for tests. */
  now?: () => Date;
  /** Compare-and-swap attempts before giving up (default 15). */
  maxAttempts?: number;
  /** Backoff after a lost race: a random wait up to base × 2^(attempt-1), capped (defaults 250 ms, 10 s). */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** Retries of one request on 5xx and network errors by the API client (default 3). */
  requestRetries?: number;
  /** Base of the client's quadratic backoff between request retries (default 1000 ms). */
  requestRetryBaseDelayMs?: number;
  /** Per-request timeout (default 30 s). */
  timeoutMs?: number;
  log?: { debug(message: string): void; warning(message: string): void };
}

export interface AssignResult {
  /** The advisory's id: new, or the one it already had. */
  id: string;
  /** True when this run wrote the assignment (false: the advisory already had its id). */
  created: boolean;
  /** The ledger entry as it now stands. */
  entry: LedgerEntry;
  /** Compare-and-swap attempts (1 when nothing raced). */
  attempts: number;
  /** HTTP requests sent, retries included. */
  requests: number;
  /** The ledger commit written by this run, when it wrote one. */
  commit?: string;
  /** Whether the GitHub advisory's summary was changed. */
  advisoryUpdated: boolean;
}

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const REPOSITORY = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;

/** Parses `triaged-at`: RFC 3339 with an offset; the result is in UTC. */
export function parseTriagedAt(value: Date | string | undefined, now: () => Date): Date {
  if (value === undefined || value === '') return now();
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new UsageError('`triaged-at` is not a valid date');
    return value;
  }
  const match = RFC3339.exec(value.trim());
  const date = match ? new Date(value.trim().replace(' ', 'T')) : undefined;
  // Date accepts 2026-02-31; RFC 3339 does not. The date part must survive the round trip.
  const [year, month, day] = [match?.[1], match?.[2], match?.[3]].map(Number);
  const local = date ? localDateAt(date, match?.[8] ?? 'Z') : undefined;
  if (
    !date ||
    Number.isNaN(date.getTime()) ||
    !local ||
    local.year !== year ||
    local.month !== month ||
    local.day !== day
  ) {
    throw new UsageError(
      `\`triaged-at\` must be an RFC 3339 date-time such as 2026-06-24T09:30:00Z, not \`${value}\``,
    );
  }
  return date;
}

function localDateAt(date: Date, offset: string): { year: number; month: number; day: number } {
  const minutes =
    offset.toUpperCase() === 'Z'
      ? 0
      : (offset.startsWith('-') ? -1 : 1) *
        (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const shifted = new Date(date.getTime() + minutes * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}

/** `advisory-ledger` or `refs/heads/advisory-ledger` → the branch name. */
export function ledgerBranch(ref: string | undefined): string {
  const branch = (ref ?? DEFAULT_LEDGER_REF).trim().replace(/^refs\/heads\//, '');
  if (
    branch === '' ||
    branch.startsWith('refs/') ||
    /(^|\/)\.|\.\.|[\s~^:?*[\\]|\.lock$|\/$|@\{/.test(branch)
  ) {
    throw new UsageError(`\`ledger-ref\` must be a branch name, not \`${ref ?? ''}\``);
  }
  return branch;
}

function splitRepository(value: string, input: string): { owner: string; repo: string } {
  if (!REPOSITORY.test(value)) {
    throw new UsageError(`\`${input}\` must be \`owner/name\`, not \`${value}\``);
  }
  const [owner = '', repo = ''] = value.split('/');
  return { owner, repo };
}

/** What an attempt read: the tip (none before the branch exists) and the ledger it holds. */
interface Snapshot {
  tip?: string;
  tree?: string;
  ledger: Ledger;
}

/** A failed write that another attempt may fix: a lost race, or an answer that never came. */
function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return (
    error.status === undefined ||
    error.status === 409 ||
    error.status === 422 ||
    error.status >= 500
  );
}

export async function assignAdvisoryId(options: AssignOptions): Promise<AssignResult> {
  const normalized = normalizeGhsa(options.advisory);
  if (normalized === undefined) {
    throw new UsageError(
      `\`advisory\` must be a GitHub advisory id (GHSA-xxxx-xxxx-xxxx), not \`${options.advisory}\``,
    );
  }
  if (
    options.status !== undefined &&
    !(LEDGER_STATUSES as readonly string[]).includes(options.status)
  ) {
    throw new UsageError(
      `\`status\` must be one of ${LEDGER_STATUSES.join(', ')}, not \`${options.status}\``,
    );
  }
  const advisory: string = normalized;
  const now = options.now ?? (() => new Date());
  const triagedAt = parseTriagedAt(options.triagedAt, now);
  const year = triagedAt.getUTCFullYear();
  const target = splitRepository(options.repository, 'repository');
  const ledgerRepository = options.ledgerRepository || options.repository;
  const { owner, repo } = splitRepository(ledgerRepository, 'ledger-repository');
  const branch = ledgerBranch(options.ledgerRef);
  const prefix = options.prefix || `${target.repo}-SA`;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(prefix)) {
    throw new UsageError(
      `\`prefix\` may hold letters, digits, '.', '_' and '-' only, not \`${prefix}\``,
    );
  }
  const maxAttempts = options.maxAttempts ?? 15;
  const baseMs = options.backoffBaseMs ?? 250;
  const maxMs = options.backoffMaxMs ?? 10_000;
  const log = options.log ?? { debug: () => undefined, warning: () => undefined };
  const source = `${ledgerRepository}@${branch}:${LEDGER_FILE}`;

  const client = createGitDataClient({
    token: options.token,
    retries: options.requestRetries ?? 3,
    log,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    ...(options.requestRetryBaseDelayMs !== undefined
      ? { retryBaseDelayMs: options.requestRetryBaseDelayMs }
      : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  });
  const base = `/repos/${owner}/${repo}`;
  const refPath = `${base}/git/refs/heads/${branch.split('/').map(encodeURIComponent).join('/')}`;

  const read = async (): Promise<Snapshot> => {
    let tip: string;
    try {
      const ref = await client.request<{ object: { sha: string } }>(
        'GET',
        `${base}/git/ref/heads/${branch.split('/').map(encodeURIComponent).join('/')}`,
      );
      tip = ref.object.sha;
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return { ledger: emptyLedger(prefix) };
      throw error;
    }
    const commit = await client.request<{ tree: { sha: string } }>(
      'GET',
      `${base}/git/commits/${tip}`,
    );
    const tree = commit.tree.sha;
    const listing = await client.request<{
      tree: Array<{ path?: string; type?: string; sha?: string }>;
    }>('GET', `${base}/git/trees/${tree}`);
    const file = listing.tree.find((item) => item.path === LEDGER_FILE && item.type === 'blob');
    if (!file?.sha) return { tip, tree, ledger: emptyLedger(prefix) };
    const blob = await client.request<{ content: string; encoding: string }>(
      'GET',
      `${base}/git/blobs/${file.sha}`,
    );
    const text =
      blob.encoding === 'base64'
        ? Buffer.from(blob.content, 'base64').toString('utf8')
        : blob.content;
    return { tip, tree, ledger: parseLedger(text, source).ledger };
  };

  const write = async (snapshot: Snapshot, ledger: Ledger, message: string): Promise<string> => {
    const blob = await client.request<{ sha: string }>('POST', `${base}/git/blobs`, {
      content: serializeLedger(ledger),
      encoding: 'utf-8',
    });
    const tree = await client.request<{ sha: string }>('POST', `${base}/git/trees`, {
      ...(snapshot.tree ? { base_tree: snapshot.tree } : {}),
      tree: [{ path: LEDGER_FILE, mode: '100644', type: 'blob', sha: blob.sha }],
    });
    const commit = await client.request<{ sha: string }>('POST', `${base}/git/commits`, {
      message,
      tree: tree.sha,
      parents: snapshot.tip ? [snapshot.tip] : [],
    });
    if (snapshot.tip) {
      await client.request('PATCH', refPath, { sha: commit.sha, force: false });
    } else {
      await client.request('POST', `${base}/git/refs`, {
        ref: `refs/heads/${branch}`,
        sha: commit.sha,
      });
    }
    return commit.sha;
  };

  /** The entry this run tried to write last, to recognize it after a lost answer. */
  let pending: LedgerEntry | undefined;
  let lastError: unknown;
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    if (attempt > 1) {
      const ceiling = Math.min(maxMs, baseMs * 2 ** (attempt - 2));
      await sleep(Math.random() * ceiling);
    }
    let snapshot: Snapshot;
    try {
      snapshot = await read();
    } catch (error) {
      if (error instanceof InputError) throw error;
      if (!isRetryable(error)) throw explain(error, ledgerRepository, branch, 'read');
      lastError = error;
      log.debug(`attempt ${attempt}: reading the ledger failed, trying again`);
      continue;
    }
    const { ledger } = snapshot;
    if (ledger.prefix !== prefix) {
      throw new UsageError(
        `the ledger ${source} assigns \`${ledger.prefix}\` ids, but the prefix is \`${prefix}\`; set \`prefix\` to \`${ledger.prefix}\``,
      );
    }
    const existing = ledger.advisories.find(
      (entry) => entry.advisory.toLowerCase() === advisory.toLowerCase(),
    );
    const stamp = now().toISOString();
    let entry: LedgerEntry;
    let message: string;
    let created: boolean;
    if (existing) {
      const ours = pending !== undefined && sameEntry(existing, pending);
      const wanted = options.status;
      if (wanted === undefined || wanted === existing.status) {
        return finish(existing, ours, attempt, undefined);
      }
      entry = { ...existing, status: wanted, statusChangedAt: stamp };
      if (options.reason) entry.reason = options.reason;
      ledger.advisories = ledger.advisories.map((item) => (item === existing ? entry : item));
      message = `Mark ${existing.id} ${wanted}`;
      created = ours;
    } else {
      entry = {
        id: nextId(ledger, year),
        advisory,
        triagedAt: triagedAt.toISOString(),
        assignedAt: stamp,
        status: options.status ?? 'assigned',
      };
      if (options.reason) entry.reason = options.reason;
      ledger.advisories.push(entry);
      message = `Assign ${entry.id} to ${advisory}`;
      created = true;
    }
    pending = entry;
    let commit: string;
    try {
      commit = await write(snapshot, ledger, message);
    } catch (error) {
      if (!isRetryable(error)) throw explain(error, ledgerRepository, branch, 'write');
      lastError = error;
      log.debug(`attempt ${attempt}: the ledger moved or the write failed, reading it again`);
      continue;
    }
    log.debug(`attempt ${attempt}: ${message} (${commit})`);
    return finish(entry, created, attempt, commit);
  }
  throw new ApiError(
    `could not update the ledger ${source} after ${maxAttempts} attempts: ${lastError instanceof Error ? lastError.message : String(lastError)}. Nothing was assigned by this run; run it again.`,
  );

  async function finish(
    entry: LedgerEntry,
    created: boolean,
    attempts: number,
    commit: string | undefined,
  ): Promise<AssignResult> {
    let advisoryUpdated = false;
    if (options.updateAdvisory) {
      advisoryUpdated = await prefixAdvisorySummary(client, target, advisory, entry.id);
    }
    const result: AssignResult = {
      id: entry.id,
      created,
      entry,
      attempts,
      requests: client.requests,
      advisoryUpdated,
    };
    if (commit) result.commit = commit;
    return result;
  }
}

function sameEntry(a: LedgerEntry, b: LedgerEntry): boolean {
  return (
    a.id === b.id &&
    a.assignedAt === b.assignedAt &&
    a.status === b.status &&
    a.statusChangedAt === b.statusChangedAt
  );
}

function explain(
  error: unknown,
  repository: string,
  branch: string,
  what: 'read' | 'write',
): unknown {
  if (!(error instanceof ApiError)) return error;
  const hint =
    error.status === 403 || error.status === 404
      ? what === 'write'
        ? ` (the token needs \`contents: write\` on ${repository} to update the branch ${branch})`
        : ` (the token needs \`contents: read\` on ${repository}, which must exist)`
      : '';
  return new ApiError(`${error.message}${hint}`, error.status);
}

/** Puts `[id] ` before the advisory's summary, once. */
async function prefixAdvisorySummary(
  client: GitDataClient,
  target: { owner: string; repo: string },
  advisory: string,
  id: string,
): Promise<boolean> {
  const path = `/repos/${target.owner}/${target.repo}/security-advisories/${advisory}`;
  try {
    const current = await client.request<{ summary: string }>('GET', path);
    if (current.summary.includes(id)) return false;
    await client.request('PATCH', path, { summary: `[${id}] ${current.summary}`.slice(0, 1024) });
    return true;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 403 || error.status === 404)) {
      throw new ApiError(
        `${error.message} (updating the advisory's summary needs a github-token with "Repository security advisories: write" (a GitHub App or fine-grained token; the GITHUB_TOKEN cannot have it); ${id} is assigned and recorded in the ledger)`,
        error.status,
      );
    }
    throw error;
  }
}
