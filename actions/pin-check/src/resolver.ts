/**
 * Online lookups, made with as few API calls as possible: each repository's tags are fetched
 * once for the whole run, whatever number of references name it.
 */
import type { ClientStats } from '@palisade/core/github';

/** What is known about one action repository. */
export interface RepositoryRefs {
  /** Tag name → the commit it points to (annotated tags peeled). */
  tags: Map<string, string>;
}

/** `found: false` when the repository does not exist (deleted, renamed away or private). */
export type RepositoryLookup = { found: true; refs: RepositoryRefs } | { found: false };

export interface Resolver {
  /** The repository's tags; the first call per repository fetches, later calls reuse it. */
  repository(owner: string, repo: string): Promise<RepositoryLookup>;
  /** The commit a branch points to now, or undefined when there is no such branch. */
  branchHead(owner: string, repo: string, branch: string): Promise<string | undefined>;
  /**
   * Whether `sha` is contained in a branch or tag of the repository. A commit that only a
   * fork contains is not. Throws ApiError when the API cannot tell.
   */
  isReachable(owner: string, repo: string, sha: string): Promise<boolean>;
  readonly stats: ClientStats;
}
