import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  checkRepositoryAt,
  applyEdits,
  plural,
  readWorkflow,
  type FailOn,
  type PalisadeConfig,
  type Report,
  type Repository,
  type Workflow,
} from '@palisade/core';
import { analyzeJob, knowledgeCoverage } from './analyze.js';
import { checkWorkflow, type PermissionPolicy } from './checks.js';
import { planWorkflowFix } from './fix.js';
import { RULES } from './rules.js';
import { tokenPermissionsScore } from './scorecard.js';
import type { JobNeeds } from './scopes.js';

export interface PermissionLintOptions {
  fix?: boolean;
  /** With `fix`: write the fixed files (the CLI) rather than only returning the changes. */
  writeFixes?: boolean;
}

export interface PermissionLintResult {
  report: Report;
  failOn?: FailOn;
  /** OpenSSF Scorecard's Token-Permissions score, now and after the fix. */
  score: { now?: number; afterFix?: number };
  /** Share of `uses:` whose needs the knowledge base knows. */
  coverage: { total: number; known: number };
  changes: Array<{ file: string; before: string; after: string }>;
  /** Why some jobs or workflows were left alone by the fixer. */
  notes: string[];
}

export async function runPermissionLint(
  root: string,
  configFile: string | undefined,
  options: PermissionLintOptions = {},
): Promise<PermissionLintResult> {
  return checkRepositoryAt(root, configFile, (repository, config) =>
    checkPermissions(repository, config, options),
  );
}

/** permission-lint on an already loaded repository (the audit shares one load between checks). */
export async function checkPermissions(
  repository: Repository,
  config: PalisadeConfig,
  options: PermissionLintOptions = {},
): Promise<PermissionLintResult> {
  const section = config['permission-lint'];
  const policy: PermissionPolicy = {
    jobScopes: section['job-scopes'] ?? [],
    allow: section.allow ?? [],
  };
  if (section.preset) policy.preset = section.preset;
  const context = { repository };
  const callees = new Map<string, Workflow>(
    repository.workflows.map((workflow) => [workflow.file, workflow]),
  );
  const findings = [];
  const needsByWorkflow = new Map<Workflow, JobNeeds[]>();
  for (const workflow of repository.workflows) {
    const jobs = workflow.jobs.map((job) => analyzeJob(workflow, job, context));
    needsByWorkflow.set(workflow, jobs);
    findings.push(...checkWorkflow(workflow, jobs, policy, calleesOf(workflow, callees)));
  }
  const coverage = knowledgeCoverage(repository);
  const result: PermissionLintResult = {
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
  if (fail) result.failOn = fail;
  const score = tokenPermissionsScore(repository.workflows);
  if (score !== undefined) result.score.now = score;

  if (options.fix) {
    const fixed: Workflow[] = [];
    for (const workflow of repository.workflows) {
      const plan = planWorkflowFix(workflow, needsByWorkflow.get(workflow) ?? []);
      for (const skipped of plan.skipped)
        result.notes.push(`${workflow.file}: job \`${skipped.job.id.value}\`: ${skipped.reason}`);
      if (plan.note) result.notes.push(`${workflow.file}: ${plan.note}`);
      const before = workflow.source.text;
      const after = plan.edits.length > 0 ? applyEdits(before, plan.edits) : before;
      if (after !== before) {
        result.changes.push({ file: workflow.file, before, after });
        fixed.push(readWorkflow(workflow.file, after).model);
      } else {
        fixed.push(workflow);
      }
    }
    const after = tokenPermissionsScore(fixed);
    if (after !== undefined) result.score.afterFix = after;
    if (options.writeFixes) {
      for (const change of result.changes)
        await writeFile(path.join(repository.root, change.file), change.after);
    }
  }
  result.report.scope = `${plural(repository.workflows.length, 'workflow')}, ${plural(
    repository.workflows.reduce((sum, w) => sum + w.jobs.length, 0),
    'job',
  )}`;
  return result;
}

/** Local reusable workflows a workflow calls, by the path its jobs name (`./.github/…`). */
function calleesOf(workflow: Workflow, all: ReadonlyMap<string, Workflow>): Map<string, Workflow> {
  const base = workflow.file.slice(0, workflow.file.lastIndexOf('.github/workflows/'));
  const callees = new Map<string, Workflow>();
  for (const job of workflow.jobs) {
    const target = job.uses?.value.startsWith('./') ? job.uses.value.slice(2) : undefined;
    const callee = target ? all.get(`${base}${target}`) : undefined;
    if (target && callee) callees.set(target, callee);
  }
  return callees;
}
