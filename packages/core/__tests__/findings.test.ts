import { describe, expect, it } from '@jest/globals';
import { ExitCode, InputError } from '../src/errors.js';
import { exitCodeFor, fingerprints, type Finding } from '../src/findings.js';

const finding = (overrides: Partial<Finding>): Finding => ({
  rule: 'unpinned-action',
  severity: 'error',
  message: 'actions/checkout@v4 is pinned to a major tag',
  file: '.github/workflows/ci.yml',
  line: 10,
  column: 15,
  helpUri: 'https://example.invalid/rule',
  ...overrides,
});

describe('exit codes', () => {
  it('an input error exits 2 even when findings would exit 1', () => {
    const error = new InputError({ file: 'a.yml', line: 1 }, 'invalid YAML');
    expect(exitCodeFor({ findings: [finding({})], errors: [error] }, 'error')).toBe(ExitCode.Error);
  });

  it('a warning fails only when fail-on is warning or note', () => {
    const report = { findings: [finding({ severity: 'warning' })], errors: [] };
    expect(exitCodeFor(report, 'error')).toBe(ExitCode.Ok);
    expect(exitCodeFor(report, 'warning')).toBe(ExitCode.Findings);
    expect(exitCodeFor(report, 'note')).toBe(ExitCode.Findings);
    expect(exitCodeFor(report, 'never')).toBe(ExitCode.Ok);
  });
});

describe('fingerprints', () => {
  it('stay the same when a finding moves to another line', () => {
    const [before] = fingerprints([finding({ line: 10 })]);
    const [after] = fingerprints([finding({ line: 42, column: 3 })]);
    expect(after).toBe(before);
  });

  it('differ for identical findings in one file, and by rule, file and key', () => {
    const prints = fingerprints([
      finding({}),
      finding({}),
      finding({ rule: 'short-sha' }),
      finding({ file: 'action.yml' }),
      finding({ key: 'actions/setup-node@v4' }),
    ]);
    expect(new Set(prints).size).toBe(5);
    expect(prints[0]).toMatch(/^[0-9a-f]{32}$/);
  });
});
