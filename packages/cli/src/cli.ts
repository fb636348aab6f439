import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  errorMessage,
  exitCodeFor,
  ExitCode,
  FAIL_ON_VALUES,
  formatReport,
  formatText,
  OUTPUT_FORMATS,
  PalisadeError,
  PALISADE_VERSION,
  summaryLine,
  terminalSafe,
  toJson,
  UsageError,
  type OutputFormat,
} from '@palisade/core';

/** Where the command writes; tests pass their own. */
export interface Console {
  out(text: string): void;
  err(text: string): void;
}

const processConsole: Console = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

const USAGE = `Usage: palisade <command> [path] [options]

Commands:
  audit [path]      Run every check that applies to the repository at path
                    (default: the current directory), offline
  pin-check [path]  Check that every action, reusable workflow and image is pinned to a
                    commit SHA or digest, with truthful version comments
  permission-lint [path]
                    Compute the least GITHUB_TOKEN permissions each job needs and report
                    missing, excessive and dangerous grants

pin-check and permission-lint options:
  --fix                               pin-check: rewrite tags and branches to commit SHAs
                                      with a version comment (needs a token);
                                      permission-lint: write permissions: {} at the top and
                                      the least block per job, each scope commented
pin-check options:
  --online <true|false>               Verify comments and commits with the GitHub API when a
                                      token is set (default: true)
  --github-token <token>              Token for the API; default GITHUB_TOKEN or GH_TOKEN from
                                      the environment (preferred: a flag is visible to ps)

Options (every command):
  --format <text|json|sarif>          Report format (default: text)
  --output <file>                     Write the report to a file; the summary line still
                                      goes to standard output
  --fail-on <error|warning|note|never>
                                      Lowest severity that fails the run (default: the
                                      config's fail-on, else error)
  --config <file>                     Configuration file, relative to path
                                      (default: .github/palisade.yml when it exists)
  -h, --help                          Show this help
  --version                           Show the version

Exit codes: 0 nothing at or above the fail level, 1 findings at or above it,
2 bad usage, bad configuration or an input that could not be read.
`;

const COMMON_OPTIONS = {
  format: { type: 'string' },
  output: { type: 'string' },
  'fail-on': { type: 'string' },
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  fix: { type: 'boolean' },
  online: { type: 'string' },
  'github-token': { type: 'string' },
} as const;

/** Options only some commands take. */
const COMMAND_OPTIONS: Record<string, readonly string[]> = {
  audit: [],
  'pin-check': ['fix', 'online', 'github-token'],
  'permission-lint': ['fix'],
};
const COMMAND_ONLY = new Set(Object.values(COMMAND_OPTIONS).flat());

