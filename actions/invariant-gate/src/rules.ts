import { ruleHelpUri, type RuleInfo } from '@palisade/core';

function rule(
  id: string,
  summary: string,
  defaultSeverity: RuleInfo['defaultSeverity'],
  help: string,
): RuleInfo {
  return {
    id,
    action: 'invariant-gate',
    summary,
    help,
    defaultSeverity,
    helpUri: ruleHelpUri('invariant-gate', id),
  };
}

export const UNCOVERED_INVARIANT = rule(
  'uncovered-invariant',
  'An invariant of a gated tier has no test entry that resolves to a test file',
  'error',
  'Every invariant of a gated tier (default `protocol`) must list at least one `tests` entry that resolves to a regular file in the repository (and, with `require-mention`, that file must name the invariant). Otherwise nothing checks the security property it promises.',
);

export const UNRESOLVED_TEST = rule(
  'unresolved-test',
  'A test entry resolves to no file',
  'warning',
  'A `tests` entry that names a missing file, a directory, a glob that matches nothing or a path outside the repository verifies nothing. The invariant may still be covered by another entry; fix or remove the stale one.',
);

export const TEST_NOT_MENTIONING = rule(
  'test-not-mentioning',
  'A test file does not mention the invariant it is listed for',
  'warning',
  'With `require-mention`, a test file counts for an invariant only when it contains the invariant id (or the configured `mention-pattern`). A file that does not was renamed, emptied or listed by mistake.',
);

export const MISSING_THREAT_MODEL = rule(
  'missing-threat-model',
  'The threat model an invariant names does not exist',
  'error',
  "An invariant's `threat_model` must name a file of the repository: the document that explains the threat the invariant answers.",
);

export const THREAT_MODEL_RATCHET = rule(
  'threat-model-ratchet',
  'More invariants are missing from their threat model than `max-unmentioned` allows',
  'error',
  'Each invariant should be named in its `threat_model` file. `max-unmentioned` is a ratchet: the count may go down, never up. When it goes down, lower `max-unmentioned` to lock the gain in.',
);

export const RATCHET_CAN_TIGHTEN = rule(
  'ratchet-can-tighten',
  'Fewer invariants are missing from their threat model than `max-unmentioned`: lower it',
  'warning',
  'The count of invariants not named in their threat model dropped below `max-unmentioned`. Lower the setting to the new count so the gain cannot be lost again unnoticed.',
);

export const UNWITNESSABLE_GATED = rule(
  'unwitnessable-gated',
  'An invariant of a gated tier is classed `unwitnessable`',
  'error',
  'An invariant that no test can witness cannot be gated by tests. Move it to a tier that is not gated, or find a witness and reclassify it.',
);

export const UNKNOWN_KEY = rule(
  'unknown-key',
  'A key of an invariant looks like a misspelt known key',
  'warning',
  'A misspelt key (`test:` for `tests:`) is silently ignored by readers of the index. The gate warns when an unknown key is one or two letters away from a known one.',
);

export const RULES: readonly RuleInfo[] = [
  UNCOVERED_INVARIANT,
  UNRESOLVED_TEST,
  TEST_NOT_MENTIONING,
  MISSING_THREAT_MODEL,
  THREAT_MODEL_RATCHET,
  RATCHET_CAN_TIGHTEN,
  UNWITNESSABLE_GATED,
  UNKNOWN_KEY,
];
