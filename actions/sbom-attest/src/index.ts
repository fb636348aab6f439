/**
 * The sbom-attest action: reads the inputs once into a typed object and runs the flow.
 * Generating SBOMs loads no signing code; @actions/attest and Sigstore load (dynamically,
 * in run.ts) only when subjects are given.
 */
import * as core from '@actions/core';
import {
  publishReport,
  readBooleanInput,
  readCommonInputs,
  readOptionalBooleanInput,
  readTokenInput,
  runAction,
  type CommonInputs,
} from '@palisade/core/action';
import { UsageError, type ExitCode } from '@palisade/core';
import { runSbomAttest, SBOM_FORMATS, type SbomAttestInputs, type SbomFormatName } from './run.js';

export type SbomAttestActionInputs = CommonInputs & Omit<SbomAttestInputs, 'path' | 'config'>;

function optional(name: string): string | undefined {
  return core.getInput(name) || undefined;
}

export function readInputs(): SbomAttestActionInputs {
  const common = readCommonInputs();
  const inputs: SbomAttestActionInputs = {
    ...common,
    provenance: readBooleanInput('provenance', false),
    uploadReleaseAssets: 'auto',
  };
  const formats = optional('formats');
  if (formats) {
    const list = formats.split(/[\s,]+/).filter((item) => item !== '');
    const unknown = list.filter((item) => !(SBOM_FORMATS as readonly string[]).includes(item));
    if (unknown.length > 0 || list.length === 0) {
      throw new UsageError(`input \`formats\` lists spdx and/or cyclonedx, not \`${formats}\``);
    }
    inputs.formats = list as SbomFormatName[];
  }
  const includeDev = readOptionalBooleanInput('include-dev');
  if (includeDev !== undefined) inputs.includeDev = includeDev;
  const upload = core.getInput('upload-release-assets') || 'auto';
  if (upload !== 'auto' && upload !== 'true' && upload !== 'false') {
    throw new UsageError(
      `input \`upload-release-assets\` must be auto, true or false, not \`${upload}\``,
    );
  }
  inputs.uploadReleaseAssets = upload;
  const sigstore = optional('sigstore');
  if (sigstore === 'public-good' || sigstore === 'github') inputs.sigstore = sigstore;
  else if (sigstore) {
    throw new UsageError(`input \`sigstore\` must be public-good or github, not \`${sigstore}\``);
  }
  for (const [input, key] of [
    ['output-dir', 'outputDir'],
    ['lockfile', 'lockfile'],
    ['subject-path', 'subjectPath'],
    ['subject-digest', 'subjectDigest'],
    ['subject-name', 'subjectName'],
    ['subject-checksums', 'subjectChecksums'],
    ['bundle-dir', 'bundleDir'],
    ['release-tag', 'releaseTag'],
    ['registry-url', 'registryUrl'],
    ['artifact-url', 'artifactUrl'],
  ] as const) {
    const value = optional(input);
    if (value) inputs[key] = value;
  }
  const token = readTokenInput();
  if (token) inputs.token = token;
  return inputs;
}

export async function run(inputs: SbomAttestActionInputs): Promise<ExitCode> {
  const result = await runSbomAttest(inputs);
  const { files } = result.generated;
  const spdx = files.find((file) => file.format === 'spdx');
  const cyclonedx = files.find((file) => file.format === 'cyclonedx');
  if (spdx) core.setOutput('spdx-file', spdx.path);
  if (cyclonedx) core.setOutput('cyclonedx-file', cyclonedx.path);
  core.setOutput('sbom-files', files.map((file) => file.path).join('\n'));
  const summaryLines = files.map(
    (file) =>
      `${file.format === 'spdx' ? 'SPDX 2.3' : 'CycloneDX 1.6'}: ${file.path} (${file.packages} packages, ${file.bytes} bytes), valid.`,
  );
  if (result.attestations.length > 0) {
    core.setOutput('bundle-paths', result.attestations.map((item) => item.bundlePath).join('\n'));
    core.setOutput(
      'attestation-ids',
      result.attestations.map((item) => item.attestationId ?? '').join('\n'),
    );
    core.setOutput(
      'attestation-urls',
      result.attestations.map((item) => item.url ?? '').join('\n'),
    );
    for (const item of result.attestations) {
      summaryLines.push(`Attested ${item.predicateType}: ${item.url ?? item.bundlePath}`);
    }
  }
  if (result.releaseAssets.length > 0) {
    core.setOutput('release-asset-urls', result.releaseAssets.join('\n'));
  }
  if (result.storageRecords.length > 0) {
    core.setOutput('storage-record-ids', result.storageRecords.join('\n'));
  }
  const options: Parameters<typeof publishReport>[1] = {
    title: 'Palisade sbom-attest',
    failOn: inputs.failOn ?? 'error',
    showSummary: inputs.showSummary,
    root: inputs.path,
    summaryLines,
  };
  if (inputs.sarifFile) options.sarifFile = inputs.sarifFile;
  return publishReport(result.generated.report, options);
}

await runAction(async () => run(readInputs()));
