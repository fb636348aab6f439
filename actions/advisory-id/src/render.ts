/** `render`: the index table and the changelog's `### Security` bullets, from the records. */
import { compareIds } from './ids.js';
import { inlineText, INDEX_COLUMNS } from './index-file.js';
import type { AdvisoryRecord } from './osv.js';

/** The table between the index markers: one row per record, sorted by id. */
export function renderIndexTable(
  records: readonly AdvisoryRecord[],
  prefix: string,
  eol = '\n',
): string {
  const rows = [...records]
    .sort((a, b) => compareIds(prefix, a.id, b.id))
    .map((record) => [
      record.id,
      record.withdrawn ? 'withdrawn' : 'published',
      record.published.slice(0, 10),
      severityCell(record),
      inlineText(
        record.affected
          .map((pkg) =>
            record.affected.length > 1 && pkg.name ? `${pkg.name} ${pkg.range}` : pkg.range,
          )
          .join('; '),
      ),
      inlineText(record.fixed.join(', ')),
      inlineText([...record.cves, ...record.ghsas].join(', ')),
      inlineText(record.summary),
      inlineText(record.credits.join(', ')),
      record.patches.map(patchLink).join(', '),
    ]);
  const header = [...INDEX_COLUMNS];
  return [header, header.map(() => '---'), ...rows]
    .map((cells) => `| ${cells.join(' | ')} |`)
    .join(eol);
}

function severityCell(record: AdvisoryRecord): string {
  if (record.score === undefined) return 'invalid vector';
  const calculator = `https://www.first.org/cvss/calculator/3.1#${record.vector}`;
  return `[${record.score.toFixed(1)} ${record.rating ?? ''}](${calculator})`;
}

/** A commit URL shows its short SHA; other links show themselves. */
function patchLink(url: string): string {
  const commit = /\/commit\/([0-9a-f]{7,40})\b/.exec(url)?.[1];
  const text = commit ? commit.slice(0, 7) : url;
  return `[${inlineText(text)}](${url.replace(/[()\s]/g, encodeURIComponent)})`;
}

/**
 * The changelog bullet of one advisory, in openwop's style: one line, `- **Lead.** sentence`.
 */
export function renderBullet(record: AdvisoryRecord): string {
  const summary = inlineText(record.summary).replace(/[.!?]+$/, '');
  const parts: string[] = [];
  parts.push(
    record.score === undefined
      ? 'Severity: the CVSS v3.1 vector is invalid'
      : `${record.rating ?? ''} severity (CVSS v3.1 ${record.score.toFixed(1)}, \`${record.vector}\`)`,
  );
  const affected = record.affected
    .map((pkg) =>
      pkg.name ? `${inlineText(pkg.name)} ${inlineText(pkg.range)}` : inlineText(pkg.range),
    )
    .join('; ');
  if (affected) parts.push(`affects ${affected}`);
  if (record.fixed.length > 0) parts.push(`fixed in ${inlineText(record.fixed.join(', '))}`);
  const aliases = [...record.cves, ...record.ghsas];
  if (aliases.length > 0) parts.push(aliases.join(', '));
  parts.push(
    `credit: ${record.credits.length > 0 ? inlineText(record.credits.join(', ')) : 'anonymous'}`,
  );
  if (record.patches.length > 0) parts.push(`patch: ${record.patches.map(patchLink).join(', ')}`);
  return `- **${record.id} — ${summary}.** ${capitalize(parts.join('; '))}.`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
