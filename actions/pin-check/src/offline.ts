import { minimatch } from 'minimatch';
import { findingAt, type AllowEntry, type Finding } from '@palisade/core';
import type { ActionReference, ExternalReference, ImageReference, RefType } from './refs.js';
import { repositoryKey } from './refs.js';
import type { RepositoryLookup } from './resolver.js';
import {
  INCONSISTENT_VERSION_COMMENT,
  MISSING_VERSION_COMMENT,
  SHORT_SHA,
  UNPINNED_ACTION,
  UNPINNED_IMAGE,
} from './rules.js';

export interface OfflinePolicy {
  /** Active `pin-check.allow` entries: references that may stay on a tag or branch. */
  allow: ReadonlyArray<AllowEntry<{ uses?: string }>>;
  requireVersionComment: boolean;
  /** References that actions.lock pins to a commit. */
  locked: ReadonlySet<ActionReference>;
  /** What the online mode knows of each repository: whether a ref is a tag, or a branch. */
  lookups?: ReadonlyMap<ActionReference, RepositoryLookup>;
}

const REF_WORDING: Record<Exclude<RefType, 'sha' | 'short-sha'>, string> = {
  'major-tag': 'the major-version tag',
  'version-tag': 'the version tag',
  branch: 'the branch or tag',
};

/**
 * What an unpinned ref is, as precisely as is known: by its shape offline; online, from the
 * repository's tags (a ref that is no tag is a branch), without any further request.
 */
export function unpinnedMessage(reference: ActionReference, lookup?: RepositoryLookup): string {
  const name = `\`${reference.uses.value.trim()}\``;
  const fix = 'pin it to a full commit SHA.';
  if (reference.refType === 'sha' || reference.refType === 'short-sha') return `${name} ${fix}`;
  if (lookup && !lookup.found) {
    return `${name} names \`${reference.owner}/${reference.repo}\`, which does not exist or is not visible: whoever creates it takes over this reference; ${fix}`;
  }
  let what = `${REF_WORDING[reference.refType]} \`${reference.ref}\``;
  if (lookup?.found) {
    const isTag = lookup.refs.tags.has(reference.ref);
    what = isTag
      ? `${reference.refType === 'branch' ? 'the tag' : REF_WORDING[reference.refType]} \`${reference.ref}\``
      : `the branch \`${reference.ref}\``;
  }
  return `${name} is pinned to ${what}, which can be moved; ${fix}`;
}

/** `owner/repo[/path]`, the part of a `uses:` that allow patterns match. */
export function actionTarget(reference: ActionReference): string {
  return `${reference.owner}/${reference.repo}${reference.path ? `/${reference.path}` : ''}`;
}

/** The allow entry that covers a reference: `owner/*`, `owner/repo`, a path, or any glob. */
export function allowEntryFor<E extends { uses?: string }>(
  entries: readonly E[],
  reference: ActionReference,
): E | undefined {
  const target = actionTarget(reference);
  return entries.find(
    (entry) =>
      entry.uses !== undefined &&
      (minimatch(target, entry.uses, { nocase: true, dot: true }) ||
        minimatch(target, `${entry.uses.replace(/\/+$/, '')}/**`, { nocase: true, dot: true })),
  );
}

/** Every rule that needs no network: unpinned actions and images, short SHAs, comments. */
export function checkOffline(
  references: readonly ExternalReference[],
  policy: OfflinePolicy,
): Finding[] {
  const findings: Finding[] = [];
  const pinnedBySha = new Map<string, ActionReference[]>();
  for (const reference of references) {
    if (reference.kind === 'malformed') continue;
    if (!isActionReference(reference)) {
      const finding = checkImage(reference);
      if (finding) findings.push(finding);
      continue;
    }
    const name = reference.uses.value.trim();
    if (reference.refType === 'sha') {
      if (!reference.commentVersion && policy.requireVersionComment) {
        findings.push(
          findingAt(
            MISSING_VERSION_COMMENT,
            reference.uses,
            `\`${name}\` is pinned to a SHA with no \`# vX.Y.Z\` comment saying which version it is.`,
            { key: name },
          ),
        );
      }
      const key = `${repositoryKey(reference)}@${reference.ref}`;
      pinnedBySha.set(key, [...(pinnedBySha.get(key) ?? []), reference]);
      continue;
    }
    if (policy.locked.has(reference) || allowEntryFor(policy.allow, reference)) continue;
    if (reference.refType === 'short-sha') {
      findings.push(
        findingAt(
          SHORT_SHA,
          reference.uses,
          `\`${name}\` is pinned to the abbreviated SHA \`${reference.ref}\`; use the full 40-character commit SHA.`,
          { key: name },
        ),
      );
      continue;
    }
    findings.push(
      findingAt(
        UNPINNED_ACTION,
        reference.uses,
        unpinnedMessage(reference, policy.lookups?.get(reference)),
        {
          key: name,
        },
      ),
    );
  }
  findings.push(...inconsistentComments(pinnedBySha));
  return findings;
}

function isActionReference(
  reference: ActionReference | ImageReference,
): reference is ActionReference {
  return reference.kind === 'action' || reference.kind === 'reusable-workflow';
}

function checkImage(reference: ImageReference): Finding | undefined {
  if (reference.digest) return undefined;
  const name = reference.image;
  if (reference.dynamic) {
    return findingAt(
      UNPINNED_IMAGE,
      reference.uses,
      `The image \`${name}\` is computed when the workflow runs, so its pin cannot be checked; make every value it can take end in \`@sha256:<digest>\`.`,
      { severity: 'warning', key: name },
    );
  }
  return findingAt(
    UNPINNED_IMAGE,
    reference.uses,
    `The image \`${name}\` is not pinned to a digest; append \`@sha256:<digest>\` so the same image runs every time.`,
    { key: name },
  );
}

/** One finding per reference whose comment disagrees with another pin of the same SHA. */
function inconsistentComments(pinnedBySha: Map<string, ActionReference[]>): Finding[] {
  const findings: Finding[] = [];
  for (const [key, group] of pinnedBySha) {
    const commented = group.filter((reference) => reference.commentVersion !== undefined);
    const versions = new Set(commented.map((reference) => reference.commentVersion));
    if (versions.size < 2) continue;
    for (const reference of commented) {
      const others = commented
        .filter((other) => other.commentVersion !== reference.commentVersion)
        .map(
          (other) => `\`${other.commentVersion ?? ''}\` at ${other.uses.file}:${other.uses.line}`,
        );
      const unique = [...new Set(others)];
      findings.push(
        findingAt(
          INCONSISTENT_VERSION_COMMENT,
          reference.uses,
          `\`${key}\` is commented \`${reference.commentVersion ?? ''}\` here but ${unique.slice(0, 3).join(', ')}${unique.length > 3 ? ` and ${unique.length - 3} more` : ''}; one SHA is one version.`,
          { key: `${key}#${reference.commentVersion ?? ''}` },
        ),
      );
    }
  }
  return findings;
}
