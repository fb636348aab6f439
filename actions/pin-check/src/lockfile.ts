import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  findingAt,
  InputError,
  readRepositoryFile,
  YamlFile,
  type Finding,
  type Located,
} from '@palisade/core';
import type { ActionReference } from './refs.js';
import { LOCKFILE_MISMATCH } from './rules.js';

/**
 * `.github/workflows/actions.lock`, as written by `gh actions-lock`: for each workflow the
 * refs it uses, and for each ref the commit it is locked to (`commit: sha1-<40 hex>`).
 */
export interface ActionsLock {
  file: string;
  /** The folder the lock's workflow paths are relative to (the repository holding it). */
  base: string;
  /** Workflow path (as in the lock) → the refs locked for it, placed in the lock. */
  workflows: Map<string, Map<string, Located>>;
  /** `owner/repo[/path]@ref` → the locked commit. */
  commits: Map<string, string>;
}

export const LOCKFILE_NAME = '.github/workflows/actions.lock';

const COMMIT = /^sha1-([0-9a-f]{40})$/;

/**
 * Reads every actions.lock next to the workflows found (one per repository in the tree).
 * Malformed entries become `lockfile-mismatch` findings; an unreadable or invalid YAML file
 * is an input error.
 */
export async function readLocks(
  root: string,
  workflowFiles: readonly string[],
): Promise<{ locks: ActionsLock[]; findings: Finding[]; errors: InputError[] }> {
  const bases = new Set(
    workflowFiles.map((file) => file.slice(0, file.lastIndexOf('.github/workflows/'))),
  );
  const result = {
    locks: [] as ActionsLock[],
    findings: [] as Finding[],
    errors: [] as InputError[],
  };
  for (const base of [...bases].sort()) {
    const file = `${base}${LOCKFILE_NAME}`;
    if (!existsSync(path.join(root, file))) continue;
    try {
      const source = YamlFile.parse(file, await readRepositoryFile(root, file));
      result.locks.push(readLock(source, base, result.findings));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      result.errors.push(error);
    }
  }
  return result;
}

function readLock(source: YamlFile, base: string, findings: Finding[]): ActionsLock {
  const lock: ActionsLock = { file: source.file, base, workflows: new Map(), commits: new Map() };
  const problem = (at: Pick<Located, 'file' | 'line' | 'column'>, message: string): void => {
    findings.push(findingAt(LOCKFILE_MISMATCH, at, message, { key: message }));
  };
  const top = { file: source.file, line: 1, column: 1 };
  const root = source.asMap(source.document.contents);
  if (!root) {
    problem(top, 'actions.lock is not a mapping with `workflows` and `dependencies`.');
    return lock;
  }
  const dependencies = source.asMap(source.get(root, 'dependencies'));
  if (!dependencies) problem(top, 'actions.lock has no `dependencies` mapping.');
  for (const { key, node } of dependencies ? source.pairs(dependencies) : []) {
    const entry = source.asMap(node);
    const commit = entry ? source.getLocatedText(entry, 'commit') : undefined;
    const sha = commit ? COMMIT.exec(commit.value)?.[1] : undefined;
    if (!sha) {
      problem(
        commit ?? key,
        `The lock entry for \`${key.value}\` has no \`commit: sha1-<40 hex>\`${commit ? ` (found \`${commit.value}\`)` : ''}.`,
      );
      continue;
    }
    lock.commits.set(key.value, sha);
  }
  const workflows = source.asMap(source.get(root, 'workflows'));
  if (!workflows) problem(top, 'actions.lock has no `workflows` mapping.');
  for (const { key, node } of workflows ? source.pairs(workflows) : []) {
    const list = source.asSeq(node);
    if (!list) {
      problem(key, `The lock entry for workflow \`${key.value}\` must be a list of refs.`);
      continue;
    }
    const refs = new Map<string, Located>();
    for (const item of list.items) {
      const text = source.scalarText(item as never);
      if (text === undefined) continue;
      const located = source.locate(item as never, text);
      refs.set(text, located);
      if (!lock.commits.has(text)) {
        problem(
          located,
          `\`${text}\` is locked for \`${key.value}\` but has no entry under \`dependencies\`.`,
        );
      }
    }
    lock.workflows.set(key.value, refs);
  }
  return lock;
}

/**
 * Matches references to their lock: returns the references the lock pins, and a finding for
 * each disagreement (a ref the workflow uses but the lock leaves out, a ref the lock lists
 * that the workflow no longer uses, a locked workflow that does not exist).
 */
export function applyLocks(
  locks: readonly ActionsLock[],
  references: readonly ActionReference[],
  workflowFiles: readonly string[],
): { locked: Set<ActionReference>; findings: Finding[] } {
  const locked = new Set<ActionReference>();
  const findings: Finding[] = [];
  for (const lock of locks) {
    for (const [workflow, refs] of lock.workflows) {
      const file = `${lock.base}${workflow}`;
      if (!workflowFiles.includes(file)) {
        const first = [...refs.values()][0];
        findings.push(
          findingAt(
            LOCKFILE_MISMATCH,
            first ?? { file: lock.file, line: 1, column: 1 },
            `actions.lock locks \`${workflow}\`, which does not exist.`,
          ),
        );
        continue;
      }
      const used = references.filter((reference) => reference.uses.file === file);
      const usedNames = new Set(used.map((reference) => reference.uses.value.trim()));
      for (const reference of used) {
        if (reference.refType === 'sha') continue;
        const name = reference.uses.value.trim();
        if (refs.has(name) && lock.commits.has(name)) {
          locked.add(reference);
        } else if (!refs.has(name)) {
          findings.push(
            findingAt(
              LOCKFILE_MISMATCH,
              reference.uses,
              `\`${name}\` is not in actions.lock, which locks this workflow; run \`gh actions-lock\` again.`,
              { key: name },
            ),
          );
        }
      }
      for (const [name, at] of refs) {
        if (!usedNames.has(name)) {
          findings.push(
            findingAt(
              LOCKFILE_MISMATCH,
              at,
              `actions.lock locks \`${name}\` for \`${workflow}\`, which no longer uses it; run \`gh actions-lock\` again.`,
              { key: `${workflow}:${name}` },
            ),
          );
        }
      }
    }
  }
  return { locked, findings };
}
