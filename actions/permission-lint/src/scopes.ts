import type { Job, Step, Workflow } from '@palisade/core';

/**
 * The scopes a workflow or job may set under `permissions:`, as GitHub documents them.
 * `id-token` and `copilot-requests` take only `write` (or `none`); `models` only `read` (or `none`).
 */
export const SCOPES = [
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
] as const;
export type Scope = (typeof SCOPES)[number];
export type Level = 'read' | 'write';

export function isScope(name: string): name is Scope {
  return (SCOPES as readonly string[]).includes(name);
}

/** What one step needs of the token, and why (shown to users and written by the fixer). */
export interface Need {
  scope: Scope;
  level: Level;
  /** Short and specific: `actions/checkout fetches the repository`, `gh pr comment`. */
  reason: string;
}

/** What one step does with the token. */
export interface StepNeeds {
  step: Step;
  /** The file the step is in (a workflow, or a local composite action it reaches). */
  file: string;
  needs: Need[];
  /** Set when the step's needs cannot be computed; the text says why. Never guessed. */
  unknown?: string;
}

/** What a job needs: the union of its steps (and of a local reusable workflow it calls). */
export interface JobNeeds {
  workflow: Workflow;
  job: Job;
  steps: StepNeeds[];
  /** Highest level per scope, with the first step that needs it. */
  needs: Map<Scope, Need & { step?: Step }>;
  /** Why the job's needs cannot be fully computed; empty when they can. */
  unknown: string[];
}

/** `write` includes `read`. */
export function levelCovers(granted: Level | 'none' | undefined, needed: Level): boolean {
  if (granted === 'write') return true;
  return granted === 'read' && needed === 'read';
}
