import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { ApiError, collectReferences, readAction, readWorkflow } from '@palisade/core';
import type { ClientStats } from '@palisade/core/github';
import { applyEdits } from '@palisade/core';
import { planFixes } from '../src/fix.js';
import { parseReferences, parseUses, type ActionReference } from '../src/refs.js';
import type { RepositoryLookup, Resolver } from '../src/resolver.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const RUNNER_WORKFLOWS = path.resolve(
  repoRoot,
  '../shared/corpus/workflows/actions__runner/.github/workflows',
);

const CHECKOUT_V4 = '11bd71901bbe5b1630ceea73d27597364c9af683';
const CHECKOUT_V3 = 'f43a0e5ff2bd294095638e18286ca9a3d1956744';
const SETUP_NODE_V4 = '39370e3970a6d050c480ffad4ff0ed4d3fdee5af';
const CACHE_MAIN = '0c45773b623bea8c8e75f6c82b208c3cf94ea4f9';
const CACHE_DEV = '5a3ec84eff668545956fd18022155c47e93e2684';

interface FakeRepository {
  tags?: Record<string, string>;
  branches?: Record<string, string>;
}

/** An in-memory Resolver: each repository's tags count one request, each branch head one. */
class FakeResolver implements Resolver {
  readonly stats: ClientStats = { requests: 0, cacheHits: 0, rateLimited: 0, retries: 0 };
  readonly calls: string[] = [];
  private readonly fetched = new Set<string>();

  constructor(private readonly repositories: Record<string, FakeRepository>) {}

  repository(owner: string, repo: string): Promise<RepositoryLookup> {
    const key = `${owner}/${repo}`.toLowerCase();
    this.calls.push(`tags ${key}`);
    if (!this.fetched.has(key)) {
      this.fetched.add(key);
      this.stats.requests += 1;
    }
    const known = this.repositories[key];
    if (!known) return Promise.resolve({ found: false });
    return Promise.resolve({
      found: true,
      refs: { tags: new Map(Object.entries(known.tags ?? {})) },
    });
  }

  branchHead(owner: string, repo: string, branch: string): Promise<string | undefined> {
    const key = `${owner}/${repo}`.toLowerCase();
    this.calls.push(`branch ${key}#${branch}`);
    this.stats.requests += 1;
    return Promise.resolve(this.repositories[key]?.branches?.[branch]);
  }

  isReachable(): Promise<boolean> {
    return Promise.reject(new Error('the fixer never asks whether a commit is reachable'));
  }
}

const resolver = (): FakeResolver =>
  new FakeResolver({
    'actions/checkout': {
      tags: { v4: CHECKOUT_V4, 'v4.2': CHECKOUT_V4, 'v4.2.1': CHECKOUT_V4, v3: CHECKOUT_V3 },
      branches: { main: 'e2f20e631ae6d7dd3b768f56a5d2af784dd54791' },
    },
    'actions/setup-node': { tags: { v4: SETUP_NODE_V4, 'v4.0.3': SETUP_NODE_V4 } },
    'actions/cache': {
      tags: { 'v2.3.0': CACHE_DEV },
      branches: { main: CACHE_MAIN, dev: CACHE_DEV },
    },
  });

function isAction(reference: { kind: string }): reference is ActionReference {
  return reference.kind === 'action' || reference.kind === 'reusable-workflow';
}

/** The references pin-check would plan fixes for, read from a workflow's text. */
function workflowReferences(file: string, text: string): ActionReference[] {
  const { model, errors } = readWorkflow(file, text);
  expect(errors).toEqual([]);
  return parseReferences(collectReferences({ workflows: [model], actions: [] }), () => text).filter(
    isAction,
  );
}

async function fixWorkflow(
  text: string,
  fake: Resolver = resolver(),
  file = '.github/workflows/ci.yml',
): Promise<{ after: string } & Awaited<ReturnType<typeof planFixes>>> {
  const plan = await planFixes(workflowReferences(file, text), () => text, fake);
  const after = applyEdits(
    text,
    plan.fixes.flatMap((fix) => fix.edits),
  );
  return { after, ...plan };
}

