import {
  findingAt,
  type AllowEntry,
  type Finding,
  type Job,
  type Located,
  type Permissions,
  type Workflow,
} from '@palisade/core';
import {
  CANNOT_COMPUTE,
  DANGEROUS_TRIGGER,
  DISALLOWED_SCOPE,
  EXCESSIVE_PERMISSION,
  ID_TOKEN_WRITE,
  INSUFFICIENT_PERMISSION,
  MISSING_PERMISSIONS,
  READ_ALL,
  REUSABLE_WORKFLOW_ESCALATION,
  TOP_LEVEL_WRITE,
  UNKNOWN_SCOPE,
  WRITE_ALL,
} from './rules.js';
import { isScope, levelCovers, SCOPES, type JobNeeds, type Level, type Scope } from './scopes.js';

export type Preset = 'scorecard' | 'strict';

export interface PermissionPolicy {
  preset?: Preset;
  /** Under `strict`: the scopes (as `scope: level` or `scope`) jobs may elevate to. */
  jobScopes: readonly string[];
  allow: ReadonlyArray<
    AllowEntry<{ rule?: string; workflow?: string; job?: string; scope?: string }>
  >;
}

/** The organization hardening guide's list: what `strict` lets a job elevate to by default. */
export const STRICT_DEFAULT_JOB_SCOPES: readonly string[] = [
  'contents: read',
  'id-token: write',
  'attestations: write',
  'artifact-metadata: write',
  'packages: write',
  'pull-requests: write',
  'security-events: write',
  'actions: read',
];

type Granted = Level | 'none';

const SCORECARD_RULES = new Set([
  'missing-permissions',
  'write-all',
  'top-level-write',
  'unknown-scope',
]);

/** Which job and scope a finding is about, for matching allow entries. */
const subjects = new WeakMap<Finding, { job?: string; scope?: string }>();
function about(finding: Finding, job?: string, scope?: string): Finding {
  subjects.set(finding, {
    ...(job === undefined ? {} : { job }),
    ...(scope === undefined ? {} : { scope }),
  });
  return finding;
}

/** What a `permissions:` value grants one scope; undefined when it is an expression. */
export function grantedLevel(permissions: Permissions, scope: Scope): Granted | undefined {
  if (permissions.all) {
    if (permissions.all.value === 'write-all') return 'write';
    if (permissions.all.value === 'read-all')
      return scope === 'id-token' || scope === 'copilot-requests' ? 'none' : 'read';
    return undefined;
  }
  const level = permissions.scopes.get(scope)?.value;
  return level === 'read' || level === 'write' ? level : 'none';
}

/** The permissions a job runs with: its own, else the workflow's, else the repository default. */
export function effectivePermissions(workflow: Workflow, job: Job): Permissions | undefined {
  return job.permissions ?? workflow.permissions;
}

