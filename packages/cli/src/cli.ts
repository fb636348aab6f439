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
  type FailOn,
  type OutputFormat,
} from '@palisade/core';
import type { InvariantGateOptions } from '@palisade/invariant-gate';

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
                    (default: the current directory), offline: pin-check,
                    permission-lint, and invariant-gate when an index exists
  pin-check [path]  Check that every action, reusable workflow and image is pinned to a
                    commit SHA or digest, with truthful version comments
  permission-lint [path]
                    Compute the least GITHUB_TOKEN permissions each job needs and report
                    missing, excessive and dangerous grants
  invariant-gate [path]
                    Check that every gated security invariant of the index
                    (SECURITY/invariants.yaml) lists at least one real test file
  sbom [path]       Write SPDX 2.3 and CycloneDX 1.6 SBOMs from the lockfile, validated
                    against their schemas (offline)
  verify [path] --subject-path FILE --signer-workflow OWNER/REPO/.github/workflows/F.yml
                    Verify the signed attestations of artifacts (local bundles with --bundle,
                    else the GitHub attestations API) against a policy; fails closed
  advisory check [path]
                    Check that CHANGELOG ### Security entries, the advisory index and
                    the ledger agree (offline)
  advisory assign --advisory GHSA-… --repository owner/name
                    Assign the advisory its <prefix>-YYYY-NNNN id in the ledger branch
                    (needs a token with contents: write)
  advisory render [path]
                    Regenerate the advisory index and the ### Security sections from
                    the OSV records

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

invariant-gate options:
  --index <file>                      The invariants index, relative to path
                                      (default: SECURITY/invariants.yaml)
  --require-mention                   A test file counts only if it contains the id
  --verify-external                   Check <repo>:<path> entries through the GitHub API
                                      (needs a token and --repository or GITHUB_REPOSITORY)
  --repository <owner/name>           The repository whose siblings <repo>: entries name

sbom options:
  --formats <spdx,cyclonedx>          Which SBOMs (default: the config's formats, else both)
  --include-dev                       List packages only dev dependencies need
  --output-dir <folder>               Where to write them, relative to path (default: sbom)
  --lockfile <file>                   The lockfile (default: the first one found)

verify options (repeat a flag to give several values):
  --subject-path <glob>, --subject-digest <sha256:…|sha512:…>
                                      The artifacts
  --bundle <glob>                     Sigstore bundles (.json, .jsonl); without it, the
                                      attestations API of --repository or --organization
  --signer-workflow, --signer-repo, --source-repo, --source-ref, --issuer,
  --predicate-type, --max-age, --deny-self-hosted-runners
                                      The policy (at least a signer is required)
  --trusted-root <file>               Replace the shipped trusted roots
  --organization <org>                Fetch attestations from the organization's API

advisory options:
  --prefix <prefix>                   Id prefix (default: config, else <repository name>-SA)
  --changelog <file>, --index <file>  The changelog and the advisory index, relative to path
  --ledger-file <file>                check: a local copy of the ledger, for its checks
  --advisories <folder>               render: the folder of OSV records
  --advisory <GHSA-id>                assign: the GitHub advisory (the idempotency key)
  --triaged-at <RFC 3339>             assign: when it was triaged (default: now)
  --ledger-ref <branch>, --ledger-repository <owner/name>
                                      assign: where the ledger lives

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
  index: { type: 'string' },
  'require-mention': { type: 'boolean' },
  'verify-external': { type: 'boolean' },
  repository: { type: 'string' },
  prefix: { type: 'string' },
  changelog: { type: 'string' },
  'ledger-file': { type: 'string' },
  advisories: { type: 'string' },
  advisory: { type: 'string' },
  'triaged-at': { type: 'string' },
  'ledger-ref': { type: 'string' },
  'ledger-repository': { type: 'string' },
  'subject-path': { type: 'string', multiple: true },
  'subject-digest': { type: 'string', multiple: true },
  bundle: { type: 'string', multiple: true },
  'signer-workflow': { type: 'string' },
  'signer-repo': { type: 'string' },
  'source-repo': { type: 'string' },
  'source-ref': { type: 'string' },
  issuer: { type: 'string' },
  'predicate-type': { type: 'string', multiple: true },
  'max-age': { type: 'string' },
  'deny-self-hosted-runners': { type: 'boolean' },
  'trusted-root': { type: 'string' },
  organization: { type: 'string' },
  formats: { type: 'string' },
  'include-dev': { type: 'boolean' },
  'output-dir': { type: 'string' },
  lockfile: { type: 'string' },
} as const;

