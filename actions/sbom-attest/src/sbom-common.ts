/** What both SBOM writers share: options, the creation time, and licence handling. */
import type { DependencyModel, LockPackage, Project } from './model.js';

export const TOOL_NAME = 'palisade-sbom-attest';
export const TOOL_VERSION = '0.1.0';

export interface SbomOptions {
  /** Keep packages only dev paths reach (default false). */
  includeDev: boolean;
  /** The document's creation time (SOURCE_DATE_EPOCH or now, decided by the caller). */
  created: Date;
}

/**
 * The creation time: SOURCE_DATE_EPOCH (seconds since 1970) when set, so rebuilds are
 * byte-identical; else the clock. A malformed value is an error, not silently "now".
 */
export function creationTime(env: NodeJS.ProcessEnv, now: () => Date): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return now();
  if (!/^\d+$/.test(epoch.trim())) {
    throw new Error(`SOURCE_DATE_EPOCH must be a whole number of seconds, not \`${epoch}\``);
  }
  return new Date(Number(epoch.trim()) * 1000);
}

/** The packages an SBOM lists: all of them with include-dev, else those not dev-only. */
export function selectedPackages(model: DependencyModel, includeDev: boolean): LockPackage[] {
  return includeDev ? model.packages : model.packages.filter((pkg) => pkg.scope !== 'dev');
}

/** The root project (the one the document describes). */
export function rootProject(model: DependencyModel): Project {
  const root = model.projects[0];
  if (!root) throw new Error('the model has no project');
  return root;
}

const LICENSE_ID = /^[A-Za-z0-9][A-Za-z0-9.+-]*$/;
const LICENSE_EXPRESSION =
  /^\(*\s*(LicenseRef-)?[A-Za-z0-9.+-]+\s*\)*(\s+(AND|OR|WITH)\s+\(*\s*(LicenseRef-)?[A-Za-z0-9.+-]+\s*\)*)*$/;

/** `id` for a bare identifier, `expression` for a compound one, else free text. */
export function classifyLicense(
  license: string,
): { kind: 'id' | 'expression'; value: string } | { kind: 'text'; value: string } {
  const value = license.trim();
  if (LICENSE_ID.test(value)) return { kind: 'id', value };
  if (LICENSE_EXPRESSION.test(value) && balanced(value)) return { kind: 'expression', value };
  return { kind: 'text', value };
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')' && --depth < 0) return false;
  }
  return depth === 0;
}
