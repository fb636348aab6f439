import { existsSync } from 'node:fs';
import path from 'node:path';
import { isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { ConfigError, InputError } from './errors.js';
import { readRepositoryFile } from './files.js';
import { FAIL_ON_VALUES, PALISADE_REPOSITORY_URL, type Finding } from './findings.js';
import { YamlFile } from './yaml-source.js';

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
  let source: YamlFile;
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

class ConfigReader {
  constructor(
    private readonly source: YamlFile,
    private readonly result: LoadedConfig,
    private readonly today: Date,
  ) {}

  read(): void {
    const root = this.source.asMap(this.source.document.contents);
    if (!root) {
      this.error(
        this.source.document.contents ?? undefined,
        'the configuration must be a mapping of sections',
      );
      return;
    }
    const config = this.result.config as Record<string, unknown>;
    const sections = CONFIG_SCHEMA.sections as Record<string, Record<string, FieldSpec>>;
    const top = CONFIG_SCHEMA.top as Record<string, FieldSpec>;
    for (const { key, node } of this.source.pairs(root)) {
      const topSpec = top[key.value];
      const sectionSpec = sections[key.value];
      if (topSpec) {
        const value = this.value(node, topSpec, key.value);
        if (value !== undefined) config[key.value] = value;
      } else if (sectionSpec) {
        config[key.value] = this.section(node, sectionSpec, key.value);
      } else {
        const known = [...Object.keys(top), ...Object.keys(sections)];
        this.errorAt(key.line, `unknown key \`${key.value}\`${suggest(key.value, known)}`);
      }
    }
  }

  private section(node: Node | undefined, spec: Record<string, FieldSpec>, name: string): object {
    const values: Record<string, unknown> = {};
    if (!node || this.source.scalarText(node) === '') return values;
    const map = this.source.asMap(node);
    if (!map) {
      this.error(node, `\`${name}\` must be a mapping`);
      return values;
    }
    for (const { key, node: valueNode } of this.source.pairs(map)) {
      const fieldSpec = spec[key.value];
      if (!fieldSpec) {
        this.errorAt(
          key.line,
          `unknown key \`${key.value}\` in \`${name}\`${suggest(key.value, Object.keys(spec))}`,
        );
        continue;
      }
      const value = this.value(valueNode, fieldSpec, `${name}.${key.value}`);
      if (value !== undefined) values[key.value] = value;
    }
    return values;
  }

  private value(node: Node | undefined, spec: FieldSpec, name: string): unknown {
    if (!node) {
      this.errorAt(undefined, `\`${name}\` has no value`);
      return undefined;
    }
    const resolved = this.source.resolve(node);
    if (spec.type === 'list') return this.list(resolved, node, spec.of, name);
    if (spec.type === 'allow-list') return this.allowList(resolved, node, spec.match, name);
    const scalar = isScalar(resolved) ? resolved.value : undefined;
    if (scalarFits(scalar, spec)) return scalar;
    this.error(node, `\`${name}\` must be ${describe(spec)}`);
    return undefined;
  }

  private list(
    resolved: Node | undefined,
    node: Node,
    of: FieldSpec,
    name: string,
  ): unknown[] | undefined {
    if (!isSeq(resolved)) {
      this.error(node, `\`${name}\` must be a list`);
      return undefined;
    }
    const values: unknown[] = [];
    for (const item of resolved.items as Node[]) {
      const value = this.value(item, of, `${name} item`);
      if (value !== undefined) values.push(value);
    }
    return values;
  }

  private allowList(
    resolved: Node | undefined,
    node: Node,
    match: Readonly<Record<string, FieldSpec>>,
    name: string,
  ): unknown[] | undefined {
    if (!isSeq(resolved)) {
      this.error(node, `\`${name}\` must be a list of entries`);
      return undefined;
    }
    const entries: unknown[] = [];
    for (const item of resolved.items as Node[]) {
      const map = this.source.asMap(item);
      if (!map) {
        this.error(item, `each \`${name}\` entry must be a mapping with a \`reason\``);
        continue;
      }
      const entry = this.allowEntry(map, match, name);
      if (entry) entries.push(entry);
    }
    return entries;
  }

  private allowEntry(
    map: YAMLMap,
    match: Readonly<Record<string, FieldSpec>>,
    name: string,
  ): Record<string, unknown> | undefined {
    const line = this.source.locate(map, null).line;
    const entry: Record<string, unknown> = { file: this.source.file, line };
    let valid = true;
    for (const { key, node } of this.source.pairs(map)) {
      const fieldSpec = key.value === 'reason' || key.value === 'until' ? text : match[key.value];
      if (!fieldSpec) {
        const known = [...Object.keys(match), 'reason', 'until'];
        this.errorAt(
          key.line,
          `unknown key \`${key.value}\` in a \`${name}\` entry${suggest(key.value, known)}`,
        );
        valid = false;
        continue;
      }
      const value = this.value(node, fieldSpec, `${name}.${key.value}`);
      if (value === undefined) valid = false;
      else entry[key.value] = value;
    }
    if (typeof entry.reason !== 'string') {
      this.errorAt(line, `a \`${name}\` entry needs a \`reason\` saying why it is allowed`);
      valid = false;
    }
    if (!Object.keys(match).some((key) => key in entry)) {
      this.errorAt(
        line,
        `a \`${name}\` entry must name what it allows (${Object.keys(match)
          .map((k) => `\`${k}\``)
          .join(' or ')})`,
      );
      valid = false;
    }
    if (typeof entry.until === 'string') {
      const until = parseDay(entry.until);
      if (!until) {
        this.errorAt(line, `\`until\` must be a date written YYYY-MM-DD, not \`${entry.until}\``);
        valid = false;
      } else if (until.getTime() < startOfDay(this.today).getTime()) {
        this.result.findings.push({
          rule: 'expired-allow-entry',
          severity: 'warning',
          message: `This \`${name}\` entry expired on ${entry.until} and no longer applies; renew it with a new \`until\` or remove it.`,
          file: this.source.file,
          line,
          helpUri: CONFIG_HELP_URI,
          key: `${name}:${JSON.stringify(entry)}`,
        });
        return undefined;
      }
    }
    return valid ? entry : undefined;
  }

  private error(node: Node | undefined, message: string): void {
    this.errorAt(node ? this.source.locate(node, null).line : undefined, message);
  }

  private errorAt(line: number | undefined, message: string): void {
    const location =
      line === undefined ? { file: this.source.file } : { file: this.source.file, line };
    this.result.errors.push(new ConfigError(location, message));
  }
}

type ScalarSpec = Exclude<FieldSpec, { type: 'list' } | { type: 'allow-list' }>;

function scalarFits(value: unknown, spec: ScalarSpec): boolean {
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string' && value !== '';
    case 'integer':
      return (
        typeof value === 'number' && Number.isInteger(value) && value >= (spec.min ?? -Infinity)
      );
    case 'enum':
      return typeof value === 'string' && spec.values.includes(value);
  }
}

function describe(spec: ScalarSpec): string {
  switch (spec.type) {
    case 'boolean':
      return 'true or false';
    case 'string':
      return 'a non-empty string';
    case 'integer':
      return `an integer${spec.min === undefined ? '' : ` of at least ${spec.min}`}`;
    case 'enum':
      return `one of ${spec.values.map((value) => `\`${value}\``).join(', ')}`;
  }
}

/** `YYYY-MM-DD` as midnight UTC, or undefined when it is not a real date. */
function parseDay(value: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value
    ? undefined
    : date;
}

function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** ` (did you mean `x`?)` for a near miss among the known keys. */
function suggest(key: string, known: readonly string[]): string {
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
