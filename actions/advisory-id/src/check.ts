/**
 * `check`: offline consistency of advisory ids across the changelog, the index and (when a
 * copy is given) the ledger. Every problem is a finding at a file and line.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { findingAt, InputError, readRepositoryFile, type Finding } from '@palisade/core';
import { parseChangelog, linesText, type ParsedChangelog } from './changelog.js';
import { exactIds, idCandidates, lineAt, parseAdvisoryId, positionAt } from './ids.js';
import { INDEX_LOCATIONS, parseIndex, type ParsedIndex } from './index-file.js';
import { parseLedger, type LocatedLedger } from './ledger.js';
import {
  DUPLICATE_ID,
  INDEX_LOCATION,
  MALFORMED_ID,
  MISSING_FROM_INDEX,
  NOT_IN_CHANGELOG,
  UNEXPLAINED_GAP,
  UNKNOWN_ID,
  UNPUBLISHED_DISCLOSED,
} from './rules.js';

export interface CheckInputs {
  root: string;
  prefix: string;
  changelogFile: string;
  /** The index to read, or undefined when there is none. */
  indexFile: string | undefined;
  changelogText: string;
  indexText: string | undefined;
  ledger: LocatedLedger | undefined;
}

export interface CheckOutcome {
  findings: Finding[];
  errors: InputError[];
  filesScanned: number;
  citations: number;
  indexRows: number;
}

/** Where the index is: the configured path, else whichever of the two usual places exists. */
export async function locateIndex(
  root: string,
  configured: string | undefined,
): Promise<{ file: string | undefined; findings: Finding[] }> {
  const present: string[] = [];
  for (const location of INDEX_LOCATIONS) {
    const [folder = '', name = ''] = location.split('/');
    // Compare exact names: on a case-insensitive file system both spellings would "exist".
    const folders = await readdir(root).catch(() => [] as string[]);
    if (!folders.includes(folder)) continue;
    const files = await readdir(path.join(root, folder)).catch(() => [] as string[]);
    if (files.includes(name)) present.push(location);
  }
  const findings: Finding[] = [];
  if (present.length > 1) {
    findings.push(
      findingAt(
        INDEX_LOCATION,
        { file: 'security/advisories.md', line: 1 },
        'both `security/advisories.md` and `SECURITY/advisories.md` exist; keep exactly one advisory index',
        { key: 'two-indexes' },
      ),
    );
  }
  if (configured !== undefined) {
    const exists = await readdir(path.join(root, path.dirname(configured)))
      .then((files) => files.includes(path.basename(configured)))
      .catch(() => false);
    return { file: exists ? configured : undefined, findings };
  }
  return { file: present[0], findings };
}

/** Reads a ledger copy (absolute, or relative to `root`); its name in findings is as given. */
export async function readLedgerFile(root: string, file: string): Promise<LocatedLedger> {
  const absolute = path.resolve(root, file);
  const text = await readRepositoryFile(path.dirname(absolute), path.basename(absolute)).catch(
    (error: unknown) => {
      if (error instanceof InputError)
        throw new InputError({ ...error.location, file }, error.reason);
      throw error;
    },
  );
  return parseLedger(text, file);
}

interface Citation {
  id: string;
  line: number;
  column: number;
}

