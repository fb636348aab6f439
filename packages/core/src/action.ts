/**
 * What the actions share when they run on GitHub: annotations, the job summary and the way a
 * run ends. Kept apart from the rest of core so the CLI never loads @actions/core.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { ExitCode, PalisadeError, UsageError } from './errors.js';
import {
  countBySeverity,
  exitCodeFor,
  FAIL_ON_VALUES,
  sortFindings,
  type FailOn,
  type Report,
  type Severity,
} from './findings.js';
import { escapeSummaryText, summaryLine, toSarif } from './reporters.js';

/** Inputs every Palisade action has, with the same names and defaults. */
export interface CommonInputs {
  /** The repository to check (input `path`, default `.`). */
  path: string;
  /** Configuration file relative to `path` (input `config`); default `.github/palisade.yml`. */
  config?: string;
  /** Input `fail-on`; when empty, the configuration's `fail-on` or `error` applies. */
  failOn?: FailOn;
  /** Input `show-summary` (default true). */
  showSummary: boolean;
  /** Input `sarif-file`: where to write SARIF for code scanning; empty writes none. */
  sarifFile?: string;
}

/** Reads the common inputs, refusing a value outside its documented set (exit 2). */
export function readCommonInputs(): CommonInputs {
  const inputs: CommonInputs = {
    path: core.getInput('path') || '.',
    showSummary: readBooleanInput('show-summary', true),
  };
  const config = core.getInput('config');
  if (config) inputs.config = config;
  const failOn = core.getInput('fail-on');
  if (failOn) {
    if (!(FAIL_ON_VALUES as readonly string[]).includes(failOn)) {
      throw new UsageError(
        `input \`fail-on\` must be one of ${FAIL_ON_VALUES.join(', ')}, not \`${failOn}\``,
      );
    }
    inputs.failOn = failOn as FailOn;
  }
  const sarifFile = core.getInput('sarif-file');
  if (sarifFile) inputs.sarifFile = sarifFile;
  return inputs;
}

/** `true` or `false` (as YAML 1.2 spells them); empty means the default. */
export function readBooleanInput(name: string, defaultValue: boolean): boolean {
  const value = core.getInput(name);
  if (value === '') return defaultValue;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError(`input \`${name}\` must be true or false, not \`${value}\``);
}

/** `true` or `false`, or undefined when empty: the configuration's value (or a default) applies. */
export function readOptionalBooleanInput(name: string): boolean | undefined {
  return core.getInput(name) === '' ? undefined : readBooleanInput(name, false);
}

