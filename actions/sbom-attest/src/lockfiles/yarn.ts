/**
 * yarn.lock, both generations, read with Yarn's own parser (`parseSyml`).
 * - v1 (classic): entries keyed by the ranges they satisfy (`"a@^1.0.0, a@^1.1.0"`), with
 *   `version`, `resolved`, `integrity` and `dependencies` as name → range. Workspaces and the
 *   root are not in the lockfile: they come from the package.json files.
 * - Berry (v2+, `__metadata`): keys are descriptors with a protocol (`a@npm:^1.0.0`),
 *   workspaces are entries (`app@workspace:.`), and `dependencies` mixes a workspace's
 *   dependencies and devDependencies, so its package.json tells which are dev.
 *   Berry's `checksum` hashes Yarn's zip archive of the package, not the registry tarball: it is
 *   not given as the package's checksum, since no one could check it against the download.
 */
import path from 'node:path';
import { errorMessage, InputError } from '@palisade/core';
import { parseSyml } from '@yarnpkg/parsers';
import {
  checksumFromUrlFragment,
  checksumsFromIntegrity,
  makeProject,
  npmPurl,
  type Checksum,
  type Edge,
  type Project,
  type Scope,
} from '../model.js';
import {
  addPackage,
  emptyParse,
  isRecord,
  splitNameVersion,
  stringMap,
  type Manifest,
  type ManifestReader,
  type ParsedLockfile,
} from './common.js';

export function isBerryLockfile(text: string): boolean {
  return /^__metadata:/m.test(text);
}

function parseYarnText(text: string, file: string): Record<string, unknown> {
  try {
    return parseSyml(text);
  } catch (error) {
    const message = errorMessage(error);
    const line = /line (\d+)/i.exec(message)?.[1];
    const reason = `is not a valid yarn.lock: ${message.split('\n')[0] ?? ''}`;
    throw new InputError(line ? { file, line: Number(line) } : { file }, reason);
  }
}

/** Every descriptor of a key (`"a@^1, a@^1.2"` → [`a@^1`, `a@^1.2`]) mapped to the key. */
function descriptorIndex(lock: Record<string, unknown>): Map<string, string> {
  const index = new Map<string, string>();
  for (const key of Object.keys(lock)) {
    for (const descriptor of key.split(','))
      index.set(descriptor.trim().replace(/^"|"$/g, ''), key);
  }
  return index;
}

/** The package.json files of the root and its workspaces (globs ending in `/*` or exact paths). */
async function readWorkspaces(
  readManifest: ManifestReader,
  listDirs: (relativeDir: string) => Promise<string[]>,
): Promise<Map<string, Manifest>> {
  const manifests = new Map<string, Manifest>();
  const root = await readManifest('.');
  if (!root) return manifests;
  manifests.set('.', root);
  const patterns = Array.isArray(root.workspaces)
    ? root.workspaces
    : (root.workspaces?.packages ?? []);
  for (const pattern of patterns) {
    const clean = pattern.replace(/\/+$/, '');
    const dirs = clean.endsWith('/*')
      ? (await listDirs(clean.slice(0, -2))).map((dir) => `${clean.slice(0, -2)}/${dir}`)
      : [clean];
    for (const dir of dirs.sort()) {
      const manifest = await readManifest(dir);
      if (manifest) manifests.set(dir, manifest);
    }
  }
  return manifests;
}

export async function parseYarnClassicLockfile(
  text: string,
  file: string,
  readManifest: ManifestReader,
  listDirs: (relativeDir: string) => Promise<string[]>,
): Promise<ParsedLockfile> {
  if (!/^# yarn lockfile v1\s*$/m.test(text)) {
    throw new InputError(
      { file, line: 1 },
      'is not a yarn lockfile: no `# yarn lockfile v1` header and no `__metadata`',
    );
  }
  const lock = parseYarnText(text, file);
  const index = descriptorIndex(lock);
  const parsed = emptyParse();
  const manifests = await readWorkspaces(readManifest, listDirs);
  const projectByName = new Map<string, Project>();
  for (const [dir, manifest] of manifests) {
    const project = makeProject(manifest.name, manifest.version, dir, manifest.license);
    parsed.projects.push(project);
    projectByName.set(project.name, project);
  }
  const idOf = (name: string, range: string): string | undefined => {
    const workspace = projectByName.get(name);
    if (workspace && (range.startsWith('workspace:') || !index.has(`${name}@${range}`))) {
      return workspace.id;
    }
    const key = index.get(`${name}@${range}`);
    const entry = key ? lock[key] : undefined;
    return isRecord(entry) && typeof entry.version === 'string'
      ? `${name}@${entry.version}`
      : undefined;
  };
  for (const [dir, manifest] of manifests) {
    const project = parsed.projects.find((candidate) => candidate.path === dir);
    if (project) project.dependencies = manifestEdges(manifest, idOf);
  }
  for (const [key, entry] of Object.entries(lock)) {
    if (!isRecord(entry) || typeof entry.version !== 'string') continue;
    const [name] = splitNameVersion(key.split(',')[0]?.trim() ?? key);
    const resolved = typeof entry.resolved === 'string' ? entry.resolved : undefined;
    const checksums: Checksum[] = checksumsFromIntegrity(
      typeof entry.integrity === 'string' ? entry.integrity : undefined,
    );
    const fromUrl = checksumFromUrlFragment(resolved);
    if (fromUrl && !checksums.some((checksum) => checksum.algorithm === 'SHA1'))
      checksums.push(fromUrl);
    const edges: Edge[] = [];
    for (const [field, kind] of [
      ['dependencies', 'runtime'],
      ['optionalDependencies', 'optional'],
    ] as const) {
      for (const [dep, range] of Object.entries(stringMap(entry[field]))) {
        const to = idOf(dep, range);
        if (to) edges.push({ to, kind });
      }
    }
    const cleanResolved = resolved?.replace(/#[0-9a-f]{40}$/, '');
    addPackage(
      parsed,
      {
        id: `${name}@${entry.version}`,
        name,
        version: entry.version,
        purl: npmPurl(name, entry.version, cleanResolved),
        checksums,
        scope: 'runtime',
        dependencies: edges,
        ...(cleanResolved ? { resolved: cleanResolved } : {}),
      },
      `node_modules/${name}`,
    );
  }
  return parsed;
}

function manifestEdges(
  manifest: Manifest,
  idOf: (name: string, range: string) => string | undefined,
): Edge[] {
  const edges: Edge[] = [];
  for (const [field, kind] of [
    ['dependencies', 'runtime'],
    ['optionalDependencies', 'optional'],
    ['peerDependencies', 'peer'],
    ['devDependencies', 'dev'],
  ] as const) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) {
      const to = idOf(name, range);
      if (to) edges.push({ to, kind });
    }
  }
  return edges;
}

