/** Advisory identifiers: `<prefix>-YYYY-NNNN`, the year of triage and a per-year number. */

export interface AdvisoryId {
  id: string;
  year: number;
  number: number;
}

/** Escapes a string for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The exact pattern of an id with this prefix: `^<prefix>-(\d{4})-(\d{4,})$`. */
export function idPattern(prefix: string): RegExp {
  return new RegExp(`^${escapeRegExp(prefix)}-(\\d{4})-(\\d{4,})$`);
}

/** Parses an id of this prefix; undefined when it does not match exactly or numbers from 0. */
export function parseAdvisoryId(prefix: string, text: string): AdvisoryId | undefined {
  const match = idPattern(prefix).exec(text);
  if (!match) return undefined;
  const number = Number(match[2]);
  if (number < 1) return undefined;
  return { id: text, year: Number(match[1]), number };
}

/** Formats an id: the number has at least four digits. */
export function formatAdvisoryId(prefix: string, year: number, number: number): string {
  return `${prefix}-${year}-${String(number).padStart(4, '0')}`;
}

/** Orders ids by year, then number, then text. */
export function compareIds(prefix: string, a: string, b: string): number {
  const left = parseAdvisoryId(prefix, a);
  const right = parseAdvisoryId(prefix, b);
  if (left && right) return left.year - right.year || left.number - right.number;
  return a.localeCompare(b);
}

/**
 * Everything in `text` that looks like an advisory id, well formed or not: tokens that start
 * with the prefix (in any case) or contain `-SA-`. Each comes with its offset in `text`.
 */
export function idCandidates(prefix: string, text: string): Array<{ text: string; index: number }> {
  const pattern = new RegExp(
    `(?<![\\w.-])(?:${escapeRegExp(prefix)}(?:-[\\w]+)*|[\\w.]+(?:-[\\w.]+)*?-SA-[\\w]*(?:-[\\w]+)*)`,
    'gi',
  );
  const found: Array<{ text: string; index: number }> = [];
  for (const match of text.matchAll(pattern)) {
    found.push({ text: match[0].replace(/[.]+$/, ''), index: match.index });
  }
  return found;
}

/** Every exact id of this prefix in `text`, with its offset. */
export function exactIds(prefix: string, text: string): Array<{ id: string; index: number }> {
  const pattern = new RegExp(`(?<![\\w.-])${escapeRegExp(prefix)}-\\d{4}-\\d{4,}(?![\\w-])`, 'g');
  return [...text.matchAll(pattern)].map((match) => ({ id: match[0], index: match.index }));
}

/** GitHub advisory ids: `GHSA-` and three groups of four characters of GitHub's alphabet. */
const GHSA_PATTERN = /^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/i;

/** The canonical spelling (`GHSA-` upper case, the rest lower case), or undefined. */
export function normalizeGhsa(text: string): string | undefined {
  const trimmed = text.trim();
  if (!GHSA_PATTERN.test(trimmed)) return undefined;
  return `GHSA-${trimmed.slice(5).toLowerCase()}`;
}

/** 1-based line of an offset in a text. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/** 1-based line and column of an offset. */
export function positionAt(text: string, index: number): { line: number; column: number } {
  const line = lineAt(text, index);
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  return { line, column: index - lineStart + 1 };
}
