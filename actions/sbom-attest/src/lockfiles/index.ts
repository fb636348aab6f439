/**
 * Finds and reads a lockfile into the neutral model. Every problem with the input is an
 * InputError naming the file (and the line when the parser knows it).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError, readRepositoryFile } from '@palisade/core';
import { finishModel, type DependencyModel, type LockfileFormat } from '../model.js';
import { isRecord, licenseOf, parseJson, type Manifest, type ParsedLockfile } from './common.js';
import { parseNpmLockfile } from './npm.js';

/** Looked for in this order when no lockfile is named. */
export const LOCKFILE_NAMES: readonly string[] = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'pnpm-lock.yaml',
  'yarn.lock',
];

/** The lockfile to read, relative to `root`: the one named, else the first that exists. */
export function findLockfile(root: string, lockfile?: string): string {
  if (lockfile) return lockfile.split(path.sep).join('/');
  const found = LOCKFILE_NAMES.find((name) => existsSync(path.join(root, name)));
  if (!found) {
    throw new InputError(
      { file: '.' },
      `no lockfile found: expected one of ${LOCKFILE_NAMES.join(', ')} (or name one with \`lockfile\`)`,
    );
  }
  return found;
}

export async function readLockfile(root: string, lockfile?: string): Promise<DependencyModel> {
  const file = findLockfile(root, lockfile);
  const text = await readRepositoryFile(root, file);
  const dir = path.posix.dirname(file);
  const readManifest = async (relativeDir: string): Promise<Manifest | undefined> => {
    const manifestFile = path.posix.join(dir, relativeDir, 'package.json');
    if (!existsSync(path.join(root, manifestFile))) return undefined;
    const value = parseJson(await readRepositoryFile(root, manifestFile), manifestFile);
    // Fields of the wrong type are ignored where they are read.
    return isRecord(value) ? value : undefined;
  };
  const listDirs = async (relativeDir: string): Promise<string[]> => {
    try {
      const entries = await readdir(path.join(root, dir, relativeDir), { withFileTypes: true });
      return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    } catch {
      return [];
    }
  };
  const base = path.posix.basename(file);
  let format: LockfileFormat;
  let parsed: ParsedLockfile;
  if (base === 'package-lock.json' || base === 'npm-shrinkwrap.json') {
    format = 'npm';
    parsed = parseNpmLockfile(text, file);
  } else if (base === 'pnpm-lock.yaml') {
    format = 'pnpm';
    // Each reader loads only for its format: the YAML and Yarn parsers are large.
    const { parsePnpmLockfile } = await import('./pnpm.js');
    parsed = await parsePnpmLockfile(text, file, readManifest);
  } else if (base === 'yarn.lock') {
    const { isBerryLockfile, parseYarnBerryLockfile, parseYarnClassicLockfile } =
      await import('./yarn.js');
    format = isBerryLockfile(text) ? 'yarn-berry' : 'yarn-classic';
    parsed =
      format === 'yarn-berry'
        ? await parseYarnBerryLockfile(text, file, readManifest)
        : await parseYarnClassicLockfile(text, file, readManifest, listDirs);
  } else {
    throw new InputError(
      { file },
      `is not a lockfile this action reads (${LOCKFILE_NAMES.join(', ')})`,
    );
  }
  if (parsed.projects.length === 0) {
    throw new InputError({ file }, 'names no project: no root package.json or importer was found');
  }
  await addInstalledLicenses(root, dir, parsed);
  return finishModel(format, file, parsed.projects, parsed.packages);
}

/**
 * Licences the lockfile does not give, from installed package.json files when node_modules
 * exists (pnpm and yarn lockfiles carry none). Unreadable files are skipped: a licence is
 * metadata, and its absence is stated as NOASSERTION rather than failing the run.
 */
async function addInstalledLicenses(root: string, dir: string, parsed: ParsedLockfile) {
  if (!existsSync(path.join(root, dir, 'node_modules'))) return;
  await Promise.all(
    [...parsed.packages.values()]
      .filter((pkg) => !pkg.license)
      .map(async (pkg) => {
        const installPath = parsed.installPaths.get(pkg.id);
        if (!installPath) return;
        try {
          const manifest = JSON.parse(
            await readFile(path.join(root, dir, installPath, 'package.json'), 'utf8'),
          ) as unknown;
          if (!isRecord(manifest) || manifest.version !== pkg.version) return;
          const license = licenseOf(manifest.license) ?? licenseOf(manifest.licenses);
          if (license) pkg.license = license;
        } catch {
          // Not installed there, or unreadable: the licence stays unknown.
        }
      }),
  );
}
