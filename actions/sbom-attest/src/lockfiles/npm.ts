/**
 * package-lock.json and npm-shrinkwrap.json, lockfileVersion 2 and 3: the `packages` map keyed
 * by install location. A dependency resolves the way Node finds it: in the nearest
 * `node_modules` folder up from the dependent's location.
 */
import { InputError } from '@palisade/core';
import { checksumsFromIntegrity, makeProject, npmPurl, type Edge, type Scope } from '../model.js';
import {
  addPackage,
  emptyParse,
  isRecord,
  licenseOf,
  parseJson,
  stringMap,
  type ParsedLockfile,
} from './common.js';

const NODE_MODULES = 'node_modules/';

export function parseNpmLockfile(text: string, file: string): ParsedLockfile {
  const lock = parseJson(text, file);
  if (!isRecord(lock)) throw new InputError({ file }, 'is not an npm lockfile: not a JSON object');
  const version = lock.lockfileVersion;
  if (version !== 2 && version !== 3) {
    throw new InputError(
      { file, line: lineOf(text, '"lockfileVersion"') },
      version === 1
        ? 'lockfileVersion 1 is not supported: run `npm install --package-lock-only` with npm 7 or later to upgrade it to version 3'
        : `lockfileVersion ${JSON.stringify(version)} is not supported (2 and 3 are)`,
    );
  }
  const entries = lock.packages;
  if (!isRecord(entries) || !isRecord(entries[''])) {
    throw new InputError({ file }, 'has no `packages` map with a root entry (`""`)');
  }
  const parsed = emptyParse();
  const links = new Map<string, string>();
  const projectAt = new Map<string, ReturnType<typeof makeProject>>();
  for (const [key, entry] of Object.entries(entries)) {
    if (!isRecord(entry)) continue;
    if (entry.link === true && typeof entry.resolved === 'string') {
      links.set(key, entry.resolved);
      continue;
    }
    if (key === '' || !key.includes(NODE_MODULES)) {
      const name = typeof entry.name === 'string' ? entry.name : undefined;
      const projectVersion = typeof entry.version === 'string' ? entry.version : undefined;
      const project = makeProject(
        name ?? (key === '' && typeof lock.name === 'string' ? lock.name : undefined),
        projectVersion ??
          (key === '' && typeof lock.version === 'string' ? lock.version : undefined),
        key === '' ? '.' : key,
        licenseOf(entry.license),
      );
      projectAt.set(key, project);
      parsed.projects.push(project);
    }
  }
  const idAt = (location: string): string | undefined => {
    const target = links.get(location) ?? location;
    const project = projectAt.get(target);
    if (project) return project.id;
    const entry = entries[target];
    if (!isRecord(entry) || typeof entry.version !== 'string') return undefined;
    return `${packageName(target, entry)}@${entry.version}`;
  };
  const resolve = (from: string, name: string): string | undefined => {
    let location = from;
    for (;;) {
      const candidate = `${location === '' ? '' : `${location}/`}${NODE_MODULES}${name}`;
      if (candidate in entries) return idAt(candidate);
      if (location === '') return undefined;
      const index = location.lastIndexOf(NODE_MODULES);
      location = index < 0 ? '' : location.slice(0, index).replace(/\/$/, '');
    }
  };
  const edgesOf = (location: string, entry: Record<string, unknown>, project: boolean) => {
    const edges: Edge[] = [];
    const add = (field: string, kind: Scope) => {
      for (const name of Object.keys(stringMap(entry[field]))) {
        const to = resolve(location, name);
        if (to) edges.push({ to, kind });
      }
    };
    add('dependencies', 'runtime');
    add('optionalDependencies', 'optional');
    add('peerDependencies', 'peer');
    if (project) add('devDependencies', 'dev');
    return edges;
  };
  for (const [key, entry] of Object.entries(entries)) {
    if (!isRecord(entry) || links.has(key)) continue;
    const project = projectAt.get(key);
    if (project) {
      project.dependencies = edgesOf(key, entry, true);
      continue;
    }
    if (typeof entry.version !== 'string') continue;
    const name = packageName(key, entry);
    const resolved = typeof entry.resolved === 'string' ? entry.resolved : undefined;
    const pkg = {
      id: `${name}@${entry.version}`,
      name,
      version: entry.version,
      purl: npmPurl(name, entry.version, resolved),
      checksums: checksumsFromIntegrity(
        typeof entry.integrity === 'string' ? entry.integrity : undefined,
      ),
      scope: 'runtime' as Scope,
      dependencies: edgesOf(key, entry, false),
      ...(resolved ? { resolved } : {}),
    };
    const license = licenseOf(entry.license);
    addPackage(parsed, license ? { ...pkg, license } : pkg, key);
  }
  return parsed;
}

/** The real name (an alias's entry has `name`), else the folder after the last node_modules/. */
function packageName(key: string, entry: Record<string, unknown>): string {
  if (typeof entry.name === 'string') return entry.name;
  const index = key.lastIndexOf(NODE_MODULES);
  return index < 0 ? key : key.slice(index + NODE_MODULES.length);
}

function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}
