import type { Level, Scope } from '../scopes.js';

/**
 * What the knowledge base says about one action: how it gets a GitHub token, what each use of
 * it needs, and under which inputs. Facts come from each action's action.yml and README (and
 * GitHub's documented permission requirements); `source` says which.
 *
 * Conditions read the step's `with:` values. A condition that depends on a value the analysis
 * cannot know (an expression it cannot evaluate) makes the step `unknown`: never guessed.
 */
export interface ActionKnowledge {
  /**
   * Where the action gets its GitHub token. Absent: it uses no GitHub token at all (it may use
   * the Actions runtime token for caches and artifacts, which is not the GITHUB_TOKEN).
   */
  token?: TokenSource;
  /** What the action needs; each rule applies when its `when` holds. Empty: nothing. */
  needs: NeedRule[];
  /** After the step, git on the runner authenticates with the step's token (when this holds). */
  persistsGitCredentials?: Condition;
  /** The action mints another token (an app or exchanged token): its outputs are not the GITHUB_TOKEN. */
  mintsToken?: true;
  /** The action runs user code from an input; the analysis reads it (`actions/github-script`). */
  script?: 'github-script';
  /** Where each fact comes from: the input, the README section, the GitHub doc. */
  source: string;
}

/** How the action is given a token: an input (with its default) or an environment variable. */
export type TokenSource = { input: string; defaultsToGithubToken: boolean } | { env: string };

export type NeedRule =
  | {
      scope: Scope;
      level: Level;
      /** Short, for users: `actions/checkout fetches the repository`. */
      reason: string;
      when?: Condition;
      /**
       * `token` (the default): needed only when the step's token is the GITHUB_TOKEN (another
       * token passed in its place needs nothing of it). `always`: needed whatever token the
       * step passes, e.g. `id-token: write` for OIDC, or a token the action's own steps take
       * from `github.token` directly.
       */
      via?: 'token' | 'always';
    }
  | {
      /** The step's needs cannot be known when this holds; the text says why. */
      unknown: string;
      when: Condition;
      via?: 'token' | 'always';
    };

/** A test on the step's inputs. Absent inputs take `default` (as in the action.yml). */
export type Condition =
  | { input: string; equals: readonly string[]; default?: string }
  | { input: string; matches: RegExp; default?: string }
  | { input: string; set: boolean }
  | { input: string; isGithubToken: true }
  /** The input's text refers to the GITHUB_TOKEN (false when it cannot be seen to). */
  | { input: string; mentionsGithubToken: true }
  | { env: string; set: boolean }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition };

const githubTokenInput = (input: string): TokenSource => ({ input, defaultsToGithubToken: true });
const optionalTokenInput = (input: string): TokenSource => ({
  input,
  defaultsToGithubToken: false,
});
const isTrue = (input: string, defaultValue = 'false'): Condition => ({
  input,
  equals: ['true'],
  default: defaultValue,
});
const GHCR = /^(https?:\/\/)?(ghcr\.io|docker\.pkg\.github\.com)(\/|$)/i;

/** sbom-attest signs only when it is given subjects. */
const SBOM_SUBJECTS: Condition = {
  any: [
    { input: 'subject-path', set: true },
    { input: 'subject-digest', set: true },
    { input: 'subject-checksums', set: true },
  ],
};

/** Used only to download public releases, where the token raises the API rate limit. */
const RATE_LIMIT_ONLY = 'uses the token only for public downloads (rate limits): no scope';

/** CodeQL actions send status reports to code scanning and read the run in private repositories. */
function codeql(what: string, source: string, extra: NeedRule[] = []): ActionKnowledge {
  return {
    token: githubTokenInput('token'),
    needs: [
      { scope: 'security-events', level: 'write', reason: `CodeQL ${what}` },
      {
        scope: 'actions',
        level: 'read',
        reason: 'CodeQL reads the workflow run (needed in private repositories)',
      },
      ...extra,
    ],
    source,
  };
}

/**
 * The knowledge base, keyed by `owner/repo` or `owner/repo/path`, lower-case, without `@ref`.
 * An action absent from it is "cannot compute": most actions default a token input to
 * `github.token`, so nothing is assumed about them.
 */
