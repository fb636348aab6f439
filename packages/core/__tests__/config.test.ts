import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../src/config.js';
import { ConfigError } from '../src/errors.js';

let root: string;
const TODAY = new Date('2026-11-22T12:00:00Z');

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'palisade-config-'));
  await mkdir(path.join(root, '.github'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function load(text: string): Promise<Awaited<ReturnType<typeof loadConfig>>> {
  await writeFile(path.join(root, '.github/palisade.yml'), text);
  return loadConfig(root, { today: TODAY });
}

const messages = (errors: readonly Error[]): string[] => errors.map((error) => error.message);

describe('configuration', () => {
  it('no file means defaults, with every section present and empty', async () => {
    const { config, errors, findings } = await loadConfig(root);
    expect(errors).toEqual([]);
    expect(findings).toEqual([]);
    expect(config.file).toBeUndefined();
    expect(config['pin-check']).toEqual({});
    expect(config['advisory-id']).toEqual({});
  });

  it('a file named explicitly must exist', async () => {
    const { errors } = await loadConfig(root, { file: 'policy/palisade.yml' });
    expect(messages(errors)).toEqual([
      'policy/palisade.yml: cannot read the file (no such file or directory)',
    ]);
    expect(errors[0]).toBeInstanceOf(ConfigError);
  });

  it('reads every kind of value into its section', async () => {
    const { config, errors } = await load(
      [
        'exclude: [test/fixtures/**]',
        'fail-on: warning',
        'pin-check:',
        '  require-version-comment: false',
        '  allow:',
        '    - uses: windlasstech/.github/*',
        '      reason: org reusable workflows are referenced by branch',
        '      until: 2027-01-31',
        'invariant-gate:',
        '  max-unmentioned: 12',
        '  gated-tiers: [protocol]',
        'sbom-attest:',
        '  formats: [spdx, cyclonedx]',
        '',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
    expect(config.file).toBe('.github/palisade.yml');
    expect(config.exclude).toEqual(['test/fixtures/**']);
    expect(config['fail-on']).toBe('warning');
    expect(config['pin-check']['require-version-comment']).toBe(false);
    expect(config['pin-check'].allow).toEqual([
      {
        uses: 'windlasstech/.github/*',
        reason: 'org reusable workflows are referenced by branch',
        until: '2027-01-31',
        file: '.github/palisade.yml',
        line: 6,
      },
    ]);
    expect(config['invariant-gate']['max-unmentioned']).toBe(12);
    expect(config['sbom-attest'].formats).toEqual(['spdx', 'cyclonedx']);
  });

  it('an unknown key is an error naming its line, with a suggestion for a near miss', async () => {
    const { errors } = await load('pin-check:\n  alow: []\npermision-lint: {}\nfoo: 1\n');
    expect(messages(errors)).toEqual([
      '.github/palisade.yml:2: unknown key `alow` in `pin-check` (did you mean `allow`?)',
      '.github/palisade.yml:3: unknown key `permision-lint` (did you mean `permission-lint`?)',
      '.github/palisade.yml:4: unknown key `foo`',
    ]);
  });

  it('a value of the wrong type is an error naming its line, and the valid keys still apply', async () => {
    const { config, errors } = await load(
      'fail-on: sometimes\npin-check:\n  require-version-comment: "yes"\ninvariant-gate:\n  max-unmentioned: -1\n  index: SECURITY/invariants.yaml\nexclude: docs\n',
    );
    expect(messages(errors)).toEqual([
      '.github/palisade.yml:1: `fail-on` must be one of `error`, `warning`, `note`, `never`',
      '.github/palisade.yml:3: `pin-check.require-version-comment` must be true or false',
      '.github/palisade.yml:5: `invariant-gate.max-unmentioned` must be an integer of at least 0',
      '.github/palisade.yml:7: `exclude` must be a list',
    ]);
    expect(config['invariant-gate'].index).toBe('SECURITY/invariants.yaml');
  });

  it('an allow-list entry needs a reason, something to allow and a real date', async () => {
    const { config, errors } = await load(
      [
        'pin-check:',
        '  allow:',
        '    - uses: octo/*',
        '    - reason: no target',
        '    - uses: octo/tool',
        '      reason: vendor pins by tag',
        '      until: 2026-02-30',
        '    - uses: octo/ok',
        '      reason: fine',
        '      scope: contents',
        '',
      ].join('\n'),
    );
    expect(messages(errors)).toEqual([
      '.github/palisade.yml:3: a `pin-check.allow` entry needs a `reason` saying why it is allowed',
      '.github/palisade.yml:4: a `pin-check.allow` entry must name what it allows (`uses`)',
      '.github/palisade.yml:5: `until` must be a date written YYYY-MM-DD, not `2026-02-30`',
      '.github/palisade.yml:10: unknown key `scope` in a `pin-check.allow` entry',
    ]);
    expect(config['pin-check'].allow).toEqual([]);
  });

  it('an expired allow-list entry stops applying and is reported as a warning at its line', async () => {
    const { config, errors, findings } = await load(
      'pin-check:\n  allow:\n    - uses: octo/old\n      reason: migration\n      until: 2026-11-21\n    - uses: octo/today\n      reason: last day\n      until: 2026-11-22\n',
    );
    expect(errors).toEqual([]);
    expect(config['pin-check'].allow?.map((entry) => entry.uses)).toEqual(['octo/today']);
    expect(findings.map((f) => [f.rule, f.severity, f.file, f.line, f.message])).toEqual([
      [
        'expired-allow-entry',
        'warning',
        '.github/palisade.yml',
        3,
        'This `pin-check.allow` entry expired on 2026-11-21 and no longer applies; renew it with a new `until` or remove it.',
      ],
    ]);
  });

  it('invalid YAML and a file that is not a mapping are configuration errors at their line', async () => {
    expect(messages((await load('pin-check:\n\tallow: []\n')).errors)).toEqual([
      '.github/palisade.yml:2: invalid YAML: Tabs are not allowed as indentation',
    ]);
    expect(messages((await load('- pin-check\n')).errors)).toEqual([
      '.github/palisade.yml:1: the configuration must be a mapping of sections',
    ]);
    expect(messages((await load('pin-check: [a]\n')).errors)).toEqual([
      '.github/palisade.yml:1: `pin-check` must be a mapping',
    ]);
  });
});
