/**
 * sbom-attest: SPDX 2.3 and CycloneDX 1.6 SBOMs from a lockfile, validated, and (in the
 * action) signed as attestations bound to the release artifacts.
 *
 * Exports and what they return:
 * - `generateSboms(root, options)` → `{ files, report, model, documents }`: offline. `files`
 *   lists each SBOM written (format, absolute path, bytes, package count); `report` is a
 *   @palisade/core Report whose `errors` hold every unusable input (lockfile, configuration)
 *   and every validation failure (the SBOM is then not written); `model` is the lockfile's
 *   neutral model (undefined when it could not be read); `documents` the SBOM texts by format.
 * - `runSbomAttest(inputs)` → `{ exitCode, generated, attestations, releaseAssets,
 *   storageRecords }`: the whole action flow: generate, then (when subjects are given) sign
 *   and store each SBOM, optionally a provenance attestation, upload release assets, create
 *   storage records. Signing code loads only then.
 * - `validateSbom(text, file)` → `{ format, version, errors }` (re-exported from validate.ts).
 * (Subjects are resolved by subjects.ts `resolveSubjects(root, inputs)`; it loads only when signing.)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  ExitCode,
  exitCodeFor,
  InputError,
  loadConfig,
  sortErrors,
  UsageError,
  type Report,
} from '@palisade/core';
import { CYCLONEDX_PREDICATE_TYPE, serializeCycloneDx, toCycloneDx } from './cyclonedx.js';
import { readLockfile } from './lockfiles/index.js';
import type { DependencyModel } from './model.js';
import { creationTime, selectedPackages, type SbomOptions } from './sbom-common.js';
import { serializeSpdx, SPDX_PREDICATE_TYPE, toSpdx } from './spdx.js';
import type { SubjectInputs } from './subjects.js';
import { validateSbom } from './validate.js';

export { validateSbom, MAX_ATTESTATION_BYTES } from './validate.js';

/** Whether any subject input is set: signing mode. (subjects.ts, with its glob matcher, loads only then.) */
function hasSubjects(inputs: SubjectInputs): boolean {
  return Boolean(inputs.subjectPath || inputs.subjectDigest || inputs.subjectChecksums);
}
export { SPDX_PREDICATE_TYPE, CYCLONEDX_PREDICATE_TYPE };

export type SbomFormatName = 'spdx' | 'cyclonedx';
export const SBOM_FORMATS: readonly SbomFormatName[] = ['spdx', 'cyclonedx'];
export const DEFAULT_OUTPUT_DIR = 'sbom';

export interface GenerateOptions {
  /** Default: the configuration's `formats`, else both. */
  formats?: SbomFormatName[];
  /** Default: the configuration's `include-dev`, else false. */
  includeDev?: boolean;
  /** Relative to root; default: the configuration's `output-dir`, else `sbom`. */
  outputDir?: string;
  /** The lockfile relative to root; default: the first of package-lock.json, npm-shrinkwrap.json, pnpm-lock.yaml, yarn.lock. */
  lockfile?: string;
  /** The creation time when SOURCE_DATE_EPOCH is not set (tests pass a clock). */
  now?: Date;
  /** Write the files (default true); false only builds and validates them. */
  write?: boolean;
  /** Configuration file relative to root (default `.github/palisade.yml` when it exists). */
  config?: string;
}

export interface GeneratedFile {
  format: SbomFormatName;
  /** Absolute path (where it is, or would be, written). */
  path: string;
  bytes: number;
  /** Packages listed, the described project excluded. */
  packages: number;
  predicateType: string;
}

export interface GenerateResult {
  files: GeneratedFile[];
  report: Report;
  model?: DependencyModel;
  documents: Partial<Record<SbomFormatName, string>>;
}

/** The base of the SBOM file names: the root project's name and version, file-name safe. */
function baseName(model: DependencyModel): string {
  const root = model.projects[0];
  const name = (root?.name ?? 'project').replace(/^@/, '').replace(/[^A-Za-z0-9._-]+/g, '-');
  return `${name}-${root?.version ?? '0.0.0'}`;
}

