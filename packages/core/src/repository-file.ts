/**
 * Reading one repository file safely. Kept apart from discovery (files.ts) so a check that only
 * reads files does not load the glob matcher.
 */
import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage, InputError } from './errors.js';

/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Folders never searched: version control, dependencies and build output. */
export const SKIPPED_DIRECTORIES: readonly string[] = ['.git', 'node_modules', 'dist'];

/** A symlink is usable when it resolves to a regular file inside the repository. */
export async function checkSymlink(
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
  // `..name` is a file in the root; only `..` itself or a `../` prefix leaves it.
  return (
    relative !== '' &&
    relative !== '..' &&
    !relative.startsWith(`..${path.sep}`) &&
    !path.isAbsolute(relative)
  );
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
