/**
 * advisory-id's three commands, shared by the action (index.ts) and `palisade advisory`:
 *
 * - `runAdvisoryCheck(root, configFile, options)` → `{ report, failOn?, prefix, indexFile?,
 *   citations, indexRows }`: offline; findings for every inconsistency between the changelog's
 *   `### Security` sections, the index and (with `ledgerFile`) a copy of the ledger; files that
 *   cannot be read are `report.errors` (exit 2).
 * - `runAdvisoryAssign(options)` → `{ id, created, entry, attempts, requests, commit?,
 *   advisoryUpdated }`: online; the advisory's id from the ledger branch, assigned by
 *   compare-and-swap when it has none. Throws UsageError (bad options) or ApiError (the API
 *   failed, or the ledger could not be updated within the attempts).
 * - `runAdvisoryRender(root, configFile, options)` → `{ report, failOn?, changes, records,
 *   written }`: the index table and the changelog's `### Security` bullets regenerated from
 *   the OSV records; `changes` holds each changed file before and after, written to disk only
 *   with `write: true` and only when every record could be read.
 */
import { stat, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  describeFsError,
  findingAt,
  InputError,
  loadConfig,
  readRepositoryFile,
  sortErrors,
  sortFindings,
  UsageError,
  type FailOn,
  type Finding,
  type PalisadeConfig,
  type Report,
} from '@palisade/core';
import { assignAdvisoryId, type AssignOptions, type AssignResult } from './assign.js';
import { upsertSecurityBullets } from './changelog.js';
import { checkAdvisories, locateIndex, readLedgerFile } from './check.js';
import { compareIds } from './ids.js';
import { newIndexText, replaceTable } from './index-file.js';
import type { LocatedLedger } from './ledger.js';
import { readRecords, type AdvisoryRecord } from './osv.js';
import { renderBullet, renderIndexTable } from './render.js';
import { CHECK_RULES, DUPLICATE_ID, RENDER_RULES } from './rules.js';

export type { AssignOptions, AssignResult } from './assign.js';
export type { Ledger, LedgerEntry, LedgerGap, LedgerStatus } from './ledger.js';
export { LEDGER_STATUSES } from './ledger.js';
export { CHECK_RULES, RENDER_RULES } from './rules.js';

/** Options shared by `check` and `render`; each overrides the configuration key of its name. */
export interface AdvisoryFileOptions {
  /** Id prefix; default: config `prefix`, else the ledger's, else `<repository name>-SA`. */
  prefix?: string;
  /** `owner/name`, for the default prefix; default: the name of the root folder. */
  repository?: string;
  /** The changelog, relative to root; default config `changelog`, else `CHANGELOG.md`. */
  changelog?: string;
  /** The index; default config `index`, else whichever of `SECURITY/` and `security/advisories.md` exists. */
  index?: string;
}

export interface AdvisoryCheckOptions extends AdvisoryFileOptions {
  /** A local copy of the ledger (absolute, or relative to root), for the ledger checks. */
  ledgerFile?: string;
}

export interface AdvisoryCheckResult {
  report: Report;
  /** The configuration's `fail-on` (section first, then top level), if set. */
  failOn?: FailOn;
  prefix: string;
  /** The index that was read, if any. */
  indexFile?: string;
  /** Distinct ids cited under `### Security`, summed over sections. */
  citations: number;
  indexRows: number;
}

export interface AdvisoryRenderOptions extends AdvisoryFileOptions {
  /** Folder of OSV records (`*.json`); default config `advisories`, else the index path without `.md`. */
  advisories?: string;
  /** Write the changed files (the CLI, the action); otherwise only compute them. */
  write?: boolean;
}

export interface FileChange {
  file: string;
  /** Empty when the file is new. */
  before: string;
  after: string;
}

export interface AdvisoryRenderResult {
  report: Report;
  failOn?: FailOn;
  prefix: string;
  /** Files whose content the render changes (the index may be new). */
  changes: FileChange[];
  /** Records rendered. */
  records: number;
  /** Whether `changes` were written to disk. */
  written: boolean;
}

export interface AdvisoryAssignOptions extends AssignOptions {
  /** With `root`, the configuration supplies `prefix`, `ledger-ref` and `ledger-repository` defaults. */
  root?: string;
  configFile?: string;
}