export async function generateSboms(
  root: string,
  options: GenerateOptions = {},
): Promise<GenerateResult> {
  const report: Report = {
    command: 'sbom-attest',
    rules: [],
    findings: [],
    errors: [],
    filesScanned: 0,
  };
  const result: GenerateResult = { files: [], report, documents: {} };
  const loaded = await loadConfig(
    root,
    options.config === undefined ? {} : { file: options.config },
  );
  report.errors.push(...loaded.errors);
  report.findings.push(...loaded.findings);
  const section = loaded.config['sbom-attest'];
  const formats = options.formats ?? section.formats ?? [...SBOM_FORMATS];
  const includeDev = options.includeDev ?? section['include-dev'] ?? false;
  const outputDir = path.resolve(
    root,
    options.outputDir ?? section['output-dir'] ?? DEFAULT_OUTPUT_DIR,
  );

  let model: DependencyModel;
  try {
    model = await readLockfile(root, options.lockfile);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    report.errors.push(error);
    report.errors = sortErrors(report.errors);
    return result;
  }
  result.model = model;
  report.filesScanned = 1;
  const sbomOptions: SbomOptions = {
    includeDev,
    created: creationTime(process.env, () => options.now ?? new Date()),
  };
  const packages = selectedPackages(model, includeDev).length + model.projects.length - 1;
  report.scope = `${model.lockfile} (${model.format}), ${packages} packages`;
  const base = baseName(model);
  for (const format of SBOM_FORMATS.filter((name) => formats.includes(name))) {
    const text =
      format === 'spdx'
        ? serializeSpdx(toSpdx(model, sbomOptions))
        : serializeCycloneDx(toCycloneDx(model, sbomOptions));
    const file = path.join(outputDir, `${base}.${format === 'spdx' ? 'spdx' : 'cdx'}.json`);
    const relative = path.relative(root, file).split(path.sep).join('/');
    // Validated before it is written: an invalid SBOM never reaches the disk or a signature.
    const validation = await validateSbom(text, relative);
    if (validation.errors.length > 0) {
      report.errors.push(...validation.errors);
      continue;
    }
    result.documents[format] = text;
    if (options.write !== false) {
      await mkdir(outputDir, { recursive: true });
      await writeFile(file, text);
    }
    result.files.push({
      format,
      path: file,
      bytes: Buffer.byteLength(text),
      packages,
      predicateType: format === 'spdx' ? SPDX_PREDICATE_TYPE : CYCLONEDX_PREDICATE_TYPE,
    });
  }
  report.errors = sortErrors(report.errors);
  return result;
}

export interface SbomAttestInputs extends SubjectInputs {
  /** The repository (input `path`). */
  path: string;
  config?: string;
  formats?: SbomFormatName[];
  includeDev?: boolean;
  outputDir?: string;
  lockfile?: string;
  token?: string;
  /** Also sign a SLSA build provenance attestation of the subjects. */
  provenance: boolean;
  /** Sigstore instance; default: public-good for public repositories, else GitHub's. */
  sigstore?: 'public-good' | 'github';
  /** Where bundles go, relative to path; default the output directory. */
  bundleDir?: string;
  /** `auto` (on a release event), `true` or `false`. */
  uploadReleaseAssets: 'auto' | 'true' | 'false';
  /** The release's tag; default the release event's tag. */
  releaseTag?: string;
  /** Registry URL of registry-published subjects: storage records are created when set. */
  registryUrl?: string;
  artifactUrl?: string;
  /** Test clock. */
  now?: Date;
}

export interface SbomAttestResult {
  exitCode: ExitCode;
  generated: GenerateResult;
  attestations: Array<{
    file: string;
    predicateType: string;
    bundlePath: string;
    attestationId?: string;
    url?: string;
  }>;
  releaseAssets: string[];
  storageRecords: number[];
}

