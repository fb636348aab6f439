import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { loadRepository, type Repository } from '@palisade/core';
import { analyzeJob, analyzeStep, knowledgeCoverage } from '../src/analyze.js';
import { ACTIONS, lookupAction } from '../src/knowledge/actions.js';
import { ghNeed, parseShell } from '../src/knowledge/commands.js';
import { classifyRoute, methodNeed } from '../src/knowledge/routes.js';
import type { JobNeeds } from '../src/scopes.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus/workflows');

/** A job's needs as scope → level, and its unknown reasons, for exact comparison. */
function summary(needs: JobNeeds): { needs: Record<string, string>; unknown: string[] } {
  return {
    needs: Object.fromEntries([...needs.needs].map(([scope, need]) => [scope, need.level])),
    unknown: needs.unknown,
  };
}

function jobIn(repository: Repository, file: string, id: string): JobNeeds {
  const workflow = repository.workflows.find((w) => w.file === file);
  const job = workflow?.jobs.find((j) => j.id.value === id);
  if (!workflow || !job) throw new Error(`no job ${id} in ${file}`);
  return analyzeJob(workflow, job, { repository });
}

describe('the minimal permissions of real jobs, checked by hand against each file', () => {
  let corpus: Repository;
  beforeAll(async () => {
    corpus = await loadRepository(CORPUS);
  });
  const job = (repo: string, workflow: string, id: string): JobNeeds =>
    jobIn(corpus, `${repo}/.github/workflows/${workflow}`, id);

  it('a release job that creates the release with softprops needs only contents: write', () => {
    // download-artifact of the same run (runtime token), then action-gh-release with the token.
    const needs = job('containerd__containerd', 'api-release.yml', 'release');
    expect(summary(needs)).toEqual({ needs: { contents: 'write' }, unknown: [] });
    expect(needs.needs.get('contents')?.reason).toBe(
      "softprops/action-gh-release creates the release and uploads its assets (step 'Create Release')",
    );
  });

  it('an image published to ghcr.io with a pushed attestation needs five scopes', () => {
    // github-script without API calls, login to ${{ env.REGISTRY }} = ghcr.io with the token,
    // build-push with a path context, attest-build-provenance with push-to-registry.
    const needs = job('actions__runner', 'docker-publish.yml', 'publish-image');
    expect(summary(needs)).toEqual({
      needs: {
        contents: 'read',
        packages: 'write',
        'id-token': 'write',
        attestations: 'write',
        'artifact-metadata': 'write',
      },
      unknown: [],
    });
  });

  it('github-script merging a pull request needs pull-requests and contents write; the approval with a PAT needs nothing', () => {
    const needs = job('actions__runner-images', 'merge_pull_request.yml', 'Merge_pull_request');
    expect(summary(needs)).toEqual({
      needs: { contents: 'write', 'pull-requests': 'write' },
      unknown: [],
    });
    expect(needs.needs.get('contents')?.reason).toBe(
      "git push with the credentials actions/checkout left (step 'Resolve possible conflicts ${{ github.event.client_payload.ReleaseBranchName }} with main')",
    );
    expect(needs.needs.get('pull-requests')?.reason).toBe(
      "github.rest.pulls.merge (step 'Merge pull request for ${{ github.event.client_payload.ReleaseBranchName }}')",
    );
  });

  it('gh pr list with GITHUB_TOKEN in its env needs pull-requests: read; curl without the token needs nothing', () => {
    const needs = job('actions__runner', 'dependency-check.yml', 'dependency-status');
    expect(summary(needs)).toEqual({
      needs: { contents: 'read', 'pull-requests': 'read' },
      unknown: [],
    });
    expect(needs.needs.get('pull-requests')?.reason).toBe(
      "gh pr list (step 'Check for open dependency PRs')",
    );
  });

  it('gh cache delete needs actions: write and nothing else in a job without checkout', () => {
    const needs = job('aquasecurity__trivy', 'canary.yaml', 'upload-binaries');
    expect(summary(needs)).toEqual({ needs: { actions: 'write' }, unknown: [] });
  });

  it('a local composite action is followed: its azure/login in OIDC mode needs id-token: write', () => {
    // run-test gets the client id from secrets through its inputs; creds is not given.
    const needs = job('microsoft__playwright', 'tests_primary.yml', 'test_linux');
    expect(summary(needs)).toEqual({
      needs: { contents: 'read', 'id-token': 'write' },
      unknown: [],
    });
    expect(needs.needs.get('id-token')?.reason).toBe(
      "azure/login signs in with OIDC (client-id without creds) (step 'Azure Login' in ./.github/actions/run-test)",
    );
  });

  it('uv publish without credentials uses trusted publishing: id-token: write only', () => {
    const needs = job('astral-sh__ruff', 'publish-pypi.yml', 'pypi-publish');
    expect(summary(needs)).toEqual({ needs: { 'id-token': 'write' }, unknown: [] });
    expect(needs.needs.get('id-token')?.reason).toBe(
      "uv publish uses trusted publishing (step 'Publish to PyPi')",
    );
  });

  it('a job calling a local reusable workflow needs what the called CodeQL job needs', () => {
    const needs = job('prometheus__prometheus', 'ci.yml', 'codeql');
    expect(summary(needs)).toEqual({
      needs: { contents: 'read', 'security-events': 'write', actions: 'read' },
      unknown: [],
    });
    expect(needs.steps.map((step) => step.file)).toEqual(
      Array(4).fill('prometheus__prometheus/.github/workflows/codeql-analysis.yml'),
    );
  });

  it('actions/stale needs issues and pull-requests write; harden-runner without a policy needs nothing', () => {
    const needs = job('argoproj__argo-cd', 'stale.yaml', 'stale');
    expect(summary(needs)).toEqual({
      needs: { issues: 'write', 'pull-requests': 'write' },
      unknown: [],
    });
  });

  it('actions/labeler on pull_request_target needs contents: read and pull-requests: write', () => {
    const needs = job('tokio-rs__tokio', 'labeler.yml', 'triage');
    expect(summary(needs)).toEqual({
      needs: { contents: 'read', 'pull-requests': 'write' },
      unknown: [],
    });
  });

  it('dorny/paths-filter without checkout needs pull-requests: read', () => {
    const needs = job('pypa__pip', 'ci.yml', 'determine-changes');
    expect(summary(needs)).toEqual({ needs: { 'pull-requests': 'read' }, unknown: [] });
  });

  it('a report job: github-script through a composite, gh pr view, a commit status, and a script whose client escapes', () => {
    const needs = job('microsoft__playwright', 'create_test_report.yml', 'merge-reports');
    expect(summary(needs)).toEqual({
      needs: {
        contents: 'read',
        actions: 'read',
        'pull-requests': 'read',
        statuses: 'write',
      },
      unknown: [
        "the script hands the client to code that cannot be read (step 'Post report comment to PR')",
      ],
    });
  });

  it('an action absent from the knowledge base makes the job unknown, and says which', () => {
    const needs = job('tokio-rs__tokio', 'audit.yml', 'cargo-deny');
    expect(summary(needs)).toEqual({
      needs: { contents: 'read' },
      unknown: ['`embarkstudios/cargo-deny-action` is not in the knowledge base (step 2)'],
    });
  });
});