function count(value: number, one: string, many: string): string {
  return `${value} ${value === 1 ? one : many}`;
}

async function requireDirectory(root: string): Promise<void> {
  try {
    if (!(await stat(root)).isDirectory()) throw new InputError({ file: root }, 'not a directory');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError({ file: root }, `cannot read the directory (${describeFsError(error)})`);
  }
}

function failOnOf(config: PalisadeConfig): FailOn | undefined {
  return config['advisory-id']['fail-on'] ?? config['fail-on'];
}

function defaultPrefix(root: string, repository: string | undefined): string {
  const name = repository?.split('/')[1] || path.basename(path.resolve(root));
  return `${name}-SA`;
}

/** Reads a repository file, or records why it could not be read. */
async function readOrRecord(
  root: string,
  file: string,
  errors: InputError[],
): Promise<string | undefined> {
  try {
    return await readRepositoryFile(root, file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    errors.push(error);
    return undefined;
  }
}

export async function runAdvisoryCheck(
  root: string,
  configFile: string | undefined,
  options: AdvisoryCheckOptions = {},
): Promise<AdvisoryCheckResult> {
  await requireDirectory(root);
  const loaded = await loadConfig(root, configFile === undefined ? {} : { file: configFile });
  const section = loaded.config['advisory-id'];
  const errors: InputError[] = [...loaded.errors];
  const findings: Finding[] = [...loaded.findings];

  let ledger: LocatedLedger | undefined;
  if (options.ledgerFile) {
    try {
      ledger = await readLedgerFile(root, options.ledgerFile);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(error);
    }
  }
  const prefix =
    options.prefix ||
    section.prefix ||
    ledger?.ledger.prefix ||
    defaultPrefix(root, options.repository);
  const changelogFile = options.changelog || section.changelog || 'CHANGELOG.md';
  const located = await locateIndex(root, options.index || section.index);
  findings.push(...located.findings);
  const changelogText = await readOrRecord(root, changelogFile, errors);
  const indexText = located.file ? await readOrRecord(root, located.file, errors) : undefined;

  const result: AdvisoryCheckResult = {
    report: {
      command: 'advisory check',
      rules: [...CHECK_RULES],
      findings,
      errors,
      filesScanned: 0,
    },
    prefix,
    citations: 0,
    indexRows: 0,
  };
  if (located.file) result.indexFile = located.file;
  const failOn = failOnOf(loaded.config);
  if (failOn) result.failOn = failOn;
  if (changelogText !== undefined) {
    const outcome = checkAdvisories({
      root,
      prefix,
      changelogFile,
      indexFile: located.file ?? (options.index || section.index),
      changelogText,
      indexText,
      ledger,
    });
    findings.push(...outcome.findings);
    errors.push(...outcome.errors);
    result.report.filesScanned = outcome.filesScanned;
    result.citations = outcome.citations;
    result.indexRows = outcome.indexRows;
  } else {
    result.report.filesScanned = (indexText === undefined ? 0 : 1) + (ledger ? 1 : 0);
  }
  result.report.findings = sortFindings(findings);
  result.report.errors = sortErrors(errors);
  result.report.scope = `${count(result.citations, 'cited advisory', 'cited advisories')}, ${count(result.indexRows, 'index row', 'index rows')}${ledger ? `, ${count(ledger.ledger.advisories.length, 'ledger entry', 'ledger entries')}` : ''}`;
  return result;
}

export async function runAdvisoryAssign(options: AdvisoryAssignOptions): Promise<AssignResult> {
  const { root, configFile, ...assign } = options;
  if (root !== undefined) {
    await requireDirectory(root);
    const loaded = await loadConfig(root, configFile === undefined ? {} : { file: configFile });
    const first = loaded.errors[0];
    if (first) throw first;
    const section = loaded.config['advisory-id'];
    if (!assign.prefix && section.prefix) assign.prefix = section.prefix;
    if (!assign.ledgerRef && section['ledger-ref']) assign.ledgerRef = section['ledger-ref'];
    if (!assign.ledgerRepository && section['ledger-repository']) {
      assign.ledgerRepository = section['ledger-repository'];
    }
  }
  if (!assign.token) {
    throw new UsageError(
      'assign needs a GitHub token with `contents: write` on the ledger repository',
    );
  }
  return assignAdvisoryId(assign);
}

export async function runAdvisoryRender(
  root: string,
  configFile: string | undefined,
  options: AdvisoryRenderOptions = {},
): Promise<AdvisoryRenderResult> {
  await requireDirectory(root);
  const loaded = await loadConfig(root, configFile === undefined ? {} : { file: configFile });
  const section = loaded.config['advisory-id'];
  const errors: InputError[] = [...loaded.errors];
  const findings: Finding[] = [...loaded.findings];
  const prefix = options.prefix || section.prefix || defaultPrefix(root, options.repository);
  const changelogFile = options.changelog || section.changelog || 'CHANGELOG.md';
  const located = await locateIndex(root, options.index || section.index);
  findings.push(...located.findings);
  const indexFile = located.file ?? (options.index || section.index || 'SECURITY/advisories.md');
  const advisoriesFolder =
    options.advisories || section.advisories || indexFile.replace(/\.md$/i, '');

  const result: AdvisoryRenderResult = {
    report: {
      command: 'advisory render',
      rules: [...RENDER_RULES],
      findings,
      errors,
      filesScanned: 0,
    },
    prefix,
    changes: [],
    records: 0,
    written: false,
  };
  const failOn = failOnOf(loaded.config);
  if (failOn) result.failOn = failOn;

  const read = await readRecords(root, advisoriesFolder, prefix);
  findings.push(...read.findings);
  errors.push(...read.errors);
  const records = uniqueRecords(read.records, prefix, findings);
  result.records = records.length;
  const changelogText = await readOrRecord(root, changelogFile, errors);
  const indexText = located.file ? await readOrRecord(root, located.file, errors) : undefined;
  result.report.filesScanned =
    read.filesScanned + (changelogText === undefined ? 0 : 1) + (indexText === undefined ? 0 : 1);

  if (changelogText !== undefined) {
    let after = changelogText;
    const byRelease = new Map<string, AdvisoryRecord[]>();
    for (const record of records) {
      if (record.withdrawn) continue;
      byRelease.set(record.release, [...(byRelease.get(record.release) ?? []), record]);
    }
    for (const [release, group] of byRelease) {
      const bullets = new Map(group.map((record) => [record.id, renderBullet(record)]));
      const updated = upsertSecurityBullets(after, release, bullets);
      if (updated === undefined) {
        for (const record of group) {
          errors.push(
            new InputError(
              { file: record.file, line: record.idLine },
              `${record.id} belongs to release ${release}, but ${changelogFile} has no release heading \`## [${release}] — YYYY-MM-DD — title\``,
            ),
          );
        }
        continue;
      }
      after = updated;
    }
    if (after !== changelogText)
      result.changes.push({ file: changelogFile, before: changelogText, after });
  }
  if (indexText !== undefined || located.file === undefined) {
    const eol = indexText?.includes('\r\n') ? '\r\n' : '\n';
    const table = renderIndexTable(records, prefix, eol);
    try {
      const after =
        indexText === undefined
          ? newIndexText(table, eol)
          : replaceTable(indexText, indexFile, table);
      if (after !== indexText)
        result.changes.push({ file: indexFile, before: indexText ?? '', after });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(error);
    }
  }
  result.report.findings = sortFindings(findings);
  result.report.errors = sortErrors(errors);
  result.report.scope = `${count(records.length, 'advisory record', 'advisory records')}, ${count(result.changes.length, 'file', 'files')} to change`;
  // A partial render would drop the rows of the records that could not be read.
  if (options.write && errors.length === 0) {
    for (const change of result.changes) {
      const target = path.join(root, change.file);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, change.after);
    }
    result.written = true;
  }
  return result;
}

/** Records with distinct ids; a second record of an id is a finding and is left out. */
function uniqueRecords(
  records: readonly AdvisoryRecord[],
  prefix: string,
  findings: Finding[],
): AdvisoryRecord[] {
  const seen = new Map<string, AdvisoryRecord>();
  for (const record of records) {
    const first = seen.get(record.id);
    if (first) {
      findings.push(
        findingAt(
          DUPLICATE_ID,
          { file: record.file, line: record.idLine },
          `${record.id} is also the id of ${first.file}`,
          { key: `record:${record.id}` },
        ),
      );
      continue;
    }
    seen.set(record.id, record);
  }
  return [...seen.values()].sort((a, b) => compareIds(prefix, a.id, b.id));
}
