/**
 * The permission-lint action: reads the inputs once into a typed object, runs the check, and
 * publishes the report. `run()` never calls core.getInput, so tests and the CLI call it directly.
 */
import path from 'node:path';
import * as core from '@actions/core';
import type { ExitCode } from '@palisade/core';
import {
  publishReport,
  writePatchFile,
  readBooleanInput,
  readCommonInputs,
  runAction,
  type CommonInputs,
} from '@palisade/core/action';
import { runPermissionLint } from './run.js';

export interface PermissionLintInputs extends CommonInputs {
  fix: boolean;
  patchFile: string;
}

export function readInputs(): PermissionLintInputs {
  return {
    ...readCommonInputs(),
    fix: readBooleanInput('fix', false),
    patchFile: core.getInput('patch-file') || 'permission-lint.patch',
  };
}

export async function run(inputs: PermissionLintInputs): Promise<ExitCode> {
  const root = path.resolve(inputs.path);
  const result = await runPermissionLint(root, inputs.config, { fix: inputs.fix });
  const summaryLines: string[] = [];
  if (result.score.now !== undefined) {
    const after =
      result.score.afterFix === undefined ? '' : `, ${result.score.afterFix}/10 after the fix`;
    summaryLines.push(`OpenSSF Scorecard Token-Permissions: ${result.score.now}/10${after}.`);
    core.setOutput('score', String(result.score.now));
  }
  summaryLines.push(
    `Knowledge base: ${result.coverage.known} of ${result.coverage.total} uses of actions are known.`,
  );
  if (inputs.fix) {
    summaryLines.push(await writePatchFile(root, inputs.patchFile, result.changes));
    summaryLines.push(...result.notes);
  }
  const options: Parameters<typeof publishReport>[1] = {
    title: 'Palisade permission-lint',
    failOn: inputs.failOn ?? result.failOn ?? 'error',
    showSummary: inputs.showSummary,
    root,
    summaryLines,
  };
  if (inputs.sarifFile) options.sarifFile = inputs.sarifFile;
  return publishReport(result.report, options);
}

await runAction(async () => run(readInputs()));
