import { createHash } from 'node:crypto';
import { ExitCode, type InputError } from './errors.js';

export type Severity = 'error' | 'warning' | 'note';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'note'];

/** The level at or above which findings fail a run; `never` reports without failing. */
export type FailOn = 'error' | 'warning' | 'note' | 'never';
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'note', 'never'];

/** The repository whose documentation the help links of every rule point to. */
export const PALISADE_REPOSITORY_URL = 'https://github.com/windlasstech/palisade';

/** Link to a rule's section in its action's README (the heading is the rule id). */
export function ruleHelpUri(action: string, ruleId: string): string {
  return `${PALISADE_REPOSITORY_URL}/blob/main/actions/${action}/README.md#${ruleId}`;
}

/** What a rule is: one per module, listed in its action's README. */
export interface RuleInfo {
  id: string;
  /** The action that owns the rule (its folder name). */
  action: string;
  /** One line, shown in SARIF, annotations' titles and the rule table. */
  summary: string;
  /** Markdown: why it matters, with a bad and a good example. */
  help: string;
  defaultSeverity: Severity;
  helpUri: string;
}

/** A replacement of the bytes [start, end) of a file; offsets index the file's text. */
export interface TextEdit {
  file: string;
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  description: string;
  edits: TextEdit[];
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  /** Repository-relative path with forward slashes. */
  file: string;
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  helpUri: string;
  fix?: Fix;
  /**
   * What identifies this finding apart from where it is (the offending reference, scope,
   * …). It feeds the SARIF fingerprint, so an alert survives lines moving above it.
   * Defaults to the message.
   */
  key?: string;
}

/** A finding of `rule` at a placed value, with the rule's severity unless another is given. */
export function findingAt(
  rule: RuleInfo,
  at: { file: string; line: number; column?: number },
  message: string,
  options: { severity?: Severity; key?: string } = {},
): Finding {
  const finding: Finding = {
    rule: rule.id,
    severity: options.severity ?? rule.defaultSeverity,
    message,
    file: at.file,
    line: at.line,
    helpUri: rule.helpUri,
  };
  if (at.column !== undefined) finding.column = at.column;
  if (options.key !== undefined) finding.key = options.key;
  return finding;
}

/** Everything one run found: what reporters turn into text, JSON, SARIF or annotations. */
export interface Report {
  /** The command or action that ran, e.g. `audit`, `pin-check`. */
  command: string;
  rules: RuleInfo[];
  findings: Finding[];
  /** Inputs that could not be used; each one makes the run exit 2. */
  errors: InputError[];
  /** Files examined, for the closing line. */
  filesScanned: number;
  /** What was examined, for the closing line; default `N files`. */
  scope?: string;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, note: 1 };
const FAIL_RANK: Record<FailOn, number> = { error: 3, warning: 2, note: 1, never: Infinity };

export function isAtOrAbove(severity: Severity, failOn: FailOn): boolean {
  return SEVERITY_RANK[severity] >= FAIL_RANK[failOn];
}

/** Sorts by file, line, column, then rule, so every reporter lists findings the same way. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.rule.localeCompare(b.rule),
  );
}

/**
 * Stable fingerprints for code scanning: a hash of the rule, the file and the finding's key,
 * with a counter for identical ones. Line numbers are left out on purpose, so findings keep
 * their alert when lines above them are added or removed.
 */
export function fingerprints(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const base = `${finding.rule}\u0000${finding.file}\u0000${finding.key ?? finding.message}`;
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    return createHash('sha256').update(`${base}\u0000${occurrence}`).digest('hex').slice(0, 32);
  });
}

/** 2 when any input could not be used, else 1 when a finding is at or above `failOn`, else 0. */
export function exitCodeFor(report: Pick<Report, 'findings' | 'errors'>, failOn: FailOn): ExitCode {
  if (report.errors.length > 0) return ExitCode.Error;
  return report.findings.some((finding) => isAtOrAbove(finding.severity, failOn))
    ? ExitCode.Findings
    : ExitCode.Ok;
}