/** Every rule of permission-lint on one workflow, given what each job needs. */
export function checkWorkflow(
  workflow: Workflow,
  jobs: readonly JobNeeds[],
  policy: PermissionPolicy,
  callees: ReadonlyMap<string, Workflow>,
): Finding[] {
  const findings: Finding[] = [];
  const add = (finding: Finding): void => {
    if (isAllowed(finding, workflow, policy)) return;
    // `scorecard` keeps as errors only what lowers Scorecard's Token-Permissions score.
    if (
      policy.preset === 'scorecard' &&
      finding.severity === 'error' &&
      !SCORECARD_RULES.has(finding.rule)
    ) {
      finding.severity = 'warning';
    }
    findings.push(finding);
  };
  const top = workflow.permissions;

  for (const permissions of [top, ...workflow.jobs.map((job) => job.permissions)]) {
    if (permissions) for (const finding of checkShape(permissions)) add(finding);
  }

  if (!top) {
    const relying = workflow.jobs
      .filter((job) => !job.permissions)
      .map((job) => `\`${job.id.value}\``);
    if (relying.length > 0) {
      const first = workflow.name ??
        workflow.triggers[0] ?? { file: workflow.file, line: 1, column: 1 };
      add(
        findingAt(
          MISSING_PERMISSIONS,
          { file: workflow.file, line: first.line, column: 1 },
          `The workflow has no top-level \`permissions:\`, so ${relying.join(', ')} run${relying.length === 1 ? 's' : ''} with the repository's default token permissions; add \`permissions: {}\` and grant each job what it needs.`,
          { key: 'missing-permissions' },
        ),
      );
    }
  } else if (top.all?.value === 'write-all') {
    add(
      findingAt(
        WRITE_ALL,
        top.all,
        'The whole workflow gets `write-all`: every scope, with write access; grant each job only what it needs.',
        { key: 'top' },
      ),
    );
  } else if (top.all?.value === 'read-all') {
    add(
      findingAt(
        READ_ALL,
        top.all,
        'The whole workflow gets `read-all`; name the scopes jobs need (usually `contents: read`) or use `{}`.',
        { key: 'top' },
      ),
    );
  } else {
    for (const [scope, level] of top.scopes) {
      if (level.value === 'write') {
        add(
          about(
            findingAt(
              TOP_LEVEL_WRITE,
              level,
              `\`${scope}: write\` is granted to every job of the workflow; grant it only to the jobs that need it.`,
              { key: `top:${scope}` },
            ),
            undefined,
            scope,
          ),
        );
      }
    }
    if (policy.preset === 'strict') {
      for (const [scope, level] of top.scopes) {
        if (!(scope === 'contents' && level.value === 'read') && level.value !== 'none') {
          add(
            about(
              findingAt(
                DISALLOWED_SCOPE,
                level,
                `The \`strict\` preset allows only \`{}\` or \`contents: read\` at the top level, not \`${scope}: ${level.value}\`.`,
                { key: `top:${scope}` },
              ),
              undefined,
              scope,
            ),
          );
        }
      }
    }
  }

  for (const needs of jobs) {
    for (const finding of checkJob(workflow, needs, policy, callees)) add(finding);
  }
  if (
    workflow.triggers.some(
      (trigger) => trigger.value === 'pull_request_target' || trigger.value === 'workflow_run',
    )
  ) {
    for (const job of workflow.jobs) {
      const finding = dangerousCheckout(workflow, job);
      if (finding) add(finding);
    }
  }
  return findings;
}