/** A workflow of one job whose steps are the given lines (indented as steps). */
const steps = (...lines: string[]): string =>
  [
    'name: ci',
    'on: push',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    ...lines.map((line) => `      ${line}`),
    '',
  ].join('\n');

describe('plain and quoted scalars', () => {
  it('pins plain scalars to the SHA with the most specific version as a comment', async () => {
    const { after, fixes, unfixable } = await fixWorkflow(
      steps('- uses: actions/checkout@v4', '- name: Node', '  uses: actions/setup-node@v4'),
    );
    expect(after).toBe(
      steps(
        `- uses: actions/checkout@${CHECKOUT_V4} # v4.2.1`,
        '- name: Node',
        `  uses: actions/setup-node@${SETUP_NODE_V4} # v4.0.3`,
      ),
    );
    expect(unfixable).toEqual([]);
    expect(fixes.map((fix) => [fix.reference.ref, fix.sha, fix.version])).toEqual([
      ['v4', CHECKOUT_V4, 'v4.2.1'],
      ['v4', SETUP_NODE_V4, 'v4.0.3'],
    ]);
  });

  it('keeps single and double quotes around the pinned value, the comment after them', async () => {
    const { after } = await fixWorkflow(
      steps(`- uses: 'actions/checkout@v4'`, '- uses: "actions/setup-node@v4"'),
    );
    expect(after).toBe(
      steps(
        `- uses: 'actions/checkout@${CHECKOUT_V4}' # v4.2.1`,
        `- uses: "actions/setup-node@${SETUP_NODE_V4}" # v4.0.3`,
      ),
    );
  });

  it('leaves SHA-pinned references alone and looks nothing up for them', async () => {
    const fake = resolver();
    const text = steps(`- uses: actions/checkout@${CHECKOUT_V4}`);
    const { after, fixes, unfixable } = await fixWorkflow(text, fake);
    expect(after).toBe(text);
    expect(fixes).toEqual([]);
    expect(unfixable).toEqual([]);
    expect(fake.stats.requests).toBe(0);
  });

  it('fetches the tags of a repository once however many references name it', async () => {
    const fake = resolver();
    await fixWorkflow(
      steps(
        '- uses: actions/checkout@v4',
        '- uses: actions/checkout@v3',
        '- uses: actions/checkout@v4',
        '- uses: Actions/Checkout@v4',
      ),
      fake,
    );
    expect(fake.stats.requests).toBe(1);
  });
});

describe('version comments', () => {
  it('replaces the version an existing comment starts with and keeps what follows it', async () => {
    const { after } = await fixWorkflow(
      steps(
        '- uses: actions/checkout@v4 # v4',
        '- uses: actions/checkout@v4   #v4 (LTS), see #123',
        '- uses: actions/checkout@v4 # tag=v4',
        `- uses: actions/checkout@v4.2.1 # v4.2.1`,
      ),
    );
    expect(after).toBe(
      steps(
        `- uses: actions/checkout@${CHECKOUT_V4} # v4.2.1`,
        `- uses: actions/checkout@${CHECKOUT_V4}   #v4.2.1 (LTS), see #123`,
        `- uses: actions/checkout@${CHECKOUT_V4} # tag=v4.2.1`,
        `- uses: actions/checkout@${CHECKOUT_V4} # v4.2.1`,
      ),
    );
  });

  it('puts the version before an unrelated comment, which is kept', async () => {
    const { after } = await fixWorkflow(
      steps(
        '- uses: actions/checkout@v4 # full history for the changelog',
        '- uses: actions/checkout@v4 #no space',
        '- uses: actions/checkout@v4 #',
      ),
    );
    expect(after).toBe(
      steps(
        `- uses: actions/checkout@${CHECKOUT_V4} # v4.2.1 full history for the changelog`,
        `- uses: actions/checkout@${CHECKOUT_V4} # v4.2.1 no space`,
        `- uses: actions/checkout@${CHECKOUT_V4} # v4.2.1`,
      ),
    );
  });

  it('chooses v4.2.1 over v4 and v4.2 for the same commit, whatever the order of the tags', async () => {
    const fake = new FakeResolver({
      'actions/checkout': {
        tags: { 'v4.2.1': CHECKOUT_V4, v4: CHECKOUT_V4, 'v4.2': CHECKOUT_V4, 'v4.3': CHECKOUT_V3 },
      },
    });
    const { after, fixes } = await fixWorkflow(steps('- uses: actions/checkout@v4.2'), fake);
    expect(fixes.map((fix) => fix.version)).toEqual(['v4.2.1']);
    expect(after).toBe(steps(`- uses: actions/checkout@${CHECKOUT_V4} # v4.2.1`));
  });

  it('prefers the form of the ref (with or without v), a release over a pre-release, and compares numerically', async () => {
    const sha = CHECKOUT_V4;
    const fake = new FakeResolver({
      'owner/prefixed': { tags: { v1: sha, '1.4.0': sha, 'v1.4.0': sha, 'v1.4.0-rc.2': sha } },
      'owner/bare': { tags: { '1': sha, '1.4.0': sha, 'v1.4.0': sha } },
      'owner/numbers': { tags: { v2: sha, 'v2.9.0': sha, 'v2.10.0': sha, 'v2.10.0-rc.10': sha } },
      'owner/pre': { tags: { v3: sha, 'v3.0.0-rc.2': sha, 'v3.0.0-rc.10': sha } },
    });
    const { fixes } = await fixWorkflow(
      steps(
        '- uses: owner/prefixed@v1',
        '- uses: owner/bare@1',
        '- uses: owner/numbers@v2',
        '- uses: owner/pre@v3',
      ),
      fake,
    );
    expect(fixes.map((fix) => fix.version)).toEqual(['v1.4.0', '1.4.0', 'v2.10.0', 'v3.0.0-rc.10']);
  });
});

