import type { ActionReference } from './refs.js';

/**
 * The Pinned-Dependencies score OpenSSF Scorecard gives a repository's GitHub Actions
 * references, from 0 to 10. Scorecard reads `uses:` in `.github/workflows/` only and weighs
 * pinning third-party actions four times as much as GitHub-owned ones (`actions/*`,
 * `github/*`): floor(10 × Σ pinned × weight / Σ total × weight), with weights 2 and 8 when
 * both kinds are present. Undefined when there is nothing to score.
 */
export function pinnedDependenciesScore(
  references: ReadonlyArray<Pick<ActionReference, 'owner' | 'uses'>>,
  isPinned: (reference: Pick<ActionReference, 'owner' | 'uses'>) => boolean,
): number | undefined {
  const groups = { gitHubOwned: { pinned: 0, total: 0 }, thirdParty: { pinned: 0, total: 0 } };
  for (const reference of references) {
    if (!/(^|\/)\.github\/workflows\/[^/]+$/.test(reference.uses.file)) continue;
    const owner = reference.owner.toLowerCase();
    const group =
      owner === 'actions' || owner === 'github' ? groups.gitHubOwned : groups.thirdParty;
    group.total += 1;
    if (isPinned(reference)) group.pinned += 1;
  }
  const both = groups.gitHubOwned.total > 0 && groups.thirdParty.total > 0;
  const weighted = [
    { ...groups.gitHubOwned, weight: both ? 2 : 10 },
    { ...groups.thirdParty, weight: both ? 8 : 10 },
  ].filter((group) => group.total > 0);
  if (weighted.length === 0) return undefined;
  const success = weighted.reduce((sum, group) => sum + group.pinned * group.weight, 0);
  const total = weighted.reduce((sum, group) => sum + group.total * group.weight, 0);
  return Math.min(Math.floor((10 * success) / total), 10);
}
