import { lstat, readFile, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { minimatch } from 'minimatch';
import { errorMessage, InputError } from './errors.js';

/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Folders never searched: version control, dependencies and build output. */
export const SKIPPED_DIRECTORIES: readonly string[] = ['.git', 'node_modules', 'dist'];

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

/** A symlink is usable when it resolves to a regular file inside the repository. */
async function checkSymlink(
  root: string,
  relative: string,
): Promise<InputError | 'directory' | undefined> {
  let target: string;
  try {
    target = await realpath(path.join(root, relative));
  } catch (error) {
    return new InputError(
      { file: relative },
      `cannot read the file: broken symbolic link (${describeFsError(error)})`,
    );
  }
  if (!isInside(root, target)) {
    return new InputError(
      { file: relative },
      'symbolic link points outside the repository; it is not followed',
    );
  }
  return (await stat(target)).isDirectory() ? 'directory' : undefined;
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Reads a repository file as UTF-8 text, refusing what cannot be audited: a symlink out of
 * the repository, a file over MAX_FILE_BYTES, an empty file, bytes that are not UTF-8.
 * A leading byte-order mark is dropped.
 */
export async function readRepositoryFile(root: string, relative: string): Promise<string> {
  const location = { file: relative };
  const absolute = path.join(root, relative);
  let bytes: Buffer;
  try {
    const info = await lstat(absolute);
    if (info.isSymbolicLink()) {
      const problem = await checkSymlink(root, relative);
      if (problem instanceof InputError) throw problem;
      if (problem === 'directory') throw new InputError(location, 'is a directory, not a file');
    }
    const size = (await stat(absolute)).size;
    if (size > MAX_FILE_BYTES) {
      throw new InputError(
        location,
        `file is ${formatMegabytes(size)}, over the ${formatMegabytes(MAX_FILE_BYTES)} limit; it was not read`,
      );
    }
    bytes = await readFile(absolute);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(location, `cannot read the file (${describeFsError(error)})`);
  }
  if (bytes.length === 0) throw new InputError(location, 'file is empty');
  return decodeUtf8(bytes, relative);
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function decodeUtf8(bytes: Buffer, file: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    // Find the line of the first byte that is not UTF-8, to point the user at it.
    const lossy = bytes.toString('utf8');
    const bad = lossy.indexOf('\uFFFD');
    const line = bad < 0 ? undefined : lossy.slice(0, bad).split('\n').length;
    throw new InputError(
      line === undefined ? { file } : { file, line },
      'file is not valid UTF-8 text',
    );
  }
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** `ENOENT: no such file or directory` without the absolute path Node puts in the message. */
export function describeFsError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    const known: Record<string, string> = {
      ENOENT: 'no such file or directory',
      EACCES: 'permission denied',
      EPERM: 'operation not permitted',
      EISDIR: 'is a directory',
      ENOTDIR: 'not a directory',
      ELOOP: 'too many levels of symbolic links',
    };
    return known[error.code] ?? error.code;
  }
  return errorMessage(error);
}
