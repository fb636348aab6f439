/**
 * Runs a committed action bundle as the runner does, for every action's end-to-end tests:
 * inputs as INPUT_* variables, outputs and the job summary written to files the test reads.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface BundleRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The step outputs the bundle set. */
  outputs: Record<string, string>;
  /** The job summary it wrote. */
  summary: string;
}

export interface BundleRunOptions {
  /** A scratch folder of the test: the output and summary files, and RUNNER_TEMP. */
  work: string;
  inputs: Record<string, string>;
  /** Added to the environment last. */
  env?: Record<string, string>;
  /** `node` arguments before the bundle (e.g. `--import` of a preload). */
  nodeArgs?: string[];
  cwd?: string;
}

/**
 * The environment is the test's own without what a runner would set (INPUT_*, GITHUB_*,
 * RUNNER_*, ACTIONS_*, SOURCE_DATE_EPOCH), so a developer's shell cannot change a result.
 */
export async function runActionBundle(
  bundle: string,
  options: BundleRunOptions,
): Promise<BundleRun> {
  const outputFile = path.join(options.work, 'github-output');
  const summaryFile = path.join(options.work, 'step-summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || /^(INPUT_|GITHUB_|RUNNER_|ACTIONS_)/.test(key)) continue;
    if (key !== 'SOURCE_DATE_EPOCH') env[key] = value;
  }
  Object.assign(
    env,
    { GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, RUNNER_TEMP: options.work },
    options.env,
  );
  for (const [name, value] of Object.entries(options.inputs)) {
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  let code = 0;
  let stdout: string;
  let stderr: string;
  try {
    ({ stdout, stderr } = await execFileAsync(
      process.execPath,
      [...(options.nodeArgs ?? []), bundle],
      options.cwd === undefined ? { env } : { env, cwd: options.cwd },
    ));
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    code = failure.code;
    stdout = failure.stdout;
    stderr = failure.stderr;
  }
  const outputs: Record<string, string> = {};
  for (const match of (await readFile(outputFile, 'utf8')).matchAll(
    /^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm,
  )) {
    outputs[match[1] ?? ''] = match[3] ?? '';
  }
  return { code, stdout, stderr, outputs, summary: await readFile(summaryFile, 'utf8') };
}
