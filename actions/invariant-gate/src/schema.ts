/**
 * The schema of an invariants index, checked value by value: every problem is an InputError
 * naming the line (the index is malformed: exit 2), and the valid invariants are still
 * returned so the rest of the gate reports on them.
 */
import { findingAt, InputError, suggest, type Finding } from '@palisade/core';
import { describeNode, entryOf, type YamlMapping, type YamlNode } from './index-file.js';
import { UNKNOWN_KEY } from './rules.js';

export interface IndexSettings {
  tiers: readonly string[];
  severities: readonly string[];
  /** When set, `witness` must be one of these and `tests: []` needs a rationale. */
  witnessClasses?: readonly string[];
}

/** A `tests` entry as written, with where it is. */
export interface TestEntry {
  text: string;
  line: number;
  column: number;
}

export interface Invariant {
  id: string;
  /** Line of the invariant's first key (`- id: …`). */
  line: number;
  tier: string;
  severity: string;
  threatModel?: { path: string; line: number };
  tests: TestEntry[];
  witness?: string;
  nonTestabilityRationale?: string;
}

export interface ParsedIndex {
  invariants: Invariant[];
  errors: InputError[];
  findings: Finding[];
}

/** Keys an invariant may have; any other key near one of these is reported as a likely typo. */
export const INVARIANT_KEYS: readonly string[] = [
  'id',
  'tier',
  'severity',
  'threat_model',
  'tests',
  'note',
  'witness',
  'witnessReview',
  'non_testability_rationale',
];

/** Letters, digits, `.`, `_` and `-`, starting and ending with a letter or digit. */
const ID_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,126}[A-Za-z0-9])?$/;

/**
 * Reads the invariants out of the parsed index `root` of `file`. An invariant with a problem
 * is left out of the result only when its id, tier or tests cannot be known.
 */
export function readInvariants(
  file: string,
  root: YamlNode | undefined,
  settings: IndexSettings,
): ParsedIndex {
  const result: ParsedIndex = { invariants: [], errors: [], findings: [] };
  const problem = (line: number, reason: string): void => {
    result.errors.push(new InputError({ file, line }, reason));
  };
  if (!root || root.kind !== 'mapping') {
    problem(
      root?.line ?? 1,
      `the index must be a mapping with an \`invariants\` list, not ${root ? describeNode(root) : 'an empty file'}`,
    );
    return result;
  }
  const list = entryOf(root, 'invariants');
  if (!list) {
    problem(root.line, 'the index has no `invariants` list');
    return result;
  }
  if (list.value.kind !== 'sequence') {
    problem(list.at.line, `\`invariants\` must be a list, not ${describeNode(list.value)}`);
    return result;
  }

  const firstLineOfId = new Map<string, number>();
  for (const [index, item] of list.value.items.entries()) {
    if (item.kind !== 'mapping') {
      problem(
        item.line,
        `invariant ${index + 1} must be a mapping of keys (id, tier, …), not ${describeNode(item)}`,
      );
      continue;
    }
    const invariant = readInvariant(file, item, settings, problem, result.findings);
    if (!invariant) continue;
    const first = firstLineOfId.get(invariant.id);
    if (first !== undefined) {
      problem(invariant.line, `duplicate id \`${invariant.id}\` (first on line ${first})`);
      continue;
    }
    firstLineOfId.set(invariant.id, invariant.line);
    result.invariants.push(invariant);
  }
  return result;
}

