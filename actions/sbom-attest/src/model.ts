/**
 * The neutral model every lockfile reader produces and both SBOM writers consume: the packages
 * (one per name and version), the dependency graph with the kind of each edge, and the projects
 * the lockfile describes (the root and its workspaces).
 */
import { createHash } from 'node:crypto';
import { PackageURL } from 'packageurl-js';

/** Why a package is in the tree: the best kind of path that reaches it from a project. */
export type Scope = 'runtime' | 'optional' | 'peer' | 'dev';
/** Ordered best first: a package reached by a runtime path and a dev path is runtime. */
export const SCOPES: readonly Scope[] = ['runtime', 'optional', 'peer', 'dev'];

export type ChecksumAlgorithm = 'SHA1' | 'SHA256' | 'SHA384' | 'SHA512';

export interface Checksum {
  algorithm: ChecksumAlgorithm;
  /** Lowercase hex. */
  value: string;
}

/** One edge of the graph: `from` needs `to` as a `kind` dependency. */
export interface Edge {
  to: string;
  kind: Scope;
}

export interface LockPackage {
  /** `name@version`: unique in the model. */
  id: string;
  name: string;
  version: string;
  purl: string;
  checksums: Checksum[];
  /** An SPDX expression or the text the package declares; absent when unknown. */
  license?: string;
  scope: Scope;
  /** Where the package manager downloads it from, when the lockfile says. */
  resolved?: string;
  dependencies: Edge[];
}

/** A project of the lockfile: the root (first) and each workspace. */
export interface Project {
  id: string;
  name: string;
  version: string;
  purl: string;
  license?: string;
  /** Folder relative to the lockfile's folder; `.` for the root. */
  path: string;
  dependencies: Edge[];
}

export type LockfileFormat = 'npm' | 'pnpm' | 'yarn-classic' | 'yarn-berry';

export interface DependencyModel {
  format: LockfileFormat;
  /** The lockfile, relative to the scanned root, with forward slashes. */
  lockfile: string;
  /** The root project first, then workspaces sorted by path. */
  projects: Project[];
  /** Sorted by id. */
  packages: LockPackage[];
}

/** `pkg:npm/%40scope/name@1.0.0`, with a download_url qualifier for sources off the registry. */
export function npmPurl(name: string, version: string, resolved?: string): string {
  const slash = name.startsWith('@') ? name.indexOf('/') : -1;
  const namespace = slash > 0 ? name.slice(0, slash) : undefined;
  const bare = slash > 0 ? name.slice(slash + 1) : name;
  const qualifiers =
    resolved && !isRegistryTarball(resolved) ? { download_url: resolved } : undefined;
  return new PackageURL('npm', namespace, bare, version, qualifiers, undefined).toString();
}

function isRegistryTarball(url: string): boolean {
  return /^https:\/\/registry\.(npmjs\.org|yarnpkg\.com)\//.test(url);
}

const SRI_ALGORITHMS: Record<string, ChecksumAlgorithm> = {
  sha1: 'SHA1',
  sha256: 'SHA256',
  sha384: 'SHA384',
  sha512: 'SHA512',
};
const HEX_LENGTH: Record<ChecksumAlgorithm, number> = {
  SHA1: 40,
  SHA256: 64,
  SHA384: 96,
  SHA512: 128,
};

/**
 * The checksums of a Subresource Integrity string (`sha512-<base64>`, several separated by
 * spaces); entries with an unknown algorithm or a digest of the wrong length are skipped.
 */
export function checksumsFromIntegrity(integrity: string | undefined): Checksum[] {
  if (!integrity) return [];
  const checksums: Checksum[] = [];
  for (const entry of integrity.trim().split(/\s+/)) {
    const dash = entry.indexOf('-');
    const algorithm = SRI_ALGORITHMS[entry.slice(0, dash).toLowerCase()];
    if (dash < 0 || !algorithm) continue;
    const value = Buffer.from(entry.slice(dash + 1).replace(/\?.*$/, ''), 'base64').toString('hex');
    if (value.length === HEX_LENGTH[algorithm]) checksums.push({ algorithm, value });
  }
  return checksums;
}

/** A sha1 in a tarball URL's fragment (`…tgz#<40 hex>`), as yarn v1 records it. */
export function checksumFromUrlFragment(url: string | undefined): Checksum | undefined {
  const match = url ? /#([0-9a-f]{40})$/.exec(url) : null;
  return match?.[1] ? { algorithm: 'SHA1', value: match[1] } : undefined;
}

