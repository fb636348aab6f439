import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectReferences, readWorkflow, type Finding } from '@palisade/core';
import { createGitHubClient, type GitHubClientOptions } from '@palisade/core/github';
import { createGitHubResolver } from '../src/github-resolver.js';
import { checkOnline, type OnlinePolicy } from '../src/online.js';
import { parseReferences, type ActionReference } from '../src/refs.js';
import type { Resolver } from '../src/resolver.js';
import { IMPOSTOR_COMMIT, VERSION_COMMENT_MISMATCH } from '../src/rules.js';
import {
  linearHistory,
  shaOf,
  startEmulator,
  type Emulator,
  type EmulatorState,
} from './github-emulator.js';

const FILE = '.github/workflows/ci.yml';
/** The line of the first step's `uses:` in `workflow(...)`, and the column of its value. */
const FIRST_STEP_LINE = 6;
const USES_COLUMN = 15;

// actions/checkout: main is c1 → c5; `releases/v3` forks off at c1 (r1 → r2); `gh-pages` is an
// orphan history (g1 → g2); `evil` is a fork's commit on top of c3, in no branch or tag.
const C = [1, 2, 3, 4, 5].map((n) => shaOf(`checkout c${n}`)) as [
  string,
  string,
  string,
  string,
  string,
];
const [C1, C2, C3, C4, C5] = C;
const R1 = shaOf('checkout r1');
const R2 = shaOf('checkout r2');
const G1 = shaOf('checkout g1');
const G2 = shaOf('checkout g2');
const EVIL = shaOf('fork of checkout: evil');
const NEVER_PUSHED = shaOf('never pushed anywhere');
const SETUP_NODE = shaOf('setup-node v4.1.0');
const CACHE = shaOf('cache v4.2.0');
const TOOLCHAIN_HEAD = shaOf('rust-toolchain head');
const TOOLCHAIN_OLD = shaOf('rust-toolchain rewritten away');

function state(): EmulatorState {
  return {
    token: 'test-token',
    repositories: {
      'actions/checkout': {
        branches: { main: C5, 'releases/v3': R2, 'gh-pages': G2 },
        tags: { 'v4.2.1': C2, 'v4.2.2': C3, v4: C3 },
        commits: {
          ...linearHistory(C),
          ...linearHistory([R1, R2], C1),
          ...linearHistory([G1, G2]),
          [EVIL]: [C3],
        },
      },
      'actions/setup-node': {
        branches: { main: shaOf('setup-node main') },
        tags: { 'v4.1.0': SETUP_NODE, v4: SETUP_NODE },
        commits: linearHistory([SETUP_NODE, shaOf('setup-node main')]),
      },
      'actions/cache': {
        branches: { main: shaOf('cache main') },
        tags: { 'v4.2.0': CACHE },
        commits: linearHistory([CACHE, shaOf('cache main')]),
      },
      'dtolnay/rust-toolchain': {
        defaultBranch: 'master',
        branches: { master: TOOLCHAIN_HEAD, stable: TOOLCHAIN_HEAD },
        tags: {},
        commits: { [TOOLCHAIN_HEAD]: [], [TOOLCHAIN_OLD]: [] },
      },
    },
  };
}

const emulators: Emulator[] = [];
const tempDirs: string[] = [];

