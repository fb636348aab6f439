import { loadConfig, type PalisadeConfig } from './config.js';
import { sortErrors } from './errors.js';
import { sortFindings, type Report } from './findings.js';
import { loadRepository, type Repository } from './repository.js';

/**
 * Loads the configuration and the repository at `root` once, runs `check` on them, and adds
 * to its report what loading found (configuration warnings, files that could not be read),
 * sorted by file and line.
 */
export async function checkRepositoryAt<R extends { report: Report }>(
  root: string,
  configFile: string | undefined,
  check: (repository: Repository, config: PalisadeConfig) => Promise<R>,
): Promise<R> {
  const loaded = await loadConfig(root, configFile === undefined ? {} : { file: configFile });
  const repository = await loadRepository(root, { exclude: loaded.config.exclude ?? [] });
  const result = await check(repository, loaded.config);
  result.report.findings = sortFindings([...loaded.findings, ...result.report.findings]);
  result.report.errors = sortErrors([
    ...loaded.errors,
    ...repository.errors,
    ...result.report.errors,
  ]);
  return result;
}
