import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { writeAnnotations, writeJobSummary } from '../src/action.js';
import { InputError } from '../src/errors.js';
import type { Finding, Report, RuleInfo } from '../src/findings.js';
import { escapeSummaryText, formatReport, formatText, toJson, toSarif } from '../src/reporters.js';

const rule: RuleInfo = {
  id: 'unpinned-action',
  action: 'pin-check',
  summary: 'An action is referenced by a tag or branch instead of a full commit SHA.',
  help: 'Pin to a full commit SHA.\n\nBad: `uses: actions/checkout@v4`\n\nGood: `uses: actions/checkout@<sha> # v4.2.2`',
  defaultSeverity: 'error',
  helpUri:
    'https://github.com/windlasstech/palisade/blob/main/actions/pin-check/README.md#unpinned-action',
};

const finding = (overrides: Partial<Finding> = {}): Finding => ({
  rule: 'unpinned-action',
  severity: 'error',
  message: '`actions/checkout@v4` is pinned to the major tag `v4`',
  file: '.github/workflows/ci.yml',
  line: 12,
  column: 15,
  helpUri: rule.helpUri,
  key: 'actions/checkout@v4',
  ...overrides,
});

function report(overrides: Partial<Report> = {}): Report {
  return {
    command: 'pin-check',
    rules: [rule],
    findings: [
      finding({ file: 'action.yml', line: 3, severity: 'warning', message: 'a warning' }),
      finding(),
      finding({ line: 20, severity: 'note', message: 'a note' }),
    ],
    errors: [
      new InputError(
        { file: '.github/workflows/bad.yml', line: 4 },
        'invalid YAML: Tabs are not allowed as indentation',
      ),
    ],
    filesScanned: 3,
    ...overrides,
  };
}

describe('text reporter', () => {
  it('lists findings by file and line, then inputs that could not be read, then one summary line', () => {
    expect(formatText(report())).toBe(
      [
        '.github/workflows/ci.yml:12:15: error [unpinned-action] `actions/checkout@v4` is pinned to the major tag `v4`',
        '.github/workflows/ci.yml:20:15: note [unpinned-action] a note',
        'action.yml:3:15: warning [unpinned-action] a warning',
        '.github/workflows/bad.yml:4: invalid YAML: Tabs are not allowed as indentation [input error]',
        'palisade pin-check: 3 files, 3 findings (1 error, 1 warning, 1 note), 1 input error',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to report', () => {
    expect(formatText(report({ findings: [], errors: [], filesScanned: 1 }))).toBe(
      'palisade pin-check: 1 file, no findings\n',
    );
  });

  it('shows line breaks and terminal control characters from scanned files escaped', () => {
    const text = formatText(
      report({ findings: [finding({ message: 'evil\n\u001b[2Jcleared' })], errors: [] }),
    );
    expect(text.split('\n')[0]).toBe(
      '.github/workflows/ci.yml:12:15: error [unpinned-action] evil\\n\\x1b[2Jcleared',
    );
  });
});

describe('JSON reporter', () => {
  it('gives counts, sorted findings without internal keys, and errors with file and line', () => {
    const json = toJson(report());
    expect(json.counts).toEqual({ error: 1, warning: 1, note: 1, inputErrors: 1 });
    expect(json.findings[0]).toEqual({
      rule: 'unpinned-action',
      severity: 'error',
      message: '`actions/checkout@v4` is pinned to the major tag `v4`',
      file: '.github/workflows/ci.yml',
      line: 12,
      column: 15,
      helpUri: rule.helpUri,
    });
    expect(json.errors).toEqual([
      {
        file: '.github/workflows/bad.yml',
        line: 4,
        message: 'invalid YAML: Tabs are not allowed as indentation',
      },
    ]);
    expect(JSON.parse(formatReport(report(), 'json'))).toEqual(JSON.parse(JSON.stringify(json)));
  });
});

describe('SARIF reporter', () => {
  const require = createRequire(import.meta.url);
  const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  // The schema checks `uri` values too.
  addFormats.default(ajv);
  const validate = ajv.compile(schema);

  it('is valid against the SARIF 2.1.0 schema, with findings, rule help and input errors', () => {
    const sarif = JSON.parse(formatReport(report(), 'sarif')) as unknown;
    expect(validate(sarif) ? [] : validate.errors).toEqual([]);
  });

  it('is valid with no findings and no errors', () => {
    const sarif = toSarif(report({ findings: [], errors: [] }));
    expect(validate(sarif) ? [] : validate.errors).toEqual([]);
  });

  it('has rule metadata with help, each result placed and fingerprinted', () => {
    const sarif = toSarif(report()) as {
      runs: Array<{
        tool: {
          driver: {
            rules: Array<{
              id: string;
              helpUri: string;
              help: { markdown: string };
              defaultConfiguration: { level: string };
            }>;
          };
        };
        results: Array<{
          ruleId: string;
          ruleIndex: number;
          level: string;
          locations: unknown[];
          partialFingerprints: Record<string, string>;
        }>;
        invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: unknown[] }>;
      }>;
    };
    const [run] = sarif.runs;
    expect(run?.tool.driver.rules).toHaveLength(1);
    expect(run?.tool.driver.rules[0]).toMatchObject({
      id: 'unpinned-action',
      helpUri: rule.helpUri,
      help: { markdown: rule.help },
      defaultConfiguration: { level: 'error' },
    });
    expect(run?.results.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['unpinned-action', 0, 'error'],
      ['unpinned-action', 0, 'note'],
      ['unpinned-action', 0, 'warning'],
    ]);
    expect(run?.results[0]?.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: '.github/workflows/ci.yml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 12, startColumn: 15 },
        },
      },
    ]);
    expect(run?.results[0]?.partialFingerprints['palisadeFindingHash/v1']).toMatch(
      /^[0-9a-f]{32}$/,
    );
    expect(run?.invocations[0]).toMatchObject({ executionSuccessful: false });
    expect(run?.invocations[0]?.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: 'invalid YAML: Tabs are not allowed as indentation' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: '.github/workflows/bad.yml', uriBaseId: '%SRCROOT%' },
              region: { startLine: 4 },
            },
          },
        ],
      },
    ]);
  });

  it('keeps fingerprints when findings move to other lines', () => {
    type Results = {
      runs: Array<{ results: Array<{ partialFingerprints: Record<string, string> }> }>;
    };
    const before = toSarif(report({ findings: [finding()] })) as Results;
    const after = toSarif(report({ findings: [finding({ line: 40, column: 9 })] })) as Results;
    expect(after.runs[0]?.results[0]?.partialFingerprints).toEqual(
      before.runs[0]?.results[0]?.partialFingerprints,
    );
  });
});