export async function parseYarnBerryLockfile(
  text: string,
  file: string,
  readManifest: ManifestReader,
): Promise<ParsedLockfile> {
  const lock = parseYarnText(text, file);
  const metadata = isRecord(lock.__metadata) ? lock.__metadata : {};
  const lockVersion = Number(metadata.version);
  if (!Number.isInteger(lockVersion) || lockVersion < 4) {
    throw new InputError(
      { file, line: lineOf(text, '__metadata:') + 1 },
      `__metadata.version ${JSON.stringify(metadata.version ?? null)} is not supported (4 and later, written by Yarn 2 and later, are)`,
    );
  }
  delete lock.__metadata;
  const index = descriptorIndex(lock);
  const parsed = emptyParse();
  const entryOf = (descriptor: string): [string, Record<string, unknown>] | undefined => {
    const key = index.get(descriptor);
    const entry = key ? lock[key] : undefined;
    return key && isRecord(entry) ? [key, entry] : undefined;
  };
  const workspaceIds = new Map<string, Project>();
  const idOfEntry = (entry: Record<string, unknown>): string | undefined => {
    const resolution = typeof entry.resolution === 'string' ? entry.resolution : '';
    const [name, reference] = splitNameVersion(resolution);
    if (reference.startsWith('workspace:')) return workspaceIds.get(reference.slice(10))?.id;
    return typeof entry.version === 'string' ? `${name}@${entry.version}` : undefined;
  };
  // Workspaces first, so edges to them can be resolved.
  for (const entry of Object.values(lock)) {
    if (!isRecord(entry) || typeof entry.resolution !== 'string') continue;
    const [name, reference] = splitNameVersion(entry.resolution);
    if (!reference.startsWith('workspace:')) continue;
    const dir = path.posix.normalize(reference.slice(10)) || '.';
    const manifest = await readManifest(dir);
    const project = makeProject(
      manifest?.name ?? name,
      manifest?.version ??
        (typeof entry.version === 'string' && !entry.version.includes('use.local')
          ? entry.version
          : undefined),
      dir,
      manifest?.license,
    );
    workspaceIds.set(reference.slice(10), project);
    parsed.projects.push(project);
  }
  parsed.projects.sort((a, b) =>
    a.path === '.' ? -1 : b.path === '.' ? 1 : a.path < b.path ? -1 : 1,
  );
  for (const entry of Object.values(lock)) {
    if (!isRecord(entry) || typeof entry.resolution !== 'string') continue;
    const id = idOfEntry(entry);
    if (!id) continue;
    const [, reference] = splitNameVersion(entry.resolution);
    const workspace = reference.startsWith('workspace:')
      ? workspaceIds.get(reference.slice(10))
      : undefined;
    const manifest = workspace ? await readManifest(workspace.path) : undefined;
    const devNames = new Set(Object.keys(manifest?.devDependencies ?? {}));
    const meta = isRecord(entry.dependenciesMeta) ? entry.dependenciesMeta : {};
    const peers = new Set(Object.keys(stringMap(entry.peerDependencies)));
    const edges: Edge[] = [];
    for (const [field, baseKind] of [
      ['dependencies', 'runtime'],
      ['optionalDependencies', 'optional'],
    ] as const) {
      for (const [dep, range] of Object.entries(stringMap(entry[field]))) {
        const target = entryOf(`${dep}@${range}`) ?? entryOf(`${dep}@npm:${range}`);
        const to = target ? idOfEntry(target[1]) : undefined;
        if (!to) continue;
        const depMeta = meta[dep];
        let kind: Scope = baseKind;
        if (isRecord(depMeta) && depMeta.optional === true) kind = 'optional';
        if (peers.has(dep)) kind = 'peer';
        if (devNames.has(dep)) kind = 'dev';
        edges.push({ to, kind });
      }
    }
    if (workspace) {
      workspace.dependencies = edges;
      continue;
    }
    const [name] = splitNameVersion(entry.resolution);
    const version = typeof entry.version === 'string' ? entry.version : '';
    const resolved = reference.startsWith('npm:') ? undefined : reference;
    addPackage(
      parsed,
      {
        id,
        name,
        version,
        purl: npmPurl(name, version, resolved),
        checksums: [],
        scope: 'runtime',
        dependencies: edges,
        ...(resolved ? { resolved } : {}),
      },
      `node_modules/${name}`,
    );
  }
  return parsed;
}

function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}
