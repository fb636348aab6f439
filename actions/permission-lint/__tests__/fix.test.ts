import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { applyEdits, readWorkflow, type Workflow } from '@palisade/core';
import { planPermissions, planWorkflowFix } from '../src/fix.js';
import type { JobNeeds, Level, Scope } from '../src/scopes.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CORPUS = path.resolve(repoRoot, '../shared/corpus/workflows');

/** scope → [level, reason] or [level, reason, the name of the step that needs it]. */
type Given = Record<string, [Level, string] | [Level, string, string]>;
/** job id → what it needs, or why its needs are unknown; jobs not listed get no entry. */
type Needs = Record<string, Given | { unknown: string }>;

/** JobNeeds written by hand, as the analysis would give them. */
function jobNeedsOf(workflow: Workflow, needs: Needs): JobNeeds[] {
  return workflow.jobs
    .filter((job) => job.id.value in needs)
    .map((job) => {
      const given = needs[job.id.value] ?? {};
      if ('unknown' in given && typeof given.unknown === 'string') {
        return { workflow, job, steps: [], needs: new Map(), unknown: [given.unknown] };
      }
      const entries = Object.entries(given as Given).map(([name, [level, reason, stepName]]) => {
        const scope = name as Scope;
        if (stepName === undefined) return [scope, { scope, level, reason }] as const;
        const step = job.steps.find((candidate) => candidate.name?.value === stepName);
        if (!step) throw new Error(`no step named ${stepName} in ${job.id.value}`);
        // As the analysis does, the reason names the step.
        return [scope, { scope, level, reason: `${reason} (step '${stepName}')`, step }] as const;
      });
      return { workflow, job, steps: [], needs: new Map(entries), unknown: [] };
    });
}

interface Fixed {
  text: string;
  skipped: Array<[string, string]>;
  note: string | undefined;
}

/**
 * Fixes `text` with the needs given, and checks on the way that the result is valid YAML and
 * that fixing it again with the same needs changes nothing.
 */
function fix(text: string, needs: Needs, file = '.github/workflows/ci.yml'): Fixed {
  const { model, errors } = readWorkflow(file, text);
  expect(errors).toEqual([]);
  const result = planWorkflowFix(model, jobNeedsOf(model, needs));
  const fixed = applyEdits(text, result.edits);
  const again = readWorkflow(file, fixed);
  expect(again.errors).toEqual([]);
  expect(planWorkflowFix(again.model, jobNeedsOf(again.model, needs)).edits).toEqual([]);
  return {
    text: fixed,
    skipped: result.skipped.map(({ job, reason }) => [job.id.value, reason]),
    note: result.note,
  };
}

const yaml = (...lines: string[]): string => lines.map((line) => `${line}\n`).join('');
const crlf = (...lines: string[]): string => lines.map((line) => `${line}\r\n`).join('');

/**
 * The lines that differ, as `-N text` (N in the old file) and `+N text` (N in the new one),
 * from a longest common subsequence of lines. Line endings are shown as `\r` when they are CRLF.
 */
function changedLines(before: string, after: string): string[] {
  const split = (text: string): string[] =>
    text
      .split('\n')
      .slice(0, text.endsWith('\n') ? -1 : undefined)
      .map((line) => line.replace(/\r$/, '\\r'));
  const a = split(before);
  const b = split(after);
  const common: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  const at = (i: number, j: number): number => common[i]?.[j] ?? 0;
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      (common[i] as number[])[j] =
        a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const changes: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i += 1;
      j += 1;
    } else if (i < a.length && (j === b.length || at(i + 1, j) >= at(i, j + 1))) {
      changes.push(`-${i + 1} ${a[i] ?? ''}`);
      i += 1;
    } else {
      changes.push(`+${j + 1} ${b[j] ?? ''}`);
      j += 1;
    }
  }
  return changes;
}

const CHECKOUT: Given = { contents: ['read', 'actions/checkout fetches the repository'] };
const DEPLOY_UNKNOWN = 'step 1 runs `./deploy.sh`, a script the analysis cannot read';

