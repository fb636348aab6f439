import { describe, expect, it } from '@jest/globals';
import { readWorkflow, type Workflow } from '@palisade/core';
import { checkWorkflow, type PermissionPolicy } from '../src/checks.js';
import type { JobNeeds, Level, Scope } from '../src/scopes.js';
import { tokenPermissionsScore } from '../src/scorecard.js';

const NO_POLICY: PermissionPolicy = { jobScopes: [], allow: [] };

/** What each job needs, written by hand: job id → scope → [level, reason]; `unknown` for jobs that cannot be computed. */
function lint(
  text: string,
  needs: Record<string, Record<string, [Level, string]> | 'unknown'>,
  policy: PermissionPolicy = NO_POLICY,
  callees: Record<string, string> = {},
): Array<[string, number, string]> {
  const workflow = readWorkflow('.github/workflows/ci.yml', text).model;
  const jobNeeds: JobNeeds[] = workflow.jobs.map((job) => {
    const given = needs[job.id.value] ?? {};
    if (given === 'unknown')
      return {
        workflow,
        job,
        steps: [],
        needs: new Map(),
        unknown: ['`some/action` is not in the knowledge base'],
      };
    return {
      workflow,
      job,
      steps: [],
      needs: new Map(
        Object.entries(given).map(([scope, [level, reason]]) => [
          scope as Scope,
          { scope: scope as Scope, level, reason },
        ]),
      ),
      unknown: [],
    };
  });
  const calleeWorkflows = new Map<string, Workflow>(
    Object.entries(callees).map(([file, body]) => [file, readWorkflow(file, body).model]),
  );
  return checkWorkflow(workflow, jobNeeds, policy, calleeWorkflows).map((f) => [
    f.rule,
    f.line,
    f.message,
  ]);
}

const CHECKOUT: Record<string, [Level, string]> = {
  contents: ['read', 'actions/checkout fetches the repository'],
};

