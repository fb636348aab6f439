import { ruleHelpUri, type RuleInfo, type Severity } from '@palisade/core';

/** Builds a rule's metadata; the README section of the same id explains it at length. */
function rule(id: string, defaultSeverity: Severity, summary: string, help: string): RuleInfo {
  return {
    id,
    action: 'pin-check',
    defaultSeverity,
    summary,
    help,
    helpUri: ruleHelpUri('pin-check', id),
  };
}

export const UNPINNED_ACTION = rule(
  'unpinned-action',
  'error',
  'An action or reusable workflow is referenced by a tag or branch instead of a full commit SHA.',
  [
    'Tags and branches can be moved to other code at any time, by the maintainers or by whoever takes over their account. Only a full 40-character commit SHA names code that cannot change.',
    '',
    'Bad: `uses: actions/checkout@v4`',
    '',
    'Good: `uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2`',
    '',
    '`palisade pin-check --fix` rewrites the reference for you.',
  ].join('\n'),
);

export const SHORT_SHA = rule(
  'short-sha',
  'error',
  'An action is referenced by an abbreviated commit SHA.',
  [
    "GitHub resolves an abbreviated SHA, but another commit (a fork's included) can come to share its prefix. Use all 40 characters.",
    '',
    'Bad: `uses: actions/checkout@11bd719`',
    '',
    'Good: `uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2`',
  ].join('\n'),
);

export const UNPINNED_IMAGE = rule(
  'unpinned-image',
  'error',
  'A container image is referenced by a tag instead of a sha256 digest.',
  [
    'An image tag can be pushed again with other content. A `@sha256:` digest names one image for good; keep the tag before it for readers.',
    '',
    'Bad: `container: node:20`',
    '',
    'Good: `container: node:20@sha256:<64 hex digits>`',
  ].join('\n'),
);

export const MISSING_VERSION_COMMENT = rule(
  'missing-version-comment',
  'warning',
  'A SHA-pinned reference has no comment saying which version it is.',
  [
    'Without `# vX.Y.Z` after the SHA, reviewers cannot tell what runs, and Dependabot cannot propose updates that keep the pin readable.',
    '',
    'Bad: `uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683`',
    '',
    'Good: `uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2`',
  ].join('\n'),
);

export const INCONSISTENT_VERSION_COMMENT = rule(
  'inconsistent-version-comment',
  'error',
  'The same action SHA carries different version comments in different places.',
  [
    'One commit is one version: when two comments disagree, at least one of them is wrong, and readers trust the wrong one.',
    '',
    'Bad: `actions/checkout@11bd7190… # v4.2.2` in one workflow and `actions/checkout@11bd7190… # v4.1.0` in another.',
    '',
    'Good: the same comment everywhere, the one that names the tag pointing to the SHA.',
  ].join('\n'),
);

export const VERSION_COMMENT_MISMATCH = rule(
  'version-comment-mismatch',
  'error',
  'The version comment names a tag that does not point to the pinned SHA.',
  [
    'Checked online. The comment is what reviewers and Dependabot read; if the tag it names points elsewhere (or does not exist), the pin is not what it claims to be.',
    '',
    'Bad: `uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v3.0.0`',
    '',
    'Good: `uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2`',
  ].join('\n'),
);

export const IMPOSTOR_COMMIT = rule(
  'impostor-commit',
  'error',
  'The pinned SHA is not reachable from any branch or tag of the named repository.',
  [
    "Checked online. GitHub serves commits of every fork under the parent repository's name, so `owner/repo@<sha>` can run code that the owner never published. A SHA that no branch or tag of the repository contains may come from a fork.",
    '',
    'Repositories that rewrite their branches on purpose (for example `dtolnay/rust-toolchain`) can be listed under `pin-check.history-rewriting` with a reason: their unreachable SHAs are then reported as notes, not errors.',
    '',
    'Bad: `uses: actions/checkout@<a SHA pushed to a fork>`',
    '',
    'Good: a SHA that a tag of `actions/checkout` points to.',
  ].join('\n'),
);

export const LOCKFILE_MISMATCH = rule(
  'lockfile-mismatch',
  'error',
  'actions.lock is malformed or disagrees with the workflow it locks.',
  [
    'When `.github/workflows/actions.lock` (written by `gh actions-lock`) locks a ref to a commit, the ref counts as pinned; an entry that is malformed, missing or that names other refs than the workflow uses would pin nothing, so it is an error, never ignored.',
    '',
    'Bad: a workflow uses `actions/checkout@v4` and the lockfile lists `actions/checkout@v3` for it.',
    '',
    'Good: run `gh actions-lock` again after changing a workflow.',
  ].join('\n'),
);

export const RULES: readonly RuleInfo[] = [
  UNPINNED_ACTION,
  SHORT_SHA,
  UNPINNED_IMAGE,
  MISSING_VERSION_COMMENT,
  INCONSISTENT_VERSION_COMMENT,
  VERSION_COMMENT_MISMATCH,
  IMPOSTOR_COMMIT,
  LOCKFILE_MISMATCH,
];