/** Runs `palisade` with `args` (without the node and script paths) and returns the exit code. */
export async function main(
  args: readonly string[],
  console: Console = processConsole,
): Promise<ExitCode> {
  try {
    return await dispatch(args, console);
  } catch (error) {
    if (error instanceof UsageError) {
      console.err(`palisade: ${error.message}\nRun \`palisade --help\` for usage.\n`);
      return ExitCode.Error;
    }
    if (error instanceof PalisadeError) {
      console.err(`palisade: ${error.message}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.err(`palisade: unexpected error, please report it:\n${detail}\n`);
    return ExitCode.Error;
  }
}

async function dispatch(args: readonly string[], console: Console): Promise<ExitCode> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: COMMON_OPTIONS,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(errorMessage(error));
  }
  const { values, positionals } = parsed;
  if (values.version) {
    console.out(`palisade ${PALISADE_VERSION}\n`);
    return ExitCode.Ok;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    console.out(USAGE);
    return command === undefined && !values.help ? ExitCode.Error : ExitCode.Ok;
  }
  const format = choice(values.format ?? 'text', OUTPUT_FORMATS, '--format');
  const failOnFlag =
    values['fail-on'] === undefined
      ? undefined
      : choice(values['fail-on'], FAIL_ON_VALUES, '--fail-on');

  const known = COMMAND_OPTIONS[command];
  if (!known) throw new UsageError(`unknown command \`${command}\``);
  for (const option of COMMAND_ONLY) {
    if (values[option as keyof typeof values] !== undefined && !known.includes(option)) {
      throw new UsageError(`--${option} is not an option of ${command}`);
    }
  }
  if (rest.length > 1) throw new UsageError(`${command} takes one path, got ${rest.length}`);
  const root = rest[0] ?? '.';

  // Each command loads only its own checks.
  if (command === 'audit') {
    const { audit, formatInventory } = await import('./audit.js');
    const result = await audit(
      values.config === undefined ? { path: root } : { path: root, config: values.config },
    );
    const failOn = failOnFlag ?? result.failOn ?? 'error';
    let output: string;
    if (format === 'text') output = formatInventory(result.inventory) + formatText(result.report);
    else if (format === 'json')
      output = `${JSON.stringify({ ...toJson(result.report), inventory: result.inventory }, null, 2)}\n`;
    else output = formatReport(result.report, format);
    await emit(output, values.output, summaryLine(result.report), console);
    return exitCodeFor(result.report, failOn);
  }

  if (command === 'permission-lint') {
    const { runPermissionLint } = await import('@palisade/permission-lint');
    const result = await runPermissionLint(root, values.config, {
      fix: values.fix === true,
      writeFixes: true,
    });
    const lines: string[] = [];
    if (values.fix) {
      for (const change of result.changes) lines.push(`fixed ${terminalSafe(change.file)}`);
      for (const note of result.notes) lines.push(terminalSafe(note));
      if (result.changes.length === 0) lines.push('nothing to fix');
    }
    if (result.score.now !== undefined) {
      const after =
        result.score.afterFix === undefined ? '' : `, ${result.score.afterFix}/10 after the fix`;
      lines.push(`OpenSSF Scorecard Token-Permissions: ${result.score.now}/10${after}`);
    }
    lines.push(
      `knowledge base: ${result.coverage.known} of ${result.coverage.total} uses of actions known`,
    );
    await emit(
      withLines(formatReport(result.report, format), format, lines),
      values.output,
      summaryLine(result.report),
      console,
    );
    return exitCodeFor(result.report, failOnFlag ?? result.failOn ?? 'error');
  }

  // pin-check
  const { runPinCheck } = await import('@palisade/pin-check');
  const online =
    values.online === undefined
      ? true
      : choice(values.online, ['true', 'false'], '--online') === 'true';
  const token =
    values['github-token'] ?? (process.env.GITHUB_TOKEN || process.env.GH_TOKEN || undefined);
  const result = await runPinCheck(root, values.config, {
    ...(online && token ? { token, cacheDir: apiCacheDir() } : {}),
    fix: values.fix === true,
    writeFixes: true,
  });
  const failOn = failOnFlag ?? result.failOn ?? 'error';
  let output = formatReport(result.report, format);
  if (format === 'text') {
    const lines: string[] = [];
    if (values.fix) {
      for (const change of result.changes) lines.push(`fixed ${terminalSafe(change.file)}`);
      if (result.changes.length === 0) lines.push('nothing to fix');
    }
    if (result.score.now !== undefined) {
      const after =
        result.score.afterFix === undefined ? '' : `, ${result.score.afterFix}/10 after the fix`;
      lines.push(
        `OpenSSF Scorecard Pinned-Dependencies (GitHub Actions): ${result.score.now}/10${after}`,
      );
    }
    if (!online || !token)
      lines.push('offline: set GITHUB_TOKEN to verify version comments and commits online');
    output = withLines(output, format, lines);
  }
  await emit(output, values.output, summaryLine(result.report), console);
  return exitCodeFor(result.report, failOn);
}

/** Adds lines to a text report just before its summary line, which stays last. */
function withLines(output: string, format: OutputFormat, lines: readonly string[]): string {
  if (format !== 'text' || lines.length === 0) return output;
  const body = output.trimEnd().split('\n');
  const summary = body.pop() ?? '';
  return `${[...body, ...lines, summary].join('\n')}\n`;
}

/** Where API responses are cached between runs (ETags: a 304 costs no rate limit). */
function apiCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'palisade', 'api');
}

function choice<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not \`${value}\``);
}

async function emit(
  output: string,
  file: string | undefined,
  summary: string,
  console: Console,
): Promise<void> {
  if (file === undefined) {
    console.out(output);
    return;
  }
  try {
    await writeFile(file, output);
  } catch (error) {
    throw new UsageError(`cannot write --output ${file}: ${errorMessage(error)}`);
  }
  console.out(`${summary}\n`);
}