describe('flow style', () => {
  it('appends the comment after the closing brackets when nothing else follows on the line', async () => {
    const text = [
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    steps: [{ uses: actions/checkout@v4 }]  ',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - { name: Node, uses: actions/setup-node@v4 }',
      '',
    ].join('\n');
    const { after, fixes } = await fixWorkflow(text);
    expect(after).toBe(
      [
        'on: push',
        'jobs:',
        '  build:',
        '    runs-on: ubuntu-latest',
        `    steps: [{ uses: actions/checkout@${CHECKOUT_V4} }] # v4.2.1  `,
        '  test:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        `      - { name: Node, uses: actions/setup-node@${SETUP_NODE_V4} } # v4.0.3`,
        '',
      ].join('\n'),
    );
    expect(fixes.map((fix) => fix.note)).toEqual([undefined, undefined]);
  });

  it('pins without a comment, and says so, when more follows the value on its line', async () => {
    const text = steps(
      '- { uses: actions/checkout@v4, with: { fetch-depth: 0 } }',
      '- uses: actions/setup-node@v4',
    );
    const { after, fixes } = await fixWorkflow(text);
    expect(after).toBe(
      steps(
        `- { uses: actions/checkout@${CHECKOUT_V4}, with: { fetch-depth: 0 } }`,
        `- uses: actions/setup-node@${SETUP_NODE_V4} # v4.0.3`,
      ),
    );
    expect(fixes[0]?.note).toBe(
      'no version comment was written: more follows `actions/checkout@v4` on its line',
    );
    expect(fixes[1]?.note).toBeUndefined();
  });

  it('updates a comment that follows the closing brackets', async () => {
    const text = steps('- { uses: actions/checkout@v4 } # v4');
    const { after } = await fixWorkflow(text);
    expect(after).toBe(steps(`- { uses: actions/checkout@${CHECKOUT_V4} } # v4.2.1`));
  });
});

