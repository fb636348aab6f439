import { InputError, sortErrors } from './errors.js';
import { discoverFiles, readRepositoryFile } from './files.js';
import { readAction, readWorkflow, type Action, type Workflow } from './model.js';
import type { Located } from './yaml-source.js';

/** Every workflow and action of a repository, read once and shared by all checks. */
export interface Repository {
  root: string;
  workflows: Workflow[];
  actions: Action[];
  /** Files that could not be read or are not in the expected shape: each makes the run exit 2. */
  errors: InputError[];
  /** Workflow and action files found, readable or not. */
  filesScanned: number;
}

export interface LoadOptions {
  exclude?: readonly string[];
}

/**
 * Finds and reads the workflows and actions under `root`. A file that cannot be used adds an
 * error and the rest are still read; only an unusable `root` itself throws.
 */
export async function loadRepository(root: string, options: LoadOptions = {}): Promise<Repository> {
  const found = await discoverFiles(root, options);
  const repository: Repository = {
    root: found.root,
    workflows: [],
    actions: [],
    errors: [...found.errors],
    filesScanned: found.workflows.length + found.actions.length + found.errors.length,
  };
  const read = async <T>(
    file: string,
    parse: (file: string, text: string) => { model: T; errors: InputError[] },
    into: T[],
  ): Promise<void> => {
    try {
      const { model, errors } = parse(file, await readRepositoryFile(found.root, file));
      into.push(model);
      repository.errors.push(...errors);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      repository.errors.push(error);
    }
  };
  // Reads are started together so file I/O overlaps; parsing stays on this thread.
  await Promise.all([
    ...found.workflows.map((file) => read(file, readWorkflow, repository.workflows)),
    ...found.actions.map((file) => read(file, readAction, repository.actions)),
  ]);
  repository.workflows.sort((a, b) => a.file.localeCompare(b.file));
  repository.actions.sort((a, b) => a.file.localeCompare(b.file));
  repository.errors = sortErrors(repository.errors);
  return repository;
}

export type ReferenceKind =
  'action' | 'reusable-workflow' | 'docker-step' | 'action-image' | 'container' | 'service';

/** Something a workflow or action runs that lives outside the file: an action, workflow or image. */
export interface Reference {
  kind: ReferenceKind;
  value: Located;
  /** `./…` and `$/…` (this repository) and an action's own Dockerfile are local, never external. */
  local: boolean;
}

/** Every `uses:` and image of the repository, in file order. */
export function collectReferences(
  repository: Pick<Repository, 'workflows' | 'actions'>,
): Reference[] {
  const references: Reference[] = [];
  const addUses = (value: Located, kind: 'action' | 'reusable-workflow'): void => {
    if (value.value.startsWith('docker://')) {
      references.push({ kind: 'docker-step', value, local: false });
    } else {
      references.push({ kind, value, local: isLocalUses(value.value) });
    }
  };
  for (const workflow of repository.workflows) {
    for (const job of workflow.jobs) {
      if (job.uses) addUses(job.uses, 'reusable-workflow');
      if (job.container)
        references.push({ kind: 'container', value: job.container.image, local: false });
      for (const service of job.services) {
        references.push({ kind: 'service', value: service.image, local: false });
      }
      for (const step of job.steps) if (step.uses) addUses(step.uses, 'action');
    }
  }
  for (const action of repository.actions) {
    const runs = action.runs;
    if (!runs) continue;
    if (runs.image) {
      // `Dockerfile` builds from the action's own folder; `docker://…` pulls from a registry.
      const local = !runs.image.value.startsWith('docker://');
      references.push({ kind: 'action-image', value: runs.image, local });
    }
    for (const step of runs.steps) if (step.uses) addUses(step.uses, 'action');
  }
  return references;
}

function isLocalUses(uses: string): boolean {
  return uses.startsWith('./') || uses.startsWith('$/');
}
