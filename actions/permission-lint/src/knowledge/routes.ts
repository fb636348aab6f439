import type { Level, Scope } from '../scopes.js';

/**
 * What one REST call needs of the GITHUB_TOKEN.
 * - `needs`: the scopes (usually one; merging a pull request needs two);
 * - `none`: nothing beyond the metadata every token has;
 * - `unknown`: the endpoint is not one a GITHUB_TOKEN scope grants, or its scope is not known.
 */
export type RouteNeed =
  | { kind: 'needs'; needs: ReadonlyArray<{ scope: Scope; level: Level }> }
  | { kind: 'none' }
  | { kind: 'unknown'; reason: string };

const NONE: RouteNeed = { kind: 'none' };

function need(scope: Scope, level: Level): RouteNeed {
  return { kind: 'needs', needs: [{ scope, level }] };
}

function unknown(reason: string): RouteNeed {
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
  ...'actions issues labels milestones assignees pulls commits branches tags contents git'.split(
    ' ',
  ),
  ...'releases compare merges merge-upstream dispatches readme tarball zipball comments'.split(' '),
  ...'dependency-graph check-runs check-suites statuses deployments pages'.split(' '),
  ...'code-scanning attestations projects'.split(' '),
  // Not granted, but named so that a variable before them is read as `{owner}/{repo}`.
  ...'collaborators environments hooks keys invitations rulesets secret-scanning'.split(' '),
  ...'dependabot vulnerability-alerts traffic autolinks properties events teams'.split(' '),
]);

/** A shell variable or an unevaluated expression standing for a whole segment. */
function isVariable(segment: string | undefined): boolean {
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
export function classifyRoute(verb: string, path: string): RouteNeed {
  const method = verb.toUpperCase();
  const level: Level = method === 'GET' || method === 'HEAD' ? 'read' : 'write';
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
    if (top === 'user' && rest[0] === 'packages') return need('packages', level);
    return unknown(`/${top} is outside the repository, where the GITHUB_TOKEN has no scope`);
  }

  // `/repos/$REPO/issues`: one variable in place of `{owner}/{repo}`.
  if (isVariable(rest[0]) && rest[1] !== undefined && REPOSITORY_AREAS.has(rest[1])) {
    rest.splice(1, 0, '{repo}');
  }
  // /repos/{owner}/{repo}/<area>/…
  const area = rest[2];
  const tail = rest.slice(3);
  if (rest.length < 2) return unknown(`/${clean} is not a repository endpoint`);
  if (area === undefined)
    return method === 'GET' ? NONE : unknown('changing the repository itself needs administration');
  if (method === 'GET' && REPOSITORY_METADATA.has(area)) return NONE;
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
      if (tail.includes('status') || tail.includes('statuses')) return need('statuses', level);
      if (tail.includes('pulls')) return unknown('commits/{sha}/pulls is not mapped to a scope');
      return need('contents', level);
    case 'branches':
      if (tail.includes('protection') || tail.includes('rename')) {
        return unknown('branch protection and renaming need administration');
      }
      return need('contents', level);
    case 'tags':
      if (tail[0] === 'protection') return unknown('tag protection needs administration');
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
export function methodNeed(namespace: string, method: string): RouteNeed | undefined {
  return methodIndex().get(`${namespace}.${method}`);
}

let index: Map<string, RouteNeed> | undefined;

function methodIndex(): Map<string, RouteNeed> {
  if (index) return index;
  index = new Map();
  for (const [namespace, groups] of Object.entries(REST_METHODS)) {
    for (const [code, names] of Object.entries(groups)) {
      const decoded = decode(code);
      for (const name of names.split(/\s+/)) {
        if (name) index.set(`${namespace}.${name}`, decoded);
      }
    }
  }
  return index;
}

/** `contents:read`, `pull-requests:write+contents:write`, `none`, `unknown`. */
function decode(code: string): RouteNeed {
  if (code === 'none') return NONE;
  if (code === 'unknown') return unknown('its endpoint is not granted by a GITHUB_TOKEN scope');
  return {
    kind: 'needs',
    needs: code.split('+').map((part) => {
      const [scope, level] = part.split(':') as [Scope, Level];
      return { scope, level };
    }),
  };
}

// `github.rest.<namespace>.<method>` → what its endpoint needs, grouped by need (`scope:level`,
// `+` between two scopes; `none`). Derived once from the generated endpoint list of
// @octokit/plugin-rest-endpoint-methods 17.0.0 (dist-src/generated/endpoints.js, MIT:
// namespace → method → "VERB /route") by applying classifyRoute above to each route; only the
// result is kept. Methods whose endpoint no GITHUB_TOKEN scope grants are left out: unknown.
export const REST_METHODS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
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
