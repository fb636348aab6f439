import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { minimatch } from 'minimatch';
import { InputError } from './errors.js';
import { checkSymlink, describeFsError, SKIPPED_DIRECTORIES } from './repository-file.js';

export {
  describeFsError,
  MAX_FILE_BYTES,
  readRepositoryFile,
  SKIPPED_DIRECTORIES,
} from './repository-file.js';

export interface DiscoveredFiles {
  /** Absolute, real path of the repository root. */
  root: string;
  /** Repository-relative paths with forward slashes, sorted. */
  workflows: string[];
  actions: string[];
  /** Files that were found but cannot be used (a symlink out of the repository, …). */
  errors: InputError[];
}

export interface DiscoverOptions {
  /** Globs of repository-relative paths to leave out (a matching folder is skipped whole). */
  exclude?: readonly string[];
}

const WORKFLOW_PATTERN = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
const ACTION_PATTERN = /(^|\/)action\.ya?ml$/;

/**
 * Finds the workflows (`.github/workflows/*.yml|yaml`, at the root or in any folder, so a
 * tree of several repositories is audited whole) and every `action.yml|yaml` under `root`.
 * Symbolic links to folders are not followed; a symbolic link to a file is used only when it
 * stays inside the repository.
 */
export async function discoverFiles(
  rootPath: string,
  options: DiscoverOptions = {},
): Promise<DiscoveredFiles> {
  let root: string;
  try {
    root = await realpath(rootPath);
    if (!(await stat(root)).isDirectory()) {
      throw new InputError({ file: rootPath }, 'not a directory');
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      { file: rootPath },
      `cannot read the directory (${describeFsError(error)})`,
    );
  }
  const exclude = options.exclude ?? [];
  const isExcluded = (relative: string): boolean =>
    exclude.some((pattern) => minimatch(relative, pattern, { dot: true }));

  const result: DiscoveredFiles = { root, workflows: [], actions: [], errors: [] };
  const pending: string[] = [''];
  while (pending.length > 0) {
    const folder = pending.pop() ?? '';
    let entries;
    try {
      entries = await readdir(path.join(root, folder), { withFileTypes: true });
    } catch (error) {
      result.errors.push(
        new InputError(
          { file: folder || '.' },
          `cannot list the folder (${describeFsError(error)})`,
        ),
      );
      continue;
    }
    for (const entry of entries) {
      const relative = folder ? `${folder}/${entry.name}` : entry.name;
      if (isExcluded(relative)) continue;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.includes(entry.name)) pending.push(relative);
        continue;
      }
      const isWorkflow = WORKFLOW_PATTERN.test(relative);
      if (!isWorkflow && !ACTION_PATTERN.test(relative)) continue;
      if (entry.isSymbolicLink()) {
        const problem = await checkSymlink(root, relative);
        if (problem === 'directory') continue;
        if (problem) {
          result.errors.push(problem);
          continue;
        }
      } else if (!entry.isFile()) {
        continue;
      }
      (isWorkflow ? result.workflows : result.actions).push(relative);
    }
  }
  result.workflows.sort();
  result.actions.sort();
  return result;
}