describe('the workflow level and the jobs of a workflow with no permissions', () => {
  it('a workflow with no permissions anywhere gets `permissions: {}` before `jobs:` and a block after each `runs-on:`', () => {
    const text = yaml(
      'name: CI',
      'on: push',
      '',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - name: Comment',
      '        run: gh pr comment 1 --body done',
      '  lint:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: npm run lint',
    );
    const fixed = fix(text, {
      build: { ...CHECKOUT, 'pull-requests': ['write', 'gh pr comment', 'Comment'] },
      lint: {},
    });
    expect(fixed.text).toBe(
      yaml(
        'name: CI',
        'on: push',
        '',
        'permissions: {}',
        'jobs:',
        '  build:',
        '    runs-on: ubuntu-latest',
        '    permissions:',
        '      contents: read # actions/checkout fetches the repository',
        "      pull-requests: write # gh pr comment (step 'Comment')",
        '    steps:',
        '      - uses: actions/checkout@v4',
        '      - name: Comment',
        '        run: gh pr comment 1 --body done',
        '  lint:',
        '    runs-on: ubuntu-latest',
        '    permissions: {}',
        '    steps:',
        '      - run: npm run lint',
      ),
    );
    expect(fixed.skipped).toEqual([]);
    expect(fixed.note).toBeUndefined();
  });

  it('scopes are listed by name, whatever order the analysis found them in', () => {
    const text = yaml('on: push', 'jobs:', '  a:', '    runs-on: ubuntu-latest');
    const fixed = fix(text, {
      a: {
        'pull-requests': ['write', 'gh pr comment'],
        'id-token': ['write', 'actions/attest-build-provenance signs'],
        contents: ['read', 'actions/checkout fetches the repository'],
      },
    });
    expect(fixed.text).toBe(
      yaml(
        'on: push',
        'permissions: {}',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    permissions:',
        '      contents: read # actions/checkout fetches the repository',
        '      id-token: write # actions/attest-build-provenance signs',
        '      pull-requests: write # gh pr comment',
      ),
    );
  });
});

describe('replacing permissions already written', () => {
  const job = [
    '  test:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
  ];

  it.each([
    [
      'permissions: write-all # set when the workflow was added',
      'permissions: {} # set when the workflow was added',
    ],
    ["permissions: 'read-all'", 'permissions: {}'],
    ['permissions: { contents: write, packages: write }', 'permissions: {}'],
    ['permissions:   ', 'permissions: {}   '],
  ])('an existing top-level `%s` becomes `{}`', (before, after) => {
    const fixed = fix(yaml('on: push', before, 'jobs:', ...job), { test: CHECKOUT });
    expect(fixed.text).toBe(
      yaml(
        'on: push',
        after,
        'jobs:',
        '  test:',
        '    runs-on: ubuntu-latest',
        '    permissions:',
        '      contents: read # actions/checkout fetches the repository',
        '    steps:',
        '      - uses: actions/checkout@v4',
      ),
    );
  });

  it('an existing top-level block is replaced whole, and the blank line after it stays', () => {
    const text = yaml(
      'on: push',
      'permissions:',
      '  contents: write # to push tags',
      '  # issues: write',
      '  packages: write',
      '',
      'jobs:',
      ...job,
    );
    expect(fix(text, { test: CHECKOUT }).text).toBe(
      yaml(
        'on: push',
        'permissions: {}',
        '',
        'jobs:',
        '  test:',
        '    runs-on: ubuntu-latest',
        '    permissions:',
        '      contents: read # actions/checkout fetches the repository',
        '    steps:',
        '      - uses: actions/checkout@v4',
      ),
    );
  });

  it("an existing job block is replaced by exactly the scopes it needs, and the key's comment stays", () => {
    const text = yaml(
      'on: push',
      'permissions: {}',
      'jobs:',
      '  release:',
      '    runs-on: ubuntu-latest',
      '    permissions: # what the release needs',
      '      contents: write # to push the tag',
      '      # issues: write',
      '      packages: write',
      '      actions: read',
      '',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - name: Tag',
      '        run: git push origin v1',
    );
    const fixed = fix(text, { release: { contents: ['write', 'git push', 'Tag'] } });
    expect(fixed.text).toBe(
      yaml(
        'on: push',
        'permissions: {}',
        'jobs:',
        '  release:',
        '    runs-on: ubuntu-latest',
        '    permissions: # what the release needs',
        "      contents: write # git push (step 'Tag')",
        '',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '      - name: Tag',
        '        run: git push origin v1',
      ),
    );
  });

  it('a flow-style job block, even one on two lines, is replaced by a block', () => {
    const text = yaml(
      'on: push',
      'permissions: {}',
      'jobs:',
      '  comment:',
      '    permissions: { contents: write, pull-requests: write } # from the template',
      '    runs-on: ubuntu-latest',
      '  label:',
      '    permissions: { issues: write,',
      '                   contents: read }',
      '    runs-on: ubuntu-latest',
    );
    const fixed = fix(text, {
      comment: { 'pull-requests': ['write', 'gh pr comment'] },
      label: { issues: ['write', 'gh issue edit --add-label'] },
    });
    expect(fixed.text).toBe(
      yaml(
        'on: push',
        'permissions: {}',
        'jobs:',
        '  comment:',
        '    permissions: # from the template',
        '      pull-requests: write # gh pr comment',
        '    runs-on: ubuntu-latest',
        '  label:',
        '    permissions:',
        '      issues: write # gh issue edit --add-label',
        '    runs-on: ubuntu-latest',
      ),
    );
  });

  it('a job needing nothing gets `permissions: {}`, in place of a block, a scalar or nothing', () => {
    const text = yaml(
      'on: push',
      'permissions: {}',
      'jobs:',
      '  block:',
      '    runs-on: ubuntu-latest',
      '    permissions:',
      '      contents: read',
      '    steps:',
      '      - run: make',
      '  scalar:',
      '    runs-on: ubuntu-latest',
      '    permissions: read-all # the default',
      '    steps:',
      '      - run: make',
      '  empty:',
      '    runs-on: ubuntu-latest',
      '    permissions:',
      '    steps:',
      '      - run: make',
      '  none:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: make',
    );
    expect(fix(text, { block: {}, scalar: {}, empty: {}, none: {} }).text).toBe(
      yaml(
        'on: push',
        'permissions: {}',
        'jobs:',
        '  block:',
        '    runs-on: ubuntu-latest',
        '    permissions: {}',
        '    steps:',
        '      - run: make',
        '  scalar:',
        '    runs-on: ubuntu-latest',
        '    permissions: {} # the default',
        '    steps:',
        '      - run: make',
        '  empty:',
        '    runs-on: ubuntu-latest',
        '    permissions: {}',
        '    steps:',
        '      - run: make',
        '  none:',
        '    runs-on: ubuntu-latest',
        '    permissions: {}',
        '    steps:',
        '      - run: make',
      ),
    );
  });
});

