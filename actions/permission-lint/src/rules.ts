import { ruleHelpUri, type RuleInfo, type Severity } from '@palisade/core';

function rule(
  id: string,
  defaultSeverity: Severity,
  summary: string,
  bad: string,
  good: string,
  why: string,
): RuleInfo {
  const help = `${why}\n\nBad:\n\n\`\`\`yaml\n${bad}\n\`\`\`\n\nGood:\n\n\`\`\`yaml\n${good}\n\`\`\``;
  return {
    id,
    action: 'permission-lint',
    defaultSeverity,
    summary,
    help,
    helpUri: ruleHelpUri('permission-lint', id),
  };
}

export const MISSING_PERMISSIONS = rule(
  'missing-permissions',
  'error',
  'A workflow has no top-level `permissions:`, so jobs without their own run with the repository default.',
  'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest',
  'on: push\npermissions: {}\njobs:\n  test:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: read',
  'The repository default may be read and write on everything. Declare `permissions: {}` at the top and grant each job what it needs.',
);

export const WRITE_ALL = rule(
  'write-all',
  'error',
  '`permissions: write-all` grants every scope, with write access.',
  'permissions: write-all',
  'permissions:\n  contents: write # the release job publishes assets',
  'A token that can write everything turns any compromised step into a compromise of the repository.',
);

export const READ_ALL = rule(
  'read-all',
  'warning',
  '`permissions: read-all` grants read access to every scope, needed or not.',
  'permissions: read-all',
  'permissions:\n  contents: read',
  'Reading issues, pull requests, security events and packages is rarely needed; name the scopes that are.',
);

export const TOP_LEVEL_WRITE = rule(
  'top-level-write',
  'error',
  'A write scope is granted to the whole workflow instead of the job that needs it.',
  'permissions:\n  contents: write\njobs:\n  test: …\n  release: …',
  'permissions: {}\njobs:\n  release:\n    permissions:\n      contents: write # publishes the release',
  'Every job, including those that run untrusted code, then holds the write scope.',
);

export const EXCESSIVE_PERMISSION = rule(
  'excessive-permission',
  'error',
  'A job is granted a scope (or a level) that none of its steps needs.',
  'permissions:\n  contents: write\nsteps:\n  - uses: actions/checkout@…',
  'permissions:\n  contents: read # actions/checkout fetches the repository',
  'Computed from the steps with the knowledge base; the message says what each step needs.',
);

export const INSUFFICIENT_PERMISSION = rule(
  'insufficient-permission',
  'warning',
  'A step needs a scope the job does not grant, so the step would fail.',
  'permissions:\n  contents: read\nsteps:\n  - run: gh pr comment "$PR" --body ok',
  'permissions:\n  contents: read\n  pull-requests: write # gh pr comment',
  'The job declares its permissions, and they leave out what a step uses.',
);

export const ID_TOKEN_WRITE = rule(
  'id-token-write',
  'error',
  '`id-token: write` is granted to a job with no step that requests an OIDC token.',
  'permissions:\n  id-token: write\nsteps:\n  - run: make test',
  'permissions: {}',
  'An OIDC token lets a job authenticate to clouds and registries as the repository; only jobs that federate need it.',
);

export const DANGEROUS_TRIGGER = rule(
  'dangerous-trigger',
  'error',
  "A `pull_request_target` or `workflow_run` job with write scopes or secrets checks out or runs the pull request's code.",
  'on: pull_request_target\njobs:\n  test:\n    permissions:\n      pull-requests: write\n    steps:\n      - uses: actions/checkout@…\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n      - run: make test',
  'on: pull_request\njobs:\n  test:\n    permissions:\n      contents: read',
  "These triggers run with the base repository's token and secrets; code from the pull request then runs with them.",
);

export const UNKNOWN_SCOPE = rule(
  'unknown-scope',
  'error',
  'A permissions scope or level GitHub does not know (misspelt or retired).',
  'permissions:\n  pull-request: write\n  id-token: read',
  'permissions:\n  pull-requests: write\n  id-token: write',
  'GitHub rejects the workflow, or the intended grant silently does not exist.',
);

export const REUSABLE_WORKFLOW_ESCALATION = rule(
  'reusable-workflow-escalation',
  'error',
  'A called local reusable workflow needs more than the calling job grants.',
  'jobs:\n  call:\n    permissions:\n      contents: read\n    uses: ./.github/workflows/release.yml # its job asks for contents: write',
  'jobs:\n  call:\n    permissions:\n      contents: write # release.yml publishes the release\n    uses: ./.github/workflows/release.yml',
  "A called workflow can only lower the caller's permissions; asking for more makes the run fail.",
);

export const DISALLOWED_SCOPE = rule(
  'disallowed-scope',
  'error',
  'Under the `strict` preset, a job elevates to a scope the organization does not allow, or the top level is more than read-only.',
  'permissions:\n  issues: write',
  'permissions:\n  pull-requests: write # an allowed scope',
  'The organization lists the scopes jobs may elevate to (`job-scopes`).',
);

export const CANNOT_COMPUTE = rule(
  'cannot-compute',
  'note',
  'What a step needs of the token cannot be computed; the job is left as it is.',
  '- uses: some/action@… # not in the knowledge base',
  '- uses: actions/checkout@… # known: contents: read',
  'Never guessed: the reason names the action or command. The fixer leaves such jobs alone.',
);

export const RULES: readonly RuleInfo[] = [
  MISSING_PERMISSIONS,
  WRITE_ALL,
  READ_ALL,
  TOP_LEVEL_WRITE,
  EXCESSIVE_PERMISSION,
  INSUFFICIENT_PERMISSION,
  ID_TOKEN_WRITE,
  DANGEROUS_TRIGGER,
  UNKNOWN_SCOPE,
  REUSABLE_WORKFLOW_ESCALATION,
  DISALLOWED_SCOPE,
  CANNOT_COMPUTE,
];
