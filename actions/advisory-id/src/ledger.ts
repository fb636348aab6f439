/**
 * The ledger of assigned ids: `ledger.json` at the root of the ledger branch. Entries are
 * written one per line, so each assignment is a one-line diff and check can point at lines.
 */
import { InputError } from '@palisade/core';
import { formatAdvisoryId, parseAdvisoryId } from './ids.js';
import { isRecord, lineOfValue, parseJsonText } from './json-text.js';

export const LEDGER_FILE = 'ledger.json';
export const LEDGER_VERSION = 1;

export const LEDGER_STATUSES = ['assigned', 'published', 'withdrawn', 'rejected'] as const;
export type LedgerStatus = (typeof LEDGER_STATUSES)[number];

export interface LedgerEntry {
  id: string;
  /** The GitHub advisory id (GHSA-…): the idempotency key of `assign`. */
  advisory: string;
  /** RFC 3339; its UTC year is the id's year. */
  triagedAt: string;
  /** When `assign` wrote the entry. */
  assignedAt: string;
  status: LedgerStatus;
  /** When the status last changed after the assignment. */
  statusChangedAt?: string;
  /** Why an advisory was withdrawn or rejected. */
  reason?: string;
}

/** A number that was never assigned through the ledger, and why. */
export interface LedgerGap {
  id: string;
  reason: string;
}

export interface Ledger {
  version: number;
  prefix: string;
  advisories: LedgerEntry[];
  gaps: LedgerGap[];
}

/** A parsed ledger with the line of each entry and gap, for findings. */
export interface LocatedLedger {
  ledger: Ledger;
  file: string;
  entryLines: number[];
  gapLines: number[];
}

export function emptyLedger(prefix: string): Ledger {
  return { version: LEDGER_VERSION, prefix, advisories: [], gaps: [] };
}

/** Parses and validates a ledger; anything malformed is an InputError naming file and line. */
export function parseLedger(text: string, file: string): LocatedLedger {
  const data = parseJsonText(text, file);
  if (!isRecord(data)) throw new InputError({ file, line: 1 }, 'the ledger must be a JSON object');
  if (data.version !== LEDGER_VERSION) {
    throw new InputError(
      { file, line: 1 },
      `unsupported ledger version ${JSON.stringify(data.version)}; this version of advisory-id reads version ${LEDGER_VERSION}`,
    );
  }
  if (typeof data.prefix !== 'string' || data.prefix === '') {
    throw new InputError({ file, line: 1 }, 'the ledger has no `prefix`');
  }
  const advisories = data.advisories ?? [];
  const gaps = data.gaps ?? [];
  if (!Array.isArray(advisories) || !Array.isArray(gaps)) {
    throw new InputError({ file, line: 1 }, '`advisories` and `gaps` must be arrays');
  }
  const located: LocatedLedger = {
    ledger: { version: LEDGER_VERSION, prefix: data.prefix, advisories: [], gaps: [] },
    file,
    entryLines: [],
    gapLines: [],
  };
  let cursor = text.indexOf('"advisories"');
  for (const [index, raw] of (advisories as unknown[]).entries()) {
    const where =
      isRecord(raw) && typeof raw.id === 'string' ? lineOfValue(text, raw.id, cursor) : undefined;
    const line = where?.line ?? 1;
    if (where) cursor = where.end;
    located.ledger.advisories.push(readEntry(raw, { file, line }, index));
    located.entryLines.push(line);
  }
  cursor = text.indexOf('"gaps"');
  for (const [index, raw] of (gaps as unknown[]).entries()) {
    const where =
      isRecord(raw) && typeof raw.id === 'string' ? lineOfValue(text, raw.id, cursor) : undefined;
    const line = where?.line ?? 1;
    if (where) cursor = where.end;
    if (!isRecord(raw) || typeof raw.id !== 'string' || typeof raw.reason !== 'string') {
      throw new InputError(
        { file, line },
        `gaps[${index}] must have a string \`id\` and \`reason\``,
      );
    }
    if (raw.reason.trim() === '') {
      throw new InputError({ file, line }, `gaps[${index}] (${raw.id}) has an empty \`reason\``);
    }
    located.ledger.gaps.push({ id: raw.id, reason: raw.reason });
    located.gapLines.push(line);
  }
  return located;
}

function readEntry(raw: unknown, at: { file: string; line: number }, index: number): LedgerEntry {
  const what = `advisories[${index}]`;
  if (!isRecord(raw)) throw new InputError(at, `${what} must be an object`);
  for (const key of ['id', 'advisory', 'triagedAt', 'assignedAt', 'status'] as const) {
    if (typeof raw[key] !== 'string' || raw[key] === '') {
      throw new InputError(at, `${what} has no string \`${key}\``);
    }
  }
  const status = raw.status as string;
  if (!(LEDGER_STATUSES as readonly string[]).includes(status)) {
    throw new InputError(
      at,
      `${what} has status \`${status}\`; expected one of ${LEDGER_STATUSES.join(', ')}`,
    );
  }
  const entry: LedgerEntry = {
    id: raw.id as string,
    advisory: raw.advisory as string,
    triagedAt: raw.triagedAt as string,
    assignedAt: raw.assignedAt as string,
    status: status as LedgerStatus,
  };
  if (typeof raw.statusChangedAt === 'string') entry.statusChangedAt = raw.statusChangedAt;
  if (typeof raw.reason === 'string') entry.reason = raw.reason;
  return entry;
}

/** Writes the ledger: stable key order, one entry per line, a final newline. */
export function serializeLedger(ledger: Ledger): string {
  const list = (items: readonly object[]): string =>
    items.length === 0
      ? '[]'
      : `[\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
  const entries = ledger.advisories.map((entry) => {
    const ordered: LedgerEntry = {
      id: entry.id,
      advisory: entry.advisory,
      triagedAt: entry.triagedAt,
      assignedAt: entry.assignedAt,
      status: entry.status,
    };
    if (entry.statusChangedAt !== undefined) ordered.statusChangedAt = entry.statusChangedAt;
    if (entry.reason !== undefined) ordered.reason = entry.reason;
    return ordered;
  });
  const gaps = ledger.gaps.map((gap) => ({ id: gap.id, reason: gap.reason }));
  return [
    '{',
    `  "version": ${ledger.version},`,
    `  "prefix": ${JSON.stringify(ledger.prefix)},`,
    `  "advisories": ${list(entries)},`,
    `  "gaps": ${list(gaps)}`,
    '}',
    '',
  ].join('\n');
}

/**
 * The next id of `year`: one more than the highest number of that year among entries of every
 * status and recorded gaps, so a number is never handed out twice.
 */
export function nextId(ledger: Ledger, year: number): string {
  let highest = 0;
  for (const { id } of [...ledger.advisories, ...ledger.gaps]) {
    const parsed = parseAdvisoryId(ledger.prefix, id);
    if (parsed?.year === year) highest = Math.max(highest, parsed.number);
  }
  return formatAdvisoryId(ledger.prefix, year, highest + 1);
}