describe('jobs whose needs are unknown', () => {
  it('an unknown job without a block of its own gets a copy of the workflow-level block before it becomes `{}`', () => {
    const text = yaml(
      'on: push',
      'permissions:',
      '  contents: read',
      '  issues: write',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '  deploy:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: ./deploy.sh',
      '  pinned:',
      '    runs-on: ubuntu-latest',
      '    permissions:',
      '      contents: write',
      '    steps:',
      '      - uses: some/action@v1',
      '  forgotten:',
      '    runs-on: ubuntu-latest',
      '    permissions: write-all',
    );
    const fixed = fix(text, {
      test: CHECKOUT,
      deploy: { unknown: DEPLOY_UNKNOWN },
      pinned: { unknown: '`some/action` is not in the knowledge base' },
    });
    expect(fixed.text).toBe(
      yaml(
        'on: push',
        'permissions: {}',
        'jobs:',
        '  test:',
        '    runs-on: ubuntu-latest',
        '    permissions:',
        '      contents: read # actions/checkout fetches the repository',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '  deploy:',
        '    runs-on: ubuntu-latest',
        '    permissions: # kept from the workflow level: step 1 runs `./deploy.sh`, a script the analysis cannot read',
        '      contents: read',
        '      issues: write',
        '    steps:',
        '      - run: ./deploy.sh',
        '  pinned:',
        '    runs-on: ubuntu-latest',
        '    permissions:',
        '      contents: write',
        '    steps:',
        '      - uses: some/action@v1',
        '  forgotten:',
        '    runs-on: ubuntu-latest',
        '    permissions: write-all',
      ),
    );
    expect(fixed.skipped).toEqual([
      ['deploy', DEPLOY_UNKNOWN],
      ['pinned', '`some/action` is not in the knowledge base'],
      ['forgotten', 'no needs were computed for this job'],
    ]);
    expect(fixed.note).toBeUndefined();
  });

  it('a workflow-level `read-all` is copied as it is written', () => {
    const text = yaml(
      'on: push',
      'permissions: read-all',
      'jobs:',
      '  deploy:',
      '    name: Deploy',
      '    runs-on: [self-hosted, linux]',
      '    steps:',
      '      - run: ./deploy.sh',
    );
    expect(fix(text, { deploy: { unknown: DEPLOY_UNKNOWN } }).text).toBe(
      yaml(
        'on: push',
        'permissions: {}',
        'jobs:',
        '  deploy:',
        '    name: Deploy',
        '    runs-on: [self-hosted, linux]',
        '    permissions: read-all # kept from the workflow level: step 1 runs `./deploy.sh`, a script the analysis cannot read',
        '    steps:',
        '      - run: ./deploy.sh',
      ),
    );
  });

  it('an unknown job with no workflow-level block leaves the top level untouched, with a note saying why', () => {
    const text = yaml(
      'on: push',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '  deploy:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: ./deploy.sh',
    );
    const fixed = fix(text, { test: CHECKOUT, deploy: { unknown: DEPLOY_UNKNOWN } });
    expect(fixed.text).toBe(
      yaml(
        'on: push',
        'jobs:',
        '  test:',
        '    runs-on: ubuntu-latest',
        '    permissions:',
        '      contents: read # actions/checkout fetches the repository',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '  deploy:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: ./deploy.sh',
      ),
    );
    expect(fixed.skipped).toEqual([['deploy', DEPLOY_UNKNOWN]]);
    expect(fixed.note).toBe(
      '`permissions: {}` was not added at the workflow level: job `deploy` (step 1 runs ' +
        '`./deploy.sh`, a script the analysis cannot read) has no `permissions:` of its own ' +
        "and gets the repository's default token permissions, which the workflow does not say; " +
        'give it a block by hand, then run the fixer again',
    );
  });

  it('an unknown job with a block of its own needs no workflow-level block to be added', () => {
    const text = yaml(
      'on: push',
      'jobs:',
      '  deploy:',
      '    runs-on: ubuntu-latest',
      '    permissions:',
      '      deployments: write',
    );
    const fixed = fix(text, { deploy: { unknown: DEPLOY_UNKNOWN } });
    expect(fixed.text).toBe(text.replace('jobs:\n', 'permissions: {}\njobs:\n'));
    expect(fixed.note).toBeUndefined();
  });

  it('planPermissions splits the jobs into known and left alone, with the reason', () => {
    const text = yaml(
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: x',
      '  b:',
      '    runs-on: x',
      '  c:',
      '    runs-on: x',
    );
    const { model } = readWorkflow('.github/workflows/ci.yml', text);
    const plan = planPermissions(model, jobNeedsOf(model, { a: CHECKOUT, b: { unknown: 'why' } }));
    expect(plan.jobs.map(({ job, needs }) => [job.id.value, [...needs.keys()]])).toEqual([
      ['a', ['contents']],
    ]);
    expect(plan.skipped.map(({ job, reason }) => [job.id.value, reason])).toEqual([
      ['b', 'why'],
      ['c', 'no needs were computed for this job'],
    ]);
  });
});

