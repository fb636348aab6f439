/**
 * What the actions share when they run on GitHub: annotations, the job summary and the way a
 * run ends. Kept apart from the rest of core so the CLI never loads @actions/core.
 */
import * as core from '@actions/core';
import { PalisadeError, ExitCode } from './errors.js';
import { countBySeverity, sortFindings, type Report, type Severity } from './findings.js';
import { escapeSummaryText, summaryLine } from './reporters.js';

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
      title: 'Unreadable input',
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
export async function writeJobSummary(report: Report, title: string): Promise<void> {
  const counts = countBySeverity(report.findings);
  const summary = core.summary
    .addHeading(escapeSummaryText(title), 2)
    .addRaw(escapeSummaryText(summaryLine(report)), true)
    .addTable([
      [
        { data: 'Errors', header: true },
        { data: 'Warnings', header: true },
        { data: 'Notes', header: true },
        { data: 'Unreadable inputs', header: true },
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
      .addHeading('Unreadable inputs', 3)
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
