import { plural, toJson, type Report } from '@palisade/core';
import type { GateSummary, Tally } from './run.js';

function tallies(table: Record<string, Tally>, order: readonly string[] = []): string {
  const keys = [
    ...order.filter((key) => key in table),
    ...Object.keys(table)
      .filter((key) => !order.includes(key))
      .sort(),
  ];
  return keys
    .map((key) => {
      const tally = table[key] ?? { total: 0, covered: 0, uncovered: 0 };
      return `${key} ${tally.total} (${tally.covered} with a test)`;
    })
    .join(', ');
}

/**
 * The counts a reader of the gate wants before its findings: invariants per tier, severity
 * and witness class, gated and uncovered ones, external entries and threat-model coverage.
 */
export function summaryLines(summary: GateSummary): string[] {
  const { settings } = summary;
  const lines = [
    `${summary.index}: ${plural(summary.invariants.length, 'invariant')}; ${summary.gated} in gated tiers (${settings.gatedTiers.join(', ')}), ${summary.uncovered} of them without a test`,
    `by tier: ${tallies(summary.byTier, settings.tiers)}`,
    `by severity: ${tallies(summary.bySeverity, settings.severities)}`,
  ];
  if (Object.keys(summary.byWitness).length > 0) {
    lines.push(`by witness class: ${tallies(summary.byWitness, settings.witnessClasses)}`);
  }
  if (summary.external > 0) {
    lines.push(
      `${summary.external} test ${summary.external === 1 ? 'entry' : 'entries'} in other repositories listed, not checked (set verify-external to check them)`,
    );
  }
  if (settings.verifyExternal) {
    lines.push(`verify-external: ${plural(summary.apiRequests, 'API request')}`);
  }
  const limit =
    settings.maxUnmentioned === undefined ? '' : ` (max-unmentioned: ${settings.maxUnmentioned})`;
  lines.push(`${plural(summary.unmentioned, 'invariant')} not named in their threat model${limit}`);
  return lines;
}

/** The JSON report: the usual findings and errors, and every invariant's status. */
export function jsonReport(report: Report, summary: GateSummary | undefined): string {
  const invariants = summary && {
    index: summary.index,
    total: summary.invariants.length,
    gated: summary.gated,
    uncovered: summary.uncovered,
    external: summary.external,
    unmentionedInThreatModel: summary.unmentioned,
    byTier: summary.byTier,
    bySeverity: summary.bySeverity,
    byWitness: summary.byWitness,
    settings: summary.settings,
    list: summary.invariants,
  };
  return `${JSON.stringify({ ...toJson(report), invariants }, null, 2)}\n`;
}