describe('what stays as it was', () => {
  it('CRLF line endings, 4-space indentation and trailing spaces are kept', () => {
    const text = crlf(
      'name: CI',
      'on: push',
      '',
      'jobs:',
      '    build:',
      '        runs-on: ubuntu-latest  ',
      '        steps:',
      '            -   uses: actions/checkout@v4',
      '    docs:',
      '        runs-on: ubuntu-latest',
      '        permissions:',
      '            contents: write',
      '        steps:',
      '            -   name: Publish',
      '                run: make docs && git push',
    );
    const fixed = fix(text, {
      build: CHECKOUT,
      docs: { contents: ['write', 'git push', 'Publish'] },
    });
    expect(fixed.text).toBe(
      crlf(
        'name: CI',
        'on: push',
        '',
        'permissions: {}',
        'jobs:',
        '    build:',
        '        runs-on: ubuntu-latest  ',
        '        permissions:',
        '            contents: read # actions/checkout fetches the repository',
        '        steps:',
        '            -   uses: actions/checkout@v4',
        '    docs:',
        '        runs-on: ubuntu-latest',
        '        permissions:',
        "            contents: write # git push (step 'Publish')",
        '        steps:',
        '            -   name: Publish',
        '                run: make docs && git push',
      ),
    );
    expect(fixed.skipped).toEqual([]);
  });

  it('the nested step is read from the file: jobs indented by 2, their keys by 4 more', () => {
    const text = yaml('on: push', 'jobs:', '  build:', '      runs-on: ubuntu-latest');
    expect(fix(text, { build: CHECKOUT }).text).toBe(
      yaml(
        'on: push',
        'permissions: {}',
        'jobs:',
        '  build:',
        '      runs-on: ubuntu-latest',
        '      permissions:',
        '          contents: read # actions/checkout fetches the repository',
      ),
    );
  });

  it('comments and blank lines elsewhere stay where they were', () => {
    const text = yaml(
      '# Build and test.',
      'name: CI',
      '',
      'on:',
      '  push: # every branch',
      "    branches: ['**']",
      '',
      '# The jobs.',
      'jobs:',
      '  # The build job.',
      '  build:',
      '    # Runs on Linux.',
      '    runs-on: ubuntu-latest # the cheapest runner',
      '    # Steps follow.',
      '    steps:',
      '      # Fetch.',
      '      - uses: actions/checkout@v4',
      '',
      '# End.',
    );
    expect(fix(text, { build: CHECKOUT }).text).toBe(
      yaml(
        '# Build and test.',
        'name: CI',
        '',
        'on:',
        '  push: # every branch',
        "    branches: ['**']",
        '',
        '# The jobs.',
        'permissions: {}',
        'jobs:',
        '  # The build job.',
        '  build:',
        '    # Runs on Linux.',
        '    runs-on: ubuntu-latest # the cheapest runner',
        '    permissions:',
        '      contents: read # actions/checkout fetches the repository',
        '    # Steps follow.',
        '    steps:',
        '      # Fetch.',
        '      - uses: actions/checkout@v4',
        '',
        '# End.',
      ),
    );
  });

  it('a file without a final line break keeps having none', () => {
    const text = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest';
    expect(fix(text, { build: {} }).text).toBe(
      'on: push\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    permissions: {}',
    );
  });
});

