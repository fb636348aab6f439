/**
 * Advisory records: one OSV JSON file per advisory. Each is validated against the OSV schema
 * and reduced to what SECURITY.md §6.3 publishes; its CVSS v3.1 base score is computed from
 * the vector and compared with any score the record states.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { CVSS } from '@turingpointde/cvss.js';
import {
  findingAt,
  InputError,
  readRepositoryFile,
  describeFsError,
  type Finding,
} from '@palisade/core';
import { normalizeGhsa, parseAdvisoryId } from './ids.js';
import { isRecord, lineOfKey, lineOfPointer, lineOfValue, parseJsonText } from './json-text.js';
import { CVSS_MISMATCH, MALFORMED_ID } from './rules.js';

export interface AffectedPackage {
  name: string;
  /** `>= 1.0.0, < 1.1.9`, or the listed versions. */
  range: string;
}

export interface AdvisoryRecord {
  file: string;
  id: string;
  idLine: number;
  published: string;
  withdrawn?: string;
  summary: string;
  cves: string[];
  ghsas: string[];
  affected: AffectedPackage[];
  fixed: string[];
  vector: string;
  /** Undefined when the vector is not a valid CVSS v3.1 base vector. */
  score?: number;
  rating?: string;
  credits: string[];
  patches: string[];
  /** The changelog release whose `### Security` section cites the advisory. */
  release: string;
}

export interface ReadRecordsResult {
  records: AdvisoryRecord[];
  findings: Finding[];
  errors: InputError[];
  filesScanned: number;
}

type Validator = ((data: unknown) => boolean) & {
  errors?: Array<{ instancePath: string; message?: string }> | null;
};
let validator: Validator | undefined;

/**
 * The OSV schema compiled once. Its `id` pattern lists the prefixes of the databases OSV
 * aggregates; a project's own `<prefix>-YYYY-NNNN` is not among them, so `id` is checked
 * against the advisory-id pattern instead of that list.
 */
async function osvValidator(): Promise<Validator> {
  if (validator) return validator;
  const [{ default: Ajv2020 }, { default: addFormats }, { OSV_SCHEMA }] = await Promise.all([
    import('ajv/dist/2020.js'),
    import('ajv-formats'),
    import('./osv-schema.js'),
  ]);
  const schema = structuredClone(OSV_SCHEMA) as { properties: Record<string, unknown> };
  schema.properties.id = { type: 'string' };
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  addFormats.default(ajv);
  validator = ajv.compile(schema) as Validator;
  return validator;
}