function readInvariant(
  file: string,
  item: YamlMapping,
  settings: IndexSettings,
  problem: (line: number, reason: string) => void,
  findings: Finding[],
): Invariant | undefined {
  const line = item.entries[0]?.at.line ?? item.line;
  const idEntry = entryOf(item, 'id');
  if (!idEntry) {
    problem(line, 'invariant has no `id`');
    return undefined;
  }
  const id = textOf(idEntry.value);
  if (id === undefined || !ID_PATTERN.test(id)) {
    problem(
      idEntry.at.line,
      id === undefined
        ? `\`id\` must be text, not ${describeNode(idEntry.value)}`
        : `\`id\` \`${id}\` is not well formed: use letters, digits, \`.\`, \`_\` and \`-\`, starting and ending with a letter or digit (at most 128 characters)`,
    );
    return undefined;
  }
  const where = `invariant \`${id}\``;

  for (const entry of item.entries) {
    if (INVARIANT_KEYS.includes(entry.key)) continue;
    const hint = suggest(entry.key, INVARIANT_KEYS);
    if (hint) {
      findings.push(
        findingAt(
          UNKNOWN_KEY,
          { file, line: entry.at.line, column: entry.at.column },
          `${where}: unknown key \`${entry.key}\`${hint}; it is ignored`,
          { key: `${id}:${entry.key}` },
        ),
      );
    }
  }

  let valid = true;
  const oneOf = (key: string, allowed: readonly string[]): string | undefined => {
    const entry = entryOf(item, key);
    if (!entry) {
      problem(line, `${where} has no \`${key}\` (one of ${allowed.join(', ')})`);
      valid = false;
      return undefined;
    }
    const value = textOf(entry.value);
    if (value === undefined || !allowed.includes(value)) {
      problem(
        entry.at.line,
        `${where}: \`${key}\` must be one of ${allowed.join(', ')}, not ${describeNode(entry.value)}`,
      );
      valid = false;
      return undefined;
    }
    return value;
  };
  const tier = oneOf('tier', settings.tiers);
  const severity = oneOf('severity', settings.severities);

  const tests: TestEntry[] = [];
  const testsEntry = entryOf(item, 'tests');
  if (!testsEntry) {
    problem(line, `${where} has no \`tests\` list (write \`tests: []\` when there is none)`);
    valid = false;
  } else if (testsEntry.value.kind !== 'sequence') {
    problem(
      testsEntry.at.line,
      `${where}: \`tests\` must be a list of paths, not ${describeNode(testsEntry.value)}`,
    );
    valid = false;
  } else {
    for (const test of testsEntry.value.items) {
      const text = textOf(test);
      if (text === undefined || text.trim() === '') {
        problem(test.line, `${where}: a \`tests\` entry must be a path, not ${describeNode(test)}`);
        valid = false;
        continue;
      }
      tests.push({ text: text.trim(), line: test.line, column: test.column });
    }
  }

  let threatModel: Invariant['threatModel'];
  const threatEntry = entryOf(item, 'threat_model');
  if (threatEntry) {
    const path = textOf(threatEntry.value);
    if (path === undefined || path.trim() === '') {
      problem(
        threatEntry.at.line,
        `${where}: \`threat_model\` must be the path of a file, not ${describeNode(threatEntry.value)}`,
      );
    } else {
      threatModel = { path: path.trim(), line: threatEntry.at.line };
    }
  }

  let witness: string | undefined;
  const witnessEntry = entryOf(item, 'witness');
  const classes = settings.witnessClasses;
  if (witnessEntry) {
    witness = textOf(witnessEntry.value);
    if (witness === undefined || (classes && !classes.includes(witness))) {
      problem(
        witnessEntry.at.line,
        classes
          ? `${where}: \`witness\` must be one of ${classes.join(', ')}, not ${describeNode(witnessEntry.value)}`
          : `${where}: \`witness\` must be text, not ${describeNode(witnessEntry.value)}`,
      );
      witness = undefined;
    }
  } else if (classes) {
    problem(line, `${where} has no \`witness\` (one of ${classes.join(', ')})`);
  }

  let rationale: string | undefined;
  const rationaleEntry = entryOf(item, 'non_testability_rationale');
  if (rationaleEntry) {
    rationale = textOf(rationaleEntry.value)?.trim();
    if (!rationale) {
      problem(
        rationaleEntry.at.line,
        `${where}: \`non_testability_rationale\` must be a sentence, not ${describeNode(rationaleEntry.value)}`,
      );
    }
  }
  if (classes && testsEntry?.value.kind === 'sequence' && tests.length === 0 && !rationaleEntry) {
    problem(
      testsEntry.at.line,
      `${where}: \`tests: []\` needs a \`non_testability_rationale\` saying why no test can witness it`,
    );
  }

  // Without a tier the gate cannot tell whether the invariant is gated: leave it out.
  if (tier === undefined || (!valid && testsEntry?.value.kind !== 'sequence')) return undefined;
  const invariant: Invariant = { id, line, tier, severity: severity ?? 'unknown', tests };
  if (threatModel) invariant.threatModel = threatModel;
  if (witness !== undefined) invariant.witness = witness;
  if (rationale) invariant.nonTestabilityRationale = rationale;
  return invariant;
}

/** The text of a string scalar; undefined for numbers, booleans, nulls and collections. */
function textOf(node: YamlNode): string | undefined {
  return node.kind === 'scalar' && node.type === 'str' ? node.text : undefined;
}