describe('where the block goes', () => {
  it('a job whose first key is `name:` or `if:` gets its block after `runs-on:`, a job without `runs-on:` as its first key', () => {
    const text = yaml(
      'on: push',
      'jobs:',
      '  build:',
      '    name: Build',
      "    if: github.event_name == 'push'",
      '    runs-on:',
      '      - self-hosted',
      '      - linux # the big ones',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '  gate:',
      '    if: always()',
      '    needs: build',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo ok',
      '  call:',
      '    name: Release',
      '    uses: ./.github/workflows/release.yml',
      '    secrets: inherit',
    );
    const fixed = fix(text, {
      build: CHECKOUT,
      gate: {},
      call: { contents: ['write', './.github/workflows/release.yml pushes the tag'] },
    });
    expect(fixed.text).toBe(
      yaml(
        'on: push',
        'permissions: {}',
        'jobs:',
        '  build:',
        '    name: Build',
        "    if: github.event_name == 'push'",
        '    runs-on:',
        '      - self-hosted',
        '      - linux # the big ones',
        '    permissions:',
        '      contents: read # actions/checkout fetches the repository',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '  gate:',
        '    if: always()',
        '    needs: build',
        '    runs-on: ubuntu-latest',
        '    permissions: {}',
        '    steps:',
        '      - run: echo ok',
        '  call:',
        '    permissions:',
        '      contents: write # ./.github/workflows/release.yml pushes the tag',
        '    name: Release',
        '    uses: ./.github/workflows/release.yml',
        '    secrets: inherit',
      ),
    );
  });

  it('a `permissions:` that is a YAML alias is left alone, and so is an anchored workflow-level block', () => {
    const text = yaml(
      'on: push',
      'permissions: &base',
      '  contents: read',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    permissions: *base',
      '  lint:',
      '    runs-on: ubuntu-latest',
    );
    const fixed = fix(text, { test: CHECKOUT, lint: {} });
    expect(fixed.text).toBe(
      yaml(
        'on: push',
        'permissions: &base',
        '  contents: read',
        'jobs:',
        '  test:',
        '    runs-on: ubuntu-latest',
        '    permissions: *base',
        '  lint:',
        '    runs-on: ubuntu-latest',
        '    permissions: {}',
      ),
    );
    expect(fixed.skipped).toEqual([
      ['test', 'its `permissions:` is a YAML alias, which the fixer does not edit; set it by hand'],
    ]);
    expect(fixed.note).toBe(
      'the workflow-level `permissions:` was left as it is: it is anchored (`&base`) and may be aliased elsewhere; set it by hand',
    );
  });

  it('an aliased job is left alone, and the workflow-level block it inherits is kept for it', () => {
    const text = yaml(
      'on: push',
      'permissions: read-all',
      'jobs:',
      '  build: &build',
      '    runs-on: ubuntu-latest',
      '  again: *build',
    );
    const fixed = fix(text, { build: {}, again: {} });
    expect(fixed.text).toBe(text);
    expect(fixed.skipped).toEqual([
      [
        'build',
        'the job is anchored (`&build`) and may be aliased elsewhere; set its permissions by hand',
      ],
      ['again', 'the job is a YAML alias, which the fixer does not edit'],
    ]);
    expect(fixed.note).toBe(
      'the workflow-level `permissions:` was left as it is: ' +
        'job `build` inherits it and cannot be given a copy: the job is anchored (`&build`) and may be aliased elsewhere; set its permissions by hand; ' +
        'job `again` inherits it and cannot be given a copy: the job is a YAML alias, which the fixer does not edit',
    );
  });

  it('reasons are cleaned so they cannot break the YAML: one line, no ` #`, and not too long', () => {
    const text = yaml(
      'on: push',
      'jobs:',
      '  triage:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      "      - name: 'Close #1'",
      '        run: gh issue close 1',
    );
    const fixed = fix(text, {
      triage: {
        issues: ['write', 'gh issue close on issue #1\nthen # nothing else', 'Close #1'],
        contents: ['read', `${'a very long reason '.repeat(10)}end`],
      },
    });
    expect(fixed.text).toBe(
      yaml(
        'on: push',
        'permissions: {}',
        'jobs:',
        '  triage:',
        '    runs-on: ubuntu-latest',
        '    permissions:',
        `      contents: read # ${'a very long reason '.repeat(6)}a ver…`,
        "      issues: write # gh issue close on issue 1 then nothing else (step 'Close 1')",
        '    steps:',
        "      - name: 'Close #1'",
        '        run: gh issue close 1',
      ),
    );
    const job = readWorkflow('ci.yml', fixed.text).model.jobs[0];
    expect(
      [...(job?.permissions?.scopes ?? [])].map(([scope, level]) => [scope, level.value]),
    ).toEqual([
      ['contents', 'read'],
      ['issues', 'write'],
    ]);
  });
});