function checkShape(permissions: Permissions): Finding[] {
  const findings: Finding[] = [];
  if (permissions.all) {
    const value = permissions.all.value;
    if (value !== 'read-all' && value !== 'write-all' && !value.includes('${{')) {
      findings.push(
        findingAt(
          UNKNOWN_SCOPE,
          permissions.all,
          `\`permissions: ${value}\` is not \`read-all\`, \`write-all\` or a mapping of scopes.`,
          { key: `all:${value}` },
        ),
      );
    }
    return findings;
  }
  for (const [scope, level] of permissions.scopes) {
    if (!isScope(scope)) {
      const near = nearest(scope);
      findings.push(
        findingAt(
          UNKNOWN_SCOPE,
          level,
          `\`${scope}\` is not a permission of the GITHUB_TOKEN${near ? ` (did you mean \`${near}\`?)` : ''}.`,
          { key: `scope:${scope}` },
        ),
      );
      continue;
    }
    const allowed =
      scope === 'id-token' || scope === 'copilot-requests'
        ? ['write', 'none']
        : scope === 'models'
          ? ['read', 'none']
          : ['read', 'write', 'none'];
    if (!allowed.includes(level.value)) {
      findings.push(
        findingAt(
          UNKNOWN_SCOPE,
          level,
          `\`${scope}: ${level.value}\` is not a valid level; \`${scope}\` takes ${allowed.map((l) => `\`${l}\``).join(', ')}.`,
          { key: `level:${scope}` },
        ),
      );
    }
  }
  return findings;
}

function checkJob(
  workflow: Workflow,
  needs: JobNeeds,
  policy: PermissionPolicy,
  callees: ReadonlyMap<string, Workflow>,
): Finding[] {
  const found: Finding[] = [];
  const { job } = needs;
  const findings = {
    push: (finding: Finding, scope?: string): void =>
      void found.push(about(finding, job.id.value, scope)),
  };
  const jobName = `\`${job.id.value}\``;
  for (const reason of needs.unknown) {
    findings.push(
      findingAt(
        CANNOT_COMPUTE,
        job.id,
        `The permissions job ${jobName} needs cannot be computed: ${reason}`,
        { key: `unknown:${job.id.value}:${reason}` },
      ),
    );
  }
  const own = job.permissions;
  if (own?.all?.value === 'write-all') {
    findings.push(
      findingAt(
        WRITE_ALL,
        own.all,
        `Job ${jobName} gets \`write-all\`: every scope, with write access.`,
        { key: `job:${job.id.value}` },
      ),
    );
  } else if (own?.all?.value === 'read-all') {
    findings.push(
      findingAt(READ_ALL, own.all, `Job ${jobName} gets \`read-all\`; name the scopes it needs.`, {
        key: `job:${job.id.value}`,
      }),
    );
  }
  const effective = effectivePermissions(workflow, job);
  const known = needs.unknown.length === 0;

  // What the steps need and the job does not grant: the run would fail.
  if (effective) {
    for (const [scope, need] of needs.needs) {
      const granted = grantedLevel(effective, scope);
      if (granted !== undefined && !levelCovers(granted, need.level)) {
        const at = own ? (own.scopes.get(scope) ?? own) : job.id;
        findings.push(
          findingAt(
            INSUFFICIENT_PERMISSION,
            at,
            `Job ${jobName} needs \`${scope}: ${need.level}\` (${need.reason}) but is granted \`${scope}: ${granted}\`; ${need.level === 'write' ? 'the step would fail' : 'the step fails if the repository is private'}.`,
            { key: `insufficient:${job.id.value}:${scope}` },
          ),
          scope,
        );
      }
    }
  }

  // What the job's own block grants and no step needs.
  if (own && !own.all && known) {
    for (const [scope, level] of own.scopes) {
      if (!isScope(scope) || (level.value !== 'read' && level.value !== 'write')) continue;
      const need = needs.needs.get(scope);
      if (scope === 'id-token') {
        if (!need && level.value === 'write') {
          findings.push(
            findingAt(
              ID_TOKEN_WRITE,
              level,
              `Job ${jobName} is granted \`id-token: write\`, but none of its steps requests an OIDC token.`,
              { key: `id-token:${job.id.value}` },
            ),
            scope,
          );
        }
        continue;
      }
      if (!need) {
        findings.push(
          findingAt(
            EXCESSIVE_PERMISSION,
            level,
            `Job ${jobName} is granted \`${scope}: ${level.value}\`, but none of its steps uses the \`${scope}\` scope${describeNeeds(needs)}.`,
            { key: `excess:${job.id.value}:${scope}` },
          ),
          scope,
        );
      } else if (level.value === 'write' && need.level === 'read') {
        findings.push(
          findingAt(
            EXCESSIVE_PERMISSION,
            level,
            `Job ${jobName} is granted \`${scope}: write\`, but read is enough (${need.reason}).`,
            { key: `excess:${job.id.value}:${scope}` },
          ),
          scope,
        );
      }
    }
  }

  if (policy.preset === 'strict' && own && !own.all) {
    const allowed = policy.jobScopes.length > 0 ? policy.jobScopes : STRICT_DEFAULT_JOB_SCOPES;
    for (const [scope, level] of own.scopes) {
      if (level.value === 'none') continue;
      const ok = allowed.some(
        (entry) =>
          entry === scope ||
          entry === `${scope}: ${level.value}` ||
          (level.value === 'read' && entry === `${scope}: write`),
      );
      if (!ok) {
        findings.push(
          findingAt(
            DISALLOWED_SCOPE,
            level,
            `Job ${jobName} elevates to \`${scope}: ${level.value}\`, which the \`strict\` policy does not allow (allowed: ${allowed.join(', ')}).`,
            { key: `strict:${job.id.value}:${scope}` },
          ),
          scope,
        );
      }
    }
  }

  // A local reusable workflow can only lower what the caller grants.
  const calleeFile = job.uses?.value.startsWith('./') ? job.uses.value.slice(2) : undefined;
  const callee = calleeFile ? callees.get(calleeFile) : undefined;
  if (callee && effective && job.uses) {
    for (const calleeJob of callee.jobs) {
      const asked = effectivePermissions(callee, calleeJob);
      if (!asked) continue;
      for (const scope of SCOPES) {
        const wanted = grantedLevel(asked, scope);
        const granted = grantedLevel(effective, scope);
        if (wanted === undefined || granted === undefined || wanted === 'none') continue;
        if (!levelCovers(granted, wanted)) {
          findings.push(
            findingAt(
              REUSABLE_WORKFLOW_ESCALATION,
              job.uses,
              `\`${callee.file}\` job \`${calleeJob.id.value}\` asks for \`${scope}: ${wanted}\`, but job ${jobName} grants \`${scope}: ${granted}\`; the called workflow cannot get more than its caller.`,
              { key: `escalation:${job.id.value}:${calleeJob.id.value}:${scope}` },
            ),
            scope,
          );
        }
      }
    }
  }
  return found;
}

function describeNeeds(needs: JobNeeds): string {
  if (needs.needs.size === 0) return ' (its steps need nothing of the token)';
  const list = [...needs.needs].map(([scope, need]) => `${scope}: ${need.level}`).join(', ');
  return ` (its steps need ${list})`;
}

const PULL_REQUEST_CODE =
  /github\.event\.pull_request\.head\.(sha|ref)|github\.head_ref|github\.event\.workflow_run\.head_(sha|branch)|refs\/pull\//;

/** A job of a privileged trigger that holds write scopes or secrets and takes in the PR's code. */
function dangerousCheckout(workflow: Workflow, job: Job): Finding | undefined {
  const source = workflow.source;
  const jobText = source.sourceOf(job.node);
  const usesSecrets = /secrets\.(?!GITHUB_TOKEN\b)[A-Za-z_]/.test(jobText);
  const permissions = effectivePermissions(workflow, job);
  const writes =
    permissions === undefined ||
    permissions.all?.value === 'write-all' ||
    [...permissions.scopes.values()].some((level) => level.value === 'write');
  if (!usesSecrets && !writes) return undefined;
  for (const step of job.steps) {
    const checksOut =
      (step.uses?.value.startsWith('actions/checkout@') &&
        PULL_REQUEST_CODE.test(step.with.get('ref')?.value ?? '')) ||
      (step.run &&
        (/\bgh pr checkout\b/.test(step.run.value) ||
          (/\bgit (fetch|checkout)\b/.test(step.run.value) &&
            PULL_REQUEST_CODE.test(step.run.value))));
    if (checksOut) {
      const at: Located = step.uses ?? step.run ?? job.id;
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
      const trigger =
        workflow.triggers.find(
          (t) => t.value === 'pull_request_target' || t.value === 'workflow_run',
        )?.value ?? '';
      return about(
        findingAt(
          DANGEROUS_TRIGGER,
          at,
          `Job \`${job.id.value}\` runs on \`${trigger}\` with ${holds} and checks out the pull request's code; that code then runs with them.`,
          { key: `dangerous:${job.id.value}` },
        ),
        job.id.value,
      );
    }
  }
  return undefined;
}

function isAllowed(finding: Finding, workflow: Workflow, policy: PermissionPolicy): boolean {
  const subject = subjects.get(finding) ?? {};
  return policy.allow.some(
    (entry) =>
      (entry.rule === undefined || entry.rule === finding.rule) &&
      (entry.workflow === undefined ||
        workflow.file === entry.workflow ||
        workflow.file.endsWith(`/${entry.workflow}`)) &&
      (entry.job === undefined || entry.job === subject.job) &&
      (entry.scope === undefined || entry.scope === subject.scope),
  );
}

function nearest(name: string): string | undefined {
  const normalized = name.toLowerCase().replace(/_/g, '-');
  const exact = SCOPES.find(
    (scope) => scope === normalized || scope === `${normalized}s` || `${scope}s` === normalized,
  );
  if (exact) return exact;
  return SCOPES.find((scope) => scope.startsWith(normalized.slice(0, 4)));
}