describe('knowledge-base coverage of the corpus', () => {
  it('covers 90.7% of the steps’ uses: (2424 of 2672), well above 80%', async () => {
    const repository = await loadRepository(CORPUS);
    const coverage = knowledgeCoverage(repository);
    expect([coverage.known, coverage.total]).toEqual([2424, 2672]);
    expect(coverage.known / coverage.total).toBeGreaterThanOrEqual(0.8);
    // The largest gap is codeql-action testing itself from a folder its own steps create.
    expect(coverage.unknownActions.get('./../action/init')).toBe(59);
    expect(coverage.unknownActions.has('actions/checkout')).toBe(false);
  });

  it('every knowledge-base entry is lower-case and cites its source', () => {
    for (const [name, knowledge] of Object.entries(ACTIONS)) {
      expect(name).toBe(name.toLowerCase());
      expect(knowledge.source.length).toBeGreaterThan(10);
    }
    expect(lookupAction('Actions/Checkout@v4')).toBe(ACTIONS['actions/checkout']);
  });
});

describe('conditions, tokens and recursion, on small repositories', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'palisade-permissions-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  async function repo(files: Record<string, string>): Promise<Repository> {
    for (const [relative, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
      await writeFile(path.join(root, relative), content);
    }
    return loadRepository(root);
  }

  async function single(steps: string, extra: Record<string, string> = {}) {
    const repository = await repo({
      '.github/workflows/ci.yml': `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`,
      ...extra,
    });
    return summary(jobIn(repository, '.github/workflows/ci.yml', 'build'));
  }

  it('docker/login-action needs packages: write only for ghcr.io with the GITHUB_TOKEN', async () => {
    expect(
      await single(`      - uses: docker/login-action@v3
        with: { registry: ghcr.io, username: x, password: '\${{ secrets.GITHUB_TOKEN }}' }
      - uses: docker/login-action@v3
        with: { username: x, password: '\${{ secrets.DOCKERHUB }}' }
`),
    ).toEqual({ needs: { packages: 'write' }, unknown: [] });
  });

  it('a condition on a value that cannot be evaluated is unknown, never guessed', async () => {
    expect(
      await single(`      - name: Login
        uses: docker/login-action@v3
        with: { registry: '\${{ matrix.registry }}', password: '\${{ github.token }}' }
`),
    ).toEqual({
      needs: {},
      unknown: [
        "docker/login-action: `registry` depends on `${{ matrix.registry }}`, which cannot be evaluated (step 'Login')",
      ],
    });
  });

  it('input-dependent OIDC: codecov with use_oidc, google auth with a provider, pypi-publish without password', async () => {
    expect(
      await single(`      - uses: codecov/codecov-action@v5
        with: { use_oidc: true }
      - uses: google-github-actions/auth@v2
        with: { workload_identity_provider: projects/1/locations/global/pools/p/providers/gh }
      - uses: pypa/gh-action-pypi-publish@release/v1
`),
    ).toEqual({ needs: { 'id-token': 'write' }, unknown: [] });
    expect(
      await single(`      - uses: codecov/codecov-action@v5
        with: { token: '\${{ secrets.CODECOV }}' }
      - uses: google-github-actions/auth@v2
        with: { credentials_json: '\${{ secrets.GCP }}' }
      - uses: pypa/gh-action-pypi-publish@release/v1
        with: { password: '\${{ secrets.PYPI }}' }
`),
    ).toEqual({ needs: {}, unknown: [] });
  });

  it('download-artifact needs actions: read only when given a token for another run', async () => {
    expect(
      await single(`      - uses: actions/download-artifact@v4
      - uses: actions/download-artifact@v4
        with: { run-id: '123', github-token: '\${{ secrets.GITHUB_TOKEN }}' }
`),
    ).toEqual({ needs: { actions: 'read' }, unknown: [] });
  });

  it('another token passed in place of the GITHUB_TOKEN needs nothing of it', async () => {
    expect(
      await single(`      - uses: actions/create-github-app-token@v2
        id: app
        with: { app-id: '1', private-key: '\${{ secrets.KEY }}' }
      - uses: actions/checkout@v4
        with: { token: '\${{ secrets.PAT }}' }
      - uses: actions/github-script@v7
        with:
          github-token: \${{ steps.app.outputs.token }}
          script: |
            await github.rest.issues.createComment({ issue_number: 1, body: 'x' })
      - run: gh pr comment 1 --body hi
        env: { GH_TOKEN: '\${{ steps.app.outputs.token }}' }
      - run: git push origin HEAD
      - run: gh pr merge 1
`),
    ).toEqual({ needs: {}, unknown: [] });
  });

  it('github-script calls map through the route table; GraphQL is unknown', async () => {
    expect(
      await single(`      - name: Label
        uses: actions/github-script@v7
        with:
          script: |
            const files = await github.paginate(github.rest.pulls.listFiles, context.repo);
            await github.rest.issues.addLabels({ ...context.repo, issue_number: 1, labels: ['x'] });
            await github.request('GET /repos/{owner}/{repo}/actions/runs');
      - name: Query
        uses: actions/github-script@v7
        with:
          script: |
            const result = await github.graphql('query { viewer { login } }');
`),
    ).toEqual({
      needs: { 'pull-requests': 'read', issues: 'write', actions: 'read' },
      unknown: ["GraphQL calls cannot be mapped to scopes statically (step 'Query')"],
    });
  });

  it('run steps: gh, gh api, curl to the API, git push after checkout, and a script given the token', async () => {
    expect(
      await single(`      - uses: actions/checkout@v4
      - name: Comment
        run: |
          gh pr comment "$PR" --body "done; ok"
          gh api -X DELETE "repos/\${{ github.repository }}/actions/caches/$ID"
          curl -sS -H "Authorization: Bearer \${{ secrets.GITHUB_TOKEN }}" \\
            -X POST "$GITHUB_API_URL/repos/$GITHUB_REPOSITORY/statuses/$SHA" -d '{}'
          git push origin HEAD:main
        env: { GH_TOKEN: '\${{ github.token }}' }
      - name: Custom
        run: ./scripts/release.sh
        env: { GITHUB_TOKEN: '\${{ secrets.GITHUB_TOKEN }}' }
      - run: gh release view v1
`),
    ).toEqual({
      needs: {
        contents: 'write',
        'pull-requests': 'write',
        actions: 'write',
        statuses: 'write',
      },
      unknown: [
        "the GITHUB_TOKEN is in the environment (GITHUB_TOKEN) of `./scripts/release.sh`, which may use it (step 'Custom')",
      ],
    });
  });

  it('a python script given the token is unknown; one without it needs nothing', async () => {
    expect(
      await single(`      - name: Py
        shell: python
        run: import os; print(len(os.environ['GITHUB_TOKEN']))
        env: { GITHUB_TOKEN: '\${{ github.token }}' }
      - shell: python
        run: print('hello')
`),
    ).toEqual({
      needs: {},
      unknown: ["the GITHUB_TOKEN is given to a `python` script (step 'Py')"],
    });
  });

  it('git push needs nothing when checkout does not keep its credentials', async () => {
    expect(
      await single(`      - uses: actions/checkout@v4
        with: { persist-credentials: false }
      - run: git push origin HEAD
`),
    ).toEqual({ needs: { contents: 'read' }, unknown: [] });
  });

  it('a token exported to $GITHUB_ENV reaches gh in a later step', async () => {
    expect(
      await single(`      - run: echo "GH_TOKEN=\${{ github.token }}" >> "$GITHUB_ENV"
      - run: gh workflow run deploy.yml
`),
    ).toEqual({ needs: { actions: 'write' }, unknown: [] });
  });

  it('a docker:// step given the token is unknown; without it, it needs nothing', async () => {
    expect(
      await single(`      - uses: docker://alpine:3
        with: { args: echo hi }
      - name: Tool
        uses: docker://ghcr.io/x/tool:1
        env: { TOKEN: '\${{ secrets.GITHUB_TOKEN }}' }
`),
    ).toEqual({
      needs: {},
      unknown: [
        "the GITHUB_TOKEN is passed to the container `docker://ghcr.io/x/tool:1` (step 'Tool')",
      ],
    });
  });

  it('a missing local action is unknown', async () => {
    expect(await single(`      - uses: ./.github/actions/missing\n`)).toEqual({
      needs: {},
      unknown: ['the local action `./.github/actions/missing` is not in the repository (step 1)'],
    });
  });

  it('an action of another repository checked out into a folder is looked up as that repository’s', async () => {
    expect(
      await single(`      - uses: actions/checkout@v4
        with: { repository: windlasstech/palisade, path: tools, persist-credentials: false }
      - uses: ./tools/actions/advisory-id
        with: { command: assign, advisory: GHSA-aaaa-bbbb-cccc }
      - uses: ./tools/actions/pin-check
      - uses: ./tools/actions/unknown-one
`),
    ).toEqual({
      needs: { contents: 'write' },
      unknown: [
        '`windlasstech/palisade/actions/unknown-one` is not in the knowledge base (step 4)',
      ],
    });
    // Before the checkout, or from a folder nothing was checked out into, it is still missing.
    expect(await single(`      - uses: ./tools/actions/pin-check\n`)).toEqual({
      needs: {},
      unknown: ['the local action `./tools/actions/pin-check` is not in the repository (step 1)'],
    });
  });

  it('a composite action is followed with the caller’s inputs, and its reasons name the inner step', async () => {
    const result = await single(
      `      - uses: ./.github/actions/comment
        with: { token: '\${{ secrets.GITHUB_TOKEN }}', publish: 'true' }
      - uses: ./.github/actions/comment
        with: { token: '\${{ secrets.PAT }}' }
`,
      {
        '.github/actions/comment/action.yml': `name: comment
inputs:
  token: { description: t }
  publish: { description: p, default: 'false' }
runs:
  using: composite
  steps:
    - name: Comment
      shell: bash
      run: gh issue comment 1 --body hi
      env: { GH_TOKEN: '\${{ inputs.token }}' }
    - uses: codecov/codecov-action@v5
      with: { use_oidc: '\${{ inputs.publish }}' }
`,
      },
    );
    expect(result).toEqual({ needs: { issues: 'write', 'id-token': 'write' }, unknown: [] });
  });

  it('a composite action that calls itself is a cycle, reported once, not a hang', async () => {
    expect(
      await single(`      - uses: ./.github/actions/loop\n`, {
        '.github/actions/loop/action.yml': `name: loop
runs:
  using: composite
  steps:
    - uses: ./.github/actions/loop
`,
      }),
    ).toEqual({
      needs: {},
      unknown: [
        'the local action `./.github/actions/loop` calls itself (step 1 in ./.github/actions/loop)',
      ],
    });
  });

  it('a local reusable workflow gives the union of its jobs, with the secrets its caller passes', async () => {
    const repository = await repo({
      '.github/workflows/ci.yml': `on: push
jobs:
  call:
    uses: ./.github/workflows/release.yml
    secrets: { token: '\${{ secrets.GITHUB_TOKEN }}' }
  call-with-pat:
    uses: ./.github/workflows/release.yml
    secrets: { token: '\${{ secrets.PAT }}' }
  remote:
    uses: octo/workflows/.github/workflows/build.yml@v1
`,
      '.github/workflows/release.yml': `on:
  workflow_call:
    secrets: { token: { required: true } }
jobs:
  notes:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
  publish:
    runs-on: ubuntu-latest
    steps:
      - run: gh release create v1
        env: { GH_TOKEN: '\${{ secrets.token }}' }
`,
    });
    expect(summary(jobIn(repository, '.github/workflows/ci.yml', 'call'))).toEqual({
      needs: { contents: 'write' },
      unknown: [],
    });
    expect(summary(jobIn(repository, '.github/workflows/ci.yml', 'call-with-pat'))).toEqual({
      needs: { contents: 'read' },
      unknown: [],
    });
    expect(summary(jobIn(repository, '.github/workflows/ci.yml', 'remote'))).toEqual({
      needs: {},
      unknown: [
        'the reusable workflow `octo/workflows/.github/workflows/build.yml@v1` cannot be read offline',
      ],
    });
  });

  it('reusable workflows calling each other in a cycle stop with a reason', async () => {
    const repository = await repo({
      '.github/workflows/a.yml': `on: [push, workflow_call]
jobs:
  to-b:
    uses: ./.github/workflows/b.yml
`,
      '.github/workflows/b.yml': `on: workflow_call
jobs:
  to-a:
    uses: ./.github/workflows/a.yml
`,
    });
    expect(summary(jobIn(repository, '.github/workflows/a.yml', 'to-b'))).toEqual({
      needs: {},
      unknown: [
        './.github/workflows/b.yml job `to-a`: `./.github/workflows/a.yml` calls itself through a cycle of reusable workflows',
      ],
    });
  });

  it('an action outside the knowledge base is unknown; analyzeStep gives one step', async () => {
    const repository = await repo({
      '.github/workflows/ci.yml': `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Mystery
        uses: someone/something@v1
`,
    });
    const workflow = repository.workflows[0];
    const job = workflow?.jobs[0];
    const step = job?.steps[1];
    if (!workflow || !job || !step) throw new Error('fixture');
    const result = analyzeStep(step, job, workflow, { repository });
    expect(result.needs).toEqual([]);
    expect(result.unknown).toBe(
      "`someone/something` is not in the knowledge base (step 'Mystery')",
    );
  });
});