afterEach(async () => {
  await Promise.all(emulators.splice(0).map((emulator) => emulator.close()));
  await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function start(initial: EmulatorState = state()): Promise<Emulator> {
  const emulator = await startEmulator(initial);
  emulators.push(emulator);
  return emulator;
}

function resolverFor(emulator: Emulator, options: Partial<GitHubClientOptions> = {}): Resolver {
  const { octokit, stats } = createGitHubClient({
    token: 'test-token',
    baseUrl: emulator.url,
    retryBaseDelayMs: 1,
    retries: 2,
    timeoutMs: 2000,
    ...options,
  });
  return createGitHubResolver(octokit, stats);
}

/** A workflow whose single job has one step per `uses:` line given (value and comment). */
function workflow(uses: readonly string[]): string {
  return [
    'on: push',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    ...uses.map((line) => `      - uses: ${line}`),
    '',
  ].join('\n');
}

function referencesOf(uses: readonly string[]): ActionReference[] {
  const text = workflow(uses);
  const { model, errors } = readWorkflow(FILE, text);
  expect(errors).toEqual([]);
  const references = parseReferences(
    collectReferences({ workflows: [model], actions: [] }),
    () => text,
  );
  return references.filter(
    (reference): reference is ActionReference =>
      reference.kind === 'action' || reference.kind === 'reusable-workflow',
  );
}

const trusting: OnlinePolicy = { historyRewriting: () => false };

async function check(
  emulator: Emulator,
  uses: readonly string[],
  resolver = resolverFor(emulator),
) {
  return checkOnline(referencesOf(uses), resolver, trusting);
}

/** The finding expected at step `step` (from 0) of `workflow(...)`. */
function expected(
  rule: typeof VERSION_COMMENT_MISMATCH,
  step: number,
  message: string,
  key: string,
  severity: Finding['severity'] = 'error',
): Finding {
  return {
    rule: rule.id,
    severity,
    message,
    file: FILE,
    line: FIRST_STEP_LINE + step,
    column: USES_COLUMN,
    helpUri: rule.helpUri,
    key,
  };
}

const short = (sha: string) => sha.slice(0, 12);
const TAGS = '/repos/actions/checkout/tags';
const REPO = '/repos/actions/checkout';
const BRANCHES = '/repos/actions/checkout/branches';
const compare = (base: string, head: string) => `/repos/actions/checkout/compare/${base}...${head}`;

describe('version comments', () => {
  it('a SHA pinned with the right comment passes with one request for the repository', async () => {
    const emulator = await start();
    const resolver = resolverFor(emulator);

    const result = await check(emulator, [`actions/checkout@${C3} # v4.2.2`], resolver);

    expect(result).toEqual({ findings: [], errors: [] });
    expect(emulator.requests.perPath).toEqual({ [TAGS]: 1 });
    expect(resolver.stats).toEqual({ requests: 1, cacheHits: 0, rateLimited: 0, retries: 0 });
  });

  it('a tag moved away from the pinned SHA makes its comment a version-comment-mismatch', async () => {
    const emulator = await start();
    const uses = [`actions/checkout@${C2} # v4.2.1`];
    await expect(check(emulator, uses)).resolves.toEqual({ findings: [], errors: [] });

    const repository = emulator.state.repositories['actions/checkout'];
    if (repository?.tags) repository.tags['v4.2.1'] = C4;
    emulator.requests.reset();
    const result = await check(emulator, uses);

    expect(result).toEqual({
      findings: [
        expected(
          VERSION_COMMENT_MISMATCH,
          0,
          `The version comment names \`v4.2.1\`, but \`v4.2.1\` points to ${short(C4)}, not to the pinned ${short(C2)}`,
          `actions/checkout@${C2}#v4.2.1`,
        ),
      ],
      errors: [],
    });
    // C2 is no longer tagged, so its reachability is settled on the default branch.
    expect(emulator.requests.perPath).toEqual({
      [TAGS]: 1,
      [REPO]: 1,
      [compare('main', C2)]: 1,
    });
  });

  it('a mismatched comment names the tags that do point to the pinned SHA', async () => {
    const emulator = await start();

    const result = await check(emulator, [`actions/checkout@${C3} # v4.2.1`]);

    expect(result.findings).toEqual([
      expected(
        VERSION_COMMENT_MISMATCH,
        0,
        `The version comment names \`v4.2.1\`, but \`v4.2.1\` points to ${short(C2)}, not to the pinned ${short(C3)}; \`v4.2.2\` and \`v4\` point to the pinned commit`,
        `actions/checkout@${C3}#v4.2.1`,
      ),
    ]);
    expect(emulator.requests.total).toBe(1);
  });

  it('a comment naming a tag that does not exist is a version-comment-mismatch', async () => {
    const emulator = await start();

    const result = await check(emulator, [
      `actions/checkout@${C3} # v9.9.9`,
      `actions/cache@${CACHE} # v4.2.0`,
    ]);

    expect(result).toEqual({
      findings: [
        expected(
          VERSION_COMMENT_MISMATCH,
          0,
          'The version comment names `v9.9.9`, but `actions/checkout` has no such tag; `v4.2.2` and `v4` point to the pinned commit',
          `actions/checkout@${C3}#v9.9.9`,
        ),
      ],
      errors: [],
    });
    expect(emulator.requests.perPath).toEqual({ [TAGS]: 1, '/repos/actions/cache/tags': 1 });
  });

  it('a comment naming a major version stays true after its tag moves on, and a tag without its `v` is found', async () => {
    const emulator = await start();

    // `v4` now points to C3, but C2 is `v4.2.1`, a v4 release; the tag of `4.2.2` is `v4.2.2`.
    const result = await check(emulator, [
      `actions/checkout@${C2} # v4`,
      `actions/checkout@${C3} # 4.2.2`,
    ]);

    expect(result).toEqual({ findings: [], errors: [] });
    expect(emulator.requests.total).toBe(1);
  });
});

describe('impostor commits', () => {
  it('a commit that only a fork contains is an impostor-commit, found after comparing every branch', async () => {
    const emulator = await start();

    const result = await check(emulator, [`actions/checkout@${EVIL}`]);

    expect(result).toEqual({
      findings: [
        expected(
          IMPOSTOR_COMMIT,
          0,
          `The pinned commit ${short(EVIL)} is not in any branch or tag of \`actions/checkout\`: it may come from a fork, whose commits GitHub serves under the parent repository’s name`,
          `actions/checkout@${EVIL}`,
        ),
      ],
      errors: [],
    });
    // main's head is the base of the first compare, so only the two other branches are compared.
    expect(emulator.requests.perPath).toEqual({
      [TAGS]: 1,
      [REPO]: 1,
      [compare('main', EVIL)]: 1,
      [BRANCHES]: 1,
      [compare(G2, EVIL)]: 1,
      [compare(R2, EVIL)]: 1,
    });
    expect(emulator.requests.log.map((request) => request.status)).toEqual([
      200, 200, 200, 200, 404, 200,
    ]);
  });

  it('a SHA that exists nowhere in the network is an impostor-commit after a single compare', async () => {
    const emulator = await start();

    const result = await check(emulator, [`actions/checkout@${NEVER_PUSHED} # v4.2.2`]);

    expect(result.findings.map((finding) => [finding.rule, finding.line])).toEqual([
      ['version-comment-mismatch', FIRST_STEP_LINE],
      ['impostor-commit', FIRST_STEP_LINE],
    ]);
    expect(result.errors).toEqual([]);
    expect(emulator.requests.perPath).toEqual({
      [TAGS]: 1,
      [REPO]: 1,
      [compare('main', NEVER_PUSHED)]: 1,
    });
  });

  it('a SHA on a non-default branch only is reachable', async () => {
    const emulator = await start();

    const result = await check(emulator, [`actions/checkout@${R1}`, `actions/checkout@${G1}`]);

    expect(result).toEqual({ findings: [], errors: [] });
    // R1 diverges from main and is behind `releases/v3`; G1 shares no history with main (404 "No
    // common ancestor") and is behind `gh-pages`. The repository and its branches are read once.
    expect(emulator.requests.perPath).toEqual({
      [TAGS]: 1,
      [REPO]: 1,
      [BRANCHES]: 1,
      [compare('main', R1)]: 1,
      [compare(G2, R1)]: 1,
      [compare(R2, R1)]: 1,
      [compare('main', G1)]: 1,
      [compare(G2, G1)]: 1,
    });
  });

  it('a SHA on the default branch, or at a branch head, costs no branch listing', async () => {
    const emulator = await start();

    const result = await check(emulator, [`actions/checkout@${C4}`, `actions/checkout@${C5}`]);

    expect(result).toEqual({ findings: [], errors: [] });
    expect(emulator.requests.perPath).toEqual({
      [TAGS]: 1,
      [REPO]: 1,
      [compare('main', C4)]: 1,
      [compare('main', C5)]: 1,
    });
  });

  it('an unreachable SHA of a repository listed as rewriting its history is a note', async () => {
    const emulator = await start();
    const policy: OnlinePolicy = {
      historyRewriting: (reference) => reference.owner === 'dtolnay',
    };

    const result = await checkOnline(
      referencesOf([`dtolnay/rust-toolchain@${TOOLCHAIN_OLD}`]),
      resolverFor(emulator),
      policy,
    );

    expect(result).toEqual({
      findings: [
        expected(
          IMPOSTOR_COMMIT,
          0,
          `The pinned commit ${short(TOOLCHAIN_OLD)} is not in any branch or tag of \`dtolnay/rust-toolchain\`, which is listed as rewriting its history (pin-check.history-rewriting), so this is expected`,
          `dtolnay/rust-toolchain@${TOOLCHAIN_OLD}`,
          'note',
        ),
      ],
      errors: [],
    });
    // Both branches point to the commit already compared: no second compare.
    expect(emulator.requests.perPath).toEqual({
      '/repos/dtolnay/rust-toolchain/tags': 1,
      '/repos/dtolnay/rust-toolchain': 1,
      [`/repos/dtolnay/rust-toolchain/compare/master...${TOOLCHAIN_OLD}`]: 1,
      '/repos/dtolnay/rust-toolchain/branches': 1,
    });
  });

  it('a repository that does not exist is an impostor-commit error for each reference to it', async () => {
    const emulator = await start();

    const result = await check(emulator, [
      `gone-org/action@${C1} # v1.0.0`,
      `actions/cache@${CACHE} # v4.2.0`,
      `Gone-Org/Action/sub@${C2}`,
    ]);

    const message =
      '`gone-org/action` does not exist or is not visible: the reference cannot be verified';
    expect(result).toEqual({
      findings: [
        expected(IMPOSTOR_COMMIT, 0, message, `gone-org/action@${C1}`),
        expected(
          IMPOSTOR_COMMIT,
          2,
          '`Gone-Org/Action` does not exist or is not visible: the reference cannot be verified',
          `Gone-Org/Action@${C2}`,
        ),
      ],
      errors: [],
    });
    expect(emulator.requests.perPath).toEqual({
      '/repos/gone-org/action/tags': 1,
      '/repos/actions/cache/tags': 1,
    });
    expect(emulator.requests.log[0]?.status).toBe(404);
  });

  it('a repository with more branches than pin-check compares fails closed with an error', async () => {
    const base = shaOf('busy root');
    const branches: Record<string, string> = { main: base };
    const commits: Record<string, string[]> = { [base]: [] };
    for (let n = 0; n < 35; n += 1) {
      branches[`feature-${String(n).padStart(2, '0')}`] = shaOf(`busy ${n}`);
      commits[shaOf(`busy ${n}`)] = [base];
    }
    const stray = shaOf('busy stray');
    commits[stray] = [base];
    const emulator = await start({ repositories: { 'busy/repo': { branches, commits } } });

    const references = referencesOf([`busy/repo@${stray}`]);
    const result = await checkOnline(references, resolverFor(emulator), trusting);

    expect(result).toEqual({
      findings: [],
      errors: [
        {
          reference: references[0],
          message: `\`busy/repo@${stray}\` could not be checked online: could not decide whether ${stray} is in a branch of \`busy/repo\`: it is in neither its default branch \`main\` nor the 30 other branches compared, and \`busy/repo\` has more branches than pin-check compares (30 compares, 200 branches listed)`,
        },
      ],
    });
    expect(emulator.requests.count(/\/compare\//)).toBe(31);
    expect(emulator.requests.total).toBe(34);
  });
});

describe('the number of requests', () => {
  it('ten references to three repositories make exactly three tag requests', async () => {
    const emulator = await start();
    const resolver = resolverFor(emulator);

    const result = await check(
      emulator,
      [
        `actions/checkout@${C3} # v4.2.2`,
        `actions/setup-node@${SETUP_NODE} # v4.1.0`,
        `actions/cache@${CACHE} # v4.2.0`,
        `actions/checkout@${C2} # v4.2.1`,
        `Actions/Checkout@${C3} # v4`,
        `actions/setup-node@${SETUP_NODE} # v4`,
        `actions/cache/restore@${CACHE} # v4.2.0`,
        `actions/cache/save@${CACHE} # v4.2.0`,
        `actions/checkout@${C3}`,
        `actions/setup-node@${SETUP_NODE} # v4.1.0`,
      ],
      resolver,
    );

    expect(result).toEqual({ findings: [], errors: [] });
    expect(emulator.requests.total).toBe(3);
    expect(emulator.requests.count(/^\/repos\/[^/]+\/[^/]+\/tags$/)).toBe(3);
    expect(resolver.stats.requests).toBe(3);
  });

  it('at most eight repositories are looked up at once', async () => {
    const repositories: EmulatorState['repositories'] = {};
    const uses: string[] = [];
    for (let n = 0; n < 12; n += 1) {
      const sha = shaOf(`repo ${n}`);
      repositories[`org/repo-${n}`] = { branches: { main: sha }, tags: { 'v1.0.0': sha } };
      uses.push(`org/repo-${n}@${sha} # v1.0.0`);
    }
    const emulator = await start({ repositories });
    emulator.faults.add(/\/tags$/, { kind: 'delay', ms: 50 });

    await expect(check(emulator, uses)).resolves.toEqual({ findings: [], errors: [] });

    expect(emulator.requests.total).toBe(12);
    expect(emulator.requests.maxInFlight).toBe(8);
  });

  it('a second run with a warm ETag cache makes no request that counts against the rate limit', async () => {
    const emulator = await start();
    const cacheDir = await mkdtemp(join(tmpdir(), 'palisade-pin-check-'));
    tempDirs.push(cacheDir);
    const uses = [`actions/checkout@${C4}`, `actions/setup-node@${SETUP_NODE} # v4.1.0`];

    const first = resolverFor(emulator, { cacheDir });
    await expect(check(emulator, uses, first)).resolves.toEqual({ findings: [], errors: [] });
    expect(emulator.requests.charged).toBe(4);
    emulator.requests.reset();

    const second = resolverFor(emulator, { cacheDir });
    await expect(check(emulator, uses, second)).resolves.toEqual({ findings: [], errors: [] });

    expect(emulator.requests.total).toBe(4);
    expect(emulator.requests.notModified).toBe(4);
    expect(emulator.requests.charged).toBe(0);
    expect(emulator.requests.rateLimited).toBe(0);
    expect(second.stats).toEqual({ requests: 4, cacheHits: 4, rateLimited: 0, retries: 0 });
  });
});

describe('API failures', () => {
  const pinned = [`actions/checkout@${C3} # v4.2.2`, `actions/checkout@${C4}`];

  it('a 403 rate limit that resets in a second is waited out', async () => {
    const emulator = await start();
    emulator.faults.add(TAGS, { kind: 'rate-limit', resetInSeconds: 1 }, { times: 1 });
    const resolver = resolverFor(emulator, { maxRateLimitWaitSeconds: 5 });

    const result = await check(emulator, pinned, resolver);

    expect(result).toEqual({ findings: [], errors: [] });
    expect(emulator.requests.perPath).toEqual({ [TAGS]: 2, [REPO]: 1, [compare('main', C4)]: 1 });
    expect(emulator.requests.rateLimited).toBe(1);
    expect(resolver.stats).toEqual({ requests: 4, cacheHits: 0, rateLimited: 1, retries: 0 });
  });

  it('a 429 with a short Retry-After is waited out', async () => {
    const emulator = await start();
    emulator.faults.add(
      compare('main', C4),
      { kind: 'too-many-requests', retryAfterSeconds: 1 },
      { times: 1 },
    );
    const resolver = resolverFor(emulator, { maxRateLimitWaitSeconds: 5 });
    const started = Date.now();

    const result = await check(emulator, pinned, resolver);

    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(result).toEqual({ findings: [], errors: [] });
    expect(emulator.requests.perPath).toEqual({ [TAGS]: 1, [REPO]: 1, [compare('main', C4)]: 2 });
    expect(resolver.stats.rateLimited).toBe(1);
  });

  it('a rate limit that resets later than the client waits is an error for every reference, at once', async () => {
    const emulator = await start();
    emulator.faults.add(TAGS, { kind: 'rate-limit', resetInSeconds: 3600 });
    const references = referencesOf(pinned);
    const started = Date.now();

    const result = await checkOnline(
      references,
      resolverFor(emulator, { maxRateLimitWaitSeconds: 5 }),
      trusting,
    );

    expect(Date.now() - started).toBeLessThan(1000);
    expect(result.findings).toEqual([]);
    expect(result.errors.map((error) => error.reference)).toEqual(references);
    expect(result.errors[0]?.message).toMatch(
      new RegExp(
        `^\`actions/checkout@${C3}\` could not be checked online: GET ${TAGS}\\?per_page=100 failed: 403 Forbidden: the API rate limit was hit; it resets at \\S+ \\(in 3600 s\\), longer than the 5 s this client waits$`,
      ),
    );
    expect(emulator.requests.total).toBe(1);
  });

  it('a 429 asking for a longer wait than allowed is an error, not a pass', async () => {
    const emulator = await start();
    emulator.faults.add(compare('main', C4), { kind: 'too-many-requests', retryAfterSeconds: 30 });

    const result = await check(
      emulator,
      pinned,
      resolverFor(emulator, { maxRateLimitWaitSeconds: 5 }),
    );

    expect(result.findings).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.message).toMatch(
      new RegExp(
        `^\`actions/checkout@${C4}\` could not be checked online: GET ${compare('main', C4)}\\?per_page=1 failed: 429 Too Many Requests: the request was rate limited; it resets at \\S+ \\(in 30 s\\), longer than the 5 s this client waits$`,
      ),
    );
  });

  it('a 502 followed by a success is retried and the check passes', async () => {
    const emulator = await start();
    emulator.faults.add(TAGS, { kind: 'status', status: 502 }, { times: 1 });
    const resolver = resolverFor(emulator);

    const result = await check(emulator, pinned, resolver);

    expect(result).toEqual({ findings: [], errors: [] });
    expect(emulator.requests.log.map((request) => [request.path, request.status])).toEqual([
      [TAGS, 502],
      [TAGS, 200],
      [REPO, 200],
      [compare('main', C4), 200],
    ]);
    expect(resolver.stats).toEqual({ requests: 4, cacheHits: 0, rateLimited: 0, retries: 1 });
  });

  it('a server that does not answer in time is an error naming the request', async () => {
    const emulator = await start();
    emulator.faults.add(TAGS, { kind: 'hang' });

    const result = await check(
      emulator,
      pinned,
      resolverFor(emulator, { timeoutMs: 100, retries: 1 }),
    );

    expect(result.findings).toEqual([]);
    expect(result.errors.map((error) => error.message)).toEqual([
      `\`actions/checkout@${C3}\` could not be checked online: GET ${TAGS}?per_page=100 failed: timed out: no response within 100 ms (after 2 attempts)`,
      `\`actions/checkout@${C4}\` could not be checked online: GET ${TAGS}?per_page=100 failed: timed out: no response within 100 ms (after 2 attempts)`,
    ]);
    expect(emulator.requests.total).toBe(2);
  });

  it('a slow answer within the retries is waited for', async () => {
    const emulator = await start();
    emulator.faults.add(TAGS, { kind: 'delay', ms: 300 }, { times: 1 });

    const result = await check(emulator, pinned, resolverFor(emulator, { timeoutMs: 100 }));

    expect(result).toEqual({ findings: [], errors: [] });
    expect(emulator.requests.count(TAGS)).toBe(2);
  });

  it('a body cut short is retried, and an error when it stays cut short', async () => {
    const emulator = await start();
    emulator.faults.add(TAGS, { kind: 'truncate' }, { times: 1 });
    await expect(check(emulator, pinned)).resolves.toEqual({ findings: [], errors: [] });
    expect(emulator.requests.count(TAGS)).toBe(2);

    emulator.faults.add('/repos/actions/setup-node/tags', { kind: 'truncate' });
    const result = await check(
      emulator,
      [`actions/setup-node@${SETUP_NODE} # v4.1.0`],
      resolverFor(emulator, { retries: 1 }),
    );

    expect(result.findings).toEqual([]);
    expect(result.errors[0]?.message).toMatch(
      /^`actions\/setup-node@[0-9a-f]{40}` could not be checked online: GET \/repos\/actions\/setup-node\/tags\?per_page=100 failed: the response \(200 OK\) could not be read: .+ \(after 2 attempts\)$/,
    );
    expect(emulator.requests.count('/repos/actions/setup-node/tags')).toBe(2);
  });

  it('a failure while checking reachability is an error for that reference only, never a finding', async () => {
    const emulator = await start();
    emulator.faults.add(compare('main', EVIL), { kind: 'status', status: 500 });
    const references = referencesOf([
      `actions/checkout@${EVIL}`,
      `actions/checkout@${C3} # v4.2.1`,
      `actions/cache@${CACHE} # v4.2.0`,
    ]);

    const result = await checkOnline(references, resolverFor(emulator), trusting);

    // The fork commit would be an impostor-commit, but the API could not tell: no finding for it,
    // and no pass either. The other references are judged as usual.
    expect(result).toEqual({
      findings: [
        expected(
          VERSION_COMMENT_MISMATCH,
          1,
          `The version comment names \`v4.2.1\`, but \`v4.2.1\` points to ${short(C2)}, not to the pinned ${short(C3)}; \`v4.2.2\` and \`v4\` point to the pinned commit`,
          `actions/checkout@${C3}#v4.2.1`,
        ),
      ],
      errors: [
        {
          reference: references[0],
          message: `\`actions/checkout@${EVIL}\` could not be checked online: GET ${compare('main', EVIL)}?per_page=1 failed: 500 Internal Server Error: Server Error (after 3 attempts)`,
        },
      ],
    });
    expect(emulator.requests.count(compare('main', EVIL))).toBe(3);
    expect(emulator.requests.count(BRANCHES)).toBe(0);
  });

  it('a failed tag listing is an error and never reported as a missing repository or a mismatch', async () => {
    const emulator = await start();
    emulator.faults.add(TAGS, {
      kind: 'status',
      status: 403,
      message: 'Resource not accessible by integration',
    });

    const result = await check(emulator, [`actions/checkout@${C3} # v9.9.9`]);

    expect(result).toEqual({
      findings: [],
      errors: [
        {
          reference: expect.objectContaining({ ref: C3 }),
          message: `\`actions/checkout@${C3}\` could not be checked online: GET ${TAGS}?per_page=100 failed: 403 Forbidden: Resource not accessible by integration`,
        },
      ],
    });
  });
});
