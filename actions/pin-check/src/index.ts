/**
 * The pin-check action: reads the inputs once into a typed object, runs the check, and
 * publishes the report. `run()` never calls core.getInput, so tests and the CLI call it directly.
 */
import path from 'node:path';
import * as core from '@actions/core';
import {
  publishReport,
  writePatchFile,
  readBooleanInput,
  readCommonInputs,
  readTokenInput,
  runAction,
  type CommonInputs,
} from '@palisade/core/action';
import type { ExitCode } from '@palisade/core';
import { runPinCheck } from './run.js';

export interface PinCheckInputs extends CommonInputs {
  token?: string;
  online: boolean;
  fix: boolean;
  patchFile: string;
}

export function readInputs(): PinCheckInputs {
  const inputs: PinCheckInputs = {
    ...readCommonInputs(),
    online: readBooleanInput('online', true),
    fix: readBooleanInput('fix', false),
    patchFile: core.getInput('patch-file') || 'pin-check.patch',
  };
  const token = readTokenInput();
  if (token) inputs.token = token;
  return inputs;
}

export async function run(inputs: PinCheckInputs): Promise<ExitCode> {
  const root = path.resolve(inputs.path);
  const token = inputs.online ? inputs.token : undefined;
  const cacheDir = process.env.RUNNER_TEMP
    ? path.join(process.env.RUNNER_TEMP, 'palisade-api-cache')
    : undefined;
  const result = await runPinCheck(root, inputs.config, {
    ...(token ? { token } : {}),
    ...(cacheDir ? { cacheDir } : {}),
    fix: inputs.fix,
    log: {
      debug: (message) => {
        core.debug(message);
      },
      warning: (message) => {
        core.warning(message);
      },
    },
  });
  const summaryLines: string[] = [];
  if (result.score.now !== undefined) {
    const after =
      result.score.afterFix === undefined ? '' : `, ${result.score.afterFix}/10 after the fix`;
    summaryLines.push(
      `OpenSSF Scorecard Pinned-Dependencies (GitHub Actions): ${result.score.now}/10${after}.`,
    );
  }
  if (inputs.fix) {
    summaryLines.push(await writePatchFile(root, inputs.patchFile, result.changes));
  }
  if (result.score.now !== undefined) core.setOutput('score', String(result.score.now));
  const options: Parameters<typeof publishReport>[1] = {
    title: 'Palisade pin-check',
    failOn: inputs.failOn ?? result.failOn ?? 'error',
    showSummary: inputs.showSummary,
    root,
    summaryLines,
  };
  if (inputs.sarifFile) options.sarifFile = inputs.sarifFile;
  return publishReport(result.report, options);
}

await runAction(async () => run(readInputs()));
