/**
 * Exit codes shared by every action and the `palisade` command.
 * 0: nothing at or above the fail level; 1: findings at or above it, or a failed gate;
 * 2: bad usage, bad configuration or unreadable input.
 */
export const ExitCode = {
  Ok: 0,
  Findings: 1,
  Error: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Where in which file a problem is; line and column are 1-based. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

/** Orders errors by file, then line, so every report lists them the same way. */
export function sortErrors<E extends InputError>(errors: readonly E[]): E[] {
  return [...errors].sort(
    (a, b) =>
      a.location.file.localeCompare(b.location.file) ||
      (a.location.line ?? 0) - (b.location.line ?? 0),
  );
}

/** Formats `file:line:column` with whatever parts are known. */
export function formatLocation(location: SourceLocation): string {
  let text = location.file;
  if (location.line !== undefined) {
    text += `:${location.line}`;
    if (location.column !== undefined) text += `:${location.column}`;
  }
  return text;
}

/**
 * The base of every error Palisade reports on purpose. Its type decides the exit code;
 * anything else that escapes is a bug and is reported as such.
 */
export class PalisadeError extends Error {
  readonly exitCode: ExitCode = ExitCode.Error;
}

/** Bad command-line arguments or action inputs. */
export class UsageError extends PalisadeError {
  override name = 'UsageError';
}

/** A file that cannot be used as input: unreadable, too large, not UTF-8, invalid YAML, … */
export class InputError extends PalisadeError {
  override name = 'InputError';
  constructor(
    readonly location: SourceLocation,
    readonly reason: string,
  ) {
    super(`${formatLocation(location)}: ${reason}`);
  }
}

/** A `.github/palisade.yml` that does not follow the documented schema. */
export class ConfigError extends InputError {
  override name = 'ConfigError';
}

/** The GitHub API failed or could not be reached; a gate that gets one cannot decide. */
export class ApiError extends PalisadeError {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/**
 * The message of anything thrown. Errors from Node's built-ins may come from another realm
 * (test runners use VM contexts), where `instanceof Error` is false, so this checks the shape.
 */
export function errorMessage(error: unknown): string {
  if (
    typeof error === 'object' &&
    error !== null &&
    'message' in error &&
    typeof error.message === 'string'
  ) {
    return error.message;
  }
  return String(error);
}