export function checkAdvisories(inputs: CheckInputs): CheckOutcome {
  const { prefix } = inputs;
  const findings: Finding[] = [];
  const outcome: CheckOutcome = {
    findings,
    errors: [],
    filesScanned: 1 + (inputs.indexText === undefined ? 0 : 1) + (inputs.ledger ? 1 : 0),
    citations: 0,
    indexRows: 0,
  };
  const changelog = parseChangelog(inputs.changelogText);
  const citations = changelogCitations(changelog, inputs.changelogFile, prefix, findings);
  outcome.citations = citations.length;

  let index: ParsedIndex | undefined;
  if (inputs.indexText !== undefined && inputs.indexFile !== undefined) {
    try {
      index = parseIndex(inputs.indexText, inputs.indexFile);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      outcome.errors.push(error);
    }
  }
  const indexFile = inputs.indexFile ?? 'SECURITY/advisories.md';
  const rowsById = new Map<string, string>();
  if (index) {
    outcome.indexRows = index.rows.length;
    for (const row of index.rows) {
      if (!parseAdvisoryId(prefix, row.id)) {
        findings.push(malformed(indexFile, { line: row.line, column: 1 }, row.id, prefix));
        continue;
      }
      if (rowsById.has(row.id)) {
        findings.push(
          findingAt(
            DUPLICATE_ID,
            { file: indexFile, line: row.line },
            `\`${row.id}\` has more than one row in the index`,
            {
              key: `index:${row.id}`,
            },
          ),
        );
        continue;
      }
      rowsById.set(row.id, row.status);
    }
  }

  if (citations.length > 0 && inputs.indexText === undefined) {
    const first = citations[0];
    findings.push(
      findingAt(
        INDEX_LOCATION,
        { file: inputs.changelogFile, line: first?.line ?? 1 },
        `the changelog cites ${citations.length === 1 ? 'an advisory' : `${citations.length} advisories`} but there is no advisory index (${inputs.indexFile ?? INDEX_LOCATIONS.join(' or ')})`,
        { key: 'no-index' },
      ),
    );
  } else if (index) {
    for (const citation of citations) {
      if (!rowsById.has(citation.id)) {
        findings.push(
          findingAt(
            MISSING_FROM_INDEX,
            { file: inputs.changelogFile, line: citation.line, column: citation.column },
            `\`${citation.id}\` is cited under \`### Security\` but has no row in ${indexFile}`,
            { key: citation.id },
          ),
        );
      }
    }
    const cited = new Set(citations.map((citation) => citation.id));
    for (const row of index.rows) {
      if (row.status === 'published' && rowsById.has(row.id) && !cited.has(row.id)) {
        findings.push(
          findingAt(
            NOT_IN_CHANGELOG,
            { file: indexFile, line: row.line },
            `\`${row.id}\` is published in the index but no \`### Security\` section of ${inputs.changelogFile} cites it`,
            { key: row.id },
          ),
        );
      }
    }
  }

  if (inputs.ledger) {
    findings.push(...checkLedger(inputs.ledger, prefix));
    findings.push(
      ...checkDisclosure(inputs.ledger, inputs.changelogFile, inputs.changelogText, prefix),
    );
    if (inputs.indexText !== undefined && inputs.indexFile !== undefined) {
      findings.push(...checkDisclosure(inputs.ledger, inputs.indexFile, inputs.indexText, prefix));
    }
  }
  return outcome;
}

function malformed(
  file: string,
  at: { line: number; column: number },
  text: string,
  prefix: string,
): Finding {
  return findingAt(
    MALFORMED_ID,
    { file, ...at },
    `\`${text}\` is not a well-formed advisory id: expected \`${prefix}-YYYY-NNNN\` (four-digit year, a number from 0001)`,
    { key: text },
  );
}

/** The ids cited in every `### Security` section; malformed and repeated ones are findings. */
function changelogCitations(
  changelog: ParsedChangelog,
  file: string,
  prefix: string,
  findings: Finding[],
): Citation[] {
  const citations: Citation[] = [];
  for (const section of changelog.sections) {
    const first = changelog.lines[section.headingIndex + 1];
    if (!first) continue;
    const text = linesText(changelog, section.headingIndex + 1, section.endIndex);
    const inSection = new Set<string>();
    for (const candidate of idCandidates(prefix, text)) {
      const position = positionAt(text, candidate.index);
      const at = { line: first.number - 1 + position.line, column: position.column };
      if (!parseAdvisoryId(prefix, candidate.text)) {
        findings.push(malformed(file, at, candidate.text, prefix));
        continue;
      }
      if (inSection.has(candidate.text)) {
        const lineText = changelog.lines[at.line - 1]?.text ?? '';
        // The same bullet may name its id twice (lead and a link); a second bullet may not.
        if (lineText.trimStart().startsWith(`- **${candidate.text}`)) {
          findings.push(
            findingAt(
              DUPLICATE_ID,
              { file, ...at },
              `\`${candidate.text}\` has more than one bullet in the \`### Security\` section of ${section.release.version}`,
              { key: `changelog:${section.release.version}:${candidate.text}` },
            ),
          );
        }
        continue;
      }
      inSection.add(candidate.text);
      citations.push({ id: candidate.text, ...at });
    }
  }
  return citations;
}

