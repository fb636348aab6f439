/** Shared by the tests: fixture paths and a temporary copy of the sample app. */
import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SBOM_FIXTURES = path.resolve(REPO_ROOT, '../shared/fixtures/sbom');
export const LOCKFILE_FIXTURES = path.resolve(REPO_ROOT, '../shared/fixtures/lockfiles');

/** A temporary project holding the sample app's package.json and package-lock.json. */
export async function sampleApp(prefix = 'palisade-sbom-'): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  await copyFile(
    path.join(SBOM_FIXTURES, 'sample-app.package.json'),
    path.join(dir, 'package.json'),
  );
  await copyFile(
    path.join(SBOM_FIXTURES, 'sample-app.package-lock.json'),
    path.join(dir, 'package-lock.json'),
  );
  await mkdir(path.join(dir, 'dist'));
  return dir;
}
