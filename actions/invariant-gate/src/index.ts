/**
 * The invariant-gate action: reads the inputs once, runs the gate, publishes the report
 * (annotations on the index, job summary, SARIF) and writes the JSON report.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import {
  publishReport,
  readCommonInputs,
  readListInput,
  readOptionalBooleanInput,
  readTokenInput,
  runAction,
  type CommonInputs,
} from '@palisade/core/action';
import { terminalSafe, UsageError, type ExitCode } from '@palisade/core';
import { runInvariantGate, type InvariantGateOptions } from './run.js';
import { jsonReport, summaryLines } from './summary.js';

export interface InvariantGateInputs extends CommonInputs {
  gate: InvariantGateOptions;
  reportFile: string;
}

export function readInputs(): InvariantGateInputs {
  const gate: InvariantGateOptions = {};
  const index = core.getInput('index');
  if (index) gate.index = index;
  const gatedTiers = readListInput('gated-tiers');
  if (gatedTiers.length > 0) gate.gatedTiers = gatedTiers;
  const witnessClasses = readListInput('witness-classes');
  if (witnessClasses.length > 0) gate.witnessClasses = witnessClasses;
  const requireMention = readOptionalBooleanInput('require-mention');
  if (requireMention !== undefined) gate.requireMention = requireMention;
  const mentionPattern = core.getInput('mention-pattern');
  if (mentionPattern) gate.mentionPattern = mentionPattern;
  const verifyExternal = readOptionalBooleanInput('verify-external');
  if (verifyExternal !== undefined) gate.verifyExternal = verifyExternal;
  const maxUnmentioned = core.getInput('max-unmentioned');
  if (maxUnmentioned) {
    if (!/^\d+$/.test(maxUnmentioned)) {
      throw new UsageError(
        `input \`max-unmentioned\` must be a whole number, not \`${maxUnmentioned}\``,
      );
    }
    gate.maxUnmentioned = Number(maxUnmentioned);
  }
  const repository = core.getInput('repository') || process.env.GITHUB_REPOSITORY;
  if (repository) gate.repository = repository;
  const token = readTokenInput();
  if (token) gate.token = token;
  const reportFile =
    core.getInput('report-file') ||
    path.join(process.env.RUNNER_TEMP ?? '.', 'palisade-invariant-gate.json');
  return { ...readCommonInputs(), gate, reportFile };
}

export async function run(inputs: InvariantGateInputs): Promise<ExitCode> {
  const root = path.resolve(inputs.path);
  const options: InvariantGateOptions = {
    ...inputs.gate,
    api: {
      log: {
        debug: (message) => {
          core.debug(message);
        },
        warning: (message) => {
          core.warning(message);
        },
      },
    },
  };
  const result = await runInvariantGate(root, inputs.config, options);
  const reportFile = path.resolve(root, inputs.reportFile);
  await mkdir(path.dirname(reportFile), { recursive: true });
  await writeFile(reportFile, jsonReport(result.report, result.summary));
  core.setOutput('report-file', reportFile);
  if (result.summary) core.setOutput('uncovered-count', String(result.summary.uncovered));
  const lines = result.summary ? summaryLines(result.summary) : [];
  // Witness classes and tiers come from the index: escape them before they reach the log.
  for (const line of lines) core.info(terminalSafe(line));
  const publish: Parameters<typeof publishReport>[1] = {
    title: 'Palisade invariant-gate',
    failOn: inputs.failOn ?? result.failOn ?? 'error',
    showSummary: inputs.showSummary,
    root,
    summaryLines: lines,
  };
  if (inputs.sarifFile) publish.sarifFile = inputs.sarifFile;
  return publishReport(result.report, publish);
}

await runAction(async () => run(readInputs()));