/** Options only some commands take. */
const COMMAND_OPTIONS: Record<string, readonly string[]> = {
  audit: [],
  'pin-check': ['fix', 'online', 'github-token'],
  'permission-lint': ['fix'],
  'invariant-gate': ['index', 'require-mention', 'verify-external', 'repository', 'github-token'],
  sbom: ['formats', 'include-dev', 'output-dir', 'lockfile'],
  verify: [
    'subject-path',
    'subject-digest',
    'bundle',
    'signer-workflow',
    'signer-repo',
    'source-repo',
    'source-ref',
    'issuer',
    'predicate-type',
    'max-age',
    'deny-self-hosted-runners',
    'trusted-root',
    'repository',
    'organization',
    'github-token',
  ],
  'advisory check': ['prefix', 'changelog', 'index', 'ledger-file', 'repository'],
  'advisory render': ['prefix', 'changelog', 'index', 'advisories', 'repository'],
  'advisory assign': [
    'advisory',
    'triaged-at',
    'prefix',
    'repository',
    'ledger-ref',
    'ledger-repository',
    'github-token',
  ],
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
  const [first, ...afterFirst] = positionals;
  // `advisory` has subcommands: `palisade advisory check [path]`.
  if (first === 'advisory' && afterFirst[0] === undefined && !values.help) {
    throw new UsageError('advisory needs a command: check, assign or render');
  }
  const isAdvisory = first === 'advisory' && afterFirst[0] !== undefined;
  const command = isAdvisory ? `advisory ${afterFirst[0] ?? ''}` : first;
  const rest = isAdvisory ? afterFirst.slice(1) : afterFirst;
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
    if (format === 'text') {
      let invariants = '';
      if (result.invariants) {
        const { summaryLines } = await import('@palisade/invariant-gate/summary');
        const lines = summaryLines(result.invariants).map((line) => `  ${terminalSafe(line)}`);
        invariants = `Invariants\n${lines.join('\n')}\n`;
      }
      output = formatInventory(result.inventory) + invariants + formatText(result.report);
    } else if (format === 'json') {
      const json = { ...toJson(result.report), inventory: result.inventory };
      output = `${JSON.stringify(result.invariants ? { ...json, invariants: result.invariants } : json, null, 2)}\n`;
    } else output = formatReport(result.report, format);
    await emit(output, values.output, summaryLine(result.report), console);
    return exitCodeFor(result.report, failOn);
  }

  if (command === 'invariant-gate') {
    const { runInvariantGate } = await import('@palisade/invariant-gate');
    const { jsonReport, summaryLines } = await import('@palisade/invariant-gate/summary');
    const options: InvariantGateOptions = {};
    if (values.index !== undefined) options.index = values.index;
    if (values['require-mention']) options.requireMention = true;
    if (values['verify-external']) {
      options.verifyExternal = true;
      const token =
        values['github-token'] ?? (process.env.GITHUB_TOKEN || process.env.GH_TOKEN || undefined);
      if (token) options.token = token;
      options.api = { cacheDir: apiCacheDir() };
    }
    const repository = values.repository ?? process.env.GITHUB_REPOSITORY;
    if (repository) options.repository = repository;
    const result = await runInvariantGate(root, values.config, options);
    const output =
      format === 'json'
        ? jsonReport(result.report, result.summary)
        : withLines(
            formatReport(result.report, format),
            format,
            result.summary ? summaryLines(result.summary).map(terminalSafe) : [],
          );
    await emit(output, values.output, summaryLine(result.report), console);
    return exitCodeFor(result.report, failOnFlag ?? result.failOn ?? 'error');
  }

  if (command === 'sbom') {
    const { generateSboms, SBOM_FORMATS } = await import('@palisade/sbom-attest');
    const options: Parameters<typeof generateSboms>[1] = {};
    if (values.formats !== undefined) {
      options.formats = values.formats
        .split(/[\s,]+/)
        .filter((name) => name !== '')
        .map((name) => choice(name, SBOM_FORMATS, '--formats'));
    }
    if (values['include-dev']) options.includeDev = true;
    if (values['output-dir'] !== undefined) options.outputDir = values['output-dir'];
    if (values.lockfile !== undefined) options.lockfile = values.lockfile;
    if (values.config !== undefined) options.config = values.config;
    const result = await generateSboms(root, options);
    const lines = result.files.map(
      (file) =>
        `wrote ${terminalSafe(path.relative(process.cwd(), file.path) || file.path)}: ${file.format}, ${file.packages} packages, ${file.bytes} bytes`,
    );
    await emit(
      withLines(formatReport(result.report, format), format, lines),
      values.output,
      summaryLine(result.report),
      console,
    );
    return exitCodeFor(result.report, failOnFlag ?? 'error');
  }

  if (command === 'verify') {
    const { runProvenanceGate } = await import('@palisade/provenance-gate');
    const options: Parameters<typeof runProvenanceGate>[2] = {};
    if (values['subject-path']) options.subjectPaths = values['subject-path'];
    if (values['subject-digest']) options.subjectDigests = values['subject-digest'];
    if (values.bundle) options.bundles = values.bundle;
    if (values['signer-workflow']) options.signerWorkflow = values['signer-workflow'];
    if (values['signer-repo']) options.signerRepo = values['signer-repo'];
    if (values['source-repo']) options.sourceRepo = values['source-repo'];
    if (values['source-ref']) options.sourceRef = values['source-ref'];
    if (values.issuer) options.issuer = values.issuer;
    if (values['predicate-type']) options.predicateTypes = values['predicate-type'];
    if (values['max-age']) options.maxAge = values['max-age'];
    if (values['deny-self-hosted-runners']) options.denySelfHostedRunners = true;
    if (values['trusted-root']) options.trustedRoot = values['trusted-root'];
    if (values.organization) options.organization = values.organization;
    if (!values.bundle) {
      const repository = values.repository ?? process.env.GITHUB_REPOSITORY;
      if (repository && !values.organization) options.repository = repository;
      const token =
        values['github-token'] ?? (process.env.GITHUB_TOKEN || process.env.GH_TOKEN || undefined);
      if (token) options.token = token;
    }
    const result = await runProvenanceGate(root, values.config, options);
    const output =
      format === 'json'
        ? `${JSON.stringify(result.json, null, 2)}\n`
        : format === 'sarif'
          ? formatReport(result.report, format)
          : `${result.table}${formatText(result.report)}`;
    await emit(output, values.output, summaryLine(result.report), console);
    return exitCodeFor(result.report, failOnFlag ?? 'error');
  }

  if (command.startsWith('advisory ')) {
    return runAdvisory(
      command.slice('advisory '.length),
      root,
      values,
      format,
      failOnFlag,
      console,
    );
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

type Values = ReturnType<typeof parseArgs<{ options: typeof COMMON_OPTIONS }>>['values'];

async function runAdvisory(
  subcommand: string,
  root: string,
  values: Values,
  format: OutputFormat,
  failOnFlag: FailOn | undefined,
  console: Console,
): Promise<ExitCode> {
  const advisory = await import('@palisade/advisory-id');
  const files: { prefix?: string; changelog?: string; index?: string; repository?: string } = {};
  if (values.prefix !== undefined) files.prefix = values.prefix;
  if (values.changelog !== undefined) files.changelog = values.changelog;
  if (values.index !== undefined) files.index = values.index;
  const repository = values.repository ?? process.env.GITHUB_REPOSITORY;
  if (repository) files.repository = repository;

  if (subcommand === 'assign') {
    const token =
      values['github-token'] ?? (process.env.GITHUB_TOKEN || process.env.GH_TOKEN || undefined);
    if (!token) throw new UsageError('advisory assign needs a GitHub token: set GITHUB_TOKEN');
    if (!values.advisory) throw new UsageError('advisory assign needs --advisory GHSA-…');
    if (!repository) throw new UsageError('advisory assign needs --repository owner/name');
    const options: Parameters<typeof advisory.runAdvisoryAssign>[0] = {
      repository,
      token,
      advisory: values.advisory,
      root,
    };
    if (values.config !== undefined) options.configFile = values.config;
    if (values.prefix !== undefined) options.prefix = values.prefix;
    if (values['triaged-at'] !== undefined) options.triagedAt = values['triaged-at'];
    if (values['ledger-ref'] !== undefined) options.ledgerRef = values['ledger-ref'];
    if (values['ledger-repository'] !== undefined) {
      options.ledgerRepository = values['ledger-repository'];
    }
    const result = await advisory.runAdvisoryAssign(options);
    const text =
      format === 'json'
        ? `${JSON.stringify({ id: result.id, created: result.created, status: result.entry.status, attempts: result.attempts }, null, 2)}\n`
        : `${result.id}${result.created ? ' (assigned now)' : ' (already assigned)'}\n`;
    await emit(text, values.output, result.id, console);
    return ExitCode.Ok;
  }

  if (subcommand === 'check') {
    const options: Parameters<typeof advisory.runAdvisoryCheck>[2] = { ...files };
    if (values['ledger-file'] !== undefined) options.ledgerFile = values['ledger-file'];
    const result = await advisory.runAdvisoryCheck(root, values.config, options);
    await emit(
      formatReport(result.report, format),
      values.output,
      summaryLine(result.report),
      console,
    );
    return exitCodeFor(result.report, failOnFlag ?? result.failOn ?? 'error');
  }

  if (subcommand === 'render') {
    const options: Parameters<typeof advisory.runAdvisoryRender>[2] = { ...files, write: true };
    if (values.advisories !== undefined) options.advisories = values.advisories;
    const result = await advisory.runAdvisoryRender(root, values.config, options);
    const lines = result.written
      ? result.changes.map((change) => `updated ${terminalSafe(change.file)}`)
      : [];
    if (result.written && result.changes.length === 0) lines.push('nothing to change');
    await emit(
      withLines(formatReport(result.report, format), format, lines),
      values.output,
      summaryLine(result.report),
      console,
    );
    return exitCodeFor(result.report, failOnFlag ?? result.failOn ?? 'error');
  }
  throw new UsageError(`unknown advisory command \`${subcommand}\`: use check, assign or render`);
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