/** A list input: items separated by commas or line breaks, trimmed; empty gives []. */
export function readListInput(name: string): string[] {
  return core
    .getInput(name)
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * The token input, masked in the log before anything else can print it. Empty means no
 * token (offline mode).
 */
export function readTokenInput(name = 'github-token'): string | undefined {
  const token = core.getInput(name);
  if (!token) return undefined;
  core.setSecret(token);
  return token;
}

/**
 * Writes a fixer's changes as a patch (for `git apply`) to `relative` under `root`, sets the
 * `patch-file` output, and returns the summary line that says so. jsdiff loads only here.
 */
export async function writePatchFile(
  root: string,
  relative: string,
  changes: ReadonlyArray<{ file: string; before: string; after: string }>,
): Promise<string> {
  const { makePatch } = await import('./patch.js');
  const patchFile = path.resolve(root, relative);
  await writeFile(patchFile, makePatch(changes));
  core.setOutput('patch-file', patchFile);
  return `The fix changes ${changes.length} file(s); apply ${relative} with \`git apply\`.`;
}

/**
 * Publishes a report the way every action does: annotations, the job summary (unless turned
 * off), SARIF when asked, outputs `findings-count` and `sarif-file`, and a failed step when
 * the run does not pass. Returns the exit code.
 */
export async function publishReport(
  report: Report,
  options: {
    title: string;
    failOn: FailOn;
    showSummary: boolean;
    sarifFile?: string;
    root: string;
    /** Lines added to the job summary after the counts. */
    summaryLines?: readonly string[];
  },
): Promise<ExitCode> {
  writeAnnotations(report);
  // Outside a runner (a local run of the bundle) there is no summary file to write to.
  if (options.showSummary && process.env.GITHUB_STEP_SUMMARY) {
    await writeJobSummary(report, options.title, options.summaryLines);
  }
  if (options.sarifFile) {
    const file = path.resolve(options.root, options.sarifFile);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(toSarif(report), null, 2)}\n`);
    core.setOutput('sarif-file', file);
  }
  core.setOutput('findings-count', String(report.findings.length));
  const exitCode = exitCodeFor(report, options.failOn);
  const line = summaryLine(report);
  if (exitCode === ExitCode.Ok) core.info(line);
  else core.setFailed(line);
  return exitCode;
}

/** Annotations GitHub shows at most per step; more are dropped by the runner. */
export const MAX_ANNOTATIONS = 50;

/**
 * Writes an annotation per finding and per unusable input (errors first, then warnings,
 * then notes, up to MAX_ANNOTATIONS). @actions/core escapes the text of every
 * workflow command, so file content cannot inject commands.
 */
export function writeAnnotations(report: Report): void {
  const rank: Record<Severity, number> = { error: 0, warning: 1, note: 2 };
  const findings = sortFindings(report.findings).sort(
    (a, b) => rank[a.severity] - rank[b.severity],
  );
  let written = 0;
  for (const error of report.errors) {
    if (written++ >= MAX_ANNOTATIONS) break;
    const properties: core.AnnotationProperties = {
      title: 'Could not be checked',
      file: error.location.file,
    };
    if (error.location.line !== undefined) properties.startLine = error.location.line;
    core.error(error.reason, properties);
  }
  for (const finding of findings) {
    if (written++ >= MAX_ANNOTATIONS) break;
    const properties: core.AnnotationProperties = {
      title: finding.rule,
      file: finding.file,
      startLine: finding.line,
    };
    if (finding.column !== undefined) properties.startColumn = finding.column;
    const message = `${finding.message}\n${finding.helpUri}`;
    if (finding.severity === 'error') core.error(message, properties);
    else if (finding.severity === 'warning') core.warning(message, properties);
    else core.notice(message, properties);
  }
}

/** Rows shown in the job summary; the summary file is limited to 1 MiB. */
export const MAX_SUMMARY_ROWS = 200;

/** Builds the job summary with core.summary and writes it once. */
export async function writeJobSummary(
  report: Report,
  title: string,
  extra: readonly string[] = [],
): Promise<void> {
  const counts = countBySeverity(report.findings);
  const summary = core.summary
    .addHeading(escapeSummaryText(title), 2)
    .addRaw(`<p>${escapeSummaryText(summaryLine(report))}</p>`, true);
  // Lines an action adds about itself (a score, what a fix changed), escaped like the rest.
  for (const line of extra) summary.addRaw(`<p>${escapeSummaryText(line)}</p>`, true);
  summary.addTable([
    [
      { data: 'Errors', header: true },
      { data: 'Warnings', header: true },
      { data: 'Notes', header: true },
      { data: 'Not checked', header: true },
    ],
    [
      String(counts.error),
      String(counts.warning),
      String(counts.note),
      String(report.errors.length),
    ],
  ]);
  if (report.findings.length > 0) {
    const rows = sortFindings(report.findings)
      .slice(0, MAX_SUMMARY_ROWS)
      .map((finding) => [
        `<a href="${escapeSummaryText(finding.helpUri)}">${escapeSummaryText(finding.rule)}</a>`,
        finding.severity,
        `<code>${escapeSummaryText(`${finding.file}:${finding.line}`)}</code>`,
        escapeSummaryText(finding.message),
      ]);
    summary
      .addHeading('Findings', 3)
      .addTable([
        ['Rule', 'Severity', 'Location', 'Message'].map((data) => ({ data, header: true })),
        ...rows,
      ]);
    if (report.findings.length > MAX_SUMMARY_ROWS) {
      summary.addRaw(
        `${report.findings.length - MAX_SUMMARY_ROWS} more findings are in the SARIF and JSON reports.`,
        true,
      );
    }
  }
  if (report.errors.length > 0) {
    summary
      .addHeading('Could not be checked', 3)
      .addList(report.errors.map((error) => escapeSummaryText(error.message)));
  }
  await summary.write();
}

/**
 * Runs an action's main function and ends the process with its exit code. A PalisadeError
 * is reported as such (exit 2); anything else is a bug and says so.
 */
export async function runAction(main: () => Promise<ExitCode>): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (error instanceof PalisadeError) {
      core.setFailed(error.message);
      process.exitCode = error.exitCode;
    } else {
      core.setFailed(
        `Unexpected error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      process.exitCode = ExitCode.Error;
    }
  }
}
