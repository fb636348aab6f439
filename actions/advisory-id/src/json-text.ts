import { InputError } from '@palisade/core';
import { lineAt } from './ids.js';

/**
 * Parses JSON, turning a syntax error into an InputError at the line it names. Node 20 says
 * `at position N`, later versions `(line L column C)`; both are understood.
 */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof SyntaxError ? error.message : String(error);
    const lineMatch = /\(line (\d+) column \d+\)/.exec(message);
    const positionMatch = /at position (\d+)/.exec(message);
    const line = lineMatch
      ? Number(lineMatch[1])
      : positionMatch
        ? lineAt(text, Number(positionMatch[1]))
        : undefined;
    const reason = message.replace(/\s*\(line \d+ column \d+\)|\s*at position \d+.*$/g, '');
    throw new InputError(
      line === undefined ? { file } : { file, line },
      `not valid JSON: ${reason}`,
    );
  }
}

/** The line of the `nth` occurrence (from `from`) of a JSON string value in `text`. */
export function lineOfValue(text: string, value: string, from = 0): { line: number; end: number } {
  const needle = JSON.stringify(value);
  const index = text.indexOf(needle, from);
  if (index < 0) return { line: 1, end: from };
  return { line: lineAt(text, index), end: index + needle.length };
}

/** The line of the first `"key":` in `text`, else 1. */
export function lineOfKey(text: string, key: string, after?: string): number {
  const start = after === undefined ? 0 : Math.max(text.indexOf(JSON.stringify(after)), 0);
  const index = text.indexOf(JSON.stringify(key), start);
  return index < 0 ? 1 : lineAt(text, index);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The line of a JSON pointer's target, found by looking for each key after the previous
 * one (array indexes are skipped): close enough to point a reader at the right place.
 */
export function lineOfPointer(text: string, pointer: string): number {
  let cursor = 0;
  for (const part of pointer.split('/').slice(1)) {
    if (/^\d+$/.test(part)) continue;
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    const index = text.indexOf(JSON.stringify(key), cursor);
    if (index < 0) break;
    cursor = index;
  }
  return lineAt(text, cursor);
}
