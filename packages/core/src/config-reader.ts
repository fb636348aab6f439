/**
 * Reads `.github/palisade.yml` against CONFIG_SCHEMA. Kept apart from config.ts so the YAML
 * parser is loaded only when a configuration file exists.
 */
import { isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import {
  CONFIG_HELP_URI,
  CONFIG_SCHEMA,
  suggest,
  type FieldSpec,
  type LoadedConfig,
} from './config.js';
import { ConfigError } from './errors.js';
import { YamlFile } from './yaml-source.js';

export { YamlFile };

const TEXT: FieldSpec = { type: 'string' };

export class ConfigReader {
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
      const fieldSpec = key.value === 'reason' || key.value === 'until' ? TEXT : match[key.value];
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
