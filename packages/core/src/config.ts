import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, InputError } from './errors.js';
import { readRepositoryFile } from './repository-file.js';
import { FAIL_ON_VALUES, PALISADE_REPOSITORY_URL, type Finding } from './findings.js';

/** Where the configuration lives, relative to the repository root. */
export const DEFAULT_CONFIG_FILE = '.github/palisade.yml';

export type FieldSpec =
  | { type: 'boolean' }
  | { type: 'string' }
  | { type: 'integer'; min?: number }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'list'; of: FieldSpec }
  | { type: 'allow-list'; match: Readonly<Record<string, FieldSpec>> };

type Infer<S> = S extends { type: 'boolean' }
  ? boolean
  : S extends { type: 'string' }
    ? string
    : S extends { type: 'integer' }
      ? number
      : S extends { type: 'enum'; values: readonly (infer V)[] }
        ? V
        : S extends { type: 'list'; of: infer O }
          ? Infer<O>[]
          : S extends { type: 'allow-list'; match: infer M }
            ? AllowEntry<{ [K in keyof M]?: Infer<M[K]> }>[]
            : never;

type SectionOf<S> = { [K in keyof S]?: Infer<S[K]> };

/**
 * An exception in an allow-list: why it is allowed, and until when. An entry whose `until`
 * date has passed is left out of `allow` and reported with a warning.
 */
export type AllowEntry<M> = M & {
  reason: string;
  /** YYYY-MM-DD: the last day the entry applies. */
  until?: string;
  file: string;
  line: number;
};

const failOn = { type: 'enum', values: FAIL_ON_VALUES } as const;
const text = { type: 'string' } as const;
const flag = { type: 'boolean' } as const;
const texts = { type: 'list', of: text } as const;

/**
 * The schema of `.github/palisade.yml`: top-level keys, and one section per action. Unknown
 * keys are errors, so a misspelt setting never silently falls back to its default.
 */
export const CONFIG_SCHEMA = {
  top: {
    exclude: texts,
    'fail-on': failOn,
  },
  sections: {
    'pin-check': {
      allow: { type: 'allow-list', match: { uses: text } },
      'history-rewriting': { type: 'allow-list', match: { uses: text } },
      'require-version-comment': flag,
      'fail-on': failOn,
    },
    'permission-lint': {
      preset: { type: 'enum', values: ['scorecard', 'strict'] },
      'job-scopes': texts,
      allow: { type: 'allow-list', match: { rule: text, workflow: text, job: text, scope: text } },
      'fail-on': failOn,
    },
    'sbom-attest': {
      formats: { type: 'list', of: { type: 'enum', values: ['spdx', 'cyclonedx'] } },
      'include-dev': flag,
      'output-dir': text,
    },
    'provenance-gate': {
      'signer-workflow': text,
      'signer-repo': text,
      'source-repo': text,
      'source-ref': text,
      issuer: text,
      'predicate-type': texts,
      'deny-self-hosted-runners': flag,
      'max-age': text,
    },
    'invariant-gate': {
      index: text,
      'gated-tiers': texts,
      tiers: texts,
      severities: texts,
      'witness-classes': texts,
      'require-mention': flag,
      'mention-pattern': text,
      'verify-external': flag,
      'max-unmentioned': { type: 'integer', min: 0 },
    },
    'advisory-id': {
      prefix: text,
      'ledger-ref': text,
      'ledger-repository': text,
      index: text,
      changelog: text,
      advisories: text,
      'fail-on': failOn,
    },
  },
} as const;

type Schema = typeof CONFIG_SCHEMA;
export type SectionName = keyof Schema['sections'];

export type PalisadeConfig = SectionOf<Schema['top']> & {
  [N in SectionName]: SectionOf<Schema['sections'][N]>;
} & {
  /** The file the configuration came from; undefined when there is none. */
  file?: string;
};

export interface LoadedConfig {
  config: PalisadeConfig;
  /** Warnings about the configuration itself (expired allow-list entries). */
  findings: Finding[];
  /** Problems that make the run exit 2; the valid parts of the file still apply. */
  errors: InputError[];
}

export interface LoadConfigOptions {
  /** A path relative to the root; when given, the file must exist. */
  file?: string;
  /** The day against which `until` dates are checked (tests set it). */
  today?: Date;
}

function emptyConfig(): PalisadeConfig {
  const sections = Object.fromEntries(
    Object.keys(CONFIG_SCHEMA.sections).map((name) => [name, {}]),
  ) as { [N in SectionName]: object };
  return { ...sections };
}

export const CONFIG_HELP_URI = `${PALISADE_REPOSITORY_URL}#configuration`;

/**
 * Reads and validates the configuration once. A missing default file means defaults; a file
 * named explicitly must exist.
 */
export async function loadConfig(
  root: string,
  options: LoadConfigOptions = {},
): Promise<LoadedConfig> {
  const file = options.file ?? DEFAULT_CONFIG_FILE;
  const result: LoadedConfig = { config: emptyConfig(), findings: [], errors: [] };
  if (options.file === undefined && !existsSync(path.join(root, file))) return result;
  // The YAML parser loads only when there is a file to read: most runs have none.
  const { ConfigReader, YamlFile } = await import('./config-reader.js');
  let source;
  try {
    source = YamlFile.parse(file, await readRepositoryFile(root, file));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    result.errors.push(new ConfigError(error.location, error.reason));
    return result;
  }
  result.config.file = file;
  new ConfigReader(source, result, options.today ?? new Date()).read();
  return result;
}

/** ` (did you mean `x`?)` for a near miss (two edits or fewer) among the known keys, else ``. */
export function suggest(key: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = editDistance(key, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best ? ` (did you mean \`${best}\`?)` : '';
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
