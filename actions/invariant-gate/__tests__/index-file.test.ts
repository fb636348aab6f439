import { describe, expect, it } from '@jest/globals';
import { InputError } from '@palisade/core';
import { parseIndexYaml, type YamlMapping, type YamlNode } from '../src/index-file.js';
import { readInvariants, type IndexSettings, type ParsedIndex } from '../src/schema.js';
import { DEFAULT_SEVERITIES, DEFAULT_TIERS } from '../src/run.js';

const FILE = 'SECURITY/invariants.yaml';
const SETTINGS: IndexSettings = { tiers: DEFAULT_TIERS, severities: DEFAULT_SEVERITIES };
const WITNESSED: IndexSettings = {
  ...SETTINGS,
  witnessClasses: ['conformance', 'unit', 'unwitnessable'],
};

/** Lines joined with LF, so each case can count its lines by eye. */
function yaml(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** The InputError parseIndexYaml throws for `text`, as the location and reason users see. */
function refusal(text: string): { file: string; line: number | undefined; reason: string } {
  try {
    parseIndexYaml(FILE, text);
  } catch (error) {
    if (error instanceof InputError) {
      return { file: error.location.file, line: error.location.line, reason: error.reason };
    }
    throw error;
  }
  throw new Error('the text was accepted');
}

function read(text: string, settings: IndexSettings = SETTINGS): ParsedIndex {
  return readInvariants(FILE, parseIndexYaml(FILE, text), settings);
}

/** The errors of a read as `line: reason`, the way the gate prints them. */
function problems(parsed: ParsedIndex): string[] {
  return parsed.errors.map((error) => `${error.location.line ?? '-'}: ${error.reason}`);
}

function mapping(node: YamlNode | undefined): YamlMapping {
  if (node?.kind !== 'mapping') throw new Error(`expected a mapping, got ${node?.kind}`);
  return node;
}

describe('parseIndexYaml', () => {
  it('names the line of a YAML syntax error', () => {
    const text = yaml(
      'invariants:',
      '  - id: a',
      '    tier: protocol',
      '    tests: [a.ts',
      '    severity: high',
      '  - id: b',
    );
    const error = refusal(text);
    expect(error.file).toBe(FILE);
    expect(error.reason).toMatch(/^invalid YAML: /);
    // The flow list opened on line 4 is never closed; js-yaml notices at the next key.
    expect(error.line).toBe(5);
  });

  it('names the line of a bad indentation', () => {
    const text = yaml('invariants:', '  - id: a', '    tier: protocol', '   severity: high');
    expect(refusal(text)).toEqual({
      file: FILE,
      line: 4,
      reason: expect.stringMatching(/^invalid YAML: bad indentation/) as unknown as string,
    });
  });

  it('names both lines of a duplicate key', () => {
    const text = yaml(
      'invariants:',
      '  - id: a',
      '    tier: protocol',
      '    severity: high',
      '    tier: advisory',
    );
    expect(refusal(text)).toEqual({
      file: FILE,
      line: 5,
      reason: 'duplicate key `tier` (first on line 3)',
    });
  });

  it('names the line of the second key when a duplicate key holds a block list', () => {
    const text = yaml(
      'invariants:',
      '  - id: a',
      '    tests:',
      '      - a.ts',
      '    tests:',
      '      - b.ts',
    );
    expect(refusal(text)).toEqual({
      file: FILE,
      line: 5,
      reason: 'duplicate key `tests` (first on line 3)',
    });
  });

  it('refuses a second document at its marker', () => {
    const text = yaml('# header', '---', 'invariants: []', '---', 'invariants: []');
    expect(refusal(text)).toEqual({
      file: FILE,
      line: 4,
      reason: 'the index must be a single YAML document',
    });
  });

  it('names the second marker, not the last, when there are three documents', () => {
    const text = yaml('invariants: []', '---', 'a: 1', '---', 'b: 2');
    expect(refusal(text)).toEqual({
      file: FILE,
      line: 2,
      reason: 'the index must be a single YAML document',
    });
  });

  it('accepts one document with an explicit marker after a comment header', () => {
    const root = mapping(parseIndexYaml(FILE, yaml('# header', '---', 'invariants: []')));
    expect(root.entries.map((entry) => [entry.key, entry.at.line])).toEqual([['invariants', 3]]);
  });

  it('resolves an alias to the anchored node', () => {
    const text = yaml(
      'shared: &common',
      '  - tests/shared.test.ts',
      'invariants:',
      '  - id: a',
      '    tier: protocol',
      '    severity: high',
      '    tests: *common',
    );
    const parsed = read(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.invariants).toHaveLength(1);
    // The alias is the anchored list itself: its entry keeps the line it was written on.
    expect(parsed.invariants[0]?.tests).toEqual([
      { text: 'tests/shared.test.ts', line: 2, column: 5 },
    ]);
  });

  it('refuses an alias to an anchor that does not exist', () => {
    const text = yaml('invariants:', '  - id: a', '    tests: *nowhere');
    expect(refusal(text).line).toBe(3);
  });

  it('gives the same lines for CRLF line endings as for LF', () => {
    const lines = [
      '# comment',
      'invariants:',
      '  - id: a',
      '    tier: protocol',
      '    severity: high',
      '    tests:',
      '      - tests/a.test.ts',
      '',
      '  - id: b',
      '    tier: "advisory"',
      '    severity: low',
      '    tests: []',
    ];
    const lf = read(`${lines.join('\n')}\n`);
    const crlf = read(`${lines.join('\r\n')}\r\n`);
    expect(crlf).toEqual(lf);
    expect(crlf.invariants.map((invariant) => [invariant.id, invariant.line])).toEqual([
      ['a', 3],
      ['b', 9],
    ]);
    expect(crlf.invariants[0]?.tests).toEqual([{ text: 'tests/a.test.ts', line: 7, column: 9 }]);
    // No carriage return is left in any value.
    expect(JSON.stringify(crlf)).not.toContain('\\r');
  });

  it('names the same line for a duplicate key with CRLF line endings', () => {
    const text = ['invariants:', '  - id: a', '    id: b', ''].join('\r\n');
    expect(refusal(text)).toEqual({
      file: FILE,
      line: 3,
      reason: 'duplicate key `id` (first on line 2)',
    });
  });

  it('reads block scalars and quoted scalars as text', () => {
    const text = yaml(
      'invariants:',
      "  - id: 'quoted-single'",
      '    tier: "protocol"',
      '    severity: high',
      '    threat_model: >-',
      '      SECURITY/threat-model.md',
      '    note: |',
      '      A note',
      '      on two lines.',
      '    tests:',
      '      - "tests/a b.test.ts"',
      '      - |',
      '        tests/block.test.ts',
    );
    const parsed = read(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.invariants).toEqual([
      {
        id: 'quoted-single',
        line: 2,
        tier: 'protocol',
        severity: 'high',
        threatModel: { path: 'SECURITY/threat-model.md', line: 5 },
        tests: [
          expect.objectContaining({ text: 'tests/a b.test.ts', line: 11 }),
          // The literal block keeps its final line break (the entry is trimmed); its place is
          // where its text starts, the line after `- |`.
          expect.objectContaining({ text: 'tests/block.test.ts', line: 13 }),
        ],
      },
    ]);
    const root = mapping(parseIndexYaml(FILE, text));
    const list = root.entries[0]?.value;
    const item = list?.kind === 'sequence' ? mapping(list.items[0]) : undefined;
    const note = item?.entries.find((entry) => entry.key === 'note')?.value;
    expect(note).toMatchObject({ kind: 'scalar', type: 'str', text: 'A note\non two lines.\n' });
  });

  it('types plain scalars by the YAML 1.2 core schema', () => {
    const root = mapping(
      parseIndexYaml(FILE, yaml('a: 12', 'b: 1.5', 'c: true', 'd: ~', 'e: yes', 'f: "12"')),
    );
    const typed = root.entries.map((entry) =>
      entry.value.kind === 'scalar'
        ? [entry.key, entry.value.type, entry.value.text, entry.value.line]
        : [entry.key, entry.value.kind],
    );
    expect(typed).toEqual([
      ['a', 'int', '12', 1],
      ['b', 'float', '1.5', 2],
      ['c', 'bool', 'true', 3],
      ['d', 'null', '~', 4],
      // YAML 1.1's `yes` is text in 1.2.
      ['e', 'str', 'yes', 5],
      ['f', 'str', '12', 6],
    ]);
    expect(root.entries[0]?.value).toEqual({
      kind: 'scalar',
      type: 'int',
      text: '12',
      line: 1,
      column: 4,
    });
  });

  it('returns nothing for a file of comments only', () => {
    expect(parseIndexYaml(FILE, yaml('# nothing yet'))).toBeUndefined();
  });
});

describe('readInvariants: the index as a whole', () => {
  it('refuses an empty file', () => {
    expect(problems(read(yaml('# nothing yet')))).toEqual([
      '1: the index must be a mapping with an `invariants` list, not an empty file',
    ]);
  });

  it('refuses an index without an invariants list', () => {
    expect(problems(read(yaml('# header', 'rows: []')))).toEqual([
      '2: the index has no `invariants` list',
    ]);
  });

  it('refuses invariants that is not a list', () => {
    expect(problems(read(yaml('invariants: none')))).toEqual([
      '1: `invariants` must be a list, not the text `none`',
    ]);
  });

  it('refuses an item that is not a mapping and reads the others', () => {
    const parsed = read(
      yaml(
        'invariants:',
        '  - just-an-id',
        '  - id: b',
        '    tier: protocol',
        '    severity: low',
        '    tests: []',
      ),
    );
    expect(problems(parsed)).toEqual([
      '2: invariant 1 must be a mapping of keys (id, tier, …), not the text `just-an-id`',
    ]);
    expect(parsed.invariants.map((invariant) => invariant.id)).toEqual(['b']);
  });
});

describe('readInvariants: schema problems', () => {
  /** One invariant `x` (lines 2-6) with `changes` replacing or adding keys. */
  function one(changes: Record<string, string | undefined>, extra: string[] = []): string {
    const keys: Record<string, string | undefined> = {
      id: 'x',
      tier: 'protocol',
      severity: 'high',
      tests: '[tests/x.test.ts]',
      ...changes,
    };
    const lines = Object.entries(keys)
      .filter((entry): entry is [string, string] => entry[1] !== undefined)
      .map(([key, value], index) => `${index === 0 ? '  - ' : '    '}${key}: ${value}`);
    return yaml('invariants:', ...lines, ...extra);
  }

  it('accepts a complete invariant', () => {
    const parsed = read(one({}));
    expect(parsed.errors).toEqual([]);
    expect(parsed.findings).toEqual([]);
    expect(parsed.invariants).toEqual([
      {
        id: 'x',
        line: 2,
        tier: 'protocol',
        severity: 'high',
        tests: [{ text: 'tests/x.test.ts', line: 5, column: 13 }],
      },
    ]);
  });

  it('refuses an invariant without id', () => {
    const parsed = read(one({ id: undefined }));
    expect(problems(parsed)).toEqual(['2: invariant has no `id`']);
    expect(parsed.invariants).toEqual([]);
  });

  it('refuses an id that is a number', () => {
    const parsed = read(one({ id: '42' }));
    expect(problems(parsed)).toEqual(['2: `id` must be text, not the number 42']);
    expect(parsed.invariants).toEqual([]);
  });

  it('refuses a badly formed id', () => {
    const parsed = read(one({ id: 'has space' }));
    expect(problems(parsed)).toEqual([
      '2: `id` `has space` is not well formed: use letters, digits, `.`, `_` and `-`, starting and ending with a letter or digit (at most 128 characters)',
    ]);
    expect(parsed.invariants).toEqual([]);
  });

  it('accepts a quoted id that is a number written as text', () => {
    expect(read(one({ id: '"42"' })).invariants.map((invariant) => invariant.id)).toEqual(['42']);
  });

  it('refuses a duplicate id, naming the first line, and keeps the first', () => {
    const text = yaml(
      'invariants:',
      '  - id: same',
      '    tier: protocol',
      '    severity: high',
      '    tests: [a.ts]',
      '  - id: same',
      '    tier: advisory',
      '    severity: low',
      '    tests: [b.ts]',
    );
    const parsed = read(text);
    expect(problems(parsed)).toEqual(['6: duplicate id `same` (first on line 2)']);
    expect(parsed.invariants.map((invariant) => [invariant.id, invariant.tier])).toEqual([
      ['same', 'protocol'],
    ]);
  });

  it('refuses an invariant without tier and leaves it out', () => {
    const parsed = read(one({ tier: undefined }));
    expect(problems(parsed)).toEqual([
      '2: invariant `x` has no `tier` (one of protocol, reference-impl, advisory)',
    ]);
    expect(parsed.invariants).toEqual([]);
  });

  it('refuses a tier that is not one of the tiers', () => {
    const parsed = read(one({ tier: 'Protocol' }));
    expect(problems(parsed)).toEqual([
      '3: invariant `x`: `tier` must be one of protocol, reference-impl, advisory, not the text `Protocol`',
    ]);
    expect(parsed.invariants).toEqual([]);
  });

  it('accepts a quoted tier', () => {
    const parsed = read(one({ tier: '"protocol"' }));
    expect(parsed.errors).toEqual([]);
    expect(parsed.invariants.map((invariant) => invariant.tier)).toEqual(['protocol']);
  });

  it('accepts a tier with a trailing comment', () => {
    const parsed = read(one({ tier: 'protocol # gated' }));
    expect(parsed.errors).toEqual([]);
    expect(parsed.invariants.map((invariant) => invariant.tier)).toEqual(['protocol']);
  });

  it('reads an item whose first key is not id, at the line of its first key', () => {
    const text = yaml(
      'invariants:',
      '  - tier: protocol',
      '    severity: critical',
      '    id: late-id',
      '    tests: [a.ts]',
    );
    const parsed = read(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.invariants).toEqual([
      {
        id: 'late-id',
        line: 2,
        tier: 'protocol',
        severity: 'critical',
        tests: [{ text: 'a.ts', line: 5, column: 13 }],
      },
    ]);
  });

  it('refuses a severity not in the set but keeps the invariant', () => {
    const parsed = read(one({ severity: 'urgent' }));
    expect(problems(parsed)).toEqual([
      '4: invariant `x`: `severity` must be one of critical, high, medium, low, not the text `urgent`',
    ]);
    expect(parsed.invariants.map((invariant) => invariant.severity)).toEqual(['unknown']);
  });

  it('refuses an invariant without tests and leaves it out', () => {
    const parsed = read(one({ tests: undefined }));
    expect(problems(parsed)).toEqual([
      '2: invariant `x` has no `tests` list (write `tests: []` when there is none)',
    ]);
    expect(parsed.invariants).toEqual([]);
  });

  it('refuses tests that is not a list', () => {
    const parsed = read(one({ tests: 'tests/x.test.ts' }));
    expect(problems(parsed)).toEqual([
      '5: invariant `x`: `tests` must be a list of paths, not the text `tests/x.test.ts`',
    ]);
    expect(parsed.invariants).toEqual([]);
  });

  it('refuses a tests entry that is not text and keeps the others', () => {
    const parsed = read(
      one({ tests: '' }, ['      - tests/ok.test.ts', '      - 7', '      - {path: a.ts}']),
    );
    expect(problems(parsed)).toEqual([
      '7: invariant `x`: a `tests` entry must be a path, not the number 7',
      '8: invariant `x`: a `tests` entry must be a path, not a mapping',
    ]);
    expect(parsed.invariants[0]?.tests).toEqual([{ text: 'tests/ok.test.ts', line: 6, column: 9 }]);
  });

  it('refuses a threat_model that is not text', () => {
    const parsed = read(one({ threat_model: '[a.md, b.md]' }));
    expect(problems(parsed)).toEqual([
      '6: invariant `x`: `threat_model` must be the path of a file, not a list',
    ]);
    expect(parsed.invariants).toHaveLength(1);
    expect(parsed.invariants[0]?.threatModel).toBeUndefined();
  });

  it('reads witness as free text when no witness classes are configured', () => {
    const parsed = read(one({ witness: 'anything' }));
    expect(parsed.errors).toEqual([]);
    expect(parsed.invariants[0]?.witness).toBe('anything');
  });

  it('refuses a witness not in the configured classes', () => {
    const parsed = read(one({ witness: 'vibes' }), WITNESSED);
    expect(problems(parsed)).toEqual([
      '6: invariant `x`: `witness` must be one of conformance, unit, unwitnessable, not the text `vibes`',
    ]);
    expect(parsed.invariants[0]?.witness).toBeUndefined();
  });

  it('asks for a witness when witness classes are configured', () => {
    expect(problems(read(one({}), WITNESSED))).toEqual([
      '2: invariant `x` has no `witness` (one of conformance, unit, unwitnessable)',
    ]);
  });

  it('refuses tests: [] without a non_testability_rationale when witness classes are set', () => {
    const parsed = read(one({ tests: '[]', witness: 'unwitnessable' }), WITNESSED);
    expect(problems(parsed)).toEqual([
      '5: invariant `x`: `tests: []` needs a `non_testability_rationale` saying why no test can witness it',
    ]);
  });

  it('accepts tests: [] with a rationale when witness classes are set', () => {
    const parsed = read(
      one({
        tests: '[]',
        witness: 'unwitnessable',
        non_testability_rationale: 'Needs a human to read the log.',
      }),
      WITNESSED,
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.invariants[0]?.nonTestabilityRationale).toBe('Needs a human to read the log.');
  });

  it('accepts tests: [] without a rationale when no witness classes are set', () => {
    expect(read(one({ tests: '[]' })).errors).toEqual([]);
  });

  it('warns about a misspelt key and suggests the right one', () => {
    const parsed = read(one({ tests: undefined, test: '[tests/x.test.ts]' }));
    expect(parsed.findings).toEqual([
      {
        rule: 'unknown-key',
        severity: 'warning',
        file: FILE,
        line: 5,
        column: 5,
        message: 'invariant `x`: unknown key `test` (did you mean `tests`?); it is ignored',
        helpUri: expect.any(String) as unknown as string,
        key: 'x:test',
      },
    ]);
    // The real key is still missing, which is the error that fails the gate.
    expect(problems(parsed)).toEqual([
      '2: invariant `x` has no `tests` list (write `tests: []` when there is none)',
    ]);
  });

  it('says nothing about an unrelated extra key', () => {
    const parsed = read(one({ owner: 'team-security' }));
    expect(parsed.findings).toEqual([]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.invariants).toHaveLength(1);
  });

  it('reads every valid invariant of an index that has problems', () => {
    const text = yaml(
      'invariants:',
      '  - id: good-1',
      '    tier: protocol',
      '    severity: high',
      '    tests: [a.ts]',
      '  - id: bad',
      '    tier: nonsense',
      '    severity: high',
      '    tests: [b.ts]',
      '  - id: good-2',
      '    tier: advisory',
      '    severity: low',
      '    tests: []',
    );
    const parsed = read(text);
    expect(problems(parsed)).toEqual([
      '7: invariant `bad`: `tier` must be one of protocol, reference-impl, advisory, not the text `nonsense`',
    ]);
    expect(parsed.invariants.map((invariant) => [invariant.id, invariant.line])).toEqual([
      ['good-1', 2],
      ['good-2', 10],
    ]);
  });
});
