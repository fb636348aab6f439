import type { TextEdit } from './findings.js';

/**
 * Applies non-overlapping edits to one file's text. Edits are sorted by offset; two edits
 * that overlap, or that both start at the same offset (their order would be a guess), are
 * an error, as are edits of different files or out of the text's bounds.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const file = sorted[0]?.file;
  let result = '';
  let position = 0;
  let previous: TextEdit | undefined;
  for (const edit of sorted) {
    if (edit.file !== file) {
      throw new Error(`edits of two files given together: ${file ?? ''} and ${edit.file}`);
    }
    if (
      !Number.isInteger(edit.start) ||
      !Number.isInteger(edit.end) ||
      edit.start < 0 ||
      edit.end < edit.start ||
      edit.end > text.length
    ) {
      throw new Error(
        `edit [${edit.start}, ${edit.end}) is outside ${edit.file} (${text.length} characters)`,
      );
    }
    if (previous && (edit.start < previous.end || edit.start === previous.start)) {
      throw new Error(
        `overlapping edits in ${edit.file}: [${previous.start}, ${previous.end}) and [${edit.start}, ${edit.end})`,
      );
    }
    result += text.slice(position, edit.start) + edit.text;
    position = edit.end;
    previous = edit;
  }
  return result + text.slice(position);
}
