/**
 * Patches for the fixers' `patch-file` output. Kept out of the core index: jsdiff is loaded only
 * when a fix is asked for, not at every start.
 */
import { formatPatch, structuredPatch } from 'diff';

/**
 * A unified diff (git-style a/ b/ paths) of every changed file, for the action's patch file;
 * `git apply` takes it. Files are in path order; unchanged files are left out.
 */
export function makePatch(
  changes: ReadonlyArray<{ file: string; before: string; after: string }>,
): string {
  return [...changes]
    .filter((change) => change.before !== change.after)
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .map((change) => {
      const patch = structuredPatch(
        `a/${change.file}`,
        `b/${change.file}`,
        change.before,
        change.after,
        undefined,
        undefined,
        { context: 3 },
      );
      return formatPatch({ ...patch, isGit: true });
    })
    .join('');
}