describe('annotations', () => {
  let written: string[];
  beforeEach(() => {
    written = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('writes one workflow command per error and finding, errors first, with file, line, column and title', () => {
    writeAnnotations(report());
    expect(written.join('').trimEnd().split('\n')).toEqual([
      '::error title=Could not be checked,file=.github/workflows/bad.yml,line=4::invalid YAML: Tabs are not allowed as indentation',
      `::error title=unpinned-action,file=.github/workflows/ci.yml,line=12,col=15::\`actions/checkout@v4\` is pinned to the major tag \`v4\`%0A${rule.helpUri}`,
      `::warning title=unpinned-action,file=action.yml,line=3,col=15::a warning%0A${rule.helpUri}`,
      `::notice title=unpinned-action,file=.github/workflows/ci.yml,line=20,col=15::a note%0A${rule.helpUri}`,
    ]);
  });

  it('escapes text from scanned files so it cannot start a workflow command of its own', () => {
    writeAnnotations(
      report({
        errors: [],
        findings: [
          finding({ file: 'we,ird:name.yml', message: 'x\n::set-env name=PATH::/tmp\r%' }),
        ],
      }),
    );
    const lines = written.join('').trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(
      `::error title=unpinned-action,file=we%2Cird%3Aname.yml,line=12,col=15::x%0A::set-env name=PATH::/tmp%0D%25%0A${rule.helpUri}`,
    );
  });
});

describe('job summary', () => {
  let directory: string;
  let summaryFile: string;
  beforeEach(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'palisade-summary-'));
    summaryFile = path.join(directory, 'summary.md');
    await writeFile(summaryFile, '');
    process.env.GITHUB_STEP_SUMMARY = summaryFile;
  });
  afterEach(async () => {
    delete process.env.GITHUB_STEP_SUMMARY;
    await rm(directory, { recursive: true, force: true });
  });

  it('has the counts, a row per finding and the unreadable inputs, escaped', async () => {
    const hostile = finding({
      message: '<img src=x onerror=alert(1)> | [link](https://evil) @team',
    });
    await writeJobSummary(report({ findings: [hostile] }), 'Palisade pin-check');
    const summary = await readFile(summaryFile, 'utf8');
    expect(summary).toContain('<h2>Palisade pin-check</h2>');
    expect(summary).toContain('<tr><td>1</td><td>0</td><td>0</td><td>1</td></tr>');
    expect(summary).toContain(
      '<td>&lt;img src=x onerror=alert(1)&gt; &#124; &#91;link&#93;(https://evil) &#64;team</td>',
    );
    expect(summary).not.toContain('<img');
    expect(summary).toContain(
      '<li>.github/workflows/bad.yml:4: invalid YAML: Tabs are not allowed as indentation</li>',
    );
  });

  it('escapeSummaryText leaves no markup, link, mention or table break', () => {
    expect(escapeSummaryText('a<b>&"c\'|`d`*e*_f_[g](h)@i#1!~\\\nnext')).toBe(
      'a&lt;b&gt;&amp;&quot;c&#39;&#124;&#96;d&#96;&#42;e&#42;&#95;f&#95;&#91;g&#93;(h)&#64;i&#35;1&#33;&#126;&#92; next',
    );
  });
});