describe('each rule, bad and good', () => {
  it('missing-permissions: no top-level block and a job that relies on the default', () => {
    expect(
      lint('name: CI\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n', { test: {} }),
    ).toEqual([
      [
        'missing-permissions',
        1,
        "The workflow has no top-level `permissions:`, so `test` runs with the repository's default token permissions; add `permissions: {}` and grant each job what it needs.",
      ],
    ]);
    expect(
      lint('on: push\npermissions: {}\njobs:\n  test:\n    runs-on: ubuntu-latest\n', { test: {} }),
    ).toEqual([]);
  });

  it('write-all and read-all, at the top and in a job', () => {
    expect(
      lint('on: push\npermissions: write-all\njobs:\n  a:\n    permissions: read-all\n', {
        a: CHECKOUT,
      }),
    ).toEqual([
      [
        'write-all',
        2,
        'The whole workflow gets `write-all`: every scope, with write access; grant each job only what it needs.',
      ],
      ['read-all', 5, 'Job `a` gets `read-all`; name the scopes it needs.'],
    ]);
  });

  it('top-level-write: a write scope for every job', () => {
    expect(
      lint('on: push\npermissions:\n  contents: write\njobs:\n  a:\n    runs-on: x\n', {
        a: { contents: ['write', 'git push'] },
      }),
    ).toEqual([
      [
        'top-level-write',
        3,
        '`contents: write` is granted to every job of the workflow; grant it only to the jobs that need it.',
      ],
    ]);
    expect(
      lint('on: push\npermissions:\n  contents: read\njobs:\n  a:\n    runs-on: x\n', {
        a: CHECKOUT,
      }),
    ).toEqual([]);
  });

  it('excessive-permission: a scope no step needs, and write where read is enough', () => {
    const text =
      'on: push\npermissions: {}\njobs:\n  a:\n    permissions:\n      contents: write\n      issues: read\n';
    expect(lint(text, { a: CHECKOUT })).toEqual([
      [
        'excessive-permission',
        6,
        'Job `a` is granted `contents: write`, but read is enough (actions/checkout fetches the repository).',
      ],
      [
        'excessive-permission',
        7,
        'Job `a` is granted `issues: read`, but none of its steps uses the `issues` scope (its steps need contents: read).',
      ],
    ]);
    expect(
      lint('on: push\npermissions: {}\njobs:\n  a:\n    permissions:\n      contents: read\n', {
        a: CHECKOUT,
      }),
    ).toEqual([]);
  });

  it('insufficient-permission: a step needs what the job does not grant', () => {
    const text = 'on: push\npermissions: {}\njobs:\n  a:\n    permissions:\n      contents: read\n';
    expect(
      lint(text, {
        a: { ...CHECKOUT, 'pull-requests': ['write', "gh pr comment (step 'Comment')"] },
      }),
    ).toEqual([
      [
        'insufficient-permission',
        6,
        "Job `a` needs `pull-requests: write` (gh pr comment (step 'Comment')) but is granted `pull-requests: none`; the step would fail.",
      ],
    ]);
  });

  it('id-token-write: granted with no step asking for an OIDC token', () => {
    const text =
      'on: push\npermissions: {}\njobs:\n  a:\n    permissions:\n      contents: read\n      id-token: write\n';
    expect(lint(text, { a: CHECKOUT })).toEqual([
      [
        'id-token-write',
        7,
        'Job `a` is granted `id-token: write`, but none of its steps requests an OIDC token.',
      ],
    ]);
    expect(
      lint(text, {
        a: {
          ...CHECKOUT,
          'id-token': ['write', 'pypa/gh-action-pypi-publish uses trusted publishing'],
        },
      }),
    ).toEqual([]);
  });

  it('dangerous-trigger: pull_request_target with write scopes checking out the PR head', () => {
    const text = [
      'on: pull_request_target',
      'permissions: {}',
      'jobs:',
      '  test:',
      '    permissions:',
      '      contents: read',
      '      pull-requests: write',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '        with:',
      '          ref: ${{ github.event.pull_request.head.sha }}',
      '      - run: make test',
      '',
    ].join('\n');
    expect(
      lint(text, { test: { ...CHECKOUT, 'pull-requests': ['write', 'gh pr comment'] } }),
    ).toEqual([
      [
        'dangerous-trigger',
        9,
        "Job `test` runs on `pull_request_target` with write scopes and checks out the pull request's code; that code then runs with them.",
      ],
    ]);
    // The same job checking out the base branch is fine.
    expect(
      lint(
        text.replace(
          '          ref: ${{ github.event.pull_request.head.sha }}\n',
          '          persist-credentials: false\n',
        ),
        { test: { ...CHECKOUT, 'pull-requests': ['write', 'gh pr comment'] } },
      ),
    ).toEqual([]);
  });

  it('unknown-scope: a misspelt scope and a level a scope does not take', () => {
    expect(
      lint(
        'on: push\npermissions:\n  pull-request: write\n  id-token: read\n  contents: admin\njobs: {}\n',
        {},
      ),
    ).toEqual([
      [
        'unknown-scope',
        3,
        '`pull-request` is not a permission of the GITHUB_TOKEN (did you mean `pull-requests`?).',
      ],
      [
        'unknown-scope',
        4,
        '`id-token: read` is not a valid level; `id-token` takes `write`, `none`.',
      ],
      [
        'unknown-scope',
        5,
        '`contents: admin` is not a valid level; `contents` takes `read`, `write`, `none`.',
      ],
      [
        'top-level-write',
        3,
        '`pull-request: write` is granted to every job of the workflow; grant it only to the jobs that need it.',
      ],
    ]);
  });

  it('recent scopes are known: attestations, artifact-metadata, models, copilot-requests', () => {
    const text =
      'on: push\npermissions: {}\njobs:\n  a:\n    permissions:\n      attestations: write\n      artifact-metadata: write\n      models: read\n      copilot-requests: write\n';
    const rules = lint(text, { a: 'unknown' }).map(([rule]) => rule);
    expect(rules).toEqual(['cannot-compute']);
  });

  it('reusable-workflow-escalation: the callee asks for more than the caller grants', () => {
    const caller =
      'on: push\npermissions: {}\njobs:\n  call:\n    permissions:\n      contents: read\n    uses: ./.github/workflows/release.yml\n';
    const callee =
      'on: workflow_call\npermissions: {}\njobs:\n  publish:\n    permissions:\n      contents: write\n    runs-on: x\n';
    expect(
      lint(caller, { call: { contents: ['write', 'release.yml publishes'] } }, NO_POLICY, {
        '.github/workflows/release.yml': callee,
      }),
    ).toEqual([
      [
        'insufficient-permission',
        6,
        'Job `call` needs `contents: write` (release.yml publishes) but is granted `contents: read`; the step would fail.',
      ],
      [
        'reusable-workflow-escalation',
        7,
        '`.github/workflows/release.yml` job `publish` asks for `contents: write`, but job `call` grants `contents: read`; the called workflow cannot get more than its caller.',
      ],
    ]);
  });

  it('disallowed-scope under the strict preset, and allow entries with a reason', () => {
    const text =
      'on: push\npermissions:\n  contents: read\n  issues: read\njobs:\n  a:\n    permissions:\n      issues: write\n';
    const strict: PermissionPolicy = { preset: 'strict', jobScopes: [], allow: [] };
    expect(lint(text, { a: { issues: ['write', 'actions/stale'] } }, strict)).toEqual([
      [
        'disallowed-scope',
        4,
        'The `strict` preset allows only `{}` or `contents: read` at the top level, not `issues: read`.',
      ],
      [
        'disallowed-scope',
        8,
        'Job `a` elevates to `issues: write`, which the `strict` policy does not allow (allowed: contents: read, id-token: write, attestations: write, artifact-metadata: write, packages: write, pull-requests: write, security-events: write, actions: read).',
      ],
    ]);
    const allowed: PermissionPolicy = {
      ...strict,
      allow: [
        {
          rule: 'disallowed-scope',
          job: 'a',
          scope: 'issues',
          reason: 'the stale bot',
          file: '.github/palisade.yml',
          line: 3,
        },
      ],
    };
    expect(lint(text, { a: { issues: ['write', 'actions/stale'] } }, allowed)).toEqual([
      [
        'disallowed-scope',
        4,
        'The `strict` preset allows only `{}` or `contents: read` at the top level, not `issues: read`.',
      ],
    ]);
  });

  it('cannot-compute: a job whose needs are unknown is a note, and is not called excessive', () => {
    expect(
      lint('on: push\npermissions: {}\njobs:\n  a:\n    permissions:\n      contents: write\n', {
        a: 'unknown',
      }),
    ).toEqual([
      [
        'cannot-compute',
        4,
        'The permissions job `a` needs cannot be computed: `some/action` is not in the knowledge base',
      ],
    ]);
  });
});