/**
 * Gives every package the best scope of any path from a project: breadth-first passes that
 * admit runtime edges only, then optional ones too, then peer, then dev. A path is as weak
 * as its weakest edge, and a package as strong as its strongest path.
 */
export function assignScopes(projects: readonly Project[], packages: Map<string, LockPackage>) {
  const scoped = new Set<string>();
  for (let level = 0; level < SCOPES.length; level++) {
    const allowed = new Set(SCOPES.slice(0, level + 1));
    const scope = SCOPES[level] ?? 'dev';
    const queue: string[] = [];
    const visit = (edges: readonly Edge[]) => {
      for (const edge of edges) {
        if (allowed.has(edge.kind) && packages.has(edge.to)) queue.push(edge.to);
      }
    };
    const seen = new Set<string>();
    for (const project of projects) visit(project.dependencies);
    while (queue.length > 0) {
      const id = queue.pop() ?? '';
      if (seen.has(id)) continue;
      seen.add(id);
      const pkg = packages.get(id);
      if (!pkg) continue;
      if (!scoped.has(id)) {
        pkg.scope = scope;
        scoped.add(id);
      }
      visit(pkg.dependencies);
    }
  }
  // Packages no project reaches (left behind in the lockfile) are kept, as dev: they are not
  // part of what ships.
  for (const pkg of packages.values()) if (!scoped.has(pkg.id)) pkg.scope = 'dev';
}

/** Keeps the strongest kind per target and sorts, so the output does not depend on order. */
export function normalizeEdges(edges: readonly Edge[]): Edge[] {
  const best = new Map<string, Scope>();
  for (const edge of edges) {
    const current = best.get(edge.to);
    if (current === undefined || SCOPES.indexOf(edge.kind) < SCOPES.indexOf(current)) {
      best.set(edge.to, edge.kind);
    }
  }
  return [...best]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([to, kind]) => ({ to, kind }));
}

/** Sorted packages with sorted, de-duplicated edges. */
export function finishModel(
  format: LockfileFormat,
  lockfile: string,
  projects: Project[],
  packages: Map<string, LockPackage>,
): DependencyModel {
  for (const project of projects) project.dependencies = normalizeEdges(project.dependencies);
  for (const pkg of packages.values()) pkg.dependencies = normalizeEdges(pkg.dependencies);
  assignScopes(projects, packages);
  const sorted = [...packages.values()].sort((a, b) => compare(a.id, b.id));
  const [root, ...workspaces] = projects;
  return {
    format,
    lockfile,
    projects: root ? [root, ...workspaces.sort((a, b) => compare(a.path, b.path))] : [],
    packages: sorted,
  };
}

/** Code-unit order: the same on every machine and locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A project entry for a package.json-like record. */
export function makeProject(
  name: string | undefined,
  version: string | undefined,
  projectPath: string,
  license?: string,
): Project {
  const safeName = name || (projectPath === '.' ? 'root' : projectPath.split('/').pop() || 'root');
  const safeVersion = version || '0.0.0';
  const project: Project = {
    id: `${safeName}@${safeVersion}`,
    name: safeName,
    version: safeVersion,
    purl: npmPurl(safeName, safeVersion),
    path: projectPath,
    dependencies: [],
  };
  if (license) project.license = license;
  return project;
}

/** A hex digest of the parts of the model that end up in an SBOM, for content-derived ids. */
export function modelDigest(model: DependencyModel, extra: string): string {
  const hash = createHash('sha256').update(extra);
  for (const project of model.projects) {
    hash.update(`\0P${project.id}\0${project.license ?? ''}`);
    for (const edge of project.dependencies) hash.update(`\0${edge.kind}:${edge.to}`);
  }
  for (const pkg of model.packages) {
    hash.update(`\0K${pkg.id}\0${pkg.purl}\0${pkg.scope}\0${pkg.license ?? ''}\0`);
    hash.update(`${pkg.resolved ?? ''}\0${pkg.checksums.map((c) => c.value).join(',')}`);
    for (const edge of pkg.dependencies) hash.update(`\0${edge.kind}:${edge.to}`);
  }
  return hash.digest('hex');
}

/** An RFC 4122 version-5-shaped UUID from a hex digest (name-based, so the same input, same id). */
export function uuidFromDigest(hex: string): string {
  const bytes = Buffer.from(hex.slice(0, 32), 'hex');
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const h = bytes.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
