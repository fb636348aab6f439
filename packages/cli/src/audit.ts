import {
  collectReferences,
  loadConfig,
  loadRepository,
  plural,
  sortErrors,
  sortFindings,
  terminalSafe,
  type Located,
  type Reference,
  type ReferenceKind,
  type Report,
  type Repository,
} from '@palisade/core';
import type { FailOn } from '@palisade/core';
import { checkInvariants, hasIndex, type GateSummary } from '@palisade/invariant-gate';
import { checkPermissions } from '@palisade/permission-lint';
import { checkPins } from '@palisade/pin-check';

export interface AuditOptions {
  path: string;
  /** Configuration file relative to `path`; default `.github/palisade.yml` if present. */
  config?: string;
}

/** What a repository holds: the workflows, actions and external references checks apply to. */
export interface Inventory {
  workflows: Array<{ file: string; jobs: number; steps: number; references: number }>;
  actions: Array<{ file: string; using: string; steps: number; references: number }>;
  references: Array<{
    kind: ReferenceKind;
    uses: string;
    file: string;
    line: number;
    column: number;
    comment?: string;
  }>;
}

export interface AuditResult {
  report: Report;
  inventory: Inventory;
  /** The invariant gate's counts, when the repository keeps an invariants index. */
  invariants?: GateSummary;
  failOn?: FailOn;
}

/** Runs every check that applies to the repository at `path`. */
export async function audit(options: AuditOptions): Promise<AuditResult> {
  const loaded = await loadConfig(
    options.path,
    options.config === undefined ? {} : { file: options.config },
  );
  const repository = await loadRepository(options.path, { exclude: loaded.config.exclude ?? [] });
  const references = collectReferences(repository).filter((reference) => !reference.local);
  const inventory = takeInventory(repository, references);
  // Every check runs on the one loaded repository; the audit is offline.
  const pins = await checkPins(repository, loaded.config);
  const permissions = await checkPermissions(repository, loaded.config);
  // The invariant gate runs when the repository keeps an index, offline like the rest.
  const invariants = hasIndex(options.path, loaded.config)
    ? await checkInvariants(options.path, loaded.config, { verifyExternal: false })
    : undefined;
  const reports = [pins.report, permissions.report, ...(invariants ? [invariants.report] : [])];
  const report: Report = {
    command: 'audit',
    rules: reports.flatMap((each) => each.rules),
    findings: sortFindings([...loaded.findings, ...reports.flatMap((each) => each.findings)]),
    errors: sortErrors([
      ...loaded.errors,
      ...repository.errors,
      ...reports.flatMap((each) => each.errors),
    ]),
    filesScanned: repository.filesScanned,
    scope: `${plural(repository.workflows.length, 'workflow')}, ${plural(repository.actions.length, 'action')}, ${plural(references.length, 'external reference')}${invariants?.summary ? `, ${plural(invariants.summary.invariants.length, 'invariant')}` : ''}`,
  };
  const result: AuditResult = { report, inventory };
  if (invariants?.summary) result.invariants = invariants.summary;
  if (loaded.config['fail-on']) result.failOn = loaded.config['fail-on'];
  return result;
}

function takeInventory(repository: Repository, external: Reference[]): Inventory {
  const countIn = (file: string): number =>
    external.filter((reference) => reference.value.file === file).length;
  return {
    workflows: repository.workflows.map((workflow) => ({
      file: workflow.file,
      jobs: workflow.jobs.length,
      steps: workflow.jobs.reduce((sum, job) => sum + job.steps.length, 0),
      references: countIn(workflow.file),
    })),
    actions: repository.actions.map((action) => ({
      file: action.file,
      using: action.runs?.using.value ?? 'unknown',
      steps: action.runs?.steps.length ?? 0,
      references: countIn(action.file),
    })),
    references: external.map(({ kind, value }) => referenceEntry(kind, value)),
  };
}

function referenceEntry(kind: ReferenceKind, value: Located): Inventory['references'][number] {
  const entry: Inventory['references'][number] = {
    kind,
    uses: value.value,
    file: value.file,
    line: value.line,
    column: value.column,
  };
  if (value.comment !== undefined) entry.comment = value.comment;
  return entry;
}

const KIND_LABELS: Record<ReferenceKind, string> = {
  action: 'actions',
  'reusable-workflow': 'reusable workflows',
  'docker-step': 'docker:// steps',
  'action-image': 'action images',
  container: 'job containers',
  service: 'service containers',
};

/** The readable part of the audit that comes before the findings. */
export function formatInventory(inventory: Inventory): string {
  const lines: string[] = [];
  lines.push(`Workflows (${inventory.workflows.length})`);
  for (const workflow of inventory.workflows) {
    lines.push(
      `  ${terminalSafe(workflow.file)}  ${plural(workflow.jobs, 'job')}, ${plural(workflow.steps, 'step')}, ${plural(workflow.references, 'external reference')}`,
    );
  }
  lines.push(`Actions (${inventory.actions.length})`);
  for (const action of inventory.actions) {
    lines.push(
      `  ${terminalSafe(action.file)}  ${terminalSafe(action.using)}, ${plural(action.steps, 'step')}, ${plural(action.references, 'external reference')}`,
    );
  }
  const byKind = new Map<ReferenceKind, Map<string, number>>();
  for (const reference of inventory.references) {
    const uses = byKind.get(reference.kind) ?? new Map<string, number>();
    // The version comment is part of what a reader needs to recognise a pinned SHA.
    const shown = reference.comment ? `${reference.uses}  # ${reference.comment}` : reference.uses;
    uses.set(shown, (uses.get(shown) ?? 0) + 1);
    byKind.set(reference.kind, uses);
  }
  lines.push(`External references (${inventory.references.length})`);
  for (const [kind, label] of Object.entries(KIND_LABELS) as Array<[ReferenceKind, string]>) {
    const uses = byKind.get(kind);
    if (!uses) continue;
    lines.push(`  ${label}:`);
    for (const [value, count] of [...uses].sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(`    ${terminalSafe(value)}${count > 1 ? `  (×${count})` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
