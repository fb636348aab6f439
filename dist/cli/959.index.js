export const id = 959;
export const ids = [959];
export const modules = {

/***/ 34959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ checkPermissions),
  runPermissionLint: () => (/* binding */ runPermissionLint)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/check.ts
var check = __webpack_require__(11168);
// EXTERNAL MODULE: ./packages/core/src/edits.ts
var edits = __webpack_require__(46553);
// EXTERNAL MODULE: ./packages/core/src/model.ts
var model = __webpack_require__(22373);
// EXTERNAL MODULE: ./packages/core/src/reporters.ts
var reporters = __webpack_require__(2618);
;// CONCATENATED MODULE: ./actions/permission-lint/src/knowledge/actions.ts
const githubTokenInput = (input) => ({ input, defaultsToGithubToken: true });
const optionalTokenInput = (input) => ({
    input,
    defaultsToGithubToken: false,
});
const isTrue = (input, defaultValue = 'false') => ({
    input,
    equals: ['true'],
    default: defaultValue,
});
const GHCR = /^(https?:\/\/)?(ghcr\.io|docker\.pkg\.github\.com)(\/|$)/i;
/** sbom-attest signs only when it is given subjects. */
const SBOM_SUBJECTS = {
    any: [
        { input: 'subject-path', set: true },
        { input: 'subject-digest', set: true },
        { input: 'subject-checksums', set: true },
    ],
};
/** Used only to download public releases, where the token raises the API rate limit. */
const RATE_LIMIT_ONLY = 'uses the token only for public downloads (rate limits): no scope';
/** CodeQL actions send status reports to code scanning and read the run in private repositories. */
function codeql(what, source, extra = []) {
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
const ACTIONS = {
    'actions/checkout': {
        token: githubTokenInput('token'),
        needs: [
            { scope: 'contents', level: 'read', reason: 'actions/checkout fetches the repository' },
        ],
        persistsGitCredentials: { not: { input: 'persist-credentials', equals: ['false'] } },
        source: 'action.yml: `token` defaults to github.token; `persist-credentials` (default true) ' +
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
        source: 'action.yml: `github-token` has no default; without it artifacts of the current run ' +
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
        source: `action.yml \`token\` ${RATE_LIMIT_ONLY}; \`server-password\` only names an ` +
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
        source: 'README permissions: id-token: write, attestations: write; packages: write with ' +
            '`push-to-registry`; artifact-metadata: write for storage records',
    },
    'actions/attest': {
        token: githubTokenInput('github-token'),
        needs: attestationNeeds('actions/attest'),
        source: 'action.yml `github-token`, `push-to-registry`, `create-storage-record` (default true, ' +
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
        source: 'README: OIDC login uses client-id/tenant-id/subscription-id and needs id-token: ' +
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
        source: 'README: `workload_identity_provider` needs id-token: write; `credentials_json` does not',
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
        source: 'action.yml: `registry` (default Docker Hub), `password`; GHCR accepts the GITHUB_TOKEN',
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
        source: 'action.yml: `github-token` reads the repository (GET /repos/{owner}/{repo}), which ' +
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
        source: 'README "Git context": without `context` the build reads the repository with ' +
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
    'github/codeql-action/init': codeql('init reports its status to code scanning', 'README: security-events: write for all CodeQL workflows (status reports); actions: read ' +
        'in private repositories; packages: read for private packs', [
        {
            scope: 'packages',
            level: 'read',
            reason: 'CodeQL init downloads query packs (private packs need packages: read)',
            when: { input: 'packs', set: true },
        },
    ]),
    'github/codeql-action/autobuild': codeql('autobuild reports its status to code scanning', 'README: security-events: write for all CodeQL workflows (status reports)'),
    'github/codeql-action/analyze': codeql('analyze uploads results to code scanning', 'action.yml `upload` (default always); README: security-events: write; actions: read in ' +
        'private repositories'),
    'github/codeql-action/upload-sarif': codeql('upload-sarif uploads a SARIF file to code scanning', 'README: uploading SARIF needs security-events: write'),
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
        source: 'action.yml: `github-token` reads tags and commits of public action repositories ' +
            '(no scope); the workflows are read from the workspace',
    },
    'windlasstech/palisade/actions/permission-lint': {
        needs: [],
        source: 'action.yml: reads the workflows from the workspace; no API call',
    },
    'windlasstech/palisade/actions/invariant-gate': {
        token: githubTokenInput('github-token'),
        needs: [],
        source: 'action.yml: reads the index and tests from the workspace; `verify-external` reads ' +
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
        source: 'README: assign needs contents: write on the ledger branch (update-advisory needs an ' +
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
                unknown: 'sbom-attest uploads release assets (contents: write) only on a release event with `upload-release-assets: auto`; set it to true or false',
                when: { input: 'upload-release-assets', equals: ['auto'], default: 'auto' },
            },
            {
                scope: 'artifact-metadata',
                level: 'write',
                reason: 'sbom-attest creates storage records for the registry artifacts',
                when: { input: 'registry-url', set: true },
            },
        ],
        source: 'README "Permissions per mode": id-token and attestations: write to sign; contents: ' +
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
        source: 'action.yml: `token` for online audits of public actions; `advanced-security` ' +
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
function attestationNeeds(name) {
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
function lookupAction(uses) {
    const name = actionName(uses);
    return Object.hasOwn(ACTIONS, name) ? ACTIONS[name] : undefined;
}
/** `Owner/Repo/path@ref` → `owner/repo/path`. */
function actionName(uses) {
    const at = uses.indexOf('@');
    return (at < 0 ? uses : uses.slice(0, at)).trim().toLowerCase();
}

;// CONCATENATED MODULE: ./actions/permission-lint/src/knowledge/routes.ts
const NONE = { kind: 'none' };
function need(scope, level) {
    return { kind: 'needs', needs: [{ scope, level }] };
}
function unknown(reason) {
    return { kind: 'unknown', reason };
}
/** Endpoints outside a repository that need no scope (the "metadata" list of the App permissions doc). */
const PUBLIC_TOP_LEVEL = new Set([
    '',
    'rate_limit',
    'meta',
    'emojis',
    'zen',
    'octocat',
    'versions',
    'licenses',
    'codes_of_conduct',
    'gitignore',
    'markdown',
]);
/** `GET /repos/{owner}/{repo}/<segment>…` endpoints that need only the metadata permission. */
const REPOSITORY_METADATA = new Set([
    'collaborators',
    'contributors',
    'forks',
    'languages',
    'license',
    'stargazers',
    'stats',
    'subscribers',
    'topics',
]);
/** The first segment after `/repos/{owner}/{repo}/` of every endpoint classified below. */
const REPOSITORY_AREAS = new Set([
    ...REPOSITORY_METADATA,
    ...'actions issues labels milestones assignees pulls commits branches tags contents git'.split(' '),
    ...'releases compare merges merge-upstream dispatches readme tarball zipball comments'.split(' '),
    ...'dependency-graph check-runs check-suites statuses deployments pages'.split(' '),
    ...'code-scanning attestations projects'.split(' '),
    // Not granted, but named so that a variable before them is read as `{owner}/{repo}`.
    ...'collaborators environments hooks keys invitations rulesets secret-scanning'.split(' '),
    ...'dependabot vulnerability-alerts traffic autolinks properties events teams'.split(' '),
]);
/** A shell variable or an unevaluated expression standing for a whole segment. */
function isVariable(segment) {
    return segment !== undefined && /^(\$|\uE000)/.test(segment);
}
/** `/repos/{owner}/{repo}/actions/<segment>` areas the `actions` scope grants. */
const ACTIONS_AREAS = new Set(['artifacts', 'caches', 'cache', 'runs', 'jobs', 'workflows']);
/**
 * The scope a REST endpoint needs, from its route and verb, following GitHub's documented
 * "permissions required for GitHub Apps" (the GITHUB_TOKEN is an installation token of the
 * GitHub Actions app): GET reads, every other verb writes. A route outside these rules is
 * `unknown`, never guessed.
 *
 * `path` is the route as written in Octokit or in a URL: `{owner}`-style or `:owner`-style
 * parameters, or shell variables in place of a segment, are all treated as parameters.
 */
function classifyRoute(verb, path) {
    const method = verb.toUpperCase();
    const level = method === 'GET' || method === 'HEAD' ? 'read' : 'write';
    const clean = path
        .replace(/^(https?:\/\/[^/]+|\{origin\})/i, '')
        .replace(/\{\?[^}]*\}$/, '')
        .replace(/[?#].*$/, '')
        .replace(/^\/+|\/+$/g, '');
    const segments = clean === '' ? [] : clean.split('/');
    const [top = '', ...rest] = segments;
    if (top !== 'repos') {
        if (PUBLIC_TOP_LEVEL.has(top)) {
            return method === 'GET' || top === 'markdown' ? NONE : unknown(`${method} /${clean}`);
        }
        // Packages of an organization or user (the ones linked to the repository are granted).
        if ((top === 'orgs' || top === 'users') && rest[1] === 'packages')
            return need('packages', level);
        if (top === 'user' && rest[0] === 'packages')
            return need('packages', level);
        return unknown(`/${top} is outside the repository, where the GITHUB_TOKEN has no scope`);
    }
    // `/repos/$REPO/issues`: one variable in place of `{owner}/{repo}`.
    if (isVariable(rest[0]) && rest[1] !== undefined && REPOSITORY_AREAS.has(rest[1])) {
        rest.splice(1, 0, '{repo}');
    }
    // /repos/{owner}/{repo}/<area>/…
    const area = rest[2];
    const tail = rest.slice(3);
    if (rest.length < 2)
        return unknown(`/${clean} is not a repository endpoint`);
    if (area === undefined)
        return method === 'GET' ? NONE : unknown('changing the repository itself needs administration');
    if (method === 'GET' && REPOSITORY_METADATA.has(area))
        return NONE;
    if (tail.includes('codespaces'))
        return unknown('codespaces are not granted by a GITHUB_TOKEN scope');
    switch (area) {
        case 'actions': {
            const sub = tail[0] ?? '';
            if (!ACTIONS_AREAS.has(sub))
                return unknown(`actions/${sub} is not granted by the actions scope`);
            if (tail.includes('pending_deployments') || tail.includes('deployment_protection_rule')) {
                return unknown('reviewing deployments is not mapped to a scope');
            }
            return need('actions', level);
        }
        case 'issues':
        case 'labels':
        case 'milestones':
        case 'assignees':
            return need('issues', level);
        case 'pulls':
            if (tail[1] === 'merge' && level === 'write') {
                return {
                    kind: 'needs',
                    needs: [
                        { scope: 'pull-requests', level: 'write' },
                        { scope: 'contents', level: 'write' },
                    ],
                };
            }
            return need('pull-requests', level);
        case 'commits':
            if (tail.includes('check-runs') || tail.includes('check-suites'))
                return need('checks', level);
            if (tail.includes('status') || tail.includes('statuses'))
                return need('statuses', level);
            if (tail.includes('pulls'))
                return unknown('commits/{sha}/pulls is not mapped to a scope');
            return need('contents', level);
        case 'branches':
            if (tail.includes('protection') || tail.includes('rename')) {
                return unknown('branch protection and renaming need administration');
            }
            return need('contents', level);
        case 'tags':
            if (tail[0] === 'protection')
                return unknown('tag protection needs administration');
            return need('contents', level);
        case 'contents':
        case 'git':
        case 'releases':
        case 'compare':
        case 'merges':
        case 'merge-upstream':
        case 'dispatches':
        case 'readme':
        case 'tarball':
        case 'zipball':
        case 'comments':
        case 'dependency-graph':
            return need('contents', level);
        case 'check-runs':
        case 'check-suites':
            return need('checks', level);
        case 'statuses':
            return need('statuses', level);
        case 'deployments':
            return need('deployments', level);
        case 'pages':
            return need('pages', level);
        case 'code-scanning':
            return need('security-events', level);
        case 'attestations':
            return need('attestations', level);
        case 'projects':
            return need('repository-projects', level);
        default:
            return unknown(`/repos/{owner}/{repo}/${area} is not granted by a GITHUB_TOKEN scope`);
    }
}
/** A method of `github.rest.<namespace>` (or the legacy `github.<namespace>`), looked up. */
function methodNeed(namespace, method) {
    return methodIndex().get(`${namespace}.${method}`);
}
let index;
function methodIndex() {
    if (index)
        return index;
    index = new Map();
    for (const [namespace, groups] of Object.entries(REST_METHODS)) {
        for (const [code, names] of Object.entries(groups)) {
            const decoded = decode(code);
            for (const name of names.split(/\s+/)) {
                if (name)
                    index.set(`${namespace}.${name}`, decoded);
            }
        }
    }
    return index;
}
/** `contents:read`, `pull-requests:write+contents:write`, `none`, `unknown`. */
function decode(code) {
    if (code === 'none')
        return NONE;
    if (code === 'unknown')
        return unknown('its endpoint is not granted by a GITHUB_TOKEN scope');
    return {
        kind: 'needs',
        needs: code.split('+').map((part) => {
            const [scope, level] = part.split(':');
            return { scope, level };
        }),
    };
}
// `github.rest.<namespace>.<method>` → what its endpoint needs, grouped by need (`scope:level`,
// `+` between two scopes; `none`). Derived once from the generated endpoint list of
// @octokit/plugin-rest-endpoint-methods 17.0.0 (dist-src/generated/endpoints.js, MIT:
// namespace → method → "VERB /route") by applying classifyRoute above to each route; only the
// result is kept. Methods whose endpoint no GITHUB_TOKEN scope grants are left out: unknown.
const REST_METHODS = {
    actions: {
        'actions:read': `
      downloadArtifact downloadJobLogsForWorkflowRun downloadWorkflowRunAttemptLogs
      downloadWorkflowRunLogs getActionsCacheList getActionsCacheUsage getArtifact
      getJobForWorkflowRun getReviewsForRun getWorkflow getWorkflowRun getWorkflowRunAttempt
      getWorkflowRunUsage getWorkflowUsage listArtifactsForRepo listJobsForWorkflowRun
      listJobsForWorkflowRunAttempt listRepoWorkflows listWorkflowRunArtifacts
      listWorkflowRuns listWorkflowRunsForRepo
    `,
        'actions:write': `
      approveWorkflowRun cancelWorkflowRun createWorkflowDispatch deleteActionsCacheById
      deleteActionsCacheByKey deleteArtifact deleteWorkflowRun deleteWorkflowRunLogs
      disableWorkflow enableWorkflow forceCancelWorkflowRun reRunJobForWorkflowRun
      reRunWorkflow reRunWorkflowFailedJobs
    `,
    },
    activity: {
        none: 'listStargazersForRepo listWatchersForRepo',
    },
    checks: {
        'checks:read': 'get getSuite listAnnotations listForRef listForSuite listSuitesForRef',
        'checks:write': `
      create createSuite rerequestRun rerequestSuite setSuitesPreferences update
    `,
    },
    codeScanning: {
        'security-events:read': `
      getAlert getAnalysis getAutofix getCodeqlDatabase getDefaultSetup getSarif
      getVariantAnalysis getVariantAnalysisRepoTask listAlertInstances listAlertsForRepo
      listAlertsInstances listCodeqlDatabases listRecentAnalyses
    `,
        'security-events:write': `
      commitAutofix createAutofix createVariantAnalysis deleteAnalysis deleteCodeqlDatabase
      updateAlert updateDefaultSetup uploadSarif
    `,
    },
    codesOfConduct: {
        none: 'getAllCodesOfConduct getConductCode',
    },
    dependencyGraph: {
        'contents:read': 'diffRange exportSbom',
        'contents:write': 'createRepositorySnapshot',
    },
    emojis: {
        none: 'get',
    },
    git: {
        'contents:read': 'getBlob getCommit getRef getTag getTree listMatchingRefs',
        'contents:write': `
      createBlob createCommit createRef createTag createTree deleteRef updateRef
    `,
    },
    gitignore: {
        none: 'getAllTemplates getTemplate',
    },
    issues: {
        'issues:read': `
      checkUserCanBeAssigned checkUserCanBeAssignedToIssue get getComment getEvent getLabel
      getMilestone getParent listAssignees listComments listCommentsForRepo
      listDependenciesBlockedBy listDependenciesBlocking listEvents listEventsForRepo
      listEventsForTimeline listForRepo listLabelsForMilestone listLabelsForRepo
      listLabelsOnIssue listMilestones listSubIssues
    `,
        'issues:write': `
      addAssignees addBlockedByDependency addLabels addSubIssue create createComment
      createLabel createMilestone deleteComment deleteLabel deleteMilestone lock
      removeAllLabels removeAssignees removeDependencyBlockedBy removeLabel removeSubIssue
      reprioritizeSubIssue setLabels unlock update updateComment updateLabel updateMilestone
    `,
    },
    licenses: {
        none: 'get getAllCommonlyUsed getForRepo',
    },
    markdown: {
        none: 'render renderRaw',
    },
    meta: {
        none: 'get getAllVersions getOctocat getZen root',
    },
    packages: {
        'packages:read': `
      getAllPackageVersionsForAPackageOwnedByAnOrg
      getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser
      getAllPackageVersionsForPackageOwnedByAuthenticatedUser
      getAllPackageVersionsForPackageOwnedByOrg getAllPackageVersionsForPackageOwnedByUser
      getPackageForAuthenticatedUser getPackageForOrganization getPackageForUser
      getPackageVersionForAuthenticatedUser getPackageVersionForOrganization
      getPackageVersionForUser listPackagesForAuthenticatedUser listPackagesForOrganization
      listPackagesForUser
    `,
        'packages:write': `
      deletePackageForAuthenticatedUser deletePackageForOrg deletePackageForUser
      deletePackageVersionForAuthenticatedUser deletePackageVersionForOrg
      deletePackageVersionForUser restorePackageForAuthenticatedUser restorePackageForOrg
      restorePackageForUser restorePackageVersionForAuthenticatedUser
      restorePackageVersionForOrg restorePackageVersionForUser
    `,
    },
    pulls: {
        'pull-requests:read': `
      checkIfMerged get getReview getReviewComment list listCommentsForReview listCommits
      listFiles listRequestedReviewers listReviewComments listReviewCommentsForRepo
      listReviews
    `,
        'pull-requests:write': `
      create createReplyForReviewComment createReview createReviewComment deletePendingReview
      deleteReviewComment dismissReview removeRequestedReviewers requestReviewers submitReview
      update updateBranch updateReview updateReviewComment
    `,
        'pull-requests:write+contents:write': 'merge',
    },
    rateLimit: {
        none: 'get',
    },
    reactions: {
        'contents:read': 'listForCommitComment listForRelease',
        'contents:write': `
      createForCommitComment createForRelease deleteForCommitComment deleteForRelease
    `,
        'issues:read': 'listForIssue listForIssueComment',
        'issues:write': `
      createForIssue createForIssueComment deleteForIssue deleteForIssueComment
    `,
        'pull-requests:read': 'listForPullRequestReviewComment',
        'pull-requests:write': 'createForPullRequestReviewComment deleteForPullRequestComment',
    },
    repos: {
        'attestations:read': 'listAttestations',
        'attestations:write': 'createAttestation',
        'contents:read': `
      compareCommits compareCommitsWithBasehead downloadArchive downloadTarballArchive
      downloadZipballArchive getBranch getCommit getCommitComment getContent getLatestRelease
      getReadme getReadmeInDirectory getRelease getReleaseAsset getReleaseByTag listBranches
      listBranchesForHeadCommit listCommentsForCommit listCommitCommentsForRepo listCommits
      listReleaseAssets listReleases listTags
    `,
        'contents:write': `
      createCommitComment createDispatchEvent createOrUpdateFileContents createRelease
      deleteCommitComment deleteFile deleteRelease deleteReleaseAsset generateReleaseNotes
      merge mergeUpstream updateCommitComment updateRelease updateReleaseAsset
      uploadReleaseAsset
    `,
        'deployments:read': `
      getDeployment getDeploymentStatus listDeploymentStatuses listDeployments
    `,
        'deployments:write': 'createDeployment createDeploymentStatus deleteDeployment',
        none: `
      checkCollaborator get getAllTopics getCodeFrequencyStats getCollaboratorPermissionLevel
      getCommitActivityStats getContributorsStats getParticipationStats getPunchCardStats
      listCollaborators listContributors listForks listLanguages
    `,
        'pages:read': `
      getLatestPagesBuild getPages getPagesBuild getPagesDeployment getPagesHealthCheck
      listPagesBuilds
    `,
        'pages:write': `
      cancelPagesDeployment createPagesDeployment createPagesSite deletePagesSite
      requestPagesBuild updateInformationAboutPagesSite
    `,
        'statuses:read': 'getCombinedStatusForRef listCommitStatusesForRef',
        'statuses:write': 'createCommitStatus',
    },
};

;// CONCATENATED MODULE: ./actions/permission-lint/src/knowledge/commands.ts

/**
 * `gh <command> <subcommand>` → what it needs of the token gh reads from GH_TOKEN (or
 * GITHUB_TOKEN). Codes: `scope:level`, joined with `+` when a command needs two scopes; `none`
 * when it needs nothing. A subcommand absent from the table is unknown. From the gh manual and
 * the REST/GraphQL resources each subcommand reads or changes.
 */
const GH_COMMANDS = {
    pr: {
        'pull-requests:read': 'view list status diff',
        'pull-requests:write': 'comment create edit review close reopen ready lock unlock',
        'pull-requests:write+contents:write': 'merge',
        'pull-requests:read+contents:read': 'checkout',
    },
    issue: {
        'issues:read': 'view list status',
        'issues:write': 'comment create edit close reopen delete lock unlock transfer pin unpin develop',
    },
    release: {
        'contents:read': 'view list download',
        'contents:write': 'create upload delete delete-asset edit',
    },
    run: {
        'actions:read': 'list view watch download',
        'actions:write': 'cancel rerun delete',
    },
    workflow: {
        'actions:read': 'list view',
        'actions:write': 'run enable disable',
    },
    cache: {
        'actions:read': 'list',
        'actions:write': 'delete',
    },
    label: {
        'issues:read': 'list',
        'issues:write': 'create edit delete clone',
    },
    repo: {
        'contents:read': 'clone',
    },
    auth: {
        none: 'status',
    },
};
/** gh commands that need no token at all. */
const GH_NO_TOKEN = new Set(['version', '--version', 'help', '--help', 'completion']);
/** What `gh …` needs (arguments after `gh`, quotes removed). */
function ghNeed(args) {
    const positional = args.filter((arg, i) => !arg.startsWith('-') || i === 0);
    const [command = '', sub = ''] = positional;
    if (GH_NO_TOKEN.has(command) || command === '')
        return { kind: 'none' };
    if (command === 'api')
        return ghApiNeed(args.slice(1));
    const groups = GH_COMMANDS[command];
    const code = groups
        ? Object.entries(groups).find(([, names]) => names.split(' ').includes(sub))?.[0]
        : undefined;
    const what = `gh ${command} ${sub}`.trim();
    if (code === undefined)
        return { kind: 'unknown', reason: `\`${what}\` is not in the command table` };
    return fromCode(code, what);
}
function fromCode(code, what) {
    if (code === 'none')
        return { kind: 'none' };
    const needs = code.split('+').map((part) => {
        const [scope, level] = part.split(':');
        return { scope, level };
    });
    return { kind: 'needs', needs, what };
}
const GH_API_BODY_FLAGS = new Set(['-f', '-F', '--field', '--raw-field', '--input']);
const GH_API_VALUE_FLAGS = new Set([
    '-X',
    '--method',
    '-H',
    '--header',
    '-q',
    '--jq',
    '-t',
    '--template',
    '--cache',
    '--hostname',
    '-p',
    '--preview',
    ...GH_API_BODY_FLAGS,
]);
/** `gh api <endpoint> [-X METHOD] [-f …]`: the route table decides; GraphQL is unknown. */
function ghApiNeed(args) {
    let method;
    let hasBody = false;
    let endpoint;
    for (let i = 0; i < args.length; i++) {
        const arg = args[i] ?? '';
        const [flag, inline] = splitFlag(arg);
        if (flag === '-X' || flag === '--method') {
            method = inline ?? args[++i];
            continue;
        }
        if (GH_API_BODY_FLAGS.has(flag))
            hasBody = true;
        if (GH_API_VALUE_FLAGS.has(flag)) {
            if (inline === undefined)
                i++;
            continue;
        }
        if (arg.startsWith('-'))
            continue;
        endpoint ??= arg;
    }
    if (endpoint === undefined)
        return { kind: 'unknown', reason: '`gh api` without an endpoint' };
    if (endpoint === 'graphql') {
        return { kind: 'unknown', reason: 'GraphQL calls cannot be mapped to scopes statically' };
    }
    const verb = (method ?? (hasBody ? 'POST' : 'GET')).toUpperCase();
    return routeCommand(verb, endpoint, `gh api ${verb} ${endpoint}`);
}
/** `-Xvalue`, `--method=value` → [flag, value]; anything else → [arg]. */
function splitFlag(arg) {
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0)
        return [arg.slice(0, eq), arg.slice(eq + 1)];
    if (/^-[XHqtpfF].+/.test(arg))
        return [arg.slice(0, 2), arg.slice(2)];
    return [arg, undefined];
}
/** A REST call written in a command, through the route table. */
function routeCommand(verb, route, what) {
    if (!/^\/?[A-Za-z{:]/.test(route.replace(/^https?:\/\/[^/]+/i, ''))) {
        return { kind: 'unknown', reason: `the route of \`${what}\` is not literal` };
    }
    const need = classifyRoute(verb, route.startsWith('/') ? route : `/${route}`);
    if (need.kind === 'needs')
        return { kind: 'needs', needs: need.needs, what };
    if (need.kind === 'none')
        return { kind: 'none' };
    return { kind: 'unknown', reason: `\`${what}\`: ${need.reason}` };
}
/** Hosts the GitHub REST API answers on, as written in scripts. */
const API_HOST = /^(https?:\/\/api\.github\.com|\$\{?GITHUB_API_URL\}?)/i;
/**
 * A `curl`/`wget` call: its method and URL, when the command line makes them plain; the URL
 * may still hold variables. `undefined` when no URL was found.
 */
function httpRequest(words) {
    const [tool = '', ...args] = words;
    let method;
    let hasBody = false;
    let url;
    const valueFlags = new Set([
        '-H',
        '--header',
        '-o',
        '--output',
        '-u',
        '--user',
        '-A',
        '--user-agent',
        '-w',
        '--write-out',
        '--retry',
        '--max-time',
        '-m',
        '--connect-timeout',
        '-O',
        '--output-document',
        '-e',
        '--referer',
        '--header-file',
    ]);
    for (let i = 0; i < args.length; i++) {
        const arg = args[i] ?? '';
        const [flag, inline] = splitLong(arg);
        if (flag === '-X' || flag === '--request' || flag === '--method') {
            method = inline ?? args[++i];
            continue;
        }
        if (/^(-d|--data.*|-F|--form|-T|--upload-file|--post-data|--post-file|--json)$/.test(flag)) {
            hasBody = true;
            if (inline === undefined)
                i++;
            continue;
        }
        if (valueFlags.has(flag)) {
            if (inline === undefined)
                i++;
            continue;
        }
        if (arg.startsWith('-'))
            continue;
        url ??= arg;
    }
    if (url === undefined)
        return undefined;
    const upload = tool === 'curl' && args.some((a) => a === '-T' || a === '--upload-file');
    const verb = method ?? (upload ? 'PUT' : hasBody ? 'POST' : 'GET');
    return { method: verb.toUpperCase(), url };
}
function splitLong(arg) {
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0)
        return [arg.slice(0, eq), arg.slice(eq + 1)];
    if (/^-X.+/.test(arg))
        return ['-X', arg.slice(2)];
    return [arg, undefined];
}
/** What an HTTP call carrying the token needs: API routes through the table, uploads write. */
function httpNeed(method, url) {
    const what = `${method} ${url}`;
    if (/^https?:\/\/uploads\.github\.com\/repos\/[^/]+\/[^/]+\/releases\//i.test(url)) {
        return {
            kind: 'needs',
            needs: [{ scope: 'contents', level: 'write' }],
            what: 'uploads a release asset',
        };
    }
    const host = API_HOST.exec(url);
    if (!host)
        return { kind: 'unknown', reason: `the token is sent to \`${url}\`` };
    const route = url.slice(host[0].length);
    return routeCommand(method, route === '' ? '/' : route, what);
}
/**
 * Commands that never read a GitHub token from their environment (shell built-ins, text and
 * file tools): the token in their environment is not used. Anything else given the token may
 * use it, and is unknown.
 */
const TOKEN_BLIND_COMMANDS = new Set([
    ':',
    '[',
    '[[',
    'awk',
    'base64',
    'basename',
    'break',
    'bzip2',
    'cat',
    'cd',
    'chmod',
    'chown',
    'cmp',
    'continue',
    'cp',
    'cut',
    'date',
    'declare',
    'df',
    'diff',
    'dirname',
    'du',
    'echo',
    'exit',
    'export',
    'false',
    'file',
    'find',
    'free',
    'grep',
    'egrep',
    'fgrep',
    'gunzip',
    'gzip',
    'head',
    'hostname',
    'id',
    'jq',
    'ln',
    'local',
    'ls',
    'md5sum',
    'mkdir',
    'mktemp',
    'mv',
    'nproc',
    'popd',
    'printf',
    'pushd',
    'pwd',
    'read',
    'readlink',
    'readonly',
    'realpath',
    'return',
    'rm',
    'rmdir',
    'sed',
    'seq',
    'set',
    'sha1sum',
    'sha256sum',
    'sha512sum',
    'shasum',
    'shift',
    'shopt',
    'sleep',
    'sort',
    'stat',
    'tail',
    'tar',
    'tee',
    'test',
    'touch',
    'tr',
    'trap',
    'true',
    'type',
    'ulimit',
    'umask',
    'uname',
    'uniq',
    'unset',
    'unzip',
    'wait',
    'wc',
    'which',
    'whoami',
    'xz',
    'yq',
    'zip',
    'zstd',
]);
/** Shell words that start a compound command or continue one: the real command follows. */
const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', 'time', '{']);
/** Words that end a compound command, or introduce one whose words are not a command. */
const SKIPPED = new Set(['fi', 'done', 'esac', '}', ';;', 'for', 'case', 'select', 'function']);
/**
 * Splits a shell script into simple commands. `${{ … }}` expressions must already be replaced
 * by placeholders (they contain spaces). Command substitutions `$(…)` and backticks become
 * commands of their own; heredoc bodies and comments are skipped. Approximate by design: it
 * needs only to find the commands and their words, not to run them.
 */
function parseShell(script) {
    const commands = [];
    parseInto(script.replace(/\\\r?\n/g, ' '), commands);
    return commands;
}
function parseInto(text, out) {
    let words = [];
    let word = '';
    let inWord = false;
    let redirects = [];
    let redirectNext = false;
    let previous;
    let pipeFrom;
    const heredocs = [];
    const state = {
        /** Inside `[[ … ]]`, `&&`, `||`, `<` and `>` are part of the test. */
        inTest: false,
        /** Open `case … esac` commands. */
        cases: 0,
        /** After `case … in` and after each `;;`: a pattern up to `)`, which is not a command. */
        expectPattern: false,
    };
    const endWord = () => {
        if (!inWord)
            return;
        if (redirectNext) {
            redirects.push(word);
            redirectNext = false;
        }
        else {
            words.push(word);
            const head = words.filter((w) => !KEYWORDS.has(w));
            if (word === '[[' && head.length === 1)
                state.inTest = true;
            if (word === ']]')
                state.inTest = false;
            if (word === 'in' && head[0] === 'case') {
                words = [];
                state.cases++;
                state.expectPattern = true;
            }
        }
        word = '';
        inWord = false;
    };
    const endCommand = (pipe, casePattern = false) => {
        endWord();
        const command = casePattern ? undefined : toCommand(words, redirects);
        if (command) {
            if (pipeFrom)
                pipeFrom.pipesTo = command;
            out.push(command);
            previous = command;
        }
        pipeFrom = pipe ? (command ?? previous) : undefined;
        words = [];
        redirects = [];
        redirectNext = false;
    };
    let i = 0;
    let parens = 0;
    while (i < text.length) {
        if (state.expectPattern && !inWord) {
            const skip = /^[\s;]*/.exec(text.slice(i))?.[0].length ?? 0;
            i += skip;
            if (/^esac\b/.test(text.slice(i))) {
                i += 4;
                state.cases--;
                state.expectPattern = false;
                continue;
            }
            const close = patternEnd(text, i);
            i = close + 1;
            state.expectPattern = false;
            continue;
        }
        const c = text[i] ?? '';
        if (c === '\n') {
            endCommand(false);
            i++;
            // Skip heredoc bodies that start after this line.
            while (heredocs.length > 0) {
                const delimiter = heredocs.shift() ?? '';
                while (i < text.length) {
                    const end = text.indexOf('\n', i);
                    const line = text.slice(i, end < 0 ? text.length : end);
                    i = end < 0 ? text.length : end + 1;
                    if (line.trim() === delimiter)
                        break;
                }
            }
            continue;
        }
        if (c === '\\' && i + 1 < text.length) {
            word += text.charAt(i + 1);
            inWord = true;
            i += 2;
            continue;
        }
        if (c === "'") {
            const end = text.indexOf("'", i + 1);
            word += text.slice(i + 1, end < 0 ? text.length : end);
            inWord = true;
            i = end < 0 ? text.length : end + 1;
            continue;
        }
        if (c === '"') {
            i++;
            inWord = true;
            while (i < text.length && text[i] !== '"') {
                if (text[i] === '\\' && i + 1 < text.length) {
                    word += text.charAt(i + 1);
                    i += 2;
                }
                else if (text.startsWith('$(', i) && !text.startsWith('$((', i)) {
                    const end = matchingParen(text, i + 1);
                    parseInto(text.slice(i + 2, end), out);
                    word += text.slice(i, end + 1);
                    i = end + 1;
                }
                else if (text[i] === '`') {
                    const end = text.indexOf('`', i + 1);
                    parseInto(text.slice(i + 1, end < 0 ? text.length : end), out);
                    i = end < 0 ? text.length : end + 1;
                }
                else {
                    word += text.charAt(i);
                    i++;
                }
            }
            i++;
            continue;
        }
        if (text.startsWith('$((', i)) {
            const end = matchingParen(text, i + 1);
            word += text.slice(i, end + 1);
            inWord = true;
            i = end + 1;
            continue;
        }
        if (text.startsWith('$(', i)) {
            const end = matchingParen(text, i + 1);
            parseInto(text.slice(i + 2, end), out);
            word += text.slice(i, end + 1);
            inWord = true;
            i = end + 1;
            continue;
        }
        if (c === '`') {
            const end = text.indexOf('`', i + 1);
            parseInto(text.slice(i + 1, end < 0 ? text.length : end), out);
            inWord = true;
            i = end < 0 ? text.length : end + 1;
            continue;
        }
        if (c === '#' && !inWord) {
            const end = text.indexOf('\n', i);
            i = end < 0 ? text.length : end;
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\r') {
            endWord();
            i++;
            continue;
        }
        if (c === '<' && text.startsWith('<<', i) && !text.startsWith('<<<', i)) {
            endWord();
            const match = /^<<-?\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1/.exec(text.slice(i));
            if (match) {
                heredocs.push(match[2] ?? '');
                i += match[0].length;
                continue;
            }
            i += 2;
            continue;
        }
        if ((c === '>' || c === '<') && state.inTest) {
            word += c;
            inWord = true;
            i++;
            continue;
        }
        if (c === '>' || c === '<') {
            // `2>file`: the digits name a descriptor, they are not a word.
            if (inWord && /^\d+$/.test(word)) {
                word = '';
                inWord = false;
            }
            endWord();
            // `2>&1`, `>&2`: a descriptor, not a file.
            const rest = /^[<>]+&?\d*-?/.exec(text.slice(i))?.[0] ?? c;
            i += rest.length;
            if (c === '>' && !rest.includes('&'))
                redirectNext = true;
            continue;
        }
        if ((c === '|' || c === '&') && state.inTest) {
            endWord();
            i += text[i + 1] === c ? 2 : 1;
            continue;
        }
        if (c === '|' || c === ';' || c === '&') {
            const pipe = c === '|' && text[i + 1] !== '|';
            endCommand(pipe);
            if (c === ';' && text[i + 1] === ';' && state.cases > 0)
                state.expectPattern = true;
            i += text[i + 1] === c ? 2 : 1;
            if (text[i] === '&')
                i++;
            continue;
        }
        if (c === '(' && inWord && /=$/.test(word)) {
            // `name=(a b)`: an array assignment.
            const end = matchingParen(text, i);
            word += text.slice(i, end + 1);
            i = end + 1;
            continue;
        }
        if (c === '(') {
            const definition = /^\(\s*\)/.exec(text.slice(i));
            if (definition) {
                // `name() {`: a function definition, not a command.
                words = [];
                word = '';
                inWord = false;
                i += definition[0].length;
                continue;
            }
            endCommand(false);
            if (text.startsWith('((', i)) {
                // `(( … ))`: arithmetic, not a command.
                i = matchingParen(text, i) + 1;
                continue;
            }
            parens++;
            i++;
            continue;
        }
        if (c === ')') {
            // A `)` with no `(` ends a `case` pattern: its words are not a command.
            endCommand(false, parens === 0);
            if (parens > 0)
                parens--;
            i++;
            continue;
        }
        word += c;
        inWord = true;
        i++;
    }
    endCommand(false);
}
/** The index of the `)` ending a `case` pattern that starts at `from`, quotes respected. */
function patternEnd(text, from) {
    for (let i = from; i < text.length; i++) {
        const c = text[i];
        if (c === "'" || c === '"') {
            const end = text.indexOf(c, i + 1);
            i = end < 0 ? text.length : end;
        }
        else if (c === '\\') {
            i++;
        }
        else if (c === ')') {
            return i;
        }
    }
    return text.length;
}
/** The index of the `)` closing the `(` at `open`, quotes respected. */
function matchingParen(text, open) {
    let depth = 0;
    for (let i = open; i < text.length; i++) {
        const c = text[i];
        if (c === "'") {
            const end = text.indexOf("'", i + 1);
            i = end < 0 ? text.length : end;
        }
        else if (c === '\\') {
            i++;
        }
        else if (c === '(') {
            depth++;
        }
        else if (c === ')') {
            depth--;
            if (depth === 0)
                return i;
        }
    }
    return text.length;
}
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)\+?=(.*)$/s;
function toCommand(raw, redirects) {
    const words = [...raw];
    while (words.length > 0 && KEYWORDS.has(words[0] ?? ''))
        words.shift();
    if (words.length === 0 || SKIPPED.has(words[0] ?? ''))
        return undefined;
    const assignments = new Map();
    while (words.length > 0) {
        const match = ASSIGNMENT.exec(words[0] ?? '');
        if (!match)
            break;
        assignments.set(match[1] ?? '', match[2] ?? '');
        words.shift();
    }
    if (['export', 'local', 'declare', 'readonly', 'typeset'].includes(words[0] ?? '')) {
        for (const word of words.slice(1)) {
            const match = ASSIGNMENT.exec(word);
            if (match)
                assignments.set(match[1] ?? '', match[2] ?? '');
        }
    }
    if (words.length === 0 && assignments.size === 0)
        return undefined;
    return { words, assignments, redirects };
}
/**
 * Strips wrappers that run another command (`sudo`, `env`, `time`, `nohup`, `exec`, `command`,
 * `timeout`, `xargs`) and returns the command they run, with `env`'s assignments.
 */
function unwrap(command) {
    const words = [...command.words];
    const assignments = new Map(command.assignments);
    for (;;) {
        const head = words[0] ?? '';
        if (['sudo', 'nohup', 'exec', 'command', 'time', 'env', 'xargs', 'timeout'].includes(head)) {
            words.shift();
            while (words.length > 0) {
                const next = words[0] ?? '';
                const match = ASSIGNMENT.exec(next);
                if (head === 'env' && match) {
                    assignments.set(match[1] ?? '', match[2] ?? '');
                    words.shift();
                }
                else if (next.startsWith('-')) {
                    words.shift();
                    if (head === 'xargs' && /^-[InPLd]$/.test(next))
                        words.shift();
                    if (head === 'sudo' && /^-[ugCD]$/.test(next))
                        words.shift();
                }
                else if (head === 'timeout' && /^\d/.test(next)) {
                    words.shift();
                }
                else {
                    break;
                }
            }
            continue;
        }
        break;
    }
    return { ...command, words, assignments };
}
/** `/usr/bin/gh` → `gh`; `./scripts/x.sh` stays as written. */
function commandName(word) {
    if (word.startsWith('./') || word.startsWith('../') || word.startsWith('$'))
        return word;
    const slash = word.lastIndexOf('/');
    return slash >= 0 ? word.slice(slash + 1) : word;
}

;// CONCATENATED MODULE: ./actions/permission-lint/src/analyze.ts




// ---------------------------------------------------------------------------------------------
// Public API
/** What one step needs of the GITHUB_TOKEN, given the steps before it in its job or action. */
function analyzeStep(step, job, container, context) {
    const steps = container.kind === 'workflow' ? job.steps : (container.runs?.steps ?? []);
    const frame = container.kind === 'workflow'
        ? workflowFrame(container, job, context, new Set([container.file]))
        : standaloneActionFrame(container, context);
    let result;
    for (const current of steps) {
        const analysed = analyseStep(current, frame);
        if (current === step) {
            result = analysed;
            break;
        }
    }
    return result ?? analyseStep(step, frame);
}
/** What a job needs: the union of its steps, or of the jobs of the local workflow it calls. */
function analyzeJob(workflow, job, context) {
    return analyseJobIn(workflow, job, context, new Set([workflow.file]), undefined);
}
/**
 * How much of the repository the knowledge base covers: every `uses:` of a step (in workflows
 * and composite actions) counts; it is known when the action is in the knowledge base, is a
 * local action found in the repository, or is a `docker://` image (whose needs come from what
 * the step passes it).
 */
function knowledgeCoverage(repository) {
    const index = indexOf(repository);
    let total = 0;
    let known = 0;
    const unknownActions = new Map();
    const count = (uses, file, checkouts = [], foreign = []) => {
        total++;
        const value = uses.value.trim();
        let isKnown;
        if (value.startsWith('docker://')) {
            isKnown = true;
        }
        else if (isLocal(value)) {
            const remote = remoteOfLocal(value, foreign);
            isKnown =
                findLocalAction(index, repositoryPrefix(index, file), value, checkouts) !== undefined ||
                    (remote !== undefined && lookupAction(remote) !== undefined);
        }
        else {
            isKnown = lookupAction(value) !== undefined;
        }
        if (isKnown) {
            known++;
        }
        else {
            const name = isLocal(value) ? value : actionName(value);
            unknownActions.set(name, (unknownActions.get(name) ?? 0) + 1);
        }
    };
    for (const workflow of repository.workflows) {
        for (const job of workflow.jobs) {
            const checkouts = [];
            const foreign = [];
            for (const step of job.steps) {
                if (step.uses)
                    count(step.uses, workflow.file, checkouts, foreign);
                const checkout = checkoutPath(step);
                if (checkout !== undefined)
                    checkouts.push(checkout);
                const other = foreignCheckout(step);
                if (other !== undefined)
                    foreign.push(other);
            }
        }
    }
    for (const action of repository.actions) {
        for (const step of action.runs?.steps ?? [])
            if (step.uses)
                count(step.uses, action.file);
    }
    return { total, known, unknownActions };
}
const GITHUB = { kind: 'github' };
const OTHER = { kind: 'other' };
const analyze_NONE = { kind: 'none' };
function newState() {
    return { gitCredential: analyze_NONE, exported: new Map(), checkouts: [], foreignCheckouts: [] };
}
function workflowFrame(workflow, job, context, visiting, caller) {
    const index = indexOf(context.repository);
    const frame = {
        context,
        index,
        file: workflow.file,
        prefix: repositoryPrefix(index, workflow.file),
        env: [],
        steps: new Map(),
        state: newState(),
        visiting,
        where: '',
    };
    frame.env.push({ values: workflow.env, frame }, { values: job.env, frame });
    if (caller) {
        frame.inputs = {
            values: caller.job.with,
            frame: caller.frame,
            defaults: workflowCallDefaults(workflow),
        };
        const secrets = caller.job.secrets;
        frame.secrets =
            secrets === undefined
                ? { values: new Map(), frame: caller.frame }
                : secrets instanceof Map
                    ? { values: secrets, frame: caller.frame }
                    : 'inherit';
    }
    return frame;
}
function standaloneActionFrame(action, context) {
    const index = indexOf(context.repository);
    const frame = {
        context,
        index,
        file: action.file,
        prefix: repositoryPrefix(index, action.file),
        env: [],
        steps: new Map(),
        state: newState(),
        visiting: new Set([action.file]),
        where: '',
    };
    frame.inputs = { values: new Map(), frame, defaults: actionDefaults(action) };
    return frame;
}
// ---------------------------------------------------------------------------------------------
// Jobs
function analyseJobIn(workflow, job, context, visiting, caller) {
    const result = { workflow, job, steps: [], needs: new Map(), unknown: [] };
    const frame = workflowFrame(workflow, job, context, visiting, caller);
    if (job.uses) {
        analyseCall(job, frame, result);
        return result;
    }
    for (const need of containerNeeds(job, frame))
        addNeed(result, need);
    const containerUnknown = containerUnknowns(job, frame);
    result.unknown.push(...containerUnknown);
    for (const step of job.steps) {
        const stepNeeds = analyseStep(step, frame);
        result.steps.push(stepNeeds);
        for (const need of stepNeeds.needs)
            addNeed(result, need, step);
        if (stepNeeds.unknown !== undefined)
            result.unknown.push(stepNeeds.unknown);
    }
    return result;
}
/** `jobs.<id>.uses`: a local reusable workflow is read; a remote one cannot be. */
function analyseCall(job, frame, result) {
    const uses = job.uses?.value.trim() ?? '';
    if (!isLocal(uses)) {
        result.unknown.push(`the reusable workflow \`${uses}\` cannot be read offline`);
        return;
    }
    const file = resolveLocal(frame.prefix, uses);
    const called = file === undefined ? undefined : frame.index.workflows.get(file);
    if (file === undefined || called === undefined) {
        result.unknown.push(`the reusable workflow \`${uses}\` is not in the repository`);
        return;
    }
    if (frame.visiting.has(file)) {
        result.unknown.push(`\`${uses}\` calls itself through a cycle of reusable workflows`);
        return;
    }
    const visiting = new Set([...frame.visiting, file]);
    for (const calledJob of called.jobs) {
        const inner = analyseJobIn(called, calledJob, frame.context, visiting, { job, frame });
        result.steps.push(...inner.steps);
        for (const [, need] of inner.needs)
            addNeed(result, need, need.step);
        for (const reason of inner.unknown) {
            result.unknown.push(`${uses} job \`${calledJob.id.value}\`: ${reason}`);
        }
    }
}
function addNeed(result, need, step) {
    const current = result.needs.get(need.scope);
    if (current === undefined || (current.level === 'read' && need.level === 'write')) {
        const entry = {
            scope: need.scope,
            level: need.level,
            reason: need.reason,
        };
        if (step)
            entry.step = step;
        result.needs.set(need.scope, entry);
    }
}
/** The job's container and services pulled from GitHub Packages with the GITHUB_TOKEN. */
function containerNeeds(job, frame) {
    const needs = [];
    for (const { name, password } of containerPasswords(job)) {
        if (classify(password, frame).kind === 'github') {
            needs.push({
                scope: 'packages',
                level: 'read',
                reason: `the ${name} is pulled with the GITHUB_TOKEN`,
            });
        }
    }
    return needs;
}
function containerUnknowns(job, frame) {
    const reasons = [];
    for (const { name, password } of containerPasswords(job)) {
        const token = classify(password, frame);
        if (token.kind === 'unknown') {
            reasons.push(`cannot tell whether the ${name}'s registry password is the GITHUB_TOKEN: ${token.reason}`);
        }
    }
    return reasons;
}
function containerPasswords(job) {
    const found = [];
    const password = (node) => {
        const credentials = mapGet(node, 'credentials');
        const value = mapGet(credentials, 'password');
        return typeof value === 'string' ? value : undefined;
    };
    const container = password(mapGet(job.node, 'container'));
    if (container !== undefined)
        found.push({ name: 'job container', password: container });
    const services = mapGet(job.node, 'services');
    if (isYamlMap(services)) {
        for (const item of services.items) {
            const key = scalarValue(item.key);
            const value = password(item.value);
            if (key !== undefined && value !== undefined) {
                found.push({ name: `service \`${key}\``, password: value });
            }
        }
    }
    return found;
}
function analyseStep(step, frame) {
    const partial = { needs: [], unknown: [] };
    const label = stepLabel(step, frame);
    const uses = step.uses?.value.trim();
    if (uses !== undefined && uses !== '') {
        if (uses.startsWith('docker://')) {
            dockerStep(step, frame, uses, label, partial);
        }
        else if (isLocal(uses)) {
            localAction(step, frame, uses, label, partial);
        }
        else {
            knownAction(step, frame, uses, label, partial);
        }
    }
    else if (step.run) {
        runStep(step, frame, label, partial);
    }
    if (step.id)
        frame.steps.set(step.id.value, step);
    const result = { step, file: frame.file, needs: dedupe(partial.needs) };
    if (partial.unknown.length > 0)
        result.unknown = [...new Set(partial.unknown)].join('; ');
    return result;
}
function stepLabel(step, frame) {
    const name = step.name?.value ?? step.id?.value;
    // The step's place in its job, not its line: lines move when a fixer inserts a block.
    const base = name !== undefined ? `step '${name}'` : `step ${step.index + 1}`;
    return `${base}${frame.where}`;
}
function dedupe(needs) {
    const seen = new Set();
    return needs.filter((need) => {
        const key = `${need.scope}:${need.level}:${need.reason}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function push(partial, scope, level, what, label) {
    partial.needs.push({ scope, level, reason: `${what} (${label})` });
}
/** `uses: docker://…`: it needs nothing unless the GITHUB_TOKEN is passed to it. */
function dockerStep(step, frame, uses, label, partial) {
    const passed = [...step.with.values(), ...step.env.values()].map((value) => classify(value.value, frame));
    for (const [name, token] of effectiveEnv(step, frame)) {
        if (token.kind === 'github')
            passed.push(token);
        if (token.kind === 'unknown')
            passed.push({ kind: 'unknown', reason: `${name}: ${token.reason}` });
    }
    if (passed.some((token) => token.kind === 'github')) {
        partial.unknown.push(`the GITHUB_TOKEN is passed to the container \`${uses}\` (${label})`);
        return;
    }
    const unknown = passed.find((token) => token.kind === 'unknown');
    if (unknown?.kind === 'unknown') {
        partial.unknown.push(`cannot tell what is passed to \`${uses}\`: ${unknown.reason} (${label})`);
    }
}
/** `uses: ./path`: a composite action is followed into its steps; other kinds run code. */
function localAction(step, frame, uses, label, partial) {
    const action = findLocalAction(frame.index, frame.prefix, uses, frame.state.checkouts);
    if (action === undefined) {
        // `./tools/actions/x` after checking out owner/tools into `tools` is owner/tools/actions/x.
        const remote = remoteOfLocal(uses, frame.state.foreignCheckouts);
        if (remote !== undefined) {
            knownAction(step, frame, remote, label, partial);
            return;
        }
        partial.unknown.push(`the local action \`${uses}\` is not in the repository (${label})`);
        return;
    }
    if (frame.visiting.has(action.file)) {
        partial.unknown.push(`the local action \`${uses}\` calls itself (${label})`);
        return;
    }
    const using = action.runs?.using.value.trim() ?? '';
    const defaults = actionDefaults(action);
    if (using !== 'composite') {
        // A JavaScript or Docker action gets the token only through its inputs or environment.
        const given = [...step.with.values()].map((value) => classify(value.value, frame));
        for (const [input, text] of defaults) {
            if (!step.with.has(input))
                given.push(classify(text, frame));
        }
        for (const [, token] of effectiveEnv(step, frame))
            given.push(token);
        if (given.some((token) => token.kind === 'github')) {
            partial.unknown.push(`the local action \`${uses}\` runs its own code (${using}) with the GITHUB_TOKEN (${label})`);
        }
        return;
    }
    const inner = {
        ...frame,
        file: action.file,
        env: [...frame.env, { values: step.env, frame }],
        inputs: { values: step.with, frame, defaults },
        // Composite actions have no `secrets` context.
        secrets: undefined,
        steps: new Map(),
        visiting: new Set([...frame.visiting, action.file]),
        where: ` in ${uses}`,
    };
    for (const innerStep of action.runs?.steps ?? []) {
        const result = analyseStep(innerStep, inner);
        partial.needs.push(...result.needs);
        if (result.unknown !== undefined)
            partial.unknown.push(result.unknown);
    }
}
/** `uses: owner/repo@ref`: the knowledge base says what it needs. */
function knownAction(step, frame, uses, label, partial) {
    const knowledge = lookupAction(uses);
    const name = actionName(uses);
    if (knowledge === undefined) {
        partial.unknown.push(`\`${name}\` is not in the knowledge base (${label})`);
        return;
    }
    const token = knowledge.token ? tokenOf(knowledge.token, step, frame) : analyze_NONE;
    const tokenUnknown = () => {
        if (token.kind === 'unknown') {
            partial.unknown.push(`cannot tell whether ${describeSource(knowledge.token)} is the GITHUB_TOKEN: ${token.reason} (${label})`);
        }
    };
    for (const rule of knowledge.needs) {
        const holds = rule.when === undefined ? true : evaluate(rule.when, step, frame);
        if (holds === false)
            continue;
        if (holds !== true) {
            partial.unknown.push(`${name}: ${holds.reason} (${label})`);
            continue;
        }
        const viaToken = (rule.via ?? 'token') === 'token' && knowledge.token !== undefined;
        if (viaToken && token.kind !== 'github') {
            tokenUnknown();
            continue;
        }
        if ('unknown' in rule) {
            partial.unknown.push(`${rule.unknown} (${label})`);
        }
        else {
            push(partial, rule.scope, rule.level, rule.reason, label);
        }
    }
    if (knowledge.persistsGitCredentials) {
        const persists = evaluate(knowledge.persistsGitCredentials, step, frame);
        if (persists === true)
            frame.state.gitCredential = token;
        else if (persists !== false)
            frame.state.gitCredential = { kind: 'unknown', reason: persists.reason };
    }
    if (knowledge.script === 'github-script')
        githubScript(step, frame, token, label, partial);
    const checkout = checkoutPath(step);
    if (checkout !== undefined)
        frame.state.checkouts.push(checkout);
    const foreign = foreignCheckout(step);
    if (foreign !== undefined)
        frame.state.foreignCheckouts.push(foreign);
}
/**
 * An `actions/checkout` step that puts another repository (a plain `owner/name`) into a plain
 * `path:`; undefined for any other step.
 */
function foreignCheckout(step) {
    if (step.uses === undefined || actionName(step.uses.value) !== 'actions/checkout')
        return undefined;
    const repository = step.with.get('repository')?.value.trim();
    if (repository === undefined || !/^[\w.-]+\/[\w.-]+$/.test(repository))
        return undefined;
    const folder = step.with.get('path')?.value.trim();
    if (folder === undefined || folder === '' || folder.includes('${{'))
        return undefined;
    const clean = external_node_path_default().posix.normalize(folder).replace(/^\.\/|\/+$/g, '');
    if (clean === '.' || clean.startsWith('..'))
        return undefined;
    return { folder: clean, repository };
}
/** `./folder/sub/path` → `owner/name/sub/path` for a checkout of owner/name into `folder`. */
function remoteOfLocal(uses, checkouts) {
    const relative = external_node_path_default().posix.normalize(uses.replace(/^\.\//, '')).replace(/\/+$/, '');
    // The latest checkout into a folder is the one the step sees.
    for (const checkout of [...checkouts].reverse()) {
        if (relative.startsWith(`${checkout.folder}/`)) {
            return `${checkout.repository}/${relative.slice(checkout.folder.length + 1)}`;
        }
    }
    return undefined;
}
/**
 * The folder an `actions/checkout` step puts this same repository in (`path:`), so that
 * `uses: ./<path>/.github/actions/x` finds the action. Undefined for other steps, for another
 * repository, and for a path that is not plain text.
 */
function checkoutPath(step) {
    if (step.uses === undefined || actionName(step.uses.value) !== 'actions/checkout')
        return undefined;
    const repository = step.with.get('repository')?.value.replace(/\s+/g, '');
    if (repository !== undefined && repository !== '${{github.repository}}')
        return undefined;
    const folder = step.with.get('path')?.value.trim();
    if (folder === undefined || folder === '' || folder.includes('${{'))
        return undefined;
    const clean = external_node_path_default().posix.normalize(folder).replace(/^\.\/|\/+$/g, '');
    return clean === '.' || clean.startsWith('..') ? undefined : clean;
}
function describeSource(source) {
    if (source === undefined)
        return 'its token';
    return 'input' in source ? `\`${source.input}\`` : `env \`${source.env}\``;
}
/** The token the step gives the action: its input (or the input's default), or an env var. */
function tokenOf(source, step, frame) {
    if ('input' in source) {
        const given = step.with.get(source.input);
        if (given !== undefined)
            return classify(given.value, frame);
        return source.defaultsToGithubToken ? GITHUB : analyze_NONE;
    }
    return lookupEnv(source.env, step, frame) ?? analyze_NONE;
}
// ---------------------------------------------------------------------------------------------
// actions/github-script
const CLIENT = String.raw `\b(?:github|octokit)`;
const REST_CALL = new RegExp(String.raw `${CLIENT}\.rest\.(\w+)\.(\w+)`, 'g');
const LEGACY_CALL = new RegExp(String.raw `\bgithub\.(\w+)\.(\w+)\s*[(,)]`, 'g');
const REQUEST_CALL = new RegExp(String.raw `${CLIENT}\.(?:request|paginate(?:\.iterator)?)\(\s*(?:(['"\x60])([A-Za-z]+)\s+([^'"\x60]+)\1|(${CLIENT}\.))?`, 'g');
const GRAPHQL_CALL = new RegExp(String.raw `${CLIENT}\.graphql\b`);
/** The client itself handed to other code: `({ github, context })`, `setup(core, github)`. */
const CLIENT_ESCAPES = /(?<![\w.$'"`/-])(?:github|octokit)(?=\s*[,)}\]]|\s*;|\s*$)/m;
function githubScript(step, frame, token, label, partial) {
    const script = step.with.get('script')?.value ?? '';
    if (script.trim() === '')
        return;
    if (token.kind === 'other' || token.kind === 'none')
        return;
    if (token.kind === 'unknown') {
        partial.unknown.push(`cannot tell whether \`github-token\` is the GITHUB_TOKEN: ${token.reason} (${label})`);
        return;
    }
    const code = script.replace(/\$\{\{[\s\S]*?\}\}/g, '""');
    const add = (need, what) => {
        if (need.kind === 'needs') {
            for (const { scope, level } of need.needs)
                push(partial, scope, level, what, label);
        }
        else if (need.kind === 'unknown') {
            partial.unknown.push(`${what}: ${need.reason} (${label})`);
        }
    };
    for (const match of code.matchAll(REST_CALL)) {
        const [, namespace = '', method = ''] = match;
        const need = methodNeed(namespace, method);
        add(need ?? { kind: 'unknown', reason: 'not in the route table' }, `github.rest.${namespace}.${method}`);
    }
    for (const match of code.matchAll(LEGACY_CALL)) {
        const [, namespace = '', method = ''] = match;
        if (namespace === 'rest' || !Object.hasOwn(REST_METHODS, namespace))
            continue;
        const need = methodNeed(namespace, method);
        add(need ?? { kind: 'unknown', reason: 'not in the route table' }, `github.${namespace}.${method}`);
    }
    for (const match of code.matchAll(REQUEST_CALL)) {
        const [, , verb, route, method] = match;
        // `github.paginate(github.rest.x.y, …)`: the method is read above.
        if (method !== undefined)
            continue;
        if (verb === undefined || route === undefined) {
            partial.unknown.push(`the script calls github.request with a computed route (${label})`);
            continue;
        }
        if (/\$\{/.test(route.split('/').slice(0, 2).join('/'))) {
            partial.unknown.push(`the route of \`${verb} ${route}\` is not literal (${label})`);
            continue;
        }
        add(classifyRoute(verb, route.trim()), `${verb.toUpperCase()} ${route.trim()}`);
    }
    if (GRAPHQL_CALL.test(code)) {
        partial.unknown.push(`GraphQL calls cannot be mapped to scopes statically (${label})`);
    }
    if (/\bgetOctokit\s*\(/.test(code)) {
        partial.unknown.push(`the script makes its own client with getOctokit (${label})`);
    }
    else if (CLIENT_ESCAPES.test(code)) {
        partial.unknown.push(`the script hands the client to code that cannot be read (${label})`);
    }
}
// ---------------------------------------------------------------------------------------------
// run: steps
/** Marks put in place of `${{ … }}` before the script is split into commands. */
const TOKEN_MARK = '\uE000T\uE001';
const OTHER_MARK = '\uE000E\uE001';
const analyze_GHCR = /^(https?:\/\/)?(ghcr\.io|docker\.pkg\.github\.com)(\/|$)/i;
/** Shells whose scripts are not shell commands: the token given to them cannot be followed. */
const CODE_SHELLS = /(^|[\s/])(python[\d.]*|node|ruby|perl|Rscript|deno|bun)(\s|$)/;
function runStep(step, frame, label, partial) {
    const script = step.run?.value ?? '';
    const shell = step.shell?.value.trim() ?? 'bash';
    let inlineToken = false;
    const text = script.replace(/\$\{\{([\s\S]*?)\}\}/g, (_whole, expression) => {
        const substituted = substituteExpression(expression.trim());
        if (substituted !== undefined)
            return substituted;
        const token = classifyExpression(expression, frame, 0);
        if (token.kind === 'github') {
            inlineToken = true;
            return TOKEN_MARK;
        }
        // `${{ inputs.command }}` in a composite action: the caller's text, when it is plain.
        const literal = resolveLiteral(`\${{${expression}}}`, frame);
        return typeof literal === 'string' && !literal.includes('${{') ? literal : OTHER_MARK;
    });
    if (/\bACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)\b/.test(text)) {
        push(partial, 'id-token', 'write', 'requests an OIDC token', label);
    }
    const env = { vars: new Map(effectiveEnv(step, frame)) };
    const carriesToken = () => inlineToken || [...env.vars.values()].some((token) => token.kind === 'github');
    if (CODE_SHELLS.test(shell)) {
        if (carriesToken()) {
            partial.unknown.push(`the GITHUB_TOKEN is given to a \`${shell}\` script (${label})`);
        }
        return;
    }
    const stdinToken = new Set();
    for (const raw of parseShell(text)) {
        const command = unwrap(raw);
        const local = new Map(env.vars);
        for (const [name, value] of command.assignments)
            local.set(name, valueClass(value, env.vars));
        if (command.words.length === 0) {
            for (const [name, value] of command.assignments)
                env.vars.set(name, valueClass(value, env.vars));
            continue;
        }
        if (['export', 'local', 'declare', 'readonly', 'typeset'].includes(command.words[0] ?? '')) {
            for (const [name, value] of command.assignments)
                env.vars.set(name, valueClass(value, env.vars));
            continue;
        }
        const explicit = mentionsToken(command, local) || stdinToken.has(raw);
        if (explicit && raw.pipesTo)
            stdinToken.add(raw.pipesTo);
        runCommand(command, {
            frame,
            label,
            partial,
            env: local,
            explicit,
            exported: (name, token) => {
                frame.state.exported.set(name, token);
            },
        });
    }
}
/** Expressions whose value is known and useful in a command line. */
function substituteExpression(expression) {
    switch (expression) {
        case 'github.api_url':
            return 'https://api.github.com';
        case 'github.server_url':
            return 'https://github.com';
        case 'github.repository':
            return '{owner}/{repo}';
        case 'github.repository_owner':
            return '{owner}';
        default:
            return undefined;
    }
}
/** The class of a shell value: the token mark, or `$VAR` of a variable holding the token. */
function valueClass(value, vars) {
    if (value.includes(TOKEN_MARK))
        return GITHUB;
    let result = value.trim() === '' ? analyze_NONE : OTHER;
    for (const name of referencedVariables(value)) {
        const token = vars.get(name);
        if (token?.kind === 'github')
            return GITHUB;
        if (token?.kind === 'unknown')
            result = token;
    }
    return result;
}
function referencedVariables(text) {
    const names = [];
    for (const match of text.matchAll(/\$(?:env:)?\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
        if (match[1] !== undefined)
            names.push(match[1]);
    }
    return names;
}
function mentionsToken(command, vars) {
    const texts = [...command.words, ...command.assignments.values()];
    return texts.some((text) => valueClass(text, vars).kind === 'github');
}
function runCommand(command, ctx) {
    const words = command.words;
    const name = commandName(words[0] ?? '');
    const { partial, label } = ctx;
    const apply = (need, fallback) => {
        if (need.kind === 'needs') {
            for (const { scope, level } of need.needs)
                push(partial, scope, level, need.what || fallback, label);
        }
        else if (need.kind === 'unknown') {
            partial.unknown.push(`${need.reason} (${label})`);
        }
    };
    switch (name) {
        case 'gh': {
            const tokenVar = ['GH_TOKEN', 'GITHUB_TOKEN'].find((v) => ctx.env.has(v));
            const token = tokenVar === undefined ? analyze_NONE : (ctx.env.get(tokenVar) ?? analyze_NONE);
            const need = ghNeed(words.slice(1));
            if (need.kind === 'none')
                return;
            if (token.kind === 'github') {
                apply(need, 'gh');
            }
            else if (token.kind === 'unknown') {
                partial.unknown.push(`cannot tell whether ${tokenVar ?? 'GH_TOKEN'} (for \`gh\`) is the GITHUB_TOKEN: ${token.reason} (${label})`);
            }
            return;
        }
        case 'git':
            gitCommand(words, ctx);
            return;
        case 'curl':
        case 'wget': {
            if (!ctx.explicit)
                return;
            const request = httpRequest(words);
            if (request === undefined) {
                partial.unknown.push(`the GITHUB_TOKEN is given to \`${name}\` without a URL it can read (${label})`);
                return;
            }
            const url = request.url
                .replace(/\$\{?GITHUB_REPOSITORY\}?/g, '{owner}/{repo}')
                .replace(/\$\{?GITHUB_REPOSITORY_OWNER\}?/g, '{owner}');
            apply(httpNeed(request.method, url), name);
            return;
        }
        case 'docker':
        case 'podman':
            dockerCommand(words, ctx);
            return;
        case 'npm':
        case 'pnpm':
        case 'yarn':
            if (words.includes('publish')) {
                const auth = ctx.env.get('NODE_AUTH_TOKEN');
                if (auth?.kind === 'github' || ctx.explicit) {
                    push(partial, 'packages', 'write', `${name} publish to GitHub Packages`, label);
                }
                else if (auth?.kind === 'unknown') {
                    partial.unknown.push(`cannot tell whether NODE_AUTH_TOKEN is the GITHUB_TOKEN: ${auth.reason} (${label})`);
                }
                if (words.includes('--provenance')) {
                    push(partial, 'id-token', 'write', `${name} publish --provenance signs with an OIDC token`, label);
                }
                return;
            }
            break;
        case 'uv':
            if (words[1] === 'publish') {
                const credentials = words.some((w) => /^(-t|--token|-p|--password|-u|--username)(=|$)/.test(w));
                const never = words.some((w, i) => w === '--trusted-publishing' && words[i + 1] === 'never') ||
                    words.includes('--trusted-publishing=never');
                const envCredentials = ['UV_PUBLISH_TOKEN', 'UV_PUBLISH_PASSWORD'].some((v) => ctx.env.has(v));
                if (!credentials && !never && !envCredentials) {
                    push(partial, 'id-token', 'write', 'uv publish uses trusted publishing', label);
                }
                return;
            }
            break;
        case 'cosign':
            if (/^(sign|attest|sign-blob|attest-blob)$/.test(words[1] ?? '') &&
                !words.some((w) => /^--key(=|$)/.test(w))) {
                push(partial, 'id-token', 'write', `cosign ${words[1] ?? ''} signs keylessly with an OIDC token`, label);
            }
            return;
        case 'echo':
        case 'printf':
            echoCommand(command, ctx);
            return;
        default:
            break;
    }
    if (TOKEN_BLIND_COMMANDS.has(name)) {
        if (ctx.explicit && command.redirects.some((target) => !isRunnerFile(target))) {
            partial.unknown.push(`the GITHUB_TOKEN is written to a file (${label})`);
        }
        return;
    }
    const shown = words
        .slice(0, 2)
        .join(' ')
        .replace(/[\uE000\uE001]/g, '');
    if (ctx.explicit) {
        partial.unknown.push(`the GITHUB_TOKEN is passed to \`${shown}\`, whose use of it cannot be read (${label})`);
        return;
    }
    const inEnv = [...ctx.env].filter(([, token]) => token.kind === 'github').map(([v]) => v);
    if (inEnv.length > 0) {
        partial.unknown.push(`the GITHUB_TOKEN is in the environment (${inEnv.join(', ')}) of \`${shown}\`, which may use it (${label})`);
    }
}
function isRunnerFile(target) {
    return (/^\$\{?(env:)?(GITHUB_ENV|GITHUB_OUTPUT|GITHUB_STEP_SUMMARY|GITHUB_PATH)\}?$/.test(target) ||
        target === '/dev/null' ||
        target === '/dev/stderr');
}
function gitCommand(words, ctx) {
    const { partial, label } = ctx;
    let i = 1;
    while (i < words.length && (words[i] ?? '').startsWith('-')) {
        i += words[i] === '-C' || words[i] === '-c' ? 2 : 1;
    }
    const sub = words[i] ?? '';
    if (ctx.explicit) {
        if (sub === 'push') {
            push(partial, 'contents', 'write', 'git push with the GITHUB_TOKEN', label);
        }
        else if (['clone', 'fetch', 'pull', 'ls-remote', 'submodule'].includes(sub)) {
            push(partial, 'contents', 'read', `git ${sub} with the GITHUB_TOKEN`, label);
        }
        else if (sub === 'remote' || sub === 'config') {
            ctx.frame.state.gitCredential = GITHUB;
        }
        else {
            partial.unknown.push(`the GITHUB_TOKEN is passed to \`git ${sub}\` (${label})`);
        }
        return;
    }
    if (sub !== 'push')
        return;
    const credential = ctx.frame.state.gitCredential;
    if (credential.kind === 'github') {
        push(partial, 'contents', 'write', 'git push with the credentials actions/checkout left', label);
    }
    else if (credential.kind === 'unknown') {
        partial.unknown.push(`cannot tell which token git push uses: ${credential.reason} (${label})`);
    }
}
function dockerCommand(words, ctx) {
    const { partial, label } = ctx;
    const sub = words[1] ?? '';
    if (sub === 'login') {
        if (!ctx.explicit)
            return;
        const registry = words
            .slice(2)
            .find((w, i, rest) => !w.startsWith('-') && !/^-(u|p|-username|-password)$/.test(rest[i - 1] ?? '')) ?? 'docker.io';
        if (analyze_GHCR.test(registry)) {
            push(partial, 'packages', 'write', `docker login to ${registry} with the GITHUB_TOKEN (to push)`, label);
        }
        else {
            partial.unknown.push(`the GITHUB_TOKEN is the password for the registry \`${registry}\` (${label})`);
        }
        return;
    }
    const tokenVars = [...ctx.env].filter(([, token]) => token.kind === 'github').map(([v]) => v);
    const passes = words.some((word, i) => {
        const previous = words[i - 1] ?? '';
        const variable = /^([A-Za-z_][A-Za-z0-9_]*)/.exec(word)?.[1] ?? '';
        return (((previous === '-e' || previous === '--env') && tokenVars.includes(variable)) ||
            tokenVars.some((v) => word.includes(`env=${v}`)));
    });
    if (ctx.explicit || passes) {
        partial.unknown.push(`the GITHUB_TOKEN is passed into a container by \`docker ${sub}\` (${label})`);
    }
}
/** `echo "NAME=value" >> $GITHUB_ENV` exports a variable to the next steps. */
function echoCommand(command, ctx) {
    const toEnv = command.redirects.some((target) => /^\$\{?(env:)?GITHUB_ENV\}?$/.test(target));
    if (toEnv) {
        for (const word of command.words.slice(1)) {
            const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(word);
            if (match?.[1] !== undefined)
                ctx.exported(match[1], valueClass(match[2] ?? '', ctx.env));
        }
        return;
    }
    if (ctx.explicit && command.redirects.some((target) => !isRunnerFile(target))) {
        ctx.partial.unknown.push(`the GITHUB_TOKEN is written to a file (${ctx.label})`);
    }
}
// ---------------------------------------------------------------------------------------------
// Expressions and values
/** Every variable in the step's environment (step, $GITHUB_ENV, job, workflow, callers). */
function effectiveEnv(step, frame) {
    const result = new Map();
    for (const layer of frame.env) {
        for (const [name, value] of layer.values)
            result.set(name, classify(value.value, layer.frame));
    }
    for (const [name, token] of frame.state.exported)
        result.set(name, token);
    for (const [name, value] of step.env)
        result.set(name, classify(value.value, frame));
    return result;
}
/** One variable of the step's environment, or undefined when it is not set. */
function lookupEnv(name, step, frame) {
    const own = step?.env.get(name);
    if (own !== undefined)
        return classify(own.value, frame);
    const exported = frame.state.exported.get(name);
    if (exported !== undefined)
        return exported;
    for (const layer of [...frame.env].reverse()) {
        const value = layer.values.get(name);
        if (value !== undefined)
            return classify(value.value, layer.frame);
    }
    return undefined;
}
/** Whether a value (text with `${{ }}` expressions) is, or may be, the GITHUB_TOKEN. */
function classify(text, frame, depth = 0) {
    const expressions = [...text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)];
    if (expressions.length === 0)
        return text.trim() === '' ? analyze_NONE : OTHER;
    const classes = expressions.map((match) => classifyExpression(match[1] ?? '', frame, depth));
    const rest = text.replace(/\$\{\{[\s\S]*?\}\}/g, '').trim();
    if (rest !== '')
        classes.push(OTHER);
    return combine(classes);
}
function combine(classes) {
    if (classes.some((c) => c.kind === 'github'))
        return GITHUB;
    const unknown = classes.find((c) => c.kind === 'unknown');
    if (unknown)
        return unknown;
    return classes.some((c) => c.kind === 'other') ? OTHER : analyze_NONE;
}
const GITHUB_TOKEN_EXPRESSION = /\bsecrets\s*\.\s*GITHUB_TOKEN\b|\bgithub\s*\.\s*token\b/i;
function classifyExpression(raw, frame, depth) {
    const expression = raw.replace(/\[\s*['"]([^'"]+)['"]\s*\]/g, '.$1');
    if (GITHUB_TOKEN_EXPRESSION.test(expression))
        return GITHUB;
    if (depth > 8)
        return { kind: 'unknown', reason: 'the value is defined in a loop' };
    const classes = [];
    const references = expression.matchAll(/\b(secrets|env|inputs|steps|needs|matrix|vars|github|runner|job|jobs|strategy)\s*\.\s*([A-Za-z_][\w-]*)/g);
    for (const match of references) {
        const [, kind = '', name = ''] = match;
        classes.push(classifyReference(kind, name, frame, depth));
    }
    if (classes.length === 0) {
        return /^\s*(''|""|null)?\s*$/.test(expression) ? analyze_NONE : OTHER;
    }
    return combine(classes);
}
function classifyReference(kind, name, frame, depth) {
    switch (kind) {
        case 'secrets': {
            const secrets = frame.secrets;
            if (secrets === undefined || secrets === 'inherit')
                return OTHER;
            const passed = secrets.values.get(name);
            return passed === undefined ? analyze_NONE : classify(passed.value, secrets.frame, depth + 1);
        }
        case 'env': {
            const exported = frame.state.exported.get(name);
            if (exported !== undefined)
                return exported;
            for (const layer of [...frame.env].reverse()) {
                const value = layer.values.get(name);
                if (value !== undefined)
                    return classify(value.value, layer.frame, depth + 1);
            }
            return { kind: 'unknown', reason: `env.${name} is not set in the workflow` };
        }
        case 'inputs': {
            const inputs = frame.inputs;
            if (inputs === undefined)
                return { kind: 'unknown', reason: `inputs.${name} has no caller` };
            const given = inputs.values.get(name);
            if (given !== undefined)
                return classify(given.value, inputs.frame, depth + 1);
            const fallback = inputs.defaults.get(name);
            return fallback === undefined ? analyze_NONE : classify(fallback, frame, depth + 1);
        }
        case 'steps': {
            const step = frame.steps.get(name);
            const uses = step?.uses?.value;
            if (uses !== undefined && lookupAction(uses)?.mintsToken)
                return OTHER;
            return { kind: 'unknown', reason: `the outputs of step \`${name}\` cannot be read` };
        }
        case 'needs':
        case 'jobs':
            return { kind: 'unknown', reason: `the outputs of job \`${name}\` cannot be read` };
        default:
            // matrix, vars, github (not `github.token`), runner, job, strategy: never the token.
            return OTHER;
    }
}
/** A knowledge-base condition on the step's inputs and environment. */
function evaluate(condition, step, frame) {
    if ('all' in condition) {
        let unknown;
        for (const part of condition.all) {
            const value = evaluate(part, step, frame);
            if (value === false)
                return false;
            if (value !== true)
                unknown ??= value;
        }
        return unknown ?? true;
    }
    if ('any' in condition) {
        let unknown;
        for (const part of condition.any) {
            const value = evaluate(part, step, frame);
            if (value === true)
                return true;
            if (value !== false)
                unknown ??= value;
        }
        return unknown ?? false;
    }
    if ('not' in condition) {
        const value = evaluate(condition.not, step, frame);
        return typeof value === 'boolean' ? !value : value;
    }
    if ('env' in condition) {
        return (lookupEnv(condition.env, step, frame) !== undefined) === condition.set;
    }
    const given = step.with.get(condition.input);
    if ('isGithubToken' in condition || 'mentionsGithubToken' in condition) {
        if (given === undefined)
            return false;
        const token = classify(given.value, frame);
        if (token.kind === 'github')
            return true;
        if (token.kind === 'unknown' && 'isGithubToken' in condition) {
            return {
                reason: `cannot tell whether \`${condition.input}\` is the GITHUB_TOKEN: ${token.reason}`,
            };
        }
        return false;
    }
    if ('set' in condition) {
        if (given === undefined)
            return !condition.set;
        const value = resolveLiteral(given.value, frame);
        const isSet = typeof value === 'string' ? value.trim() !== '' : true;
        return isSet === condition.set;
    }
    const text = given === undefined ? (condition.default ?? '') : resolveLiteral(given.value, frame);
    if (typeof text !== 'string') {
        return { reason: `\`${condition.input}\` ${text.reason}` };
    }
    if ('equals' in condition) {
        return condition.equals.some((value) => value.toLowerCase() === text.trim().toLowerCase());
    }
    return condition.matches.test(text.trim());
}
/** A value's text with the expressions that can be evaluated replaced, or why it cannot be. */
function resolveLiteral(text, frame, depth = 0) {
    let failure;
    const resolved = text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_whole, raw) => {
        const expression = raw.trim().replace(/\[\s*['"]([^'"]+)['"]\s*\]/g, '.$1');
        const literal = /^'((?:[^']|'')*)'$/.exec(expression);
        if (literal)
            return (literal[1] ?? '').replace(/''/g, "'");
        if (/^(true|false|\d+(\.\d+)?)$/.test(expression))
            return expression;
        if (expression === 'null')
            return '';
        const reference = /^(env|inputs)\.([A-Za-z_][\w-]*)$/.exec(expression);
        if (reference && depth < 8) {
            const [, kind, name = ''] = reference;
            const value = kind === 'env' ? envText(name, frame) : inputText(name, frame);
            if (value !== undefined) {
                const inner = resolveLiteral(value.text, value.frame, depth + 1);
                if (typeof inner === 'string')
                    return inner;
                failure ??= inner;
                return '';
            }
        }
        failure ??= { reason: `depends on \`\${{ ${raw.trim()} }}\`, which cannot be evaluated` };
        return '';
    });
    return failure ?? resolved;
}
function envText(name, frame) {
    for (const layer of [...frame.env].reverse()) {
        const value = layer.values.get(name);
        if (value !== undefined)
            return { text: value.value, frame: layer.frame };
    }
    return undefined;
}
function inputText(name, frame) {
    const inputs = frame.inputs;
    if (inputs === undefined)
        return undefined;
    const given = inputs.values.get(name);
    if (given !== undefined)
        return { text: given.value, frame: inputs.frame };
    const fallback = inputs.defaults.get(name);
    return { text: fallback ?? '', frame };
}
const indexes = new WeakMap();
function indexOf(repository) {
    const cached = indexes.get(repository);
    if (cached)
        return cached;
    const roots = new Set();
    for (const workflow of repository.workflows) {
        const at = workflow.file.lastIndexOf('.github/workflows/');
        if (at >= 0)
            roots.add(workflow.file.slice(0, at));
    }
    const index = {
        actions: new Map(repository.actions.map((action) => [action.file, action])),
        workflows: new Map(repository.workflows.map((workflow) => [workflow.file, workflow])),
        roots: [...roots].sort((a, b) => b.length - a.length),
    };
    indexes.set(repository, index);
    return index;
}
function repositoryPrefix(index, file) {
    const root = index.roots.find((candidate) => file.startsWith(candidate));
    if (root !== undefined)
        return root;
    const at = file.indexOf('.github/');
    return at >= 0 ? file.slice(0, at) : '';
}
function isLocal(uses) {
    return uses.startsWith('./') || uses.startsWith('$/');
}
/** `./path` in the repository at `prefix` → its repository-relative path, if inside it. */
function resolveLocal(prefix, uses) {
    const relative = uses.replace(/^\$\//, './').replace(/@.*$/, '');
    const joined = external_node_path_default().posix.normalize(external_node_path_default().posix.join(prefix || '.', relative));
    const clean = joined === '.' ? '' : joined.replace(/\/+$/, '');
    if (clean.startsWith('..'))
        return undefined;
    if (prefix !== '' && !`${clean}/`.startsWith(prefix))
        return undefined;
    return clean;
}
function findLocalAction(index, prefix, uses, checkouts = []) {
    const candidates = [uses];
    const relative = uses.replace(/^(\.|\$)\//, '');
    for (const checkout of checkouts) {
        if (relative.startsWith(`${checkout}/`))
            candidates.push(`./${relative.slice(checkout.length + 1)}`);
    }
    for (const candidate of candidates) {
        const folder = resolveLocal(prefix, candidate);
        if (folder === undefined)
            continue;
        const base = folder === '' ? '' : `${folder}/`;
        const action = index.actions.get(`${base}action.yml`) ?? index.actions.get(`${base}action.yaml`);
        if (action)
            return action;
    }
    return undefined;
}
/** The `default:` of each input of an action.yml. */
function actionDefaults(action) {
    const source = action.source;
    const root = source.asMap(source.document.contents);
    return inputDefaults(source, root ? source.get(root, 'inputs') : undefined);
}
/** The `default:` of each `on.workflow_call.inputs` of a workflow. */
function workflowCallDefaults(workflow) {
    const source = workflow.source;
    const root = source.asMap(source.document.contents);
    const on = source.asMap(root ? source.get(root, 'on') : undefined);
    const call = source.asMap(on ? source.get(on, 'workflow_call') : undefined);
    return inputDefaults(source, call ? source.get(call, 'inputs') : undefined);
}
function inputDefaults(source, node) {
    const defaults = new Map();
    const inputs = source.asMap(node);
    if (!inputs)
        return defaults;
    for (const { key, node: value } of source.pairs(inputs)) {
        const map = source.asMap(value);
        const fallback = map ? source.scalarText(source.get(map, 'default')) : undefined;
        if (fallback !== undefined)
            defaults.set(key.value, fallback);
    }
    return defaults;
}
function isYamlMap(node) {
    return (typeof node === 'object' && node !== null && Array.isArray(node.items));
}
function scalarValue(node) {
    if (typeof node === 'object' && node !== null && 'value' in node) {
        const value = node.value;
        if (typeof value === 'string')
            return value;
        if (typeof value === 'number' || typeof value === 'boolean')
            return String(value);
    }
    return undefined;
}
function mapGet(node, key) {
    if (!isYamlMap(node))
        return undefined;
    const pair = node.items.find((item) => scalarValue(item.key) === key);
    if (pair === undefined)
        return undefined;
    return isYamlMap(pair.value) ? pair.value : scalarValue(pair.value);
}

// EXTERNAL MODULE: ./packages/core/src/findings.ts
var src_findings = __webpack_require__(23380);
;// CONCATENATED MODULE: ./actions/permission-lint/src/rules.ts

function rule(id, defaultSeverity, summary, bad, good, why) {
    const help = `${why}\n\nBad:\n\n\`\`\`yaml\n${bad}\n\`\`\`\n\nGood:\n\n\`\`\`yaml\n${good}\n\`\`\``;
    return {
        id,
        action: 'permission-lint',
        defaultSeverity,
        summary,
        help,
        helpUri: (0,src_findings/* ruleHelpUri */.S7)('permission-lint', id),
    };
}
const MISSING_PERMISSIONS = rule('missing-permissions', 'error', 'A workflow has no top-level `permissions:`, so jobs without their own run with the repository default.', 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest', 'on: push\npermissions: {}\njobs:\n  test:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: read', 'The repository default may be read and write on everything. Declare `permissions: {}` at the top and grant each job what it needs.');
const WRITE_ALL = rule('write-all', 'error', '`permissions: write-all` grants every scope, with write access.', 'permissions: write-all', 'permissions:\n  contents: write # the release job publishes assets', 'A token that can write everything turns any compromised step into a compromise of the repository.');
const READ_ALL = rule('read-all', 'warning', '`permissions: read-all` grants read access to every scope, needed or not.', 'permissions: read-all', 'permissions:\n  contents: read', 'Reading issues, pull requests, security events and packages is rarely needed; name the scopes that are.');
const TOP_LEVEL_WRITE = rule('top-level-write', 'error', 'A write scope is granted to the whole workflow instead of the job that needs it.', 'permissions:\n  contents: write\njobs:\n  test: …\n  release: …', 'permissions: {}\njobs:\n  release:\n    permissions:\n      contents: write # publishes the release', 'Every job, including those that run untrusted code, then holds the write scope.');
const EXCESSIVE_PERMISSION = rule('excessive-permission', 'error', 'A job is granted a scope (or a level) that none of its steps needs.', 'permissions:\n  contents: write\nsteps:\n  - uses: actions/checkout@…', 'permissions:\n  contents: read # actions/checkout fetches the repository', 'Computed from the steps with the knowledge base; the message says what each step needs.');
const INSUFFICIENT_PERMISSION = rule('insufficient-permission', 'warning', 'A step needs a scope the job does not grant, so the step would fail.', 'permissions:\n  contents: read\nsteps:\n  - run: gh pr comment "$PR" --body ok', 'permissions:\n  contents: read\n  pull-requests: write # gh pr comment', 'The job declares its permissions, and they leave out what a step uses.');
const ID_TOKEN_WRITE = rule('id-token-write', 'error', '`id-token: write` is granted to a job with no step that requests an OIDC token.', 'permissions:\n  id-token: write\nsteps:\n  - run: make test', 'permissions: {}', 'An OIDC token lets a job authenticate to clouds and registries as the repository; only jobs that federate need it.');
const DANGEROUS_TRIGGER = rule('dangerous-trigger', 'error', "A `pull_request_target` or `workflow_run` job with write scopes or secrets checks out or runs the pull request's code.", 'on: pull_request_target\njobs:\n  test:\n    permissions:\n      pull-requests: write\n    steps:\n      - uses: actions/checkout@…\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n      - run: make test', 'on: pull_request\njobs:\n  test:\n    permissions:\n      contents: read', "These triggers run with the base repository's token and secrets; code from the pull request then runs with them.");
const UNKNOWN_SCOPE = rule('unknown-scope', 'error', 'A permissions scope or level GitHub does not know (misspelt or retired).', 'permissions:\n  pull-request: write\n  id-token: read', 'permissions:\n  pull-requests: write\n  id-token: write', 'GitHub rejects the workflow, or the intended grant silently does not exist.');
const REUSABLE_WORKFLOW_ESCALATION = rule('reusable-workflow-escalation', 'error', 'A called local reusable workflow needs more than the calling job grants.', 'jobs:\n  call:\n    permissions:\n      contents: read\n    uses: ./.github/workflows/release.yml # its job asks for contents: write', 'jobs:\n  call:\n    permissions:\n      contents: write # release.yml publishes the release\n    uses: ./.github/workflows/release.yml', "A called workflow can only lower the caller's permissions; asking for more makes the run fail.");
const DISALLOWED_SCOPE = rule('disallowed-scope', 'error', 'Under the `strict` preset, a job elevates to a scope the organization does not allow, or the top level is more than read-only.', 'permissions:\n  issues: write', 'permissions:\n  pull-requests: write # an allowed scope', 'The organization lists the scopes jobs may elevate to (`job-scopes`).');
const CANNOT_COMPUTE = rule('cannot-compute', 'note', 'What a step needs of the token cannot be computed; the job is left as it is.', '- uses: some/action@… # not in the knowledge base', '- uses: actions/checkout@… # known: contents: read', 'Never guessed: the reason names the action or command. The fixer leaves such jobs alone.');
const RULES = [
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

;// CONCATENATED MODULE: ./actions/permission-lint/src/scopes.ts
/**
 * The scopes a workflow or job may set under `permissions:`, as GitHub documents them.
 * `id-token` and `copilot-requests` take only `write` (or `none`); `models` only `read` (or `none`).
 */
const SCOPES = [
    'actions',
    'artifact-metadata',
    'attestations',
    'checks',
    'contents',
    'copilot-requests',
    'deployments',
    'discussions',
    'id-token',
    'issues',
    'models',
    'packages',
    'pages',
    'pull-requests',
    'repository-projects',
    'security-events',
    'statuses',
];
function isScope(name) {
    return SCOPES.includes(name);
}
/** `write` includes `read`. */
function levelCovers(granted, needed) {
    if (granted === 'write')
        return true;
    return granted === 'read' && needed === 'read';
}

;// CONCATENATED MODULE: ./actions/permission-lint/src/checks.ts



/** The organization hardening guide's list: what `strict` lets a job elevate to by default. */
const STRICT_DEFAULT_JOB_SCOPES = [
    'contents: read',
    'id-token: write',
    'attestations: write',
    'artifact-metadata: write',
    'packages: write',
    'pull-requests: write',
    'security-events: write',
    'actions: read',
];
const SCORECARD_RULES = new Set([
    'missing-permissions',
    'write-all',
    'top-level-write',
    'unknown-scope',
]);
/** Which job and scope a finding is about, for matching allow entries. */
const subjects = new WeakMap();
function about(finding, job, scope) {
    subjects.set(finding, {
        ...(job === undefined ? {} : { job }),
        ...(scope === undefined ? {} : { scope }),
    });
    return finding;
}
/** What a `permissions:` value grants one scope; undefined when it is an expression. */
function grantedLevel(permissions, scope) {
    if (permissions.all) {
        if (permissions.all.value === 'write-all')
            return 'write';
        if (permissions.all.value === 'read-all')
            return scope === 'id-token' || scope === 'copilot-requests' ? 'none' : 'read';
        return undefined;
    }
    const level = permissions.scopes.get(scope)?.value;
    return level === 'read' || level === 'write' ? level : 'none';
}
/** The permissions a job runs with: its own, else the workflow's, else the repository default. */
function effectivePermissions(workflow, job) {
    return job.permissions ?? workflow.permissions;
}
/** Every rule of permission-lint on one workflow, given what each job needs. */
function checkWorkflow(workflow, jobs, policy, callees) {
    const findings = [];
    const add = (finding) => {
        if (isAllowed(finding, workflow, policy))
            return;
        // `scorecard` keeps as errors only what lowers Scorecard's Token-Permissions score.
        if (policy.preset === 'scorecard' &&
            finding.severity === 'error' &&
            !SCORECARD_RULES.has(finding.rule)) {
            finding.severity = 'warning';
        }
        findings.push(finding);
    };
    const top = workflow.permissions;
    for (const permissions of [top, ...workflow.jobs.map((job) => job.permissions)]) {
        if (permissions)
            for (const finding of checkShape(permissions))
                add(finding);
    }
    if (!top) {
        const relying = workflow.jobs
            .filter((job) => !job.permissions)
            .map((job) => `\`${job.id.value}\``);
        if (relying.length > 0) {
            const first = workflow.name ??
                workflow.triggers[0] ?? { file: workflow.file, line: 1, column: 1 };
            add((0,src_findings/* findingAt */.dz)(MISSING_PERMISSIONS, { file: workflow.file, line: first.line, column: 1 }, `The workflow has no top-level \`permissions:\`, so ${relying.join(', ')} run${relying.length === 1 ? 's' : ''} with the repository's default token permissions; add \`permissions: {}\` and grant each job what it needs.`, { key: 'missing-permissions' }));
        }
    }
    else if (top.all?.value === 'write-all') {
        add((0,src_findings/* findingAt */.dz)(WRITE_ALL, top.all, 'The whole workflow gets `write-all`: every scope, with write access; grant each job only what it needs.', { key: 'top' }));
    }
    else if (top.all?.value === 'read-all') {
        add((0,src_findings/* findingAt */.dz)(READ_ALL, top.all, 'The whole workflow gets `read-all`; name the scopes jobs need (usually `contents: read`) or use `{}`.', { key: 'top' }));
    }
    else {
        for (const [scope, level] of top.scopes) {
            if (level.value === 'write') {
                add(about((0,src_findings/* findingAt */.dz)(TOP_LEVEL_WRITE, level, `\`${scope}: write\` is granted to every job of the workflow; grant it only to the jobs that need it.`, { key: `top:${scope}` }), undefined, scope));
            }
        }
        if (policy.preset === 'strict') {
            for (const [scope, level] of top.scopes) {
                if (!(scope === 'contents' && level.value === 'read') && level.value !== 'none') {
                    add(about((0,src_findings/* findingAt */.dz)(DISALLOWED_SCOPE, level, `The \`strict\` preset allows only \`{}\` or \`contents: read\` at the top level, not \`${scope}: ${level.value}\`.`, { key: `top:${scope}` }), undefined, scope));
                }
            }
        }
    }
    for (const needs of jobs) {
        for (const finding of checkJob(workflow, needs, policy, callees))
            add(finding);
    }
    if (workflow.triggers.some((trigger) => trigger.value === 'pull_request_target' || trigger.value === 'workflow_run')) {
        for (const job of workflow.jobs) {
            const finding = dangerousCheckout(workflow, job);
            if (finding)
                add(finding);
        }
    }
    return findings;
}
function checkShape(permissions) {
    const findings = [];
    if (permissions.all) {
        const value = permissions.all.value;
        if (value !== 'read-all' && value !== 'write-all' && !value.includes('${{')) {
            findings.push((0,src_findings/* findingAt */.dz)(UNKNOWN_SCOPE, permissions.all, `\`permissions: ${value}\` is not \`read-all\`, \`write-all\` or a mapping of scopes.`, { key: `all:${value}` }));
        }
        return findings;
    }
    for (const [scope, level] of permissions.scopes) {
        if (!isScope(scope)) {
            const near = nearest(scope);
            findings.push((0,src_findings/* findingAt */.dz)(UNKNOWN_SCOPE, level, `\`${scope}\` is not a permission of the GITHUB_TOKEN${near ? ` (did you mean \`${near}\`?)` : ''}.`, { key: `scope:${scope}` }));
            continue;
        }
        const allowed = scope === 'id-token' || scope === 'copilot-requests'
            ? ['write', 'none']
            : scope === 'models'
                ? ['read', 'none']
                : ['read', 'write', 'none'];
        if (!allowed.includes(level.value)) {
            findings.push((0,src_findings/* findingAt */.dz)(UNKNOWN_SCOPE, level, `\`${scope}: ${level.value}\` is not a valid level; \`${scope}\` takes ${allowed.map((l) => `\`${l}\``).join(', ')}.`, { key: `level:${scope}` }));
        }
    }
    return findings;
}
function checkJob(workflow, needs, policy, callees) {
    const found = [];
    const { job } = needs;
    const findings = {
        push: (finding, scope) => void found.push(about(finding, job.id.value, scope)),
    };
    const jobName = `\`${job.id.value}\``;
    for (const reason of needs.unknown) {
        findings.push((0,src_findings/* findingAt */.dz)(CANNOT_COMPUTE, job.id, `The permissions job ${jobName} needs cannot be computed: ${reason}`, { key: `unknown:${job.id.value}:${reason}` }));
    }
    const own = job.permissions;
    if (own?.all?.value === 'write-all') {
        findings.push((0,src_findings/* findingAt */.dz)(WRITE_ALL, own.all, `Job ${jobName} gets \`write-all\`: every scope, with write access.`, { key: `job:${job.id.value}` }));
    }
    else if (own?.all?.value === 'read-all') {
        findings.push((0,src_findings/* findingAt */.dz)(READ_ALL, own.all, `Job ${jobName} gets \`read-all\`; name the scopes it needs.`, {
            key: `job:${job.id.value}`,
        }));
    }
    const effective = effectivePermissions(workflow, job);
    const known = needs.unknown.length === 0;
    // What the steps need and the job does not grant: the run would fail.
    if (effective) {
        for (const [scope, need] of needs.needs) {
            const granted = grantedLevel(effective, scope);
            if (granted !== undefined && !levelCovers(granted, need.level)) {
                const at = own ? (own.scopes.get(scope) ?? own) : job.id;
                findings.push((0,src_findings/* findingAt */.dz)(INSUFFICIENT_PERMISSION, at, `Job ${jobName} needs \`${scope}: ${need.level}\` (${need.reason}) but is granted \`${scope}: ${granted}\`; ${need.level === 'write' ? 'the step would fail' : 'the step fails if the repository is private'}.`, { key: `insufficient:${job.id.value}:${scope}` }), scope);
            }
        }
    }
    // What the job's own block grants and no step needs.
    if (own && !own.all && known) {
        for (const [scope, level] of own.scopes) {
            if (!isScope(scope) || (level.value !== 'read' && level.value !== 'write'))
                continue;
            const need = needs.needs.get(scope);
            if (scope === 'id-token') {
                if (!need && level.value === 'write') {
                    findings.push((0,src_findings/* findingAt */.dz)(ID_TOKEN_WRITE, level, `Job ${jobName} is granted \`id-token: write\`, but none of its steps requests an OIDC token.`, { key: `id-token:${job.id.value}` }), scope);
                }
                continue;
            }
            if (!need) {
                findings.push((0,src_findings/* findingAt */.dz)(EXCESSIVE_PERMISSION, level, `Job ${jobName} is granted \`${scope}: ${level.value}\`, but none of its steps uses the \`${scope}\` scope${describeNeeds(needs)}.`, { key: `excess:${job.id.value}:${scope}` }), scope);
            }
            else if (level.value === 'write' && need.level === 'read') {
                findings.push((0,src_findings/* findingAt */.dz)(EXCESSIVE_PERMISSION, level, `Job ${jobName} is granted \`${scope}: write\`, but read is enough (${need.reason}).`, { key: `excess:${job.id.value}:${scope}` }), scope);
            }
        }
    }
    if (policy.preset === 'strict' && own && !own.all) {
        const allowed = policy.jobScopes.length > 0 ? policy.jobScopes : STRICT_DEFAULT_JOB_SCOPES;
        for (const [scope, level] of own.scopes) {
            if (level.value === 'none')
                continue;
            const ok = allowed.some((entry) => entry === scope ||
                entry === `${scope}: ${level.value}` ||
                (level.value === 'read' && entry === `${scope}: write`));
            if (!ok) {
                findings.push((0,src_findings/* findingAt */.dz)(DISALLOWED_SCOPE, level, `Job ${jobName} elevates to \`${scope}: ${level.value}\`, which the \`strict\` policy does not allow (allowed: ${allowed.join(', ')}).`, { key: `strict:${job.id.value}:${scope}` }), scope);
            }
        }
    }
    // A local reusable workflow can only lower what the caller grants.
    const calleeFile = job.uses?.value.startsWith('./') ? job.uses.value.slice(2) : undefined;
    const callee = calleeFile ? callees.get(calleeFile) : undefined;
    if (callee && effective && job.uses) {
        for (const calleeJob of callee.jobs) {
            const asked = effectivePermissions(callee, calleeJob);
            if (!asked)
                continue;
            for (const scope of SCOPES) {
                const wanted = grantedLevel(asked, scope);
                const granted = grantedLevel(effective, scope);
                if (wanted === undefined || granted === undefined || wanted === 'none')
                    continue;
                if (!levelCovers(granted, wanted)) {
                    findings.push((0,src_findings/* findingAt */.dz)(REUSABLE_WORKFLOW_ESCALATION, job.uses, `\`${callee.file}\` job \`${calleeJob.id.value}\` asks for \`${scope}: ${wanted}\`, but job ${jobName} grants \`${scope}: ${granted}\`; the called workflow cannot get more than its caller.`, { key: `escalation:${job.id.value}:${calleeJob.id.value}:${scope}` }), scope);
                }
            }
        }
    }
    return found;
}
function describeNeeds(needs) {
    if (needs.needs.size === 0)
        return ' (its steps need nothing of the token)';
    const list = [...needs.needs].map(([scope, need]) => `${scope}: ${need.level}`).join(', ');
    return ` (its steps need ${list})`;
}
const PULL_REQUEST_CODE = /github\.event\.pull_request\.head\.(sha|ref)|github\.head_ref|github\.event\.workflow_run\.head_(sha|branch)|refs\/pull\//;
/** A job of a privileged trigger that holds write scopes or secrets and takes in the PR's code. */
function dangerousCheckout(workflow, job) {
    const source = workflow.source;
    const jobText = source.sourceOf(job.node);
    const usesSecrets = /secrets\.(?!GITHUB_TOKEN\b)[A-Za-z_]/.test(jobText);
    const permissions = effectivePermissions(workflow, job);
    const writes = permissions === undefined ||
        permissions.all?.value === 'write-all' ||
        [...permissions.scopes.values()].some((level) => level.value === 'write');
    if (!usesSecrets && !writes)
        return undefined;
    for (const step of job.steps) {
        const checksOut = (step.uses?.value.startsWith('actions/checkout@') &&
            PULL_REQUEST_CODE.test(step.with.get('ref')?.value ?? '')) ||
            (step.run &&
                (/\bgh pr checkout\b/.test(step.run.value) ||
                    (/\bgit (fetch|checkout)\b/.test(step.run.value) &&
                        PULL_REQUEST_CODE.test(step.run.value))));
        if (checksOut) {
            const at = step.uses ?? step.run ?? job.id;
            const holds = [
                writes
                    ? permissions === undefined
                        ? 'the default token permissions'
                        : 'write scopes'
                    : '',
                usesSecrets ? 'secrets' : '',
            ]
                .filter(Boolean)
                .join(' and ');
            const trigger = workflow.triggers.find((t) => t.value === 'pull_request_target' || t.value === 'workflow_run')?.value ?? '';
            return about((0,src_findings/* findingAt */.dz)(DANGEROUS_TRIGGER, at, `Job \`${job.id.value}\` runs on \`${trigger}\` with ${holds} and checks out the pull request's code; that code then runs with them.`, { key: `dangerous:${job.id.value}` }), job.id.value);
        }
    }
    return undefined;
}
function isAllowed(finding, workflow, policy) {
    const subject = subjects.get(finding) ?? {};
    return policy.allow.some((entry) => (entry.rule === undefined || entry.rule === finding.rule) &&
        (entry.workflow === undefined ||
            workflow.file === entry.workflow ||
            workflow.file.endsWith(`/${entry.workflow}`)) &&
        (entry.job === undefined || entry.job === subject.job) &&
        (entry.scope === undefined || entry.scope === subject.scope));
}
function nearest(name) {
    const normalized = name.toLowerCase().replace(/_/g, '-');
    const exact = SCOPES.find((scope) => scope === normalized || scope === `${normalized}s` || `${scope}s` === normalized);
    if (exact)
        return exact;
    return SCOPES.find((scope) => scope.startsWith(normalized.slice(0, 4)));
}

;// CONCATENATED MODULE: ./actions/permission-lint/src/fix.ts
/** Longest reason written in a comment, in characters, before it is cut with `…`. */
const MAX_COMMENT = 120;
/**
 * Splits a workflow's jobs into those whose needs are known and those left alone. `jobNeeds`
 * may hold other workflows' jobs; a job of this workflow with no entry is left alone.
 */
function planPermissions(workflow, jobNeeds) {
    const byId = new Map();
    for (const entry of jobNeeds) {
        if (entry.workflow.file === workflow.file)
            byId.set(entry.job.id.value, entry);
    }
    const plan = { jobs: [], skipped: [] };
    for (const job of workflow.jobs) {
        const entry = byId.get(job.id.value);
        if (!entry) {
            plan.skipped.push({ job, reason: 'no needs were computed for this job' });
        }
        else if (entry.unknown.length > 0) {
            plan.skipped.push({ job, reason: entry.unknown.join('; ') });
        }
        else {
            plan.jobs.push({ job, needs: entry.needs });
        }
    }
    return plan;
}
/**
 * The edits that give `workflow` least-privilege permissions: `permissions: {}` at the top
 * level, and for each job whose needs are known a block of exactly those scopes (replacing
 * the job's own `permissions:` value, or inserted after its `runs-on:` line, else before its
 * first key). Jobs whose needs are unknown, or whose text cannot be edited safely (YAML
 * aliases and anchors, flow-style jobs), are returned in `skipped`. Applying the edits to a
 * file the fixer already fixed, with the same needs, gives no edits.
 */
function planWorkflowFix(workflow, jobNeeds) {
    const plan = planPermissions(workflow, jobNeeds);
    const text = workflow.source.text;
    const editor = new Editor(workflow.file, text, workflow.source);
    const edits = [];
    const skipped = [...plan.skipped];
    for (const { job, needs } of plan.jobs) {
        const site = editor.jobSite(job);
        if ('reason' in site) {
            skipped.push({ job, reason: site.reason });
            continue;
        }
        const edit = editor.jobEdit(site, neededValue(needs));
        if (edit)
            edits.push(edit);
    }
    // Jobs left alone with no `permissions:` of their own get the workflow level's: changing
    // it changes theirs, unless they are given a copy of it first.
    const inheriting = skipped.filter(({ job }) => editor.ownPermissions(job) === undefined);
    const top = editor.topLevel(workflow);
    let note;
    if ('reason' in top) {
        note = `the workflow-level \`permissions:\` was left as it is: ${top.reason}`;
    }
    else if (top.kind === 'absent' && inheriting.length > 0) {
        note =
            `\`permissions: {}\` was not added at the workflow level: ${describeJobs(inheriting)} ` +
                `no \`permissions:\` of ${inheriting.length === 1 ? 'its' : 'their'} own and ` +
                `${inheriting.length === 1 ? 'gets' : 'get'} the repository's default token ` +
                'permissions, which the workflow does not say; give ' +
                `${inheriting.length === 1 ? 'it a block' : 'each a block'} by hand, then run the fixer again`;
    }
    else if (top.kind !== 'empty') {
        const copies = [];
        const problems = [];
        for (const { job, reason } of inheriting) {
            const site = editor.jobSite(job);
            const copy = 'reason' in site ? site : copiedValue(workflow, reason);
            if ('reason' in copy) {
                problems.push(`job \`${job.id.value}\` inherits it and cannot be given a copy: ${copy.reason}`);
                continue;
            }
            const edit = 'reason' in site ? undefined : editor.jobEdit(site, copy);
            if (edit)
                copies.push(edit);
        }
        if (problems.length > 0) {
            note = `the workflow-level \`permissions:\` was left as it is: ${problems.join('; ')}`;
        }
        else {
            edits.push(...copies);
            const edit = editor.topLevelEdit(top);
            if (edit)
                edits.push(edit);
        }
    }
    edits.sort((a, b) => a.start - b.start);
    const result = { edits, skipped };
    if (note !== undefined)
        result.note = note;
    return result;
}
/** The block of exactly the scopes `needs` lists, by scope name. */
function neededValue(needs) {
    const entries = [...needs.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([scope, need]) => {
        // The analysis's reason already names the step that needs the scope.
        const entry = { scope, level: need.level };
        const comment = commentText(need.reason);
        if (comment !== '')
            entry.comment = comment;
        return entry;
    });
    return { kind: 'map', entries };
}
/** The workflow level's permissions, to write into a job that keeps them. */
function copiedValue(workflow, reason) {
    const permissions = workflow.permissions;
    const header = commentText(`kept from the workflow level: ${reason}`);
    if (!permissions)
        return { reason: 'the workflow has no `permissions:` to copy' };
    if (permissions.all) {
        const written = workflow.source.text.slice(permissions.all.start, permissions.all.end);
        if (written === '')
            return { reason: 'its value is empty' };
        if (/[\r\n]/.test(written))
            return { reason: 'its value is not on one line' };
        return { kind: 'scalar', text: written, header };
    }
    const entries = [];
    for (const [scope, level] of permissions.scopes) {
        if (!SIMPLE_WORD.test(scope) || !SIMPLE_WORD.test(level.value)) {
            return { reason: `\`${scope}: ${level.value}\` is not a plain scope and level` };
        }
        entries.push({ scope, level: level.value });
    }
    return { kind: 'map', entries, header };
}
const SIMPLE_WORD = /^[A-Za-z0-9_-]+$/;
/**
 * A reason as the text of a YAML comment: on one line, with no control characters, no `#`
 * after a space (`issue #12` becomes `issue 12`), and at most MAX_COMMENT characters.
 */
function commentText(reason) {
    // eslint-disable-next-line no-control-regex
    let text = reason.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g, ' ');
    text = text
        .replace(/(^|\s)#+/g, '$1')
        .replace(/\s+/g, ' ')
        .trim();
    if (text.length > MAX_COMMENT)
        text = `${text.slice(0, MAX_COMMENT - 1).trimEnd()}…`;
    return text;
}
function describeJobs(jobs) {
    const list = jobs.map(({ job, reason }) => `\`${job.id.value}\` (${reason})`).join(', ');
    return `${jobs.length === 1 ? 'job' : 'jobs'} ${list} ${jobs.length === 1 ? 'has' : 'have'}`;
}
/** Reads positions in one file's text and turns values into edits of it. */
class Editor {
    file;
    text;
    source;
    constructor(file, text, source) {
        this.file = file;
        this.text = text;
        this.source = source;
    }
    /** The job's own `permissions:` pair, as written (an alias included). */
    ownPermissions(job) {
        return this.pair(job.node, 'permissions');
    }
    /** Where the workflow level's `permissions: {}` goes, or why it cannot be written. */
    topLevel(workflow) {
        const root = this.source.document.contents;
        if (!root || this.isAlias(root) || !this.source.asMap(root)) {
            return { reason: 'the file is not a mapping' };
        }
        const rootMap = root;
        const pair = this.pair(rootMap, 'permissions');
        if (pair) {
            const permissions = workflow.permissions;
            if (permissions && !permissions.all && permissions.scopes.size === 0) {
                return { kind: 'empty' };
            }
            const site = this.valueSite(pair);
            return 'reason' in site ? { reason: `it ${site.reason}` } : { kind: 'present', site };
        }
        const jobs = this.pair(rootMap, 'jobs');
        const start = jobs?.key.range?.[0];
        if (start === undefined)
            return { reason: 'the workflow has no `jobs:` to put it before' };
        const lineStart = this.lineStart(start);
        const indent = this.text.slice(lineStart, start);
        if (!/^ *$/.test(indent)) {
            return { reason: '`jobs:` does not start its line, so no line can go before it' };
        }
        return { kind: 'absent', insertAt: lineStart, indent };
    }
    topLevelEdit(top) {
        if (top.kind === 'present')
            return this.replace(top.site, ` {}${top.site.tail}`);
        const eol = this.eolAt(top.insertAt);
        return this.edit(top.insertAt, top.insertAt, `${top.indent}permissions: {}${eol}`);
    }
    /** Where the job's block goes, or why the job's text cannot be edited safely. */
    jobSite(job) {
        const jobsNode = this.source.document.contents
            ? this.pair(this.source.document.contents, 'jobs')?.value
            : undefined;
        if (!jobsNode || this.isAlias(jobsNode) || jobsNode.anchor) {
            return { reason: '`jobs:` is a YAML alias or anchor, which the fixer does not edit' };
        }
        const jobPair = jobsNode.items.find((item) => item.key.range?.[0] === job.id.start);
        if (!jobPair || jobPair.value !== job.node) {
            return { reason: 'the job is a YAML alias, which the fixer does not edit' };
        }
        if (job.node.anchor) {
            return {
                reason: `the job is anchored (\`&${job.node.anchor}\`) and may be aliased elsewhere; set its permissions by hand`,
            };
        }
        if (job.node.flow) {
            return { reason: 'the job is written in flow style (`{ … }`); set its permissions by hand' };
        }
        const firstKey = job.node.items[0]?.key.range?.[0];
        if (firstKey === undefined)
            return { reason: 'the job has no keys' };
        const lineStart = this.lineStart(firstKey);
        const indent = this.text.slice(lineStart, firstKey);
        if (!/^ *$/.test(indent)) {
            return { reason: 'the first key of the job does not start its line' };
        }
        const jobColumn = job.id.column - 1;
        const step = indent.length > jobColumn ? indent.length - jobColumn : 2;
        const site = {
            indent,
            step: ' '.repeat(step),
            insertAt: lineStart,
            after: false,
        };
        const own = this.ownPermissions(job);
        if (own) {
            const existing = this.valueSite(own);
            if ('reason' in existing)
                return { reason: `its \`permissions:\` ${existing.reason}` };
            site.existing = existing;
            return site;
        }
        const runsOn = this.pair(job.node, 'runs-on');
        const value = runsOn?.value;
        if (runsOn && !this.isBlockScalar(value)) {
            const end = value?.range && !this.isNullAtColon(value) ? value.range[1] : undefined;
            const contentEnd = this.trimEnd(end ?? runsOn.key.range?.[1] ?? firstKey, firstKey);
            site.insertAt = this.lineEnd(contentEnd);
            site.after = true;
        }
        return site;
    }
    /** The edit writing `value` as the job's permissions; undefined when the text says it already. */
    jobEdit(site, value) {
        const eol = this.eolAt(site.existing?.afterColon ?? site.insertAt);
        if (site.existing) {
            return this.replace(site.existing, this.render(value, site.existing.tail, site, eol));
        }
        const tail = value.header ? ` # ${value.header}` : '';
        const block = `${site.indent}permissions:${this.render(value, tail, site, eol)}`;
        return site.after
            ? this.edit(site.insertAt, site.insertAt, `${eol}${block}`)
            : this.edit(site.insertAt, site.insertAt, `${block}${eol}`);
    }
    /** What follows `permissions:`: ` {}`, ` read-all`, or the block's lines. */
    render(value, tail, site, eol) {
        if (value.kind === 'scalar')
            return ` ${value.text}${tail}`;
        if (value.entries.length === 0)
            return ` {}${tail}`;
        const lines = value.entries.map(({ scope, level, comment }) => `${site.indent}${site.step}${scope}: ${level}${comment === undefined ? '' : ` # ${comment}`}`);
        return `${tail}${eol}${lines.join(eol)}`;
    }
    /**
     * Where the value of `key: value` is, from just after the colon to the end of the value's
     * last line, and what follows a value written on the key's line. Aliases, anchors and tags
     * are refused: editing them would change other nodes, or be a guess.
     */
    valueSite(pair) {
        let colon = pair.key.range?.[1];
        if (colon === undefined)
            return { reason: 'could not be placed in the file' };
        while (this.text[colon] === ' ' || this.text[colon] === '\t')
            colon += 1;
        if (this.text[colon] !== ':')
            return { reason: 'is not written as `key: value`' };
        const afterColon = colon + 1;
        const keyLineEnd = this.lineEnd(afterColon);
        const value = pair.value;
        if (!value?.range || this.isNullAtColon(value)) {
            return { afterColon, end: keyLineEnd, tail: this.text.slice(afterColon, keyLineEnd) };
        }
        if (this.isAlias(value)) {
            return { reason: 'is a YAML alias, which the fixer does not edit; set it by hand' };
        }
        if (value.anchor) {
            return {
                reason: `is anchored (\`&${value.anchor}\`) and may be aliased elsewhere; set it by hand`,
            };
        }
        const [start, end] = value.range;
        const between = this.text.slice(afterColon, start);
        if (!/^(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*$/.test(between)) {
            return { reason: 'has a YAML tag or other properties, which the fixer does not edit' };
        }
        const contentEnd = this.trimEnd(end, start + 1);
        if (between.includes('\n')) {
            // A block mapping below the key: what follows the colon (spaces, a comment) stays.
            return {
                afterColon,
                end: this.lineEnd(contentEnd),
                tail: this.text.slice(afterColon, keyLineEnd),
            };
        }
        if (contentEnd <= keyLineEnd) {
            return { afterColon, end: keyLineEnd, tail: this.text.slice(contentEnd, keyLineEnd) };
        }
        // Starts on the key's line and goes on below it (a block scalar, a flow mapping on lines).
        return { afterColon, end: this.lineEnd(contentEnd), tail: '' };
    }
    replace(site, text) {
        if (this.text.slice(site.afterColon, site.end) === text)
            return undefined;
        return this.edit(site.afterColon, site.end, text);
    }
    edit(start, end, text) {
        return { file: this.file, start, end, text };
    }
    pair(map, key) {
        if (!('items' in map) || !Array.isArray(map.items))
            return undefined;
        return map.items.find((item) => !this.isAlias(item.key) && this.source.scalarText(item.key) === key);
    }
    isAlias(node) {
        return this.source.resolve(node) !== node;
    }
    /** `key:` with nothing after it: the parser places the null value at the comment or line end. */
    isNullAtColon(node) {
        const range = node.range;
        return (!this.isAlias(node) &&
            range != null &&
            range[0] === range[1] &&
            this.source.scalarText(node) === '');
    }
    isBlockScalar(node) {
        if (!node || this.isAlias(node) || this.source.scalarText(node) === undefined)
            return false;
        const type = node.type;
        return type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED';
    }
    /** `offset` moved back over whitespace and line breaks, never before `floor`. */
    trimEnd(offset, floor) {
        let position = offset;
        while (position > floor && /\s/.test(this.text[position - 1] ?? ''))
            position -= 1;
        return position;
    }
    lineStart(offset) {
        return this.text.lastIndexOf('\n', offset - 1) + 1;
    }
    /** The end of the line holding `offset`, before its `\n` or `\r\n`. */
    lineEnd(offset) {
        const newline = this.text.indexOf('\n', offset);
        if (newline < 0)
            return this.text.length;
        return newline > offset && this.text[newline - 1] === '\r' ? newline - 1 : newline;
    }
    /** The line ending of the line holding `offset`, else the file's first one, else `\n`. */
    eolAt(offset) {
        const newline = this.text.indexOf('\n', offset);
        const at = newline < 0 ? this.text.indexOf('\n') : newline;
        return at > 0 && this.text[at - 1] === '\r' ? '\r\n' : '\n';
    }
}

;// CONCATENATED MODULE: ./actions/permission-lint/src/scorecard.ts
/**
 * The Token-Permissions score (0 to 10) that OpenSSF Scorecard's published rules give a
 * repository's workflows. Starting from 10, per workflow: no top-level block costs 0.5, or
 * everything when a job has no block either; top-level `write-all` costs 0.5, or everything
 * when jobs write or are undeclared; each top-level write costs 10 for `contents`, `packages`
 * and `actions`, 1 for `deployments` and `security-events`, 0.5 for `checks` and `statuses`;
 * a job that writes costs everything under a top level that writes, 0.5 under none.
 */
function tokenPermissionsScore(workflows) {
    if (workflows.length === 0)
        return undefined;
    let score = 10;
    for (const workflow of workflows) {
        const top = workflow.permissions;
        const jobUndeclared = workflow.jobs.some((job) => !job.permissions);
        const jobWrites = workflow.jobs.some((job) => job.permissions !== undefined && writes(job.permissions));
        const topWrites = top !== undefined && writes(top);
        if (!top) {
            if (jobUndeclared)
                return 0;
            score -= 0.5;
        }
        else if (top.all?.value === 'write-all') {
            if (jobWrites || jobUndeclared)
                return 0;
            score -= 0.5;
        }
        else {
            for (const [scope, level] of top.scopes) {
                if (level.value === 'write')
                    score -= COST[scope] ?? 0;
            }
        }
        if (jobWrites) {
            if (topWrites)
                return 0;
            if (!top)
                score -= 0.5;
        }
    }
    return Math.max(0, Math.trunc(score));
}
const COST = {
    contents: 10,
    packages: 10,
    actions: 10,
    deployments: 1,
    'security-events': 1,
    checks: 0.5,
    statuses: 0.5,
};
function writes(permissions) {
    if (permissions.all)
        return permissions.all.value === 'write-all';
    return [...permissions.scopes.values()].some((level) => level.value === 'write');
}

;// CONCATENATED MODULE: ./actions/permission-lint/src/run.ts








async function runPermissionLint(root, configFile, options = {}) {
    return (0,check/* checkRepositoryAt */.Y)(root, configFile, (repository, config) => checkPermissions(repository, config, options));
}
/** permission-lint on an already loaded repository (the audit shares one load between checks). */
async function checkPermissions(repository, config, options = {}) {
    const section = config['permission-lint'];
    const policy = {
        jobScopes: section['job-scopes'] ?? [],
        allow: section.allow ?? [],
    };
    if (section.preset)
        policy.preset = section.preset;
    const context = { repository };
    const callees = new Map(repository.workflows.map((workflow) => [workflow.file, workflow]));
    const findings = [];
    const needsByWorkflow = new Map();
    for (const workflow of repository.workflows) {
        const jobs = workflow.jobs.map((job) => analyzeJob(workflow, job, context));
        needsByWorkflow.set(workflow, jobs);
        findings.push(...checkWorkflow(workflow, jobs, policy, calleesOf(workflow, callees)));
    }
    const coverage = knowledgeCoverage(repository);
    const result = {
        report: {
            command: 'permission-lint',
            rules: [...RULES],
            findings,
            errors: [],
            filesScanned: repository.filesScanned,
        },
        score: {},
        coverage: { total: coverage.total, known: coverage.known },
        changes: [],
        notes: [],
    };
    const fail = section['fail-on'] ?? config['fail-on'];
    if (fail)
        result.failOn = fail;
    const score = tokenPermissionsScore(repository.workflows);
    if (score !== undefined)
        result.score.now = score;
    if (options.fix) {
        const fixed = [];
        for (const workflow of repository.workflows) {
            const plan = planWorkflowFix(workflow, needsByWorkflow.get(workflow) ?? []);
            for (const skipped of plan.skipped)
                result.notes.push(`${workflow.file}: job \`${skipped.job.id.value}\`: ${skipped.reason}`);
            if (plan.note)
                result.notes.push(`${workflow.file}: ${plan.note}`);
            const before = workflow.source.text;
            const after = plan.edits.length > 0 ? (0,edits/* applyEdits */.c)(before, plan.edits) : before;
            if (after !== before) {
                result.changes.push({ file: workflow.file, before, after });
                fixed.push((0,model/* readWorkflow */.S)(workflow.file, after).model);
            }
            else {
                fixed.push(workflow);
            }
        }
        const after = tokenPermissionsScore(fixed);
        if (after !== undefined)
            result.score.afterFix = after;
        if (options.writeFixes) {
            for (const change of result.changes)
                await (0,promises_.writeFile)(external_node_path_default().join(repository.root, change.file), change.after);
        }
    }
    result.report.scope = `${(0,reporters/* plural */.LS)(repository.workflows.length, 'workflow')}, ${(0,reporters/* plural */.LS)(repository.workflows.reduce((sum, w) => sum + w.jobs.length, 0), 'job')}`;
    return result;
}
/** Local reusable workflows a workflow calls, by the path its jobs name (`./.github/…`). */
function calleesOf(workflow, all) {
    const base = workflow.file.slice(0, workflow.file.lastIndexOf('.github/workflows/'));
    const callees = new Map();
    for (const job of workflow.jobs) {
        const target = job.uses?.value.startsWith('./') ? job.uses.value.slice(2) : undefined;
        const callee = target ? all.get(`${base}${target}`) : undefined;
        if (target && callee)
            callees.set(target, callee);
    }
    return callees;
}


/***/ })

};
