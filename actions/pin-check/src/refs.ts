import type { Located, Reference, ReferenceKind } from '@palisade/core';

/** How a `uses:` ref names its commit. */
export type RefType =
  /** A full 40-hex commit SHA: immutable. */
  | 'sha'
  /** 7 to 39 hex characters: an abbreviated SHA, which GitHub resolves but can become ambiguous. */
  | 'short-sha'
  /** `v4`, `4`: a major-version tag, moved by every release. */
  | 'major-tag'
  /** `v4.2`, `v4.2.1`, `1.0.0-rc.1`: a version tag (tags can still be moved). */
  | 'version-tag'
  /** Anything else: a branch or a tag whose name says nothing (`main`, `stable`, `latest`). */
  | 'branch';

/** A `uses:` of an action or reusable workflow in another repository. */
export interface ActionReference {
  kind: 'action' | 'reusable-workflow';
  /** The whole `uses:` value, placed in its file. */
  uses: Located;
  owner: string;
  repo: string;
  /** The folder or workflow file inside the repository, if any (`init` in `github/codeql-action/init@…`). */
  path?: string;
  ref: string;
  refType: RefType;
  /** Offsets of the ref (after `@`) in the file's text, for the fixer. */
  refStart: number;
  refEnd: number;
  /** The version the trailing comment names (`v4.2.1` in `# v4.2.1` or `# tag=v4.2.1`), if any. */
  commentVersion?: string;
}

/** A container image: a `docker://` step, a job container, a service, an action's image. */
export interface ImageReference {
  kind: Exclude<ReferenceKind, 'action' | 'reusable-workflow'>;
  uses: Located;
  /** The image without `docker://`. */
  image: string;
  /** `sha256:<64 hex>` when pinned by digest. */
  digest?: string;
  /** True when the image is computed at run time (`${{ … }}`), so it cannot be judged. */
  dynamic: boolean;
}

/** A `uses:` value that is neither local nor of the form `owner/repo[/path]@ref`. */
export interface MalformedReference {
  kind: 'malformed';
  uses: Located;
  reason: string;
}

export type ExternalReference = ActionReference | ImageReference | MalformedReference;

const FULL_SHA = /^[0-9a-f]{40}$/;
const SHORT_SHA = /^[0-9a-f]{7,39}$/;
const MAJOR_TAG = /^v?\d+$/;
const VERSION_TAG = /^v?\d+\.\d+(?:\.\d+)?(?:[-+][0-9A-Za-z.-]+)?$/;
const IMAGE_DIGEST = /@(sha256:[0-9a-f]{64})$/;

export function classifyRef(ref: string): RefType {
  if (FULL_SHA.test(ref)) return 'sha';
  // A ref of digits only (`4`) is a major tag, not an abbreviated SHA.
  if (MAJOR_TAG.test(ref)) return 'major-tag';
  if (SHORT_SHA.test(ref)) return 'short-sha';
  if (VERSION_TAG.test(ref)) return 'version-tag';
  return 'branch';
}

/** `v4.2.1` from `# v4.2.1`, `# v4.2.1 (pinned)`, `# tag=v4.2.1`, `# ratchet:owner/repo@v4.2.1`. */
export function versionInComment(comment: string | undefined): string | undefined {
  if (!comment) return undefined;
  const match =
    /^(?:tag=|pin@|ratchet:[^@\s]+@)?(v?\d+(?:\.\d+){0,2}(?:[-+][0-9A-Za-z.-]+)?)(?:\s|$|,|;)/.exec(
      comment.trim(),
    );
  return match?.[1];
}

/**
 * Parses the external references collected by core into what pin-check judges. Local
 * references are left out.
 */
export function parseReferences(
  references: readonly Reference[],
  textOf: (file: string) => string,
): ExternalReference[] {
  const result: ExternalReference[] = [];
  for (const reference of references) {
    if (reference.local) continue;
    if (reference.kind === 'action' || reference.kind === 'reusable-workflow') {
      result.push(parseUses(reference.kind, reference.value, textOf(reference.value.file)));
    } else {
      result.push(parseImage(reference.kind, reference.value));
    }
  }
  return result;
}

export function parseUses(
  kind: 'action' | 'reusable-workflow',
  uses: Located,
  text: string,
): ActionReference | MalformedReference {
  const value = uses.value.trim();
  const at = value.lastIndexOf('@');
  if (at < 0) return { kind: 'malformed', uses, reason: 'it has no `@ref`' };
  const target = value.slice(0, at);
  const ref = value.slice(at + 1);
  const parts = target.split('/');
  const [owner, repo, ...rest] = parts;
  if (!owner || !repo || ref === '' || parts.some((part) => part === '')) {
    return { kind: 'malformed', uses, reason: 'it is not of the form `owner/repo[/path]@ref`' };
  }
  if (kind === 'reusable-workflow' && !/^\.github\/workflows\/[^/]+\.ya?ml$/.test(rest.join('/'))) {
    return {
      kind: 'malformed',
      uses,
      reason: 'a reusable workflow is `owner/repo/.github/workflows/file.yml@ref`',
    };
  }
  // Where the ref sits in the file: inside the scalar's source, after the last `@`.
  const source = text.slice(uses.start, uses.end);
  const refOffset = source.lastIndexOf(`@${ref}`);
  const refStart = refOffset < 0 ? uses.end : uses.start + refOffset + 1;
  const reference: ActionReference = {
    kind,
    uses,
    owner,
    repo,
    ref,
    refType: classifyRef(ref),
    refStart,
    refEnd: refOffset < 0 ? uses.end : refStart + ref.length,
  };
  if (rest.length > 0) reference.path = rest.join('/');
  const commentVersion = versionInComment(uses.comment);
  if (commentVersion) reference.commentVersion = commentVersion;
  return reference;
}

export function parseImage(kind: ImageReference['kind'], uses: Located): ImageReference {
  const image = uses.value.trim().replace(/^docker:\/\//, '');
  const reference: ImageReference = { kind, uses, image, dynamic: image.includes('${{') };
  const digest = IMAGE_DIGEST.exec(image)?.[1];
  if (digest) reference.digest = digest;
  return reference;
}

/** `owner/repo`, lower-cased: GitHub's owner and repository names are case-insensitive. */
export function repositoryKey(reference: Pick<ActionReference, 'owner' | 'repo'>): string {
  return `${reference.owner}/${reference.repo}`.toLowerCase();
}