describe('running the fixer again', () => {
  it('re-running the fixer on its own output, with the same needs, changes nothing', () => {
    const inputs: Array<[string, Needs]> = [
      [
        yaml(
          'on: push',
          'jobs:',
          '  a:',
          '    name: A',
          '    runs-on: x',
          '  b:',
          '    uses: ./w.yml',
        ),
        { a: CHECKOUT, b: {} },
      ],
      [
        yaml(
          'on: push',
          'permissions: write-all',
          'jobs:',
          '  a:',
          '    runs-on: x',
          '  d:',
          '    runs-on: x',
        ),
        { a: CHECKOUT, d: { unknown: DEPLOY_UNKNOWN } },
      ],
      [
        crlf(
          'on: push',
          'jobs:',
          '    a:',
          '        permissions: { contents: write }',
          '        runs-on: x',
        ),
        { a: CHECKOUT },
      ],
    ];
    for (const [text, needs] of inputs) {
      const once = fix(text, needs).text;
      expect(once).not.toBe(text);
      const { model } = readWorkflow('.github/workflows/ci.yml', once);
      const again = planWorkflowFix(model, jobNeedsOf(model, needs));
      expect(again.edits).toEqual([]);
      expect(applyEdits(once, again.edits)).toBe(once);
    }
  });
});