describe('anchors and aliases', () => {
  it('edits an anchored value once, at the anchor, and never the alias', async () => {
    const text = [
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: &checkout actions/checkout@v4',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: *checkout',
      '      - uses: *checkout # the same',
      '',
    ].join('\n');
    const references = workflowReferences('ci.yml', text);
    expect(references.map((reference) => reference.uses.value)).toEqual([
      'actions/checkout@v4',
      'actions/checkout@v4',
      'actions/checkout@v4',
    ]);
    const { after, fixes, unfixable } = await fixWorkflow(text);
    expect(unfixable).toEqual([]);
    expect(after).toBe(
      text.replace('actions/checkout@v4', `actions/checkout@${CHECKOUT_V4} # v4.2.1`),
    );
    expect(fixes.map((fix) => [fix.reference.uses.line, fix.edits.length, fix.note])).toEqual([
      [6, 2, undefined],
      [10, 0, 'the same YAML scalar as line 6 (an anchor and its alias), pinned there'],
      [11, 0, 'the same YAML scalar as line 6 (an anchor and its alias), pinned there'],
    ]);
  });

  it('pins an alias at its anchor when the anchor is not itself a `uses:`', async () => {
    const text = [
      'x-checkout: &checkout "actions/checkout@v4"',
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: *checkout',
      '',
    ].join('\n');
    const { after, fixes } = await fixWorkflow(text);
    expect(after).toBe(
      text.replace('"actions/checkout@v4"', `"actions/checkout@${CHECKOUT_V4}" # v4.2.1`),
    );
    expect(fixes[0]?.note).toBe('a YAML alias: pinned at its anchor, line 1');
  });
});

describe('bytes other than the ref and its comment', () => {
  it('keeps CRLF line endings, trailing spaces, tabs in comments and the last line without a newline', async () => {
    const before = [
      'on: push\r\n',
      'jobs:\r\n',
      '  build:   \r\n',
      '    runs-on: ubuntu-latest\r\n',
      '    steps:\r\n',
      '      # check out\t\r\n',
      '      - uses: actions/checkout@v4   \r\n',
      '      - uses: "actions/setup-node@v4"\t# v4\t\r\n',
      '      - uses: actions/checkout@v4',
    ].join('');
    const { after } = await fixWorkflow(before);
    const expected = [
      'on: push\r\n',
      'jobs:\r\n',
      '  build:   \r\n',
      '    runs-on: ubuntu-latest\r\n',
      '    steps:\r\n',
      '      # check out\t\r\n',
      `      - uses: actions/checkout@${CHECKOUT_V4} # v4.2.1   \r\n`,
      `      - uses: "actions/setup-node@${SETUP_NODE_V4}"\t# v4.0.3\t\r\n`,
      `      - uses: actions/checkout@${CHECKOUT_V4} # v4.2.1`,
    ].join('');
    expect(Buffer.from(after, 'utf8').equals(Buffer.from(expected, 'utf8'))).toBe(true);
    expect(after).toBe(expected);
  });
});

describe('composite actions', () => {
  it('pins the steps of a composite action.yml', async () => {
    const text = [
      'name: Setup',
      'description: Sets things up',
      'runs:',
      '  using: composite',
      '  steps:',
      '    - uses: actions/setup-node@v4 # node',
      '      with:',
      '        node-version: 24',
      '    - run: npm ci',
      '      shell: bash',
      '',
    ].join('\n');
    const { model, errors } = readAction('tools/setup/action.yml', text);
    expect(errors).toEqual([]);
    const references = collectReferences({ workflows: [], actions: [model] }).flatMap(
      (reference) => {
        if (reference.kind !== 'action') return [];
        const parsed = parseUses('action', reference.value, text);
        return isAction(parsed) ? [parsed] : [];
      },
    );
    const plan = await planFixes(references, () => text, resolver());
    expect(applyEdits(text, plan.fixes[0]?.edits ?? [])).toBe(
      text.replace(
        'actions/setup-node@v4 # node',
        `actions/setup-node@${SETUP_NODE_V4} # v4.0.3 node`,
      ),
    );
    expect(plan.fixes[0]?.edits.every((edit) => edit.file === 'tools/setup/action.yml')).toBe(true);
  });
});

