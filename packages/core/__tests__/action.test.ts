import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  publishReport,
  readCommonInputs,
  readListInput,
  readOptionalBooleanInput,
  readTokenInput,
} from '../src/action.js';
import { ExitCode, InputError } from '../src/errors.js';
import type { Report } from '../src/findings.js';

let directory: string;
let stdout: string[];
const savedEnv = { ...process.env };

beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'palisade-action-'));
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY']) {
    const file = path.join(directory, name);
    await writeFile(file, '');
    process.env[name] = file;
  }
  stdout = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
});

afterEach(async () => {
  jest.restoreAllMocks();
  process.env = { ...savedEnv };
  process.exitCode = undefined;
  await rm(directory, { recursive: true, force: true });
});

describe('common inputs', () => {
  it('default to the current directory, the summary on, and no SARIF file', () => {
    expect(readCommonInputs()).toEqual({ path: '.', showSummary: true });
  });

  it('are read from the INPUT_ variables the runner sets', () => {
    process.env['INPUT_PATH'] = 'repo';
    process.env['INPUT_CONFIG'] = 'policy.yml';
    process.env['INPUT_FAIL-ON'] = 'warning';
    process.env['INPUT_SHOW-SUMMARY'] = 'false';
    process.env['INPUT_SARIF-FILE'] = 'out/palisade.sarif';
    expect(readCommonInputs()).toEqual({
      path: 'repo',
      config: 'policy.yml',
      failOn: 'warning',
      showSummary: false,
      sarifFile: 'out/palisade.sarif',
    });
  });

  it('a value outside the documented set is a usage error naming the input', () => {
    process.env['INPUT_FAIL-ON'] = 'sometimes';
    expect(() => readCommonInputs()).toThrow(
      'input `fail-on` must be one of error, warning, note, never, not `sometimes`',
    );
    process.env['INPUT_FAIL-ON'] = '';
    process.env['INPUT_SHOW-SUMMARY'] = 'yes';
    expect(() => readCommonInputs()).toThrow(
      'input `show-summary` must be true or false, not `yes`',
    );
  });

  it('the token is masked before it is returned, and empty means offline', () => {
    process.env['INPUT_GITHUB-TOKEN'] = 'ghs_exampletoken123';
    expect(readTokenInput()).toBe('ghs_exampletoken123');
    expect(stdout.join('')).toBe('::add-mask::ghs_exampletoken123\n');
    process.env['INPUT_GITHUB-TOKEN'] = '';
    expect(readTokenInput()).toBeUndefined();
  });
});

describe('list and optional inputs', () => {
  it('a list is split on commas and lines, trimmed, blanks dropped; empty gives none', () => {
    process.env['INPUT_GATED-TIERS'] = 'protocol, reference-impl\n\n  advisory ,';
    expect(readListInput('gated-tiers')).toEqual(['protocol', 'reference-impl', 'advisory']);
    process.env['INPUT_GATED-TIERS'] = '';
    expect(readListInput('gated-tiers')).toEqual([]);
  });

  it('an optional boolean is undefined when empty, and refuses anything but true or false', () => {
    expect(readOptionalBooleanInput('require-mention')).toBeUndefined();
    process.env['INPUT_REQUIRE-MENTION'] = 'false';
    expect(readOptionalBooleanInput('require-mention')).toBe(false);
    process.env['INPUT_REQUIRE-MENTION'] = 'True';
    expect(readOptionalBooleanInput('require-mention')).toBe(true);
    process.env['INPUT_REQUIRE-MENTION'] = 'on';
    expect(() => readOptionalBooleanInput('require-mention')).toThrow(
      'input `require-mention` must be true or false, not `on`',
    );
  });
});

describe('publishing a report', () => {
  const report: Report = {
    command: 'pin-check',
    rules: [],
    findings: [
      {
        rule: 'unpinned-action',
        severity: 'error',
        message: '`actions/checkout@v4` is pinned to the major tag `v4`',
        file: '.github/workflows/ci.yml',
        line: 12,
        column: 15,
        helpUri: 'https://example.invalid/unpinned-action',
      },
    ],
    errors: [],
    filesScanned: 1,
  };

  it('writes annotations, the summary, SARIF and the outputs, and fails the step', async () => {
    const code = await publishReport(report, {
      title: 'Palisade pin-check',
      failOn: 'error',
      showSummary: true,
      sarifFile: 'reports/palisade.sarif',
      root: directory,
    });
    expect(code).toBe(ExitCode.Findings);
    const sarifFile = path.join(directory, 'reports/palisade.sarif');
    const sarif = JSON.parse(await readFile(sarifFile, 'utf8')) as {
      runs: Array<{ results: unknown[] }>;
    };
    expect(sarif.runs[0]?.results).toHaveLength(1);
    const outputs = await readFile(path.join(directory, 'GITHUB_OUTPUT'), 'utf8');
    expect(outputs).toMatch(
      new RegExp(`^sarif-file<<(ghadelimiter_[\\w-]+)\\n${sarifFile}\\n\\1\\n`),
    );
    expect(outputs).toMatch(/findings-count<<(ghadelimiter_[\w-]+)\n1\n\1\n$/);
    expect(await readFile(path.join(directory, 'GITHUB_STEP_SUMMARY'), 'utf8')).toContain(
      '<h2>Palisade pin-check</h2>',
    );
    expect(stdout.join('').trimEnd().split('\n')).toEqual([
      '::error title=unpinned-action,file=.github/workflows/ci.yml,line=12,col=15::`actions/checkout@v4` is pinned to the major tag `v4`%0Ahttps://example.invalid/unpinned-action',
      '::error::palisade pin-check: 1 file, 1 finding (1 error)',
    ]);
  });

  it('passes below the fail level, with the summary turned off', async () => {
    const code = await publishReport(report, {
      title: 'x',
      failOn: 'never',
      showSummary: false,
      root: directory,
    });
    expect(code).toBe(ExitCode.Ok);
    expect(await readFile(path.join(directory, 'GITHUB_STEP_SUMMARY'), 'utf8')).toBe('');
    expect(stdout.at(-1)).toBe('palisade pin-check: 1 file, 1 finding (1 error)\n');
  });

  it('exits 2 when an input could not be read, whatever the findings', async () => {
    const withError = {
      ...report,
      errors: [new InputError({ file: 'action.yml' }, 'file is empty')],
    };
    expect(
      await publishReport(withError, {
        title: 'x',
        failOn: 'never',
        showSummary: false,
        root: directory,
      }),
    ).toBe(ExitCode.Error);
  });
});