export const ACTIONS: Readonly<Record<string, ActionKnowledge>> = {
  'actions/checkout': {
    token: githubTokenInput('token'),
    needs: [
      { scope: 'contents', level: 'read', reason: 'actions/checkout fetches the repository' },
    ],
    persistsGitCredentials: { not: { input: 'persist-credentials', equals: ['false'] } },
    source:
      'action.yml: `token` defaults to github.token; `persist-credentials` (default true) ' +
      'leaves it in the git config for later git commands',
  },
  'actions/labeler': {
    token: githubTokenInput('repo-token'),
    needs: [
      {
        scope: 'contents',
        level: 'read',
        reason: 'actions/labeler reads its configuration and the changed files',
      },
      { scope: 'pull-requests', level: 'write', reason: 'actions/labeler labels the pull request' },
    ],
    source: 'README "Permissions": contents: read, pull-requests: write',
  },
  'actions/upload-artifact': {
    needs: [],
    source: 'action.yml has no token input: uploads go through the Actions runtime token',
  },
  'actions/download-artifact': {
    token: optionalTokenInput('github-token'),
    needs: [
      {
        scope: 'actions',
        level: 'read',
        reason: 'actions/download-artifact lists artifacts through the API (`github-token` given)',
      },
    ],
    source:
      'action.yml: `github-token` has no default; without it artifacts of the current run ' +
      'come through the Actions runtime token; with it (other run or repository) the API is used',
  },
  'actions/cache': { needs: [], source: 'action.yml has no token input: Actions runtime token' },
  'actions/cache/restore': {
    needs: [],
    source: 'action.yml has no token input: Actions runtime token',
  },
  'actions/cache/save': {
    needs: [],
    source: 'action.yml has no token input: Actions runtime token',
  },
  'actions/setup-node': {
    token: githubTokenInput('token'),
    needs: [],
    source: `action.yml \`token\` (node-versions downloads) ${RATE_LIMIT_ONLY}`,
  },
  'actions/setup-python': {
    token: githubTokenInput('token'),
    needs: [],
    source: `action.yml \`token\` (python-versions downloads) ${RATE_LIMIT_ONLY}`,
  },
  'actions/setup-go': {
    token: githubTokenInput('token'),
    needs: [],
    source: `action.yml \`token\` (go-versions downloads) ${RATE_LIMIT_ONLY}`,
  },
  'actions/setup-java': {
    token: githubTokenInput('token'),
    needs: [],
    source:
      `action.yml \`token\` ${RATE_LIMIT_ONLY}; \`server-password\` only names an ` +
      'environment variable for a later Maven step',
  },
  'actions/setup-dotnet': {
    needs: [],
    source: 'action.yml has no token input; `source-url` only writes a NuGet config',
  },
  'actions/github-script': {
    token: githubTokenInput('github-token'),
    needs: [],
    script: 'github-script',
    source: 'action.yml: `github-token` defaults to github.token; needs come from `script`',
  },
  'actions/create-github-app-token': {
    needs: [],
    mintsToken: true,
    source: 'action.yml: authenticates with the app id and private key, not the GITHUB_TOKEN',
  },
  'actions/attest-build-provenance': {
    token: githubTokenInput('github-token'),
    needs: attestationNeeds('actions/attest-build-provenance'),
    source:
      'README permissions: id-token: write, attestations: write; packages: write with ' +
      '`push-to-registry`; artifact-metadata: write for storage records',
  },
  'actions/attest': {
    token: githubTokenInput('github-token'),
    needs: attestationNeeds('actions/attest'),
    source:
      'action.yml `github-token`, `push-to-registry`, `create-storage-record` (default true, ' +
      'needs push-to-registry); README permissions',
  },
  'actions/upload-release-asset': {
    token: { env: 'GITHUB_TOKEN' },
    needs: [
      {
        scope: 'contents',
        level: 'write',
        reason: 'actions/upload-release-asset uploads a release asset',
      },
    ],
    source: 'README: the token is read from env GITHUB_TOKEN; uploads to a release',
  },
  'actions/create-release': {
    token: { env: 'GITHUB_TOKEN' },
    needs: [
      { scope: 'contents', level: 'write', reason: 'actions/create-release creates a release' },
    ],
    source: 'README: the token is read from env GITHUB_TOKEN; creates a release',
  },
  'actions/stale': {
    token: githubTokenInput('repo-token'),
    needs: [
      {
        scope: 'issues',
        level: 'write',
        reason: 'actions/stale labels, comments on and closes issues',
      },
      {
        scope: 'pull-requests',
        level: 'write',
        reason: 'actions/stale labels, comments on and closes pull requests',
      },
      {
        scope: 'contents',
        level: 'write',
        reason: 'actions/stale deletes branches of closed pull requests',
        when: isTrue('delete-branch'),
      },
    ],
    source: 'README "Recommended permissions" and `delete-branch` (contents: write)',
  },
  'actions/deploy-pages': {
    token: githubTokenInput('token'),
    needs: [
      { scope: 'pages', level: 'write', reason: 'actions/deploy-pages deploys to GitHub Pages' },
      {
        scope: 'id-token',
        level: 'write',
        reason: 'actions/deploy-pages proves the deployment with an OIDC token',
        via: 'always',
      },
    ],
    source: 'README permissions: pages: write, id-token: write',
  },
  'actions/upload-pages-artifact': {
    needs: [],
    source: 'composite: tars the site and calls actions/upload-artifact',
  },
  'actions/publish-immutable-action': {
    token: githubTokenInput('github-token'),
    needs: [
      {
        scope: 'packages',
        level: 'write',
        reason: 'actions/publish-immutable-action publishes the action package',
      },
      {
        scope: 'contents',
        level: 'read',
        reason: 'actions/publish-immutable-action reads the release',
      },
      {
        scope: 'id-token',
        level: 'write',
        reason: 'actions/publish-immutable-action signs the package with an OIDC token',
        via: 'always',
      },
    ],
    source: 'README permissions: contents: read, id-token: write, packages: write',
  },
  'swatinem/rust-cache': {
    needs: [],
    source: 'action.yml has no token input: caches go through the Actions runtime token',
  },
  'astral-sh/setup-uv': {
    token: githubTokenInput('github-token'),
    needs: [],
    source: `action.yml \`github-token\` ${RATE_LIMIT_ONLY}`,
  },
  'dtolnay/rust-toolchain': {
    needs: [],
    source: 'composite action running rustup; no token',
  },
  'dsherret/rust-toolchain-file': {
    needs: [],
    source: 'composite action running rustup; no token',
  },
  'taiki-e/install-action': {
    needs: [],
    source: `composite: passes github.token to its installer, which ${RATE_LIMIT_ONLY}`,
  },
  'pyo3/maturin-action': {
    needs: [
      {
        unknown: 'maturin upload without a PyPI token may use trusted publishing (id-token: write)',
        when: {
          all: [
            { input: 'command', equals: ['upload', 'publish'], default: 'build' },
            { not: { env: 'MATURIN_PYPI_TOKEN', set: true } },
            { not: { env: 'MATURIN_PASSWORD', set: true } },
          ],
        },
      },
    ],
    source: 'action.yml: no token input; `command` (default build)',
  },
  'denoland/setup-deno': {
    needs: [],
    source: 'action.yml has no token input; downloads from dl.deno.land',
  },
  'step-security/harden-runner': {
    token: githubTokenInput('token'),
    needs: [
      {
        scope: 'id-token',
        level: 'write',
        reason: 'harden-runner fetches its `policy` with an OIDC token',
        when: { input: 'policy', set: true },
        via: 'always',
      },
    ],
    source: `action.yml: \`token\` ${RATE_LIMIT_ONLY}; \`policy\` "requires id-token: write"`,
  },
  'rui314/setup-mold': {
    needs: [],
    source: 'composite: downloads a public release with wget; no token',
  },
  'open-security-tools/ost-simple-sts': {
    needs: [
      {
        scope: 'id-token',
        level: 'write',
        reason: 'ost-simple-sts exchanges an OIDC token for an app token',
        via: 'always',
      },
    ],
    mintsToken: true,
    source: 'action.yml: requests an OIDC token (ACTIONS_ID_TOKEN_REQUEST_*); no GITHUB_TOKEN',
  },
  'uraimo/run-on-arch-action': {
    token: optionalTokenInput('githubToken'),
    needs: [
      {
        scope: 'packages',
        level: 'write',
        reason: 'run-on-arch-action caches its image in GitHub Packages (`githubToken`)',
      },
      {
        unknown: 'the GITHUB_TOKEN is passed to the commands run-on-arch-action runs',
        when: {
          any: [
            { input: 'env', mentionsGithubToken: true },
            { input: 'run', mentionsGithubToken: true },
            { input: 'setup', mentionsGithubToken: true },
          ],
        },
        via: 'always',
      },
    ],
    source: 'action.yml: `githubToken` (no default) caches images in the package registry',
  },
  'azure/cli': {
    needs: [
      {
        unknown: 'the GITHUB_TOKEN is passed to the azure/cli inline script',
        when: { input: 'inlineScript', mentionsGithubToken: true },
      },
    ],
    source: 'action.yml: runs `inlineScript` with Azure credentials; no GitHub token',
  },
  'azure/login': {
    needs: [
      {
        scope: 'id-token',
        level: 'write',
        reason: 'azure/login signs in with OIDC (client-id without creds)',
        when: {
          all: [
            { input: 'client-id', set: true },
            { input: 'creds', set: false },
            { not: { input: 'auth-type', equals: ['IDENTITY'] } },
          ],
        },
        via: 'always',
      },
    ],
    source:
      'README: OIDC login uses client-id/tenant-id/subscription-id and needs id-token: ' +
      'write; `creds` is a service principal secret; auth-type IDENTITY is a managed identity',
  },
  'google-github-actions/auth': {
    needs: [
      {
        scope: 'id-token',
        level: 'write',
        reason: 'google-github-actions/auth uses Workload Identity Federation (OIDC)',
        when: { input: 'workload_identity_provider', set: true },
        via: 'always',
      },
    ],
    source:
      'README: `workload_identity_provider` needs id-token: write; `credentials_json` does not',
  },
  'google-github-actions/setup-gcloud': {
    needs: [],
    source: 'action.yml: installs the Cloud SDK; no GitHub token',
  },
  'aws-actions/configure-aws-credentials': {
    needs: [
      {
        scope: 'id-token',
        level: 'write',
        reason: 'configure-aws-credentials assumes a role with OIDC',
        when: {
          all: [
            { input: 'role-to-assume', set: true },
            { input: 'aws-access-key-id', set: false },
            { input: 'web-identity-token-file', set: false },
          ],
        },
        via: 'always',
      },
    ],
    source: 'README: `role-to-assume` without access keys or a token file uses GitHub OIDC',
  },
  'docker/login-action': {
    token: optionalTokenInput('password'),
    needs: [
      {
        scope: 'packages',
        level: 'write',
        reason: 'docker/login-action logs in to ghcr.io with the GITHUB_TOKEN (to push)',
        when: { input: 'registry', matches: GHCR, default: 'docker.io' },
      },
      {
        unknown: 'the GITHUB_TOKEN is given as the password of a registry that is not ghcr.io',
        when: { not: { input: 'registry', matches: GHCR, default: 'docker.io' } },
      },
    ],
    source:
      'action.yml: `registry` (default Docker Hub), `password`; GHCR accepts the GITHUB_TOKEN',
  },
  'docker/setup-buildx-action': {
    needs: [],
    source: 'action.yml: installs buildx; no GitHub token',
  },
  'docker/setup-qemu-action': {
    needs: [],
    source: 'action.yml: installs QEMU binfmt; no GitHub token',
  },
  'docker/metadata-action': {
    token: githubTokenInput('github-token'),
    needs: [],
    source:
      'action.yml: `github-token` reads the repository (GET /repos/{owner}/{repo}), which ' +
      'every token may: no scope',
  },
  'docker/build-push-action': {
    token: githubTokenInput('github-token'),
    needs: [
      {
        scope: 'contents',
        level: 'read',
        reason: 'docker/build-push-action builds from the Git context with the token',
        when: { input: 'context', set: false },
      },
    ],
    source:
      'README "Git context": without `context` the build reads the repository with ' +
      '`github-token` (default github.token); registry pushes use docker/login-action',
  },
  'golangci/golangci-lint-action': {
    token: githubTokenInput('github-token'),
    needs: [
      {
        scope: 'pull-requests',
        level: 'read',
        reason: 'golangci-lint-action fetches the pull request patch (`only-new-issues`)',
        when: isTrue('only-new-issues'),
      },
    ],
    source: 'action.yml: `github-token` "is used for fetching the patch of a pull request"',
  },
  'softprops/action-gh-release': {
    token: githubTokenInput('token'),
    needs: [
      {
        scope: 'contents',
        level: 'write',
        reason: 'softprops/action-gh-release creates the release and uploads its assets',
      },
      {
        unknown: 'a release discussion (`discussion_category_name`) is not mapped to a scope',
        when: { input: 'discussion_category_name', set: true },
      },
    ],
    source: 'action.yml: `token` defaults to github.token; creates releases',
  },
  'ncipollo/release-action': {
    token: githubTokenInput('token'),
    needs: [
      { scope: 'contents', level: 'write', reason: 'ncipollo/release-action creates the release' },
    ],
    source: 'action.yml: `token` defaults to github.token; creates or updates releases',
  },
  'googleapis/release-please-action': {
    token: githubTokenInput('token'),
    needs: [
      {
        scope: 'contents',
        level: 'write',
        reason: 'release-please pushes its branch and releases',
      },
      { scope: 'pull-requests', level: 'write', reason: 'release-please opens the release PR' },
      { scope: 'issues', level: 'write', reason: 'release-please labels the release PR' },
    ],
    source: 'README permissions: contents: write, issues: write, pull-requests: write',
  },
  'peter-evans/create-pull-request': {
    token: githubTokenInput('token'),
    needs: [
      { scope: 'contents', level: 'write', reason: 'create-pull-request pushes the branch' },
      { scope: 'pull-requests', level: 'write', reason: 'create-pull-request opens the PR' },
    ],
    source: 'README "Token": contents: write and pull-requests: write for the GITHUB_TOKEN',
  },
  'dessant/lock-threads': {
    token: githubTokenInput('github-token'),
    needs: [
      { scope: 'issues', level: 'write', reason: 'lock-threads locks issues' },
      { scope: 'pull-requests', level: 'write', reason: 'lock-threads locks pull requests' },
      { scope: 'discussions', level: 'write', reason: 'lock-threads locks discussions' },
    ],
    source: 'README permissions: issues, pull-requests and discussions: write',
  },
  'dorny/paths-filter': {
    token: githubTokenInput('token'),
    needs: [
      {
        scope: 'pull-requests',
        level: 'read',
        reason: 'dorny/paths-filter lists the files a pull request changes',
      },
    ],
    source: 'README: on pull requests the changed files come from the API (pull-requests: read)',
  },
  'github/codeql-action/init': codeql(
    'init reports its status to code scanning',
    'README: security-events: write for all CodeQL workflows (status reports); actions: read ' +
      'in private repositories; packages: read for private packs',
    [
      {
        scope: 'packages',
        level: 'read',
        reason: 'CodeQL init downloads query packs (private packs need packages: read)',
        when: { input: 'packs', set: true },
      },
    ],
  ),
  'github/codeql-action/autobuild': codeql(
    'autobuild reports its status to code scanning',
    'README: security-events: write for all CodeQL workflows (status reports)',
  ),
  'github/codeql-action/analyze': codeql(
    'analyze uploads results to code scanning',
    'action.yml `upload` (default always); README: security-events: write; actions: read in ' +
      'private repositories',
  ),
  'github/codeql-action/upload-sarif': codeql(
    'upload-sarif uploads a SARIF file to code scanning',
    'README: uploading SARIF needs security-events: write',
  ),
  'pnpm/action-setup': {
    needs: [],
    source: 'action.yml: installs pnpm from the npm registry; no GitHub token',
  },
  'pypa/gh-action-pypi-publish': {
    needs: [
      {
        scope: 'id-token',
        level: 'write',
        reason: 'pypi-publish uses trusted publishing (no `password`)',
        when: { input: 'password', set: false },
        via: 'always',
      },
    ],
    source: 'README "Trusted publishing": id-token: write when no `password` is given',
  },
  'goreleaser/goreleaser-action': {
    token: { env: 'GITHUB_TOKEN' },
    needs: [
      {
        scope: 'contents',
        level: 'write',
        reason: 'goreleaser publishes a GitHub release',
        when: {
          all: [
            { input: 'args', matches: /(^|\s)release(\s|$)/, default: '' },
            { not: { input: 'args', matches: /--snapshot|--skip[= ]?publish/, default: '' } },
            { not: { input: 'install-only', equals: ['true'] } },
          ],
        },
      },
    ],
    source: 'README: `release` publishes with env GITHUB_TOKEN (contents: write)',
  },
  'codecov/codecov-action': {
    needs: [
      {
        scope: 'id-token',
        level: 'write',
        reason: 'codecov-action authenticates with OIDC (`use_oidc`)',
        when: isTrue('use_oidc'),
        via: 'always',
      },
    ],
    source: 'action.yml: `token` is a Codecov token; `use_oidc: true` requests an OIDC token',
  },
  'ossf/scorecard-action': {
    token: githubTokenInput('repo_token'),
    needs: [
      {
        scope: 'id-token',
        level: 'write',
        reason: 'scorecard-action publishes results signed with an OIDC token',
        when: isTrue('publish_results'),
        via: 'always',
      },
      {
        scope: 'contents',
        level: 'read',
        reason: 'scorecard-action reads the repository (needed in private repositories)',
      },
      {
        scope: 'actions',
        level: 'read',
        reason: 'scorecard-action reads workflow runs (needed in private repositories)',
      },
    ],
    source: 'README permissions: id-token: write to publish; contents/actions: read when private',
  },
  'sigstore/cosign-installer': {
    needs: [],
    source: 'action.yml: downloads cosign; no GitHub token',
  },
  // Palisade's own actions: facts from their action.yml and README.
  'windlasstech/palisade/actions/pin-check': {
    token: githubTokenInput('github-token'),
    needs: [],
    source:
      'action.yml: `github-token` reads tags and commits of public action repositories ' +
      '(no scope); the workflows are read from the workspace',
  },
  'windlasstech/palisade/actions/permission-lint': {
    needs: [],
    source: 'action.yml: reads the workflows from the workspace; no API call',
  },
  'windlasstech/palisade/actions/invariant-gate': {
    token: githubTokenInput('github-token'),
    needs: [],
    source:
      'action.yml: reads the index and tests from the workspace; `verify-external` reads ' +
      'sibling repositories, which the GITHUB_TOKEN of this repository cannot grant',
  },
  'windlasstech/palisade/actions/advisory-id': {
    token: githubTokenInput('github-token'),
    needs: [
      {
        scope: 'contents',
        level: 'write',
        reason: 'advisory-id assign commits to the ledger branch',
        when: { input: 'command', equals: ['assign'] },
      },
    ],
    source:
      'README: assign needs contents: write on the ledger branch (update-advisory needs an ' +
      'App or fine-grained token, not the GITHUB_TOKEN); check and render use the workspace only',
  },
  'windlasstech/palisade/actions/sbom-attest': {
    token: githubTokenInput('github-token'),
    needs: [
      {
        scope: 'id-token',
        level: 'write',
        reason: 'sbom-attest signs the SBOMs with a Sigstore certificate (OIDC)',
        when: SBOM_SUBJECTS,
        via: 'always',
      },
      {
        scope: 'attestations',
        level: 'write',
        reason: 'sbom-attest stores the attestations',
        when: SBOM_SUBJECTS,
      },
      {
        scope: 'contents',
        level: 'write',
        reason: 'sbom-attest uploads the SBOMs as release assets',
        when: isTrue('upload-release-assets', 'auto'),
      },
      {
        unknown:
          'sbom-attest uploads release assets (contents: write) only on a release event with `upload-release-assets: auto`; set it to true or false',
        when: { input: 'upload-release-assets', equals: ['auto'], default: 'auto' },
      },
      {
        scope: 'artifact-metadata',
        level: 'write',
        reason: 'sbom-attest creates storage records for the registry artifacts',
        when: { input: 'registry-url', set: true },
      },
    ],
    source:
      'README "Permissions per mode": id-token and attestations: write to sign; contents: ' +
      'write for release assets; artifact-metadata: write with registry-url',
  },
  'windlasstech/palisade/actions/provenance-gate': {
    token: githubTokenInput('github-token'),
    needs: [
      {
        scope: 'attestations',
        level: 'read',
        reason: 'provenance-gate fetches the attestations from the API (no `bundle` given)',
        when: { input: 'bundle', set: false },
      },
    ],
    source: 'README: without `bundle`, attestations are fetched from the API (attestations: read)',
  },
  'zizmorcore/zizmor-action': {
    token: githubTokenInput('token'),
    needs: [
      {
        scope: 'security-events',
        level: 'write',
        reason: 'zizmor-action uploads SARIF to code scanning (`advanced-security`)',
        when: isTrue('advanced-security', 'true'),
        via: 'always',
      },
    ],
    source:
      'action.yml: `token` for online audits of public actions; `advanced-security` ' +
      '(default true) runs codeql-action/upload-sarif with github.token',
  },
  'rust-lang/crates-io-auth-action': {
    needs: [
      {
        scope: 'id-token',
        level: 'write',
        reason: 'crates-io-auth-action exchanges an OIDC token (trusted publishing)',
        via: 'always',
      },
    ],
    mintsToken: true,
    source: 'README: crates.io trusted publishing needs id-token: write',
  },
  'jetli/wasm-bindgen-action': {
    needs: [],
    source: 'action.yml: downloads wasm-bindgen; no token input',
  },
  'jetli/wasm-pack-action': {
    needs: [],
    source: 'action.yml: downloads wasm-pack; no token input',
  },
  'prometheus/promci-setup': {
    needs: [],
    source: 'composite: actions/cache, setup-qemu, setup-buildx and shell steps; no token',
  },
  'jlumbroso/free-disk-space': {
    needs: [],
    source: 'composite: removes preinstalled software with shell commands; no token',
  },
  'cargo-bins/cargo-binstall': {
    needs: [],
    source: 'composite: runs the public install script; no token',
  },
  'conda-incubator/setup-miniconda': {
    needs: [],
    source: 'action.yml: installs Miniconda from Anaconda; no GitHub token',
  },
  're-actors/alls-green': {
    needs: [],
    source: 'composite: checks the `jobs` input; no token',
  },
  'ruby/setup-ruby': {
    needs: [],
    source: 'action.yml: installs Ruby builds; no token input',
  },
};

function attestationNeeds(name: string): NeedRule[] {
  const pushes = isTrue('push-to-registry');
  return [
    {
      scope: 'id-token',
      level: 'write',
      reason: `${name} gets a Sigstore certificate with an OIDC token`,
      via: 'always',
    },
    { scope: 'attestations', level: 'write', reason: `${name} stores the attestation` },
    {
      scope: 'packages',
      level: 'write',
      reason: `${name} pushes the attestation to the registry`,
      when: pushes,
      via: 'always',
    },
    {
      scope: 'artifact-metadata',
      level: 'write',
      reason: `${name} records where the image is stored`,
      when: { all: [pushes, { not: { input: 'create-storage-record', equals: ['false'] } }] },
    },
  ];
}

/** The knowledge about `uses:` (any case, with or without `@ref`), if the base has it. */
export function lookupAction(uses: string): ActionKnowledge | undefined {
  const name = actionName(uses);
  return Object.hasOwn(ACTIONS, name) ? ACTIONS[name] : undefined;
}

/** `Owner/Repo/path@ref` → `owner/repo/path`. */
export function actionName(uses: string): string {
  const at = uses.indexOf('@');
  return (at < 0 ? uses : uses.slice(0, at)).trim().toLowerCase();
}