/** The release tag of a `release` event's payload (GITHUB_EVENT_PATH), if any. */
async function releaseTagFromEvent(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  if (env.GITHUB_EVENT_NAME !== 'release' || !env.GITHUB_EVENT_PATH) return undefined;
  try {
    const { readFile } = await import('node:fs/promises');
    const payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as {
      release?: { tag_name?: unknown };
    };
    return typeof payload.release?.tag_name === 'string' ? payload.release.tag_name : undefined;
  } catch {
    return undefined;
  }
}

export async function runSbomAttest(inputs: SbomAttestInputs): Promise<SbomAttestResult> {
  const root = path.resolve(inputs.path);
  const generated = await generateSboms(root, {
    ...(inputs.formats ? { formats: inputs.formats } : {}),
    ...(inputs.includeDev !== undefined ? { includeDev: inputs.includeDev } : {}),
    ...(inputs.outputDir ? { outputDir: inputs.outputDir } : {}),
    ...(inputs.lockfile ? { lockfile: inputs.lockfile } : {}),
    ...(inputs.config ? { config: inputs.config } : {}),
    ...(inputs.now ? { now: inputs.now } : {}),
  });
  const result: SbomAttestResult = {
    exitCode: exitCodeFor(generated.report, 'error'),
    generated,
    attestations: [],
    releaseAssets: [],
    storageRecords: [],
  };
  const signs = hasSubjects(inputs);
  const tag = inputs.releaseTag ?? (await releaseTagFromEvent(process.env));
  const upload =
    inputs.uploadReleaseAssets === 'true' ||
    (inputs.uploadReleaseAssets === 'auto' && tag !== undefined);
  // Nothing is signed or published when any SBOM could not be made or validated.
  if (generated.report.errors.length > 0 || (!signs && !upload && !inputs.registryUrl))
    return result;
  if (!inputs.token) {
    throw new UsageError('a GitHub token is needed to sign, upload or record: set `github-token`');
  }
  const { signSboms, uploadReleaseAssets, createStorageRecords } = await import('./attest.js');
  const { resolveSubjects } = await import('./subjects.js');
  const subjects = signs || inputs.registryUrl ? await resolveSubjects(root, inputs) : [];
  if (signs) {
    const bundleDir = path.resolve(
      root,
      inputs.bundleDir ?? path.dirname(generated.files[0]?.path ?? root),
    );
    result.attestations = await signSboms(
      generated.files.map((file) => ({
        file: file.path,
        predicateType: file.predicateType,
        bundlePath: path.join(bundleDir, `${path.basename(file.path, '.json')}.sigstore.json`),
      })),
      {
        token: inputs.token,
        subjects,
        ...(inputs.sigstore ? { sigstore: inputs.sigstore } : {}),
        ...(process.env.GITHUB_API_URL ? { apiUrl: process.env.GITHUB_API_URL } : {}),
        repository: process.env.GITHUB_REPOSITORY ?? '',
        serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com',
      },
      inputs.provenance ? path.join(bundleDir, 'provenance.sigstore.json') : undefined,
    );
  }
  if (upload) {
    if (!tag)
      throw new UsageError(
        '`upload-release-assets: true` needs `release-tag` outside a release event',
      );
    result.releaseAssets = await uploadReleaseAssets(
      generated.files.map((file) => ({ name: path.basename(file.path), file: file.path })),
      tag,
      {
        token: inputs.token,
        repository: process.env.GITHUB_REPOSITORY ?? '',
        ...(process.env.GITHUB_API_URL ? { apiUrl: process.env.GITHUB_API_URL } : {}),
      },
    );
  }
  if (inputs.registryUrl) {
    result.storageRecords = await createStorageRecords(subjects, {
      registryUrl: inputs.registryUrl,
      token: inputs.token,
      ...(inputs.artifactUrl ? { artifactUrl: inputs.artifactUrl } : {}),
    });
  }
  return result;
}
