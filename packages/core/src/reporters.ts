import { formatLocation, type InputError } from './errors.js';
import {
  countBySeverity,
  fingerprints,
  PALISADE_REPOSITORY_URL,
  sortFindings,
  type Finding,
  type Report,
  type RuleInfo,
  type Severity,
} from './findings.js';

/** The version reported by every action and the CLI. */
export const PALISADE_VERSION = '0.1.0';

export type OutputFormat = 'text' | 'json' | 'sarif';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

/** Renders a report in one of the formats the `--format` flag offers. */
export function formatReport(report: Report, format: OutputFormat): string {
  switch (format) {
    case 'text':
      return formatText(report);
    case 'json':
      return `${JSON.stringify(toJson(report), null, 2)}\n`;
    case 'sarif':
      return `${JSON.stringify(toSarif(report), null, 2)}\n`;
  }
}

/** One line per finding and per unusable input, then one summary line. */
export function formatText(report: Report): string {
  const lines: string[] = [];
  for (const finding of sortFindings(report.findings)) {
    const where = formatLocation(finding);
    lines.push(
      `${terminalSafe(where)}: ${finding.severity} [${finding.rule}] ${terminalSafe(finding.message)}`,
    );
  }
  for (const error of report.errors) lines.push(`${terminalSafe(error.message)} [input error]`);
  lines.push(summaryLine(report));
  return `${lines.join('\n')}\n`;
}

/** e.g. `palisade audit: 12 files, 3 findings (1 error, 2 warnings), 1 input error`. */
export function summaryLine(report: Report): string {
  const counts = countBySeverity(report.findings);
  const parts = (['error', 'warning', 'note'] as const)
    .filter((severity) => counts[severity] > 0)
    .map((severity) => plural(counts[severity], severity));
  const findings =
    report.findings.length === 0
      ? 'no findings'
      : `${plural(report.findings.length, 'finding')} (${parts.join(', ')})`;
  const errors =
    report.errors.length === 0 ? '' : `, ${plural(report.errors.length, 'input error')}`;
  const scope = report.scope ?? plural(report.filesScanned, 'file');
  return `palisade ${report.command}: ${scope}, ${findings}${errors}`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * Text from scanned files reaches the terminal: line breaks and control characters (which
 * could move the cursor or recolour the screen) are shown escaped, one finding per line.
 */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) =>
    char === '\n' ? '\\n' : `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

export interface JsonReport {
  tool: 'palisade';
  version: string;
  command: string;
  filesScanned: number;
  counts: Record<Severity, number> & { inputErrors: number };
  findings: Array<Omit<Finding, 'key'>>;
  errors: Array<{ file: string; line?: number; message: string }>;
}

export function toJson(report: Report): JsonReport {
  return {
    tool: 'palisade',
    version: PALISADE_VERSION,
    command: report.command,
    filesScanned: report.filesScanned,
    counts: { ...countBySeverity(report.findings), inputErrors: report.errors.length },
    findings: sortFindings(report.findings).map(({ key: _key, ...finding }) => finding),
    errors: report.errors.map(errorJson),
  };
}

function errorJson(error: InputError): { file: string; line?: number; message: string } {
  const { file, line } = error.location;
  return line === undefined
    ? { file, message: error.reason }
    : { file, line, message: error.reason };
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  note: 'note',
};

/** Scores GitHub code scanning uses to rank alerts (`security-severity`). */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '7.5', warning: '5.0', note: '2.0' };

/**
 * SARIF 2.1.0 for code scanning: rule metadata with help, one result per finding with a
 * stable `partialFingerprints` entry, and inputs that could not be read as tool notifications.
 */
export function toSarif(report: Report): object {
  const findings = sortFindings(report.findings);
  const ruleIds = [
    ...new Set([...report.rules.map((rule) => rule.id), ...findings.map((f) => f.rule)]),
  ];
  const rulesById = new Map(report.rules.map((rule) => [rule.id, rule]));
  const prints = fingerprints(findings);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'palisade',
            version: PALISADE_VERSION,
            semanticVersion: PALISADE_VERSION,
            informationUri: PALISADE_REPOSITORY_URL,
            rules: ruleIds.map((id) => sarifRule(id, rulesById.get(id))),
          },
        },
        automationDetails: { id: `palisade/${report.command}/` },
        invocations: [
          {
            executionSuccessful: report.errors.length === 0,
            toolExecutionNotifications: report.errors.map((error) => ({
              level: 'error',
              message: { text: error.reason },
              locations: [physicalLocation(error.location.file, error.location.line)],
            })),
          },
        ],
        results: findings.map((finding, index) => ({
          ruleId: finding.rule,
          ruleIndex: ruleIds.indexOf(finding.rule),
          level: SARIF_LEVEL[finding.severity],
          message: { text: finding.message },
          locations: [physicalLocation(finding.file, finding.line, finding.column, finding)],
          partialFingerprints: { 'palisadeFindingHash/v1': prints[index] },
        })),
        originalUriBaseIds: {
          '%SRCROOT%': { description: { text: 'The root of the repository.' } },
        },
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

function sarifRule(id: string, rule: RuleInfo | undefined): object {
  if (!rule) {
    return { id, name: id, shortDescription: { text: id } };
  }
  return {
    id,
    name: rule.id,
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.summary },
    helpUri: rule.helpUri,
    help: { text: rule.help, markdown: rule.help },
    defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
    properties: {
      tags: ['security', 'supply-chain', rule.action],
      precision: 'high',
      'problem.severity': rule.defaultSeverity === 'note' ? 'recommendation' : rule.defaultSeverity,
      'security-severity': SECURITY_SEVERITY[rule.defaultSeverity],
    },
  };
}

function physicalLocation(
  file: string,
  line: number | undefined,
  column?: number,
  end?: { endLine?: number; endColumn?: number },
): object {
  const region: Record<string, number> = {};
  if (line !== undefined) region.startLine = line;
  if (column !== undefined) region.startColumn = column;
  if (end?.endLine !== undefined) region.endLine = end.endLine;
  if (end?.endColumn !== undefined) region.endColumn = end.endColumn;
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeURI(file), uriBaseId: '%SRCROOT%' },
      ...(line === undefined ? {} : { region }),
    },
  };
}

/**
 * Escapes text for the job summary, which GitHub renders as Markdown with HTML: a value from a
 * scanned file must never become markup, a link, a mention or a table break.
 */
export function escapeSummaryText(text: string): string {
  // One pass, so the `#` and `&` of an entity just written are never escaped again.
  return text.replace(/[&<>"'\\`*_[\]|@#!~]|\r?\n/g, (char) => {
    if (char.endsWith('\n')) return ' ';
    return SUMMARY_ENTITIES[char] ?? `&#${char.charCodeAt(0)};`;
  });
}

const SUMMARY_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};
