/**
 * Resolves `tests` entries: repository paths and globs to the regular files they name, and
 * `<repo>:<path>` entries to an external reference. A directory is not a test, and a symbolic
 * link counts only when it resolves to a regular file inside the repository.
 */
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Minimatch } from 'minimatch';
import { describeFsError, SKIPPED_DIRECTORIES } from '@palisade/core';

export type Resolution =
  | { kind: 'files'; files: string[] }
  | { kind: 'none'; reason: string }
  | { kind: 'external'; repository: string; path: string };

/** `<repo>:<path>` or `<owner>/<repo>:<path>`: a test in another repository. */
const EXTERNAL_PATTERN = /^((?:[A-Za-z0-9_.-]+\/)?[A-Za-z0-9_.-]+):(?!\/\/)(.+)$/;

/** Whether a `tests` entry names a file of another repository (`<repo>:<path>`). */
export function isExternalEntry(entry: string): boolean {
  return !entry.includes('\\') && EXTERNAL_PATTERN.test(entry);
}

const GLOB_OPTIONS = { dot: false, magicalBraces: true } as const;
const GLOB_CHARACTERS = /[*?[\]{}()!+@]/;

export class TestResolver {
  /** Repository-relative folder → its regular files (recursively), for glob matching. */
  private readonly listings = new Map<string, string[]>();
  private readonly resolutions = new Map<string, Promise<Resolution>>();

  /** `root` must be the real path of the repository (symlinks resolved). */
  constructor(private readonly root: string) {}

  /** Files that entries resolved to. */
  private readonly found = new Set<string>();

  resolve(entry: string): Promise<Resolution> {
    let resolution = this.resolutions.get(entry);
    if (!resolution) {
      resolution = this.resolveUncached(entry).then((result) => {
        if (result.kind === 'files') for (const file of result.files) this.found.add(file);
        return result;
      });
      this.resolutions.set(entry, resolution);
    }
    return resolution;
  }

  /** How many distinct files the entries resolved so far name. */
  filesFound(): number {
    return this.found.size;
  }

  private async resolveUncached(entry: string): Promise<Resolution> {
    // `C:\tests\a.ts` would otherwise read as `<repo>:<path>`: backslashes are refused first.
    if (entry.includes('\\')) {
      return { kind: 'none', reason: 'uses `\\`; write paths with `/`' };
    }
    const external = EXTERNAL_PATTERN.exec(entry);
    if (external) {
      return { kind: 'external', repository: external[1] ?? '', path: external[2] ?? '' };
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry)) {
      return { kind: 'none', reason: 'is a URL, not a path in the repository' };
    }
    if (entry.startsWith('/')) {
      return { kind: 'none', reason: 'is absolute; write it relative to the repository root' };
    }
    const normalized = path.posix.normalize(entry.replace(/^\.\//, ''));
    if (normalized === '..' || normalized.startsWith('../')) {
      return { kind: 'none', reason: 'points outside the repository' };
    }
    // Most entries are plain paths; building a matcher (brace expansion) costs more than the
    // lookup, so only entries with a glob character get one.
    if (!GLOB_CHARACTERS.test(normalized)) {
      return this.resolvePath(normalized, entry.endsWith('/'));
    }
    // minimatch loads only when an index has globs.
    const { Minimatch } = await import('minimatch');
    const glob = new Minimatch(normalized, GLOB_OPTIONS);
    if (!glob.hasMagic()) return this.resolvePath(normalized, entry.endsWith('/'));
    const files = this.listFilesUnder(staticPrefix(glob)).filter((file) => glob.match(file));
    if (files.length === 0) return { kind: 'none', reason: 'matches no file' };
    return { kind: 'files', files };
  }

  // The file system is read synchronously: in a short-lived process, a few hundred lstat calls
  // cost a millisecond or two this way, and ten times that through the thread pool.
  private resolvePath(relative: string, trailingSlash: boolean): Resolution {
    const absolute = path.join(this.root, relative);
    let info;
    try {
      info = lstatSync(absolute);
    } catch (error) {
      return { kind: 'none', reason: `does not exist (${describeFsError(error)})` };
    }
    if (info.isSymbolicLink()) {
      const problem = this.symlinkProblem(relative);
      if (problem) return { kind: 'none', reason: problem };
      return { kind: 'files', files: [relative] };
    }
    if (info.isDirectory() || trailingSlash) {
      return { kind: 'none', reason: 'is a directory, not a test file' };
    }
    if (!info.isFile()) return { kind: 'none', reason: 'is not a regular file' };
    return { kind: 'files', files: [relative] };
  }

  /** Why a symbolic link does not count as a test, or undefined when it does. */
  private symlinkProblem(relative: string): string | undefined {
    let target: string;
    try {
      target = realpathSync(path.join(this.root, relative));
    } catch (error) {
      return `is a broken symbolic link (${describeFsError(error)})`;
    }
    const inside = path.relative(this.root, target);
    // `..name` is a file of the root, not a way out of it: test the whole first segment.
    if (
      inside === '' ||
      inside === '..' ||
      inside.startsWith(`..${path.sep}`) ||
      path.isAbsolute(inside)
    ) {
      return 'is a symbolic link to a file outside the repository';
    }
    const info = statSync(target);
    if (info.isDirectory()) return 'is a symbolic link to a directory, not a test file';
    return info.isFile() ? undefined : 'is a symbolic link to something other than a file';
  }

  /** Every usable file under `folder`, listed once however many globs ask. */
  private listFilesUnder(folder: string): string[] {
    let listing = this.listings.get(folder);
    if (!listing) {
      listing = this.walk(folder);
      this.listings.set(folder, listing);
    }
    return listing;
  }

  private walk(start: string): string[] {
    const files: string[] = [];
    const pending = [start];
    while (pending.length > 0) {
      const folder = pending.pop() ?? '';
      let entries;
      try {
        entries = readdirSync(path.join(this.root, folder), { withFileTypes: true });
      } catch {
        continue; // A folder that does not exist or cannot be listed matches nothing.
      }
      for (const entry of entries) {
        const relative = folder ? `${folder}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
          if (!SKIPPED_DIRECTORIES.includes(entry.name)) pending.push(relative);
        } else if (entry.isFile()) {
          files.push(relative);
        } else if (entry.isSymbolicLink() && !this.symlinkProblem(relative)) {
          // Symbolic links to folders are not followed, so a link cannot make the walk loop.
          files.push(relative);
        }
      }
    }
    return files.sort();
  }
}

/** The folders before a glob's first magic part: where a walk for its matches starts. */
function staticPrefix(glob: Minimatch): string {
  const parts: string[] = [];
  // With braces there are several sets; walk from the folder they all share.
  const sets = glob.set;
  const first = sets[0] ?? [];
  for (let index = 0; index < first.length - 1; index++) {
    const part = first[index];
    if (typeof part !== 'string') break;
    if (!sets.every((set) => set[index] === part && set.length - 1 > index)) break;
    parts.push(part);
  }
  return parts.join('/');
}
