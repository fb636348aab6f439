import type { Permissions, Workflow } from '@palisade/core';

/**
 * The Token-Permissions score (0 to 10) that OpenSSF Scorecard's published rules give a
 * repository's workflows. Starting from 10, per workflow: no top-level block costs 0.5, or
 * everything when a job has no block either; top-level `write-all` costs 0.5, or everything
 * when jobs write or are undeclared; each top-level write costs 10 for `contents`, `packages`
 * and `actions`, 1 for `deployments` and `security-events`, 0.5 for `checks` and `statuses`;
 * a job that writes costs everything under a top level that writes, 0.5 under none.
 */
export function tokenPermissionsScore(
  workflows: ReadonlyArray<Pick<Workflow, 'permissions' | 'jobs'>>,
): number | undefined {
  if (workflows.length === 0) return undefined;
  let score = 10;
  for (const workflow of workflows) {
    const top = workflow.permissions;
    const jobUndeclared = workflow.jobs.some((job) => !job.permissions);
    const jobWrites = workflow.jobs.some(
      (job) => job.permissions !== undefined && writes(job.permissions),
    );
    const topWrites = top !== undefined && writes(top);
    if (!top) {
      if (jobUndeclared) return 0;
      score -= 0.5;
    } else if (top.all?.value === 'write-all') {
      if (jobWrites || jobUndeclared) return 0;
      score -= 0.5;
    } else {
      for (const [scope, level] of top.scopes) {
        if (level.value === 'write') score -= COST[scope] ?? 0;
      }
    }
    if (jobWrites) {
      if (topWrites) return 0;
      if (!top) score -= 0.5;
    }
  }
  return Math.max(0, Math.trunc(score));
}

const COST: Record<string, number> = {
  contents: 10,
  packages: 10,
  actions: 10,
  deployments: 1,
  'security-events': 1,
  checks: 0.5,
  statuses: 0.5,
};

function writes(permissions: Permissions): boolean {
  if (permissions.all) return permissions.all.value === 'write-all';
  return [...permissions.scopes.values()].some((level) => level.value === 'write');
}