describe('branches and abbreviated SHAs', () => {
  it('pins a branch to its head and names the branch when no version tag points there', async () => {
    const { after, fixes } = await fixWorkflow(steps('- uses: actions/cache@main'));
    expect(after).toBe(steps(`- uses: actions/cache@${CACHE_MAIN} # main`));
    expect(fixes[0]).toMatchObject({ sha: CACHE_MAIN, version: 'main' });
  });

  it('names the version tag at the head of a branch', async () => {
    const { after } = await fixWorkflow(steps('- uses: actions/cache@dev'));
    expect(after).toBe(steps(`- uses: actions/cache@${CACHE_DEV} # v2.3.0`));
  });

  it('expands an abbreviated SHA that one tag commit starts with', async () => {
    const { after, unfixable } = await fixWorkflow(
      steps(`- uses: actions/checkout@${CHECKOUT_V3.slice(0, 7)}`),
    );
    expect(unfixable).toEqual([]);
    expect(after).toBe(steps(`- uses: actions/checkout@${CHECKOUT_V3} # v3`));
  });

  it('reports an abbreviated SHA that nothing or more than one commit starts with', async () => {
    const fake = new FakeResolver({
      'owner/repo': {
        tags: { v1: 'abcdef1000000000000000000000000000000000' },
        branches: { main: 'abcdef2000000000000000000000000000000000' },
      },
      'owner/twice': {
        tags: {
          v1: 'abcdef1000000000000000000000000000000000',
          v2: 'abcdef1200000000000000000000000000000000',
        },
      },
    });
    const text = steps('- uses: owner/repo@123abcd', '- uses: owner/twice@abcdef1');
    const { after, fixes, unfixable } = await fixWorkflow(text, fake);
    expect(after).toBe(text);
    expect(fixes).toEqual([]);
    expect(unfixable.map((entry) => entry.reason)).toEqual([
      'ambiguous or unknown abbreviated SHA: no tag or branch head commit of owner/repo starts with 123abcd',
      'ambiguous or unknown abbreviated SHA: 2 tag or branch head commits of owner/twice start with abcdef1',
    ]);
  });
});

describe('what cannot be fixed', () => {
  it('reports an unknown tag and a missing repository, and changes nothing', async () => {
    const text = steps('- uses: actions/checkout@v99', '- uses: nobody/nothing@v1');
    const { after, fixes, unfixable } = await fixWorkflow(text);
    expect(after).toBe(text);
    expect(fixes).toEqual([]);
    expect(unfixable.map((entry) => [entry.reference.ref, entry.reason])).toEqual([
      ['v99', 'actions/checkout has no tag or branch named `v99`'],
      ['v1', 'the repository nobody/nothing does not exist or is not visible'],
    ]);
  });

  it('reports escapes in a double-quoted scalar and block scalars without looking them up', async () => {
    const fake = resolver();
    const text = steps(
      '- uses: "actions/checkout@v\\x34"',
      '- uses: >-',
      '    actions/checkout@v4',
    );
    const references = workflowReferences('ci.yml', text);
    expect(references.map((reference) => reference.uses.value)).toEqual([
      'actions/checkout@v4',
      'actions/checkout@v4',
    ]);
    const { fixes, unfixable } = await planFixes(references, () => text, fake);
    expect(fixes).toEqual([]);
    expect(unfixable.map((entry) => entry.reason)).toEqual([
      'the ref is not written literally in the file (escapes or a line break in a quoted scalar); pin it by hand',
      'the value is a block scalar (`|` or `>`); write it on one line to have it pinned',
    ]);
    expect(fake.stats.requests).toBe(0);
  });

  it('lets an ApiError from the resolver propagate', async () => {
    const failing: Resolver = {
      stats: { requests: 0, cacheHits: 0, rateLimited: 0, retries: 0 },
      repository: () => Promise.reject(new ApiError('GET /repos/actions/checkout/tags: 502', 502)),
      branchHead: () => Promise.resolve(undefined),
      isReachable: () => Promise.resolve(true),
    };
    const text = steps('- uses: actions/checkout@v4');
    await expect(
      planFixes(workflowReferences('ci.yml', text), () => text, failing),
    ).rejects.toThrow(ApiError);
  });
});