/** Reads every `*.json` of `folder` (relative to `root`), sorted by name. */
export async function readRecords(
  root: string,
  folder: string,
  prefix: string,
): Promise<ReadRecordsResult> {
  const result: ReadRecordsResult = { records: [], findings: [], errors: [], filesScanned: 0 };
  let names: string[];
  try {
    names = (await readdir(path.join(root, folder)))
      .filter((name) => name.endsWith('.json'))
      .sort();
  } catch (error) {
    result.errors.push(
      new InputError(
        { file: folder },
        `cannot read the folder of advisory records (${describeFsError(error)})`,
      ),
    );
    return result;
  }
  const validate = names.length > 0 ? await osvValidator() : undefined;
  for (const name of names) {
    const file = path.posix.join(folder.split(path.sep).join('/'), name);
    result.filesScanned += 1;
    try {
      const text = await readRepositoryFile(root, file);
      const data = parseJsonText(text, file);
      if (validate && !validate(data)) {
        const first = validate.errors?.[0];
        throw new InputError(
          { file, line: lineOfPointer(text, first?.instancePath ?? '') },
          `not a valid OSV record: ${first?.instancePath || '/'} ${first?.message ?? 'is invalid'}`,
        );
      }
      const record = toRecord(data as Record<string, unknown>, text, file, prefix, result.findings);
      if (record) result.records.push(record);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      result.errors.push(error);
    }
  }
  return result;
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

function records(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** GitHub's qualitative severities; it says MODERATE where CVSS says Medium. */
const GITHUB_RATINGS: Record<string, string> = {
  low: 'Low',
  moderate: 'Medium',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
  none: 'None',
};

function toRecord(
  data: Record<string, unknown>,
  text: string,
  file: string,
  prefix: string,
  findings: Finding[],
): AdvisoryRecord | undefined {
  const id = typeof data.id === 'string' ? data.id : '';
  const idLine = lineOfValue(text, id).line;
  if (!parseAdvisoryId(prefix, id)) {
    findings.push(
      findingAt(
        MALFORMED_ID,
        { file, line: idLine },
        `\`${id}\` is not a well-formed advisory id: expected \`${prefix}-YYYY-NNNN\``,
        { key: id },
      ),
    );
    return undefined;
  }
  const need = (key: string, why: string): never => {
    throw new InputError({ file, line: lineOfKey(text, key) }, `${id} has no ${why}`);
  };
  const published =
    typeof data.published === 'string'
      ? data.published
      : need('published', '`published` date; only published advisories are rendered');
  const summary =
    typeof data.summary === 'string' && data.summary.trim() !== ''
      ? data.summary
      : need('summary', '`summary`');

  const aliases = strings(data.aliases);
  const cves = aliases.filter((alias) => /^CVE-\d{4}-\d{4,}$/.test(alias));
  const ghsas = aliases.flatMap((alias) => normalizeGhsa(alias) ?? []);

  const affected: AffectedPackage[] = [];
  const fixed = new Set<string>();
  for (const entry of records(data.affected)) {
    const pkg = isRecord(entry.package) ? entry.package : {};
    const name = typeof pkg.name === 'string' ? pkg.name : '';
    const parts: string[] = [];
    for (const range of records(entry.ranges)) {
      if (range.type === 'GIT') continue;
      let introduced: string | undefined;
      for (const event of records(range.events)) {
        if (typeof event.introduced === 'string') introduced = event.introduced;
        const lower = introduced && introduced !== '0' ? `>= ${introduced}, ` : '';
        if (typeof event.fixed === 'string') {
          parts.push(`${lower}< ${event.fixed}`);
          fixed.add(event.fixed);
          introduced = undefined;
        } else if (typeof event.last_affected === 'string') {
          parts.push(`${lower}<= ${event.last_affected}`);
          introduced = undefined;
        }
      }
      if (introduced !== undefined)
        parts.push(introduced === '0' ? 'all versions' : `>= ${introduced}`);
    }
    if (parts.length === 0) parts.push(...strings(entry.versions));
    if (name !== '' || parts.length > 0) affected.push({ name, range: parts.join('; ') });
  }

  const severity = records(data.severity).find(
    (item) =>
      item.type === 'CVSS_V3' &&
      typeof item.score === 'string' &&
      item.score.startsWith('CVSS:3.1/'),
  );
  const vector =
    typeof severity?.score === 'string'
      ? severity.score
      : need('severity', 'CVSS v3.1 vector (`severity` of type `CVSS_V3`, `CVSS:3.1/…`)');
  const vectorLine = lineOfValue(text, vector).line;
  let score: number | undefined;
  let rating: string | undefined;
  try {
    const cvss = CVSS(vector);
    if (cvss.isValid && cvss.getVersion() === '3.1') {
      score = cvss.getScore();
      rating = cvss.getRating();
    }
  } catch {
    // An incomplete vector throws; it is reported below like any invalid one.
  }
  const specific = isRecord(data.database_specific) ? data.database_specific : {};
  if (score === undefined) {
    findings.push(
      findingAt(
        CVSS_MISMATCH,
        { file, line: vectorLine },
        `${id}: \`${vector}\` is not a valid CVSS v3.1 base vector`,
        {
          key: `${id}:vector`,
        },
      ),
    );
  } else {
    const stated = specific.cvss_score;
    if (stated !== undefined && stated !== score) {
      findings.push(
        findingAt(
          CVSS_MISMATCH,
          { file, line: lineOfKey(text, 'cvss_score', 'database_specific') },
          `${id} states a CVSS v3.1 base score of ${JSON.stringify(stated)}, but its vector \`${vector}\` gives ${score.toFixed(1)}`,
          { key: `${id}:score` },
        ),
      );
    }
    const statedRating =
      typeof specific.severity === 'string'
        ? GITHUB_RATINGS[specific.severity.toLowerCase()]
        : undefined;
    if (typeof specific.severity === 'string' && statedRating !== rating) {
      findings.push(
        findingAt(
          CVSS_MISMATCH,
          { file, line: lineOfKey(text, 'severity', 'database_specific') },
          `${id} states the severity ${specific.severity}, but its vector \`${vector}\` rates ${rating ?? 'unknown'} (${score.toFixed(1)})`,
          { key: `${id}:rating` },
        ),
      );
    }
  }

  const credits = records(data.credits).flatMap((credit) =>
    typeof credit.name === 'string' && credit.name.trim() !== '' ? [credit.name.trim()] : [],
  );
  const patches = records(data.references).flatMap((reference) =>
    reference.type === 'FIX' && typeof reference.url === 'string' ? [reference.url] : [],
  );
  let release = typeof specific.release === 'string' ? specific.release : undefined;
  if (release === undefined) {
    if (fixed.size !== 1) {
      throw new InputError(
        { file, line: lineOfKey(text, 'affected') },
        fixed.size === 0
          ? `${id} names no fixed version; set \`database_specific.release\` to the changelog release that ships the fix`
          : `${id} is fixed in ${[...fixed].join(', ')}; set \`database_specific.release\` to the changelog release whose \`### Security\` section cites it`,
      );
    }
    release = [...fixed][0] ?? '';
  }
  const record: AdvisoryRecord = {
    file,
    id,
    idLine,
    published,
    summary,
    cves,
    ghsas,
    affected,
    fixed: [...fixed],
    vector,
    credits,
    patches,
    release,
  };
  if (typeof data.withdrawn === 'string') record.withdrawn = data.withdrawn;
  if (score !== undefined) record.score = score;
  if (rating !== undefined) record.rating = rating;
  return record;
}
