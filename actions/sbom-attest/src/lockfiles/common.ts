/** What the lockfile readers share: the result shape and how a parse error names its line. */
import { errorMessage, InputError } from '@palisade/core';
import type { LockPackage, Project } from '../model.js';

export interface ParsedLockfile {
  projects: Project[];
  packages: Map<string, LockPackage>;
  /**
   * Where each package would be installed, relative to the lockfile's folder, so a licence the
   * lockfile does not give can be read from the installed package.json.
   */
  installPaths: Map<string, string>;
}

/** Reads the package.json of a workspace or the root, when the reader needs it. */
export type ManifestReader = (relativeDir: string) => Promise<Manifest | undefined>;

export interface Manifest {
  name?: string;
  version?: string;
  license?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  workspaces?: string[] | { packages?: string[] };
}

export function emptyParse(): ParsedLockfile {
  return { projects: [], packages: new Map(), installPaths: new Map() };
}

/** JSON.parse that reports the line of a syntax error, as Node 20 and 22 word it. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = errorMessage(error);
    const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
    const position = /at position (\d+)/.exec(message);
    let line: number | undefined;
    if (lineColumn?.[1]) line = Number(lineColumn[1]);
    else if (position?.[1]) line = text.slice(0, Number(position[1])).split('\n').length;
    else if (/end of JSON input/.test(message)) line = text.split('\n').length;
    const reason = `is not valid JSON: ${message.replace(/\s*\(line \d+ column \d+\)|\s*in JSON at position \d+.*$/, '')}`;
    throw new InputError(line === undefined ? { file } : { file, line }, reason);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The string values of an object field, ignoring anything else. */
export function stringMap(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  const result: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) if (typeof item === 'string') result[key] = item;
  return result;
}

/** The licence of a package.json or lockfile entry: a string, or the legacy `{ type }` form. */
export function licenseOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (isRecord(value) && typeof value.type === 'string') return value.type;
  if (Array.isArray(value)) {
    const types = value.map(licenseOf).filter((item): item is string => item !== undefined);
    if (types.length > 0) return types.length === 1 ? types[0] : `(${types.join(' OR ')})`;
  }
  return undefined;
}

/** `@scope/name@1.0.0` → [`@scope/name`, `1.0.0`]; the separator is the last `@` after the first character. */
export function splitNameVersion(key: string): [string, string] {
  const at = key.indexOf('@', 1);
  return at < 0 ? [key, ''] : [key.slice(0, at), key.slice(at + 1)];
}

/** Adds a package, or merges the edges of a second copy of the same name and version. */
export function addPackage(parsed: ParsedLockfile, pkg: LockPackage, installPath?: string): void {
  const existing = parsed.packages.get(pkg.id);
  if (existing) {
    existing.dependencies.push(...pkg.dependencies);
    if (!existing.license && pkg.license) existing.license = pkg.license;
    if (existing.checksums.length === 0) existing.checksums = pkg.checksums;
    if (!existing.resolved && pkg.resolved) existing.resolved = pkg.resolved;
    return;
  }
  parsed.packages.set(pkg.id, pkg);
  if (installPath !== undefined) parsed.installPaths.set(pkg.id, installPath);
}
