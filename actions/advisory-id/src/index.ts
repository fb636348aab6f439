/**
 * The advisory-id action: reads the inputs once into a typed object, runs the command
 * (`assign`, `check` or `render`), and publishes the report. `run()` never calls
 * core.getInput, so tests and the CLI call the same functions directly.
 */
import path from 'node:path';
import * as core from '@actions/core';
import {
  publishReport,
  readBooleanInput,
  readCommonInputs,
  readTokenInput,
  runAction,
  type CommonInputs,
} from '@palisade/core/action';
import { UsageError, type ExitCode, type Report } from '@palisade/core';
import {
  LEDGER_STATUSES,
  runAdvisoryAssign,
  runAdvisoryCheck,
  runAdvisoryRender,
  type LedgerStatus,
} from './run.js';

export const COMMANDS = ['assign', 'check', 'render'] as const;
export type AdvisoryCommand = (typeof COMMANDS)[number];

export interface AdvisoryIdInputs extends CommonInputs {
  command: AdvisoryCommand;
  token?: string;
  /** `owner/name` of the repository the workflow runs in (GITHUB_REPOSITORY). */
  repository?: string;
  advisory?: string;
  triagedAt?: string;
  prefix?: string;
  ledgerRef?: string;
  ledgerRepository?: string;
  status?: LedgerStatus;
  reason?: string;
  updateAdvisory: boolean;
  ledgerFile?: string;
  changelog?: string;
  index?: string;
  advisories?: string;
  write: boolean;
}

function optional(name: string): string | undefined {
  const value = core.getInput(name);
  return value === '' ? undefined : value;
}

export function readInputs(): AdvisoryIdInputs {
  const command = core.getInput('command');
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(
      `input \`command\` must be one of ${COMMANDS.join(', ')}, not \`${command}\``,
    );
  }
  const status = optional('status');
  if (status !== undefined && !(LEDGER_STATUSES as readonly string[]).includes(status)) {
    throw new UsageError(
      `input \`status\` must be one of ${LEDGER_STATUSES.join(', ')}, not \`${status}\``,
    );
  }
  const inputs: AdvisoryIdInputs = {
    ...readCommonInputs(),
    command: command as AdvisoryCommand,
    updateAdvisory: readBooleanInput('update-advisory', false),
    write: readBooleanInput('write', true),
  };
  const strings = {
    advisory: optional('advisory'),
    triagedAt: optional('triaged-at'),
    prefix: optional('prefix'),
    ledgerRef: optional('ledger-ref'),
    ledgerRepository: optional('ledger-repository'),
    reason: optional('reason'),
    ledgerFile: optional('ledger-file'),
    changelog: optional('changelog'),
    index: optional('index'),
    advisories: optional('advisories'),
    repository: process.env.GITHUB_REPOSITORY || undefined,
  };
  for (const [key, value] of Object.entries(strings)) {
    if (value !== undefined) (inputs as unknown as Record<string, string>)[key] = value;
  }
  if (status !== undefined) inputs.status = status as LedgerStatus;
  const token = readTokenInput();
  if (token) inputs.token = token;
  return inputs;
}

const log = {
  debug: (message: string) => {
    core.debug(message);
  },
  warning: (message: string) => {
    core.warning(message);
  },
};

export async function run(inputs: AdvisoryIdInputs): Promise<ExitCode> {
  const root = path.resolve(inputs.path);
  const files = {
    ...(inputs.prefix ? { prefix: inputs.prefix } : {}),
    ...(inputs.repository ? { repository: inputs.repository } : {}),
    ...(inputs.changelog ? { changelog: inputs.changelog } : {}),
    ...(inputs.index ? { index: inputs.index } : {}),
  };
  let report: Report;
  let failOn = inputs.failOn;
  const summaryLines: string[] = [];
  if (inputs.command === 'assign') {
    if (!inputs.advisory)
      throw new UsageError('`assign` needs the input `advisory` (GHSA-xxxx-xxxx-xxxx)');
    if (!inputs.repository) throw new UsageError('`assign` needs GITHUB_REPOSITORY (owner/name)');
    const result = await runAdvisoryAssign({
      root,
      ...(inputs.config ? { configFile: inputs.config } : {}),
      repository: inputs.repository,
      token: inputs.token ?? '',
      advisory: inputs.advisory,
      ...(inputs.triagedAt ? { triagedAt: inputs.triagedAt } : {}),
      ...(inputs.prefix ? { prefix: inputs.prefix } : {}),
      ...(inputs.ledgerRef ? { ledgerRef: inputs.ledgerRef } : {}),
      ...(inputs.ledgerRepository ? { ledgerRepository: inputs.ledgerRepository } : {}),
      ...(inputs.status ? { status: inputs.status } : {}),
      ...(inputs.reason ? { reason: inputs.reason } : {}),
      updateAdvisory: inputs.updateAdvisory,
      log,
    });
    core.setOutput('advisory-id', result.id);
    core.setOutput('created', String(result.created));
    core.setOutput('status', result.entry.status);
    core.setOutput('attempts', String(result.attempts));
    summaryLines.push(
      result.created
        ? `Assigned ${result.id} to ${result.entry.advisory} (status ${result.entry.status}) in ${result.attempts} attempt(s).`
        : `${result.entry.advisory} already has ${result.id} (status ${result.entry.status}).`,
    );
    if (result.advisoryUpdated)
      summaryLines.push(`The advisory's summary now starts with [${result.id}].`);
    report = {
      command: 'advisory assign',
      rules: [],
      findings: [],
      errors: [],
      filesScanned: 0,
      scope: `${result.id} ${result.created ? 'assigned to' : 'already held by'} ${result.entry.advisory}`,
    };
  } else if (inputs.command === 'check') {
    const result = await runAdvisoryCheck(root, inputs.config, {
      ...files,
      ...(inputs.ledgerFile ? { ledgerFile: inputs.ledgerFile } : {}),
    });
    report = result.report;
    failOn ??= result.failOn;
  } else {
    const result = await runAdvisoryRender(root, inputs.config, {
      ...files,
      ...(inputs.advisories ? { advisories: inputs.advisories } : {}),
      write: inputs.write,
    });
    report = result.report;
    failOn ??= result.failOn;
    core.setOutput('changed-files', result.changes.map((change) => change.file).join('\n'));
    summaryLines.push(
      result.changes.length === 0
        ? 'The changelog and the index are up to date.'
        : `${result.written ? 'Updated' : 'Would update'}: ${result.changes.map((change) => change.file).join(', ')}.`,
    );
  }
  const options: Parameters<typeof publishReport>[1] = {
    title: `Palisade advisory-id ${inputs.command}`,
    failOn: failOn ?? 'error',
    showSummary: inputs.showSummary,
    root,
    summaryLines,
  };
  if (inputs.sarifFile) options.sarifFile = inputs.sarifFile;
  return publishReport(report, options);
}

await runAction(async () => run(readInputs()));