describe('real workflows from the corpus', () => {
  const read = (relative: string): string => readFileSync(path.join(CORPUS, relative), 'utf8');

  it('openwop-cli CI, which sets no permissions, gets `{}` at the top and `contents: read` for its job', () => {
    const before = read('openwop__openwop-cli/.github/workflows/ci.yml');
    const fixed = fix(before, { 'build-test': CHECKOUT });
    expect(changedLines(before, fixed.text)).toEqual([
      '+12 permissions: {}',
      '+17     permissions:',
      '+18       contents: read # actions/checkout fetches the repository',
    ]);
    expect(fixed.note).toBeUndefined();
  });

  it("pip's lock-threads, with a workflow-level block, gets `{}` there and the block moves to its job", () => {
    const before = read('pypa__pip/.github/workflows/lock-threads.yml');
    const fixed = fix(before, {
      action: {
        issues: ['write', 'dessant/lock-threads locks closed issues'],
        'pull-requests': ['write', 'dessant/lock-threads locks closed pull requests'],
      },
    });
    expect(changedLines(before, fixed.text)).toEqual([
      '-8 permissions:',
      '-9   issues: write',
      '-10   pull-requests: write',
      '+8 permissions: {}',
      '+17     permissions:',
      '+18       issues: write # dessant/lock-threads locks closed issues',
      '+19       pull-requests: write # dessant/lock-threads locks closed pull requests',
    ]);
  });

  it("the runner's CodeQL workflow, whose job starts with `strategy:` and a comment, gets its block after `runs-on:`", () => {
    const before = read('actions__runner/.github/workflows/codeql.yml');
    const fixed = fix(before, {
      'CodeQL-Build': {
        ...CHECKOUT,
        'security-events': [
          'write',
          'github/codeql-action/analyze uploads SARIF',
          'Perform CodeQL Analysis',
        ],
      },
    });
    expect(changedLines(before, fixed.text)).toEqual([
      '-3 permissions:',
      '-4   security-events: write',
      '+3 permissions: {}',
      '+22     permissions:',
      '+23       contents: read # actions/checkout fetches the repository',
      "+24       security-events: write # github/codeql-action/analyze uploads SARIF (step 'Perform CodeQL Analysis')",
    ]);
  });
});

describe('every workflow of the corpus', () => {
  /** What a job gets: its own block, else the workflow's, else the repository default. */
  function effective(workflow: Workflow, id: string): unknown {
    const permissions =
      workflow.jobs.find((job) => job.id.value === id)?.permissions ?? workflow.permissions;
    if (!permissions) return 'the repository default';
    if (permissions.all) return permissions.all.value;
    return [...permissions.scopes].map(([scope, level]) => [scope, level.value]);
  }

  function workflowFiles(): string[] {
    return readdirSync(CORPUS, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((repository) => {
        const folder = path.join(CORPUS, repository.name, '.github/workflows');
        if (!existsSync(folder)) return [];
        return readdirSync(folder)
          .filter((name) => /\.ya?ml$/.test(name))
          .map((name) => path.join(folder, name));
      });
  }

  it('fixing any of them with made-up needs gives each job exactly its needs, keeps what the others get, and is idempotent', () => {
    let fixedFiles = 0;
    let notes = 0;
    for (const file of workflowFiles()) {
      const text = readFileSync(file, 'utf8');
      let parsed;
      try {
        parsed = readWorkflow(file, text);
      } catch {
        continue;
      }
      if (parsed.errors.length > 0) continue;
      const before = parsed.model;
      // Every third job unknown; the others need `contents: read`, or nothing, in turn.
      const needs: Needs = Object.fromEntries(
        before.jobs.map((job, index) => [
          job.id.value,
          index % 3 === 2 ? { unknown: 'made up' } : index % 3 === 0 ? CHECKOUT : {},
        ]),
      );
      const result = planWorkflowFix(before, jobNeedsOf(before, needs));
      const after = readWorkflow(file, applyEdits(text, result.edits));
      expect([file, after.errors]).toEqual([file, []]);
      const skipped = new Set(result.skipped.map(({ job }) => job.id.value));
      for (const job of before.jobs) {
        const id = job.id.value;
        const given = needs[id] ?? {};
        const expected = skipped.has(id)
          ? effective(before, id)
          : Object.keys(given).map((scope) => [scope, 'read']);
        expect([file, id, effective(after.model, id)]).toEqual([file, id, expected]);
      }
      const top = after.model.permissions;
      if (result.note === undefined) {
        expect([file, top?.all, top?.scopes.size]).toEqual([file, undefined, 0]);
      } else {
        notes += 1;
        expect([file, top && text.slice(top.start, top.end)]).toEqual([
          file,
          before.permissions && text.slice(before.permissions.start, before.permissions.end),
        ]);
      }
      expect(planWorkflowFix(after.model, jobNeedsOf(after.model, needs)).edits).toEqual([]);
      if (result.edits.length > 0) fixedFiles += 1;
    }
    expect(fixedFiles).toBeGreaterThan(100);
    expect(notes).toBeGreaterThan(0);
  });
});
