/**
 * pnpm-lock.yaml, lockfileVersion 9: `importers` (the root and each workspace, with the
 * resolved version of every direct dependency), `packages` (resolution and metadata per
 * name@version) and `snapshots` (the dependencies of each package instance, peers resolved,
 * keyed `name@version(peer@version)…`).
 */
import path from 'node:path';
import { InputError } from '@palisade/core';
import { parse, YAMLParseError } from 'yaml';
import { checksumsFromIntegrity, makeProject, npmPurl, type Edge, type Scope } from '../model.js';
import {
  addPackage,
  emptyParse,
  isRecord,
  splitNameVersion,
  stringMap,
  type ManifestReader,
  type ParsedLockfile,
} from './common.js';

export async function parsePnpmLockfile(
  text: string,
  file: string,
  readManifest: ManifestReader,
): Promise<ParsedLockfile> {
  let lock: unknown;
  try {
    lock = parse(text, { maxAliasCount: 1000 });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0].line;
      const reason = `is not valid YAML: ${error.message.split('\n')[0] ?? ''}`;
      throw new InputError(line === undefined ? { file } : { file, line }, reason);
    }
    throw error;
  }
  if (!isRecord(lock)) throw new InputError({ file }, 'is not a pnpm lockfile: not a YAML mapping');
  const version = lock.lockfileVersion;
  if (typeof version !== 'string' || !/^9\.\d+$/.test(version)) {
    throw new InputError(
      { file, line: 1 },
      `lockfileVersion ${JSON.stringify(version ?? null)} is not supported (9.0, written by pnpm 9 and later, is)`,
    );
  }
  const importers = isRecord(lock.importers) ? lock.importers : {};
  const packages = isRecord(lock.packages) ? lock.packages : {};
  const snapshots = isRecord(lock.snapshots) ? lock.snapshots : {};
  const parsed = emptyParse();

  const projectByPath = new Map<string, ReturnType<typeof makeProject>>();
  for (const importerPath of Object.keys(importers).sort()) {
    const manifest = await readManifest(importerPath);
    const project = makeProject(manifest?.name, manifest?.version, importerPath, manifest?.license);
    projectByPath.set(importerPath, project);
  }
  const root = projectByPath.get('.');
  parsed.projects = root
    ? [root, ...[...projectByPath.values()].filter((project) => project !== root)]
    : [...projectByPath.values()];

  /** The snapshot key a dependency's version string points at. */
  const snapshotKey = (name: string, reference: string): string | undefined => {
    const direct = `${name}@${reference}`;
    if (direct in snapshots) return direct;
    // An alias (`string-width-cjs: string-width@4.2.3`) names its real package.
    if (reference in snapshots) return reference;
    return undefined;
  };
  const idOfSnapshot = (key: string): string => {
    const bare = key.replace(/\(.*$/, '');
    const [name, pkgVersion] = splitNameVersion(bare);
    return `${name}@${pkgVersion}`;
  };
  const linkTarget = (fromPath: string, reference: string): string | undefined => {
    if (!reference.startsWith('link:')) return undefined;
    const target = path.posix.normalize(path.posix.join(fromPath, reference.slice(5))) || '.';
    return projectByPath.get(target)?.id;
  };

  for (const [importerPath, importer] of Object.entries(importers)) {
    const project = projectByPath.get(importerPath);
    if (!project || !isRecord(importer)) continue;
    const edges: Edge[] = [];
    const add = (field: string, kind: Scope) => {
      const deps = isRecord(importer[field]) ? importer[field] : {};
      for (const [name, spec] of Object.entries(deps)) {
        const reference = isRecord(spec) && typeof spec.version === 'string' ? spec.version : '';
        const to =
          linkTarget(importerPath, reference) ??
          (snapshotKey(name, reference)
            ? idOfSnapshot(snapshotKey(name, reference) ?? '')
            : undefined);
        if (to) edges.push({ to, kind });
      }
    };
    add('dependencies', 'runtime');
    add('optionalDependencies', 'optional');
    add('devDependencies', 'dev');
    project.dependencies = edges;
  }

  for (const [key, snapshot] of Object.entries(snapshots)) {
    const id = idOfSnapshot(key);
    const [name, pkgVersion] = splitNameVersion(id);
    const info = packages[id];
    const meta = isRecord(info) ? info : {};
    const peers = new Set(Object.keys(stringMap(meta.peerDependencies)));
    const edges: Edge[] = [];
    if (isRecord(snapshot)) {
      for (const [field, kind] of [
        ['dependencies', 'runtime'],
        ['optionalDependencies', 'optional'],
      ] as const) {
        for (const [dep, reference] of Object.entries(stringMap(snapshot[field]))) {
          const target = snapshotKey(dep, reference);
          if (target)
            edges.push({ to: idOfSnapshot(target), kind: peers.has(dep) ? 'peer' : kind });
        }
      }
    }
    const resolution = isRecord(meta.resolution) ? meta.resolution : {};
    const integrity = typeof resolution.integrity === 'string' ? resolution.integrity : undefined;
    const resolved =
      typeof resolution.tarball === 'string'
        ? resolution.tarball
        : typeof resolution.repo === 'string' && typeof resolution.commit === 'string'
          ? `git+${resolution.repo}#${resolution.commit}`
          : undefined;
    const realVersion = typeof meta.version === 'string' ? meta.version : pkgVersion;
    addPackage(
      parsed,
      {
        id,
        name,
        version: realVersion,
        purl: npmPurl(name, realVersion, resolved),
        checksums: checksumsFromIntegrity(integrity),
        scope: 'runtime',
        dependencies: edges,
        ...(resolved ? { resolved } : {}),
      },
      `node_modules/.pnpm/${name.replace('/', '+')}@${pkgVersion}/node_modules/${name}`,
    );
  }
  return parsed;
}