function checkLedger(located: LocatedLedger, prefix: string): Finding[] {
  const { ledger, file } = located;
  const findings: Finding[] = [];
  if (ledger.prefix !== prefix) {
    findings.push(
      findingAt(
        MALFORMED_ID,
        { file, line: 1 },
        `the ledger assigns \`${ledger.prefix}\` ids but the prefix in use is \`${prefix}\``,
        { key: 'ledger-prefix' },
      ),
    );
    return findings;
  }
  const byId = new Set<string>();
  const byAdvisory = new Map<string, string>();
  /** year → number → present */
  const numbers = new Map<number, Map<number, number>>();
  const note = (id: string, line: number): boolean => {
    const parsed = parseAdvisoryId(prefix, id);
    if (!parsed) {
      findings.push(malformed(file, { line, column: 1 }, id, prefix));
      return false;
    }
    const year = numbers.get(parsed.year) ?? new Map<number, number>();
    numbers.set(parsed.year, year);
    if (!year.has(parsed.number)) year.set(parsed.number, line);
    return true;
  };
  for (const [position, entry] of ledger.advisories.entries()) {
    const line = located.entryLines[position] ?? 1;
    if (!note(entry.id, line)) continue;
    if (byId.has(entry.id)) {
      findings.push(
        findingAt(
          DUPLICATE_ID,
          { file, line },
          `\`${entry.id}\` is assigned more than once in the ledger`,
          {
            key: `ledger:${entry.id}`,
          },
        ),
      );
    }
    byId.add(entry.id);
    const earlier = byAdvisory.get(entry.advisory.toLowerCase());
    if (earlier !== undefined && earlier !== entry.id) {
      findings.push(
        findingAt(
          DUPLICATE_ID,
          { file, line },
          `${entry.advisory} has two ids in the ledger: \`${earlier}\` and \`${entry.id}\``,
          { key: `ledger-advisory:${entry.advisory}` },
        ),
      );
    }
    byAdvisory.set(entry.advisory.toLowerCase(), entry.id);
  }
  for (const [position, gap] of ledger.gaps.entries()) {
    note(gap.id, located.gapLines[position] ?? 1);
  }
  for (const [year, present] of [...numbers].sort((a, b) => a[0] - b[0])) {
    const highest = Math.max(...present.keys());
    for (let number = 1; number < highest; number += 1) {
      if (present.has(number)) continue;
      const nextPresent = [...present.keys()].filter((n) => n > number).sort((a, b) => a - b)[0];
      const line = nextPresent === undefined ? 1 : (present.get(nextPresent) ?? 1);
      const missing = `${prefix}-${year}-${String(number).padStart(4, '0')}`;
      findings.push(
        findingAt(
          UNEXPLAINED_GAP,
          { file, line },
          `\`${missing}\` is missing from the ledger and no reason is recorded under \`gaps\``,
          { key: missing },
        ),
      );
    }
  }
  return findings;
}

/** Ids in a public file that the ledger does not know, or knows as not yet public. */
function checkDisclosure(
  located: LocatedLedger,
  file: string,
  text: string,
  prefix: string,
): Finding[] {
  const status = new Map<string, string>();
  for (const entry of located.ledger.advisories) status.set(entry.id, entry.status);
  const gaps = new Set(located.ledger.gaps.map((gap) => gap.id));
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const { id, index } of exactIds(prefix, text)) {
    const line = lineAt(text, index);
    const key = `${id}\u0000${line}`;
    if (reported.has(key)) continue;
    reported.add(key);
    const known = status.get(id);
    if (known === undefined) {
      if (gaps.has(id) || !parseAdvisoryId(prefix, id)) continue;
      findings.push(
        findingAt(
          UNKNOWN_ID,
          { file, line },
          `\`${id}\` was never assigned: it is not in the ledger`,
          {
            key: id,
          },
        ),
      );
    } else if (known !== 'published' && known !== 'withdrawn') {
      findings.push(
        findingAt(
          UNPUBLISHED_DISCLOSED,
          { file, line },
          `\`${id}\` is \`${known}\` in the ledger, not published: it must not appear in ${file} yet`,
          { key: id },
        ),
      );
    }
  }
  return findings;
}
