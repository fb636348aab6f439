/**
 * Checks `<repo>:<path>` test entries through the GitHub contents API. Loaded only when
 * `verify-external` is on, so the offline gate never loads the API client.
 */
import { ApiError, errorMessage } from '@palisade/core';
import { createGitHubClient, type GitHubClientOptions } from '@palisade/core/github';

export type ExternalVerdict = { exists: true } | { exists: false; reason: string };

export interface ExternalChecker {
  check(repository: string, filePath: string): Promise<ExternalVerdict>;
  /** HTTP requests sent so far. */
  requests(): number;
}

/**
 * A checker for entries of repositories that belong to `owner` (a bare `<repo>:` names a
 * sibling of the checked repository). Any API failure other than 404 throws an ApiError: the
 * gate cannot decide, so it fails.
 */
export function createExternalChecker(owner: string, client: GitHubClientOptions): ExternalChecker {
  const { octokit, stats } = createGitHubClient(client);
  const cache = new Map<string, Promise<ExternalVerdict>>();
  const lookup = async (repository: string, filePath: string): Promise<ExternalVerdict> => {
    const [repoOwner, repo] = repository.includes('/')
      ? (repository.split('/') as [string, string])
      : [owner, repository];
    if (/[*?[\]{}]/.test(filePath)) {
      return { exists: false, reason: 'is a glob, which the contents API cannot expand' };
    }
    try {
      const { data } = await octokit.rest.repos.getContent({
        owner: repoOwner,
        repo,
        path: filePath,
      });
      if (Array.isArray(data)) return { exists: false, reason: 'is a directory, not a test file' };
      if (data.type === 'file') return { exists: true };
      return { exists: false, reason: `is a ${data.type}, not a regular file` };
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        return { exists: false, reason: `does not exist in ${repoOwner}/${repo}` };
      }
      throw error instanceof ApiError
        ? error
        : new ApiError(`checking ${repoOwner}/${repo}:${filePath} failed: ${errorMessage(error)}`);
    }
  };
  return {
    check(repository, filePath) {
      const key = `${repository}:${filePath}`;
      let verdict = cache.get(key);
      if (!verdict) {
        verdict = lookup(repository, filePath);
        cache.set(key, verdict);
      }
      return verdict;
    },
    requests: () => stats.requests,
  };
}
