/**
 * The provenance-gate action: reads the inputs once into a typed object, runs the gate, and
 * publishes the verdicts. `run()` never calls core.getInput, so tests and the CLI call it directly.
 */
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
import { escapeSummaryText, type ExitCode } from '@palisade/core';
import {
  runProvenanceGate,
  TABLE_HEADERS,
  tableCells,
  type ProvenanceGateOptions,
  type Verdict,
} from './run.js';

export interface ProvenanceGateInputs extends CommonInputs {
  token?: string;
  gate: ProvenanceGateOptions;
}

export function readInputs(): ProvenanceGateInputs {
  const gate: ProvenanceGateOptions = {
    subjectPaths: readListInput('subject-path'),
    subjectDigests: readListInput('subject-digest'),
    bundles: readListInput('bundle'),
    predicateTypes: readListInput('predicate-type'),
    reportFile: core.getInput('report-file') || 'provenance-gate.json',
  };
  const text = (input: string, key: keyof ProvenanceGateOptions) => {
    const value = core.getInput(input);
    if (value) (gate as Record<string, unknown>)[key] = value;
  };
  text('signer-workflow', 'signerWorkflow');
  text('signer-repo', 'signerRepo');
  text('source-repo', 'sourceRepo');
  text('source-ref', 'sourceRef');
  text('issuer', 'issuer');
  text('max-age', 'maxAge');
  text('trusted-root', 'trustedRoot');
  text('organization', 'organization');
  // Empty means the configuration's value (or false).
  const denySelfHosted = readOptionalBooleanInput('deny-self-hosted-runners');
  if (denySelfHosted !== undefined) gate.denySelfHostedRunners = denySelfHosted;
  const repository =
    core.getInput('repository') ||
    (core.getInput('organization') ? '' : process.env.GITHUB_REPOSITORY);
  if (repository) gate.repository = repository;
  const inputs: ProvenanceGateInputs = { ...readCommonInputs(), gate };
  const token = readTokenInput();
  if (token) inputs.token = token;
  return inputs;
}

export async function run(inputs: ProvenanceGateInputs): Promise<ExitCode> {
  const root = path.resolve(inputs.path);
  const result = await runProvenanceGate(root, inputs.config, {
    ...inputs.gate,
    ...(inputs.token ? { token: inputs.token } : {}),
    log: {
      debug: (message) => {
        core.debug(message);
      },
      warning: (message) => {
        core.warning(message);
      },
    },
  });
  // The table in the log; @actions/core's info does not interpret it, and control characters
  // from bundles were escaped by formatTable.
  core.info(result.table.trimEnd());
  core.setOutput('verified', String(result.verified));
  if (result.reportFile) core.setOutput('report-file', result.reportFile);
  const options: Parameters<typeof publishReport>[1] = {
    title: 'Palisade provenance-gate',
    failOn: inputs.failOn ?? 'error',
    showSummary: inputs.showSummary,
    root,
    summaryLines: [
      result.verified
        ? 'Every artifact carries a verified attestation that satisfies the policy.'
        : 'The gate is closed: at least one artifact is not verified.',
    ],
  };
  if (inputs.sarifFile) options.sarifFile = inputs.sarifFile;
  const exitCode = await publishReport(result.report, options);
  if (inputs.showSummary && process.env.GITHUB_STEP_SUMMARY && result.verdicts.length > 0) {
    await writeVerdictTable(result.verdicts);
  }
  return exitCode;
}

/** The verdict table in the job summary, every cell escaped (identities come from bundles). */
async function writeVerdictTable(verdicts: readonly Verdict[]): Promise<void> {
  await core.summary
    .addHeading('Provenance verdicts', 3)
    .addTable([
      TABLE_HEADERS.map((data) => ({ data, header: true })),
      ...verdicts.map((verdict) =>
        tableCells(verdict).map((cell, i) =>
          i === 0 || i === 1 ? `<code>${escapeSummaryText(cell)}</code>` : escapeSummaryText(cell),
        ),
      ),
    ])
    .write();
}

await runAction(async () => run(readInputs()));
