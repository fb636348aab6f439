import { ruleHelpUri, type RuleInfo, type Severity } from '@palisade/core';

/** Builds a rule's metadata; the README section of the same id explains it at length. */
function rule(id: string, defaultSeverity: Severity, summary: string, help: string): RuleInfo {
  return {
    id,
    action: 'advisory-id',
    defaultSeverity,
    summary,
    help,
    helpUri: ruleHelpUri('advisory-id', id),
  };
}

export const MALFORMED_ID = rule(
  'malformed-advisory-id',
  'error',
  'An advisory id does not match `<prefix>-YYYY-NNNN` exactly.',
  [
    'Ids are searched, linked and sorted by their exact spelling; a near miss is a different id to every tool.',
    '',
    'Bad: `openwop-sa-2026-1`',
    '',
    'Good: `openwop-SA-2026-0001`',
  ].join('\n'),
);

export const DUPLICATE_ID = rule(
  'duplicate-advisory-id',
  'error',
  'The same advisory id (or the same GitHub advisory) is listed twice.',
  [
    'One id names one vulnerability. Two ledger entries or two index rows with one id mean two advisories share it, or one was copied by hand.',
    '',
    'Bad: two index rows `| openwop-SA-2026-0001 |`.',
    '',
    'Good: one row per id.',
  ].join('\n'),
);

export const UNEXPLAINED_GAP = rule(
  'unexplained-ledger-gap',
  'error',
  'A number is missing from a year of the ledger and no reason is recorded.',
  [
    'Numbers are handed out in order and never reused; a missing one means an entry was lost or deleted. Record why under `gaps` in the ledger.',
    '',
    'Bad: `-2026-0001` and `-2026-0003` in the ledger, nothing about `-2026-0002`.',
    '',
    'Good: `"gaps": [{ "id": "openwop-SA-2026-0002", "reason": "assigned by hand before the ledger existed" }]`',
  ].join('\n'),
);

export const MISSING_FROM_INDEX = rule(
  'missing-from-index',
  'error',
  'An advisory cited under `### Security` in the changelog has no row in the advisory index.',
  [
    'The index is the consolidated public record; every advisory a release cites must be in it.',
    '',
    'Bad: `- **openwop-SA-2026-0001 — …**` in CHANGELOG.md, no row in SECURITY/advisories.md.',
    '',
    'Good: run `palisade advisory render` to regenerate the index from the advisory records.',
  ].join('\n'),
);

export const NOT_IN_CHANGELOG = rule(
  'not-in-changelog',
  'error',
  'A published advisory of the index is not cited under any `### Security` heading of the changelog.',
  [
    'Patched releases cite the advisories they fix; a published advisory that no release cites leaves users without the version to upgrade to.',
    '',
    'Bad: a `published` row for `openwop-SA-2026-0001` in the index and no `### Security` bullet naming it.',
    '',
    'Good: `### Security` under the release that fixed it, with a bullet that names the id.',
  ].join('\n'),
);

export const UNPUBLISHED_DISCLOSED = rule(
  'unpublished-advisory-disclosed',
  'error',
  'An advisory id that the ledger does not mark published or withdrawn appears in a public file.',
  [
    'Until an advisory is published its id is embargoed: citing it in the changelog or the index tells everyone a vulnerability exists before the fix ships.',
    '',
    'Bad: `openwop-SA-2026-0004` (status `assigned`) in CHANGELOG.md.',
    '',
    'Good: cite it once the advisory is published, and mark it `published` with `assign` and `status: published`.',
  ].join('\n'),
);

export const UNKNOWN_ID = rule(
  'unknown-advisory-id',
  'error',
  'A public file cites an advisory id that the ledger never assigned.',
  [
    'Ids come from the ledger only; an id that is not there was made up by hand and may collide with the next assignment.',
    '',
    'Bad: `openwop-SA-2026-0042` in the index when the ledger stops at `-2026-0003`.',
    '',
    'Good: ids returned by `assign` (or recorded under `gaps` with a reason).',
  ].join('\n'),
);

export const INDEX_LOCATION = rule(
  'index-location',
  'error',
  'The advisory index is missing although the changelog cites advisories, or both `security/` and `SECURITY/` hold one.',
  [
    'Two indexes drift apart, and on case-insensitive file systems they collide; a cited advisory needs an index to be listed in.',
    '',
    'Bad: `security/advisories.md` and `SECURITY/advisories.md` both present.',
    '',
    'Good: one `SECURITY/advisories.md` (or `security/advisories.md`), or the path set in `advisory-id.index`.',
  ].join('\n'),
);

export const CVSS_MISMATCH = rule(
  'cvss-score-mismatch',
  'error',
  'The CVSS v3.1 base score stated in an advisory record differs from the score its vector gives, or the vector is not a valid CVSS v3.1 base vector.',
  [
    'The published severity must be reproducible from the vector; a hand-typed score that disagrees misleads whoever triages by score.',
    '',
    'Bad: `CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H` with `"cvss_score": 9.1`.',
    '',
    'Good: the same vector with `"cvss_score": 9.8`, or no stated score at all.',
  ].join('\n'),
);

/** The rules of `check`. */
export const CHECK_RULES: readonly RuleInfo[] = [
  MALFORMED_ID,
  DUPLICATE_ID,
  UNEXPLAINED_GAP,
  MISSING_FROM_INDEX,
  NOT_IN_CHANGELOG,
  UNPUBLISHED_DISCLOSED,
  UNKNOWN_ID,
  INDEX_LOCATION,
];

/** The rules of `render`: the record checks, then what `check` finds in the result. */
export const RENDER_RULES: readonly RuleInfo[] = [CVSS_MISMATCH, MALFORMED_ID, DUPLICATE_ID];