describe('round trip on the actions/runner workflows', () => {
  const files = readdirSync(RUNNER_WORKFLOWS)
    .filter((name) => name.endsWith('.yml'))
    .sort();
  const fakeSha = (name: string): string => createHash('sha1').update(name).digest('hex');

  /** A resolver that knows every ref of the references, and a patch release behind each major tag. */
  const knowing = (references: readonly ActionReference[]): FakeResolver => {
    const repositories: Record<string, FakeRepository> = {};
    for (const { owner, repo, ref, refType } of references) {
      const key = `${owner}/${repo}`.toLowerCase();
      const known = (repositories[key] ??= { tags: {}, branches: {} });
      const sha = fakeSha(`${key}@${ref}`);
      if (refType === 'branch') {
        known.branches = { ...known.branches, [ref]: sha };
      } else {
        known.tags = { ...known.tags, [ref]: sha };
        if (refType === 'major-tag') known.tags[`${ref}.0.3`] = sha;
      }
    }
    return new FakeResolver(repositories);
  };

  /** The model without offsets and parser objects, `uses` values cut at `@`. */
  const shape = (value: unknown): unknown => {
    if (value instanceof Map) {
      return [...(value as Map<unknown, unknown>)].map(([key, item]) => [key, shape(item)]);
    }
    if (Array.isArray(value)) return value.map(shape);
    if (typeof value !== 'object' || value === null) return value;
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (['source', 'node', 'start', 'end'].includes(key)) continue;
      if (key === 'uses' && typeof item === 'object' && item !== null && 'value' in item) {
        const { comment: _comment, ...rest } = item as { value: string; comment?: string };
        result[key] = shape({ ...rest, value: rest.value.replace(/@.*$/, '@') });
        continue;
      }
      result[key] = shape(item);
    }
    return result;
  };

  it('has workflows with tag refs to work on', () => {
    expect(files).toContain('build.yml');
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)(
    '%s: changes only the refs and their comments, keeps the model, and a second fix changes nothing',
    async (name) => {
      const file = `.github/workflows/${name}`;
      const before = readFileSync(path.join(RUNNER_WORKFLOWS, name), 'utf8');
      const references = workflowReferences(file, before);
      const unpinned = references.filter((reference) => reference.refType !== 'sha');
      const fake = knowing(references);
      const { after, fixes, unfixable } = await fixWorkflow(before, fake, file);
      expect(unfixable).toEqual([]);
      expect(fixes).toHaveLength(unpinned.length);

      // (a) Every changed line differs only in the ref and its comment.
      const beforeLines = before.split('\n');
      const afterLines = after.split('\n');
      expect(afterLines).toHaveLength(beforeLines.length);
      const withoutRef = (line: string): string =>
        line.replace(/@[^\s#'"]+/, '@').replace(/\s+#.*$/, '');
      const changed = afterLines.flatMap((line, index) =>
        line === beforeLines[index] ? [] : [[beforeLines[index] ?? '', line] as const],
      );
      expect(changed).toHaveLength(new Set(unpinned.map((r) => r.uses.line)).size);
      for (const [old, fixed] of changed) {
        expect(withoutRef(fixed)).toBe(withoutRef(old));
        expect(fixed).toMatch(/@[0-9a-f]{40} # \S+$/);
      }

      // (b) Reparsed, the model is the same but for the `uses` values.
      const reparsed = readWorkflow(file, after);
      expect(reparsed.errors).toEqual([]);
      expect(shape(reparsed.model)).toEqual(shape(readWorkflow(file, before).model));

      // (c) Fixing the fixed text changes nothing and looks nothing up.
      const requests = fake.stats.requests;
      const again = await fixWorkflow(after, fake, file);
      expect(again.after).toBe(after);
      expect(again.fixes).toEqual([]);
      expect(again.unfixable).toEqual([]);
      expect(fake.stats.requests).toBe(requests);
    },
  );

  it('names each version in the comment: the patch release behind a major tag, or the tag itself', async () => {
    const file = '.github/workflows/codeql.yml';
    const before = readFileSync(path.join(RUNNER_WORKFLOWS, 'codeql.yml'), 'utf8');
    const references = workflowReferences(file, before);
    const { fixes } = await fixWorkflow(before, knowing(references), file);
    expect(fixes.map((fix) => `${fix.reference.uses.value} → ${fix.version}`)).toEqual([
      'actions/checkout@v7 → v7.0.3',
      'github/codeql-action/init@v4.37.7 → v4.37.7',
      'github/codeql-action/analyze@v4.37.7 → v4.37.7',
    ]);
  });
});