describe('presets', () => {
  it('scorecard keeps as errors only what lowers the Scorecard score', () => {
    const text = 'on: push\njobs:\n  a:\n    permissions:\n      contents: write\n';
    const workflow = readWorkflow('.github/workflows/ci.yml', text).model;
    const needs: JobNeeds[] = workflow.jobs.map((job) => ({
      workflow,
      job,
      steps: [],
      needs: new Map(),
      unknown: [],
    }));
    const findings = checkWorkflow(
      workflow,
      needs,
      { preset: 'scorecard', jobScopes: [], allow: [] },
      new Map(),
    );
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['excessive-permission', 'warning'],
    ]);
  });
});

describe('the Scorecard Token-Permissions score', () => {
  const score = (...texts: string[]): number | undefined =>
    tokenPermissionsScore(texts.map((text) => readWorkflow('w.yml', text).model));

  it('is 10 for read-only tops and job-level writes, and loses 0.5 (rounded down) for a job write under an undeclared top', () => {
    expect(
      score(
        'on: push\npermissions:\n  contents: read\njobs:\n  a:\n    permissions:\n      issues: write\n',
      ),
    ).toBe(10);
    expect(score('on: push\njobs:\n  a:\n    permissions:\n      issues: write\n')).toBe(9);
  });

  it('is 0 when neither the top nor a job declares permissions, or a job writes under a top that writes', () => {
    expect(score('on: push\njobs:\n  a:\n    runs-on: x\n')).toBe(0);
    expect(
      score(
        'on: push\npermissions:\n  issues: write\njobs:\n  a:\n    permissions:\n      contents: write\n',
      ),
    ).toBe(0);
  });

  it('costs 10 for a top-level contents write, 1 for deployments, 0.5 for statuses', () => {
    expect(
      score('on: push\npermissions:\n  contents: write\njobs:\n  a:\n    permissions: {}\n'),
    ).toBe(0);
    expect(
      score(
        'on: push\npermissions:\n  deployments: write\n  statuses: write\njobs:\n  a:\n    permissions: {}\n',
      ),
    ).toBe(8);
  });
});