describe('the route and command tables', () => {
  it('routes map by area and verb; what no scope grants is unknown', () => {
    expect(classifyRoute('GET', '/repos/{owner}/{repo}/issues/{issue_number}')).toEqual({
      kind: 'needs',
      needs: [{ scope: 'issues', level: 'read' }],
    });
    expect(classifyRoute('POST', '/repos/{owner}/{repo}/dispatches')).toEqual({
      kind: 'needs',
      needs: [{ scope: 'contents', level: 'write' }],
    });
    expect(classifyRoute('GET', '/repos/{owner}/{repo}')).toEqual({ kind: 'none' });
    expect(classifyRoute('PUT', '/repos/{owner}/{repo}/actions/secrets/X').kind).toBe('unknown');
    expect(methodNeed('pulls', 'merge')).toEqual({
      kind: 'needs',
      needs: [
        { scope: 'pull-requests', level: 'write' },
        { scope: 'contents', level: 'write' },
      ],
    });
    expect(methodNeed('actions', 'createWorkflowDispatch')).toEqual({
      kind: 'needs',
      needs: [{ scope: 'actions', level: 'write' }],
    });
    expect(methodNeed('actions', 'createOrUpdateRepoSecret')).toBeUndefined();
  });

  it('gh subcommands and gh api map to scopes; graphql is unknown', () => {
    expect(ghNeed(['release', 'upload', 'v1', 'a.tgz'])).toEqual({
      kind: 'needs',
      needs: [{ scope: 'contents', level: 'write' }],
      what: 'gh release upload',
    });
    expect(ghNeed(['api', 'repos/{owner}/{repo}/labels', '-f', 'name=x'])).toMatchObject({
      kind: 'needs',
      needs: [{ scope: 'issues', level: 'write' }],
    });
    expect(ghNeed(['api', 'graphql', '-f', 'query=…'])).toEqual({
      kind: 'unknown',
      reason: 'GraphQL calls cannot be mapped to scopes statically',
    });
    expect(ghNeed(['secret', 'set', 'X'])).toEqual({
      kind: 'unknown',
      reason: '`gh secret set` is not in the command table',
    });
  });

  it('the shell reader finds commands in substitutions and skips heredocs, tests and case patterns', () => {
    const commands = parseShell(`X=$(gh pr view 1 --json number)
cat <<EOF
gh release delete v1
EOF
if [[ "$A" == "b" || "$A" == "c" ]]; then echo yes; fi
case "$X" in a|b) make ;; *) true ;; esac
`);
    expect(commands.map((c) => c.words[0] ?? `${[...c.assignments.keys()].join()}=`)).toEqual([
      'gh',
      'X=',
      'cat',
      '[[',
      'echo',
      'make',
      'true',
    ]);
  });
});
