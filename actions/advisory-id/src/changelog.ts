/**
 * The parts of a Keep-a-Changelog file that advisories live in: release headings
 * (`## [X.Y.Z] — YYYY-MM-DD — title`) and the `### Security` sections under them. Only a line
 * that is exactly `### Security` (trimmed) counts; `### SECURITY invariants` is another section.
 * Headings inside fenced code blocks are text.
 */

export interface TextLine {
  /** 1-based. */
  number: number;
  /** Offset of the first character. */
  start: number;
  /** Offset just past the line's end of line (or the end of the text). */
  next: number;
  /** The line without its end of line. */
  text: string;
}

export interface Release {
  /** The text between the brackets: `1.1.9`, `Unreleased`. */
  version: string;
  line: number;
  /** Index in `lines` of the heading. */
  headingIndex: number;
  /** Index in `lines` of the first line after the release (the next `## ` heading, or the end). */
  endIndex: number;
}

export interface SecuritySection {
  release: Release;
  line: number;
  headingIndex: number;
  /** Index in `lines` of the first line after the section. */
  endIndex: number;
}

export interface ParsedChangelog {
  text: string;
  lines: TextLine[];
  eol: string;
  releases: Release[];
  sections: SecuritySection[];
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RELEASE = /^\[([^\]]+)\]/;

export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  let number = 1;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const next = newline < 0 ? text.length : newline + 1;
    const end =
      newline < 0
        ? text.length
        : newline > start && text[newline - 1] === '\r'
          ? newline - 1
          : newline;
    lines.push({ number, start, next, text: text.slice(start, end) });
    start = next;
    number += 1;
  }
  return lines;
}

export function parseChangelog(text: string): ParsedChangelog {
  const lines = splitLines(text);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const headings: Array<{ index: number; level: number; title: string }> = [];
  const breaks = new Set<number>();
  let fence: string | undefined;
  for (const [index, line] of lines.entries()) {
    const fenceMatch = FENCE.exec(line.text);
    if (fence !== undefined) {
      const marker = fenceMatch?.[1];
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) {
        fence = undefined;
      }
      continue;
    }
    if (fenceMatch?.[1] !== undefined) {
      fence = fenceMatch[1];
      continue;
    }
    const heading = HEADING.exec(line.text);
    if (heading?.[1] !== undefined) {
      headings.push({ index, level: heading[1].length, title: (heading[2] ?? '').trim() });
    } else if (THEMATIC_BREAK.test(line.text)) {
      breaks.add(index);
    }
  }
  const releases: Release[] = [];
  for (const [position, heading] of headings.entries()) {
    if (heading.level !== 2) continue;
    const version = RELEASE.exec(heading.title)?.[1]?.trim();
    if (version === undefined) continue;
    const following = headings.slice(position + 1).find((next) => next.level <= 2);
    releases.push({
      version,
      line: heading.index + 1,
      headingIndex: heading.index,
      endIndex: following?.index ?? lines.length,
    });
  }
  const sections: SecuritySection[] = [];
  for (const [position, heading] of headings.entries()) {
    if (heading.level !== 3 || lines[heading.index]?.text.trim() !== '### Security') continue;
    const release = releases.find(
      (candidate) => candidate.headingIndex < heading.index && heading.index < candidate.endIndex,
    );
    if (!release) continue;
    const nextHeading = headings.slice(position + 1).find((next) => next.level <= 3);
    let endIndex = Math.min(nextHeading?.index ?? lines.length, release.endIndex);
    for (let index = heading.index + 1; index < endIndex; index += 1) {
      if (breaks.has(index)) {
        endIndex = index;
        break;
      }
    }
    sections.push({ release, line: heading.index + 1, headingIndex: heading.index, endIndex });
  }
  return { text, lines, eol, releases, sections };
}

/** The text of lines [from, to) of a parsed file, with their ends of line. */
export function linesText(parsed: ParsedChangelog, from: number, to: number): string {
  const first = parsed.lines[from];
  if (!first) return '';
  const last = parsed.lines[to - 1];
  return parsed.text.slice(first.start, last ? last.next : first.start);
}

const BULLET = /^\s*[-*+]\s/;

/**
 * Inserts or updates the bullets of `version`'s `### Security` section. `bullets` maps each
 * advisory id to its one-line bullet: a bullet that already names the id is replaced, others
 * are added after the section's last bullet; without a section, one is added at the end of the
 * release, before the blank lines and `---` that close it. No other byte changes.
 * Returns undefined when there is no release heading for `version`.
 */
export function upsertSecurityBullets(
  text: string,
  version: string,
  bullets: ReadonlyMap<string, string>,
): string | undefined {
  const parsed = parseChangelog(text);
  const release = parsed.releases.find((candidate) => candidate.version === version);
  if (!release) return undefined;
  const { lines, eol } = parsed;
  const section = parsed.sections.find((candidate) => candidate.release === release);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  if (section) {
    const pending = new Map(bullets);
    let lastBullet: TextLine | undefined;
    for (let index = section.headingIndex + 1; index < section.endIndex; index += 1) {
      const line = lines[index];
      if (!line || !BULLET.test(line.text)) continue;
      lastBullet = line;
      for (const [id, bullet] of pending) {
        if (bulletNames(line.text, id)) {
          if (line.text !== bullet) {
            edits.push({ start: line.start, end: line.start + line.text.length, text: bullet });
          }
          pending.delete(id);
          break;
        }
      }
    }
    if (pending.size > 0) {
      const added = [...pending.values()];
      const anchor = lastBullet ?? lines[section.headingIndex];
      if (!anchor) return undefined;
      const endsWithNewline = anchor.next > anchor.start + anchor.text.length;
      const separator = lastBullet ? '' : eol;
      edits.push(
        endsWithNewline
          ? {
              start: anchor.next,
              end: anchor.next,
              text: `${separator}${added.map((b) => `${b}${eol}`).join('')}`,
            }
          : { start: anchor.next, end: anchor.next, text: `${eol}${separator}${added.join(eol)}` },
      );
    }
  } else {
    let lastContent = release.endIndex - 1;
    while (
      lastContent > release.headingIndex &&
      (lines[lastContent]?.text.trim() === '' ||
        THEMATIC_BREAK.test(lines[lastContent]?.text ?? ''))
    ) {
      lastContent -= 1;
    }
    const anchor = lines[lastContent];
    if (!anchor) return undefined;
    const block = [`### Security`, '', ...bullets.values()].join(eol);
    const endsWithNewline = anchor.next > anchor.start + anchor.text.length;
    edits.push(
      endsWithNewline
        ? { start: anchor.next, end: anchor.next, text: `${eol}${block}${eol}` }
        : { start: anchor.next, end: anchor.next, text: `${eol}${eol}${block}` },
    );
  }
  let result = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/** Whether a bullet line is the one of `id`: its bold lead starts with the id. */
function bulletNames(line: string, id: string): boolean {
  const lead = /^\s*[-*+]\s+\*\*([^*]*)/.exec(line)?.[1] ?? '';
  return lead === id || (lead.startsWith(id) && !/[\w-]/.test(lead.charAt(id.length)));
}
