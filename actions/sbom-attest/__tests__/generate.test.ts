import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { generateSboms, validateSbom } from '../src/run.js';
import { readLockfile } from '../src/lockfiles/index.js';
import { LOCKFILE_FIXTURES, SBOM_FIXTURES, sampleApp } from './helpers.js';

const NOW = new Date('2026-01-02T03:04:05.678Z');
let work: string;
let savedEpoch: string | undefined;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'palisade-sbom-gen-'));
  savedEpoch = process.env.SOURCE_DATE_EPOCH;
  delete process.env.SOURCE_DATE_EPOCH;
});
afterEach(async () => {
  if (savedEpoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = savedEpoch;
  await rm(work, { recursive: true, force: true });
});

const readJson = async (file: string) =>
  JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
const nameVersions = (items: Array<{ name: string; version: string }>) =>
  [...new Set(items.map((item) => `${item.name}@${item.version}`))].sort();

describe('the sample app (the lockfile npm sbom was run on)', () => {
  it('lists the same 114 packages as npm sbom; the lockfile has 118 entries because three name@version are installed twice, nested', async () => {
    const project = await sampleApp();
    try {
      const result = await generateSboms(project, { now: NOW });
      expect(result.report.errors).toEqual([]);
      const spdx = (await readJson(path.join(project, 'sbom/sample-app-1.2.3.spdx.json'))) as {
        packages: Array<{ name: string; versionInfo: string }>;
      };
      const npmSpdx = (await readJson(path.join(SBOM_FIXTURES, 'npm11-sbom.spdx-2.3.json'))) as {
        packages: Array<{ name: string; versionInfo: string }>;
      };
      const ours = nameVersions(
        spdx.packages.map((pkg) => ({ name: pkg.name, version: pkg.versionInfo })),
      );
      const npms = nameVersions(
        npmSpdx.packages.map((pkg) => ({ name: pkg.name, version: pkg.versionInfo })),
      );
      expect(ours).toEqual(npms);
      expect(ours).toHaveLength(115);
      const lock = (await readJson(path.join(project, 'package-lock.json'))) as {
        packages: Record<string, { version: string }>;
      };
      expect(Object.keys(lock.packages).filter((key) => key !== '')).toHaveLength(118);
      // 118 entries, 114 distinct: nested copies of the same name@version are one package.
      const copies = new Map<string, string[]>();
      for (const [key, entry] of Object.entries(lock.packages)) {
        if (key === '') continue;
        const id = `${key.slice(key.lastIndexOf('node_modules/') + 13)}@${entry.version}`;
        copies.set(id, [...(copies.get(id) ?? []), key]);
      }
      expect([...copies].filter(([, keys]) => keys.length > 1)).toEqual([
        [
          'debug@4.4.3',
          [
            'node_modules/agent-base/node_modules/debug',
            'node_modules/https-proxy-agent/node_modules/debug',
          ],
        ],
        [
          'ms@2.1.3',
          [
            'node_modules/agent-base/node_modules/ms',
            'node_modules/https-proxy-agent/node_modules/ms',
            'node_modules/send/node_modules/ms',
          ],
        ],
        [
          'string-width@7.2.0',
          [
            'node_modules/cliui/node_modules/string-width',
            'node_modules/wrap-ansi/node_modules/string-width',
          ],
        ],
      ]);
      const cdx = (await readJson(path.join(project, 'sbom/sample-app-1.2.3.cdx.json'))) as {
        components: Array<{ group?: string; name: string; version: string }>;
        metadata: { component: { name: string; version: string } };
      };
      const cdxNames = nameVersions(
        cdx.components.map((item) => ({
          name: item.group ? `${item.group}/${item.name}` : item.name,
          version: item.version,
        })),
      );
      expect(cdxNames).toEqual(npms.filter((id) => id !== 'sample-app@1.2.3'));
      expect(
        result.files.map((file) => [file.format, path.relative(project, file.path), file.packages]),
      ).toEqual([
        ['spdx', 'sbom/sample-app-1.2.3.spdx.json', 114],
        ['cyclonedx', 'sbom/sample-app-1.2.3.cdx.json', 114],
      ]);
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  });

  it('gives each package its purl, the lockfile integrity as a SHA-512 checksum, its licence and the graph', async () => {
    const project = await sampleApp();
    try {
      await generateSboms(project, { now: NOW });
      const spdx = (await readJson(path.join(project, 'sbom/sample-app-1.2.3.spdx.json'))) as {
        packages: Array<Record<string, unknown>>;
        relationships: Array<Record<string, string>>;
        creationInfo: unknown;
        documentNamespace: string;
      };
      const npmSpdx = (await readJson(path.join(SBOM_FIXTURES, 'npm11-sbom.spdx-2.3.json'))) as {
        packages: Array<{ name: string; checksums?: unknown }>;
      };
      const redact = spdx.packages.find((pkg) => pkg.name === '@pinojs/redact');
      expect(redact).toEqual({
        name: '@pinojs/redact',
        SPDXID: 'SPDXRef-Package-pinojs-redact-0.4.0',
        versionInfo: '0.4.0',
        // The lockfile was written with --package-lock-only and has no `resolved` URLs.
        downloadLocation: 'NOASSERTION',
        filesAnalyzed: false,
        licenseConcluded: 'NOASSERTION',
        licenseDeclared: 'MIT',
        copyrightText: 'NOASSERTION',
        primaryPackagePurpose: 'LIBRARY',
        checksums: npmSpdx.packages.find((pkg) => pkg.name === '@pinojs/redact')?.checksums,
        externalRefs: [
          {
            referenceCategory: 'PACKAGE-MANAGER',
            referenceType: 'purl',
            referenceLocator: 'pkg:npm/%40pinojs/redact@0.4.0',
          },
        ],
      });
      expect(spdx.creationInfo).toEqual({
        created: '2026-01-02T03:04:05Z',
        creators: ['Tool: palisade-sbom-attest-0.1.0'],
      });
      expect(
        spdx.relationships.filter(
          (item) => item.spdxElementId === 'SPDXRef-Package-sample-app-1.2.3',
        ),
      ).toHaveLength(8);
      expect(spdx.relationships).toContainEqual({
        spdxElementId: 'SPDXRef-Package-express-4.22.3',
        relationshipType: 'DEPENDS_ON',
        relatedSpdxElement: 'SPDXRef-Package-body-parser-1.20.9',
      });
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  });

  it('is byte-identical across runs, and takes created from SOURCE_DATE_EPOCH', async () => {
    const project = await sampleApp();
    try {
      process.env.SOURCE_DATE_EPOCH = '1700000000';
      const first = await generateSboms(project, { now: NOW, write: false });
      const second = await generateSboms(project, { now: new Date(), write: false });
      expect(second.documents).toEqual(first.documents);
      const spdx = JSON.parse(first.documents.spdx ?? '{}') as {
        creationInfo: { created: string };
        documentNamespace: string;
      };
      expect(spdx.creationInfo.created).toBe('2023-11-14T22:13:20Z');
      expect(spdx.documentNamespace).toMatch(
        /^https:\/\/spdx\.org\/spdxdocs\/sample-app-1\.2\.3-[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      const cdx = JSON.parse(first.documents.cyclonedx ?? '{}') as {
        serialNumber: string;
        metadata: { timestamp: string };
      };
      expect(cdx.metadata.timestamp).toBe('2023-11-14T22:13:20.000Z');
      expect(cdx.serialNumber).toMatch(
        /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      // The ids come from the content: another lockfile, other ids.
      process.env.SOURCE_DATE_EPOCH = '1800000000';
      const later = await generateSboms(project, { write: false });
      expect(JSON.parse(later.documents.spdx ?? '{}')).toMatchObject({
        documentNamespace: spdx.documentNamespace,
      });
      const lock = (await readJson(path.join(project, 'package-lock.json'))) as {
        packages: Record<string, Record<string, unknown>>;
      };
      delete lock.packages['node_modules/zod'];
      await writeFile(path.join(project, 'package-lock.json'), JSON.stringify(lock));
      const other = await generateSboms(project, { write: false });
      expect(JSON.parse(other.documents.spdx ?? '{}')).not.toMatchObject({
        documentNamespace: spdx.documentNamespace,
      });
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  });

  it('a malformed SOURCE_DATE_EPOCH is an error, not silently now', async () => {
    const project = await sampleApp();
    try {
      process.env.SOURCE_DATE_EPOCH = 'yesterday';
      await expect(generateSboms(project, { write: false })).rejects.toThrow(
        'SOURCE_DATE_EPOCH must be a whole number of seconds, not `yesterday`',
      );
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  });
});

describe('the 1,035-entry lockfiles', () => {
  it('npm-1035: one package per distinct name@version of the lockfile (998, as npm sbom reports), both documents valid', async () => {
    const root = path.join(work, 'npm');
    await mkdir(root);
    for (const file of ['package.json', 'package-lock.json']) {
      await copyFile(path.join(LOCKFILE_FIXTURES, 'npm-1035', file), path.join(root, file));
    }
    const result = await generateSboms(root, { now: NOW });
    expect(result.report.errors).toEqual([]);
    const lock = (await readJson(path.join(root, 'package-lock.json'))) as {
      packages: Record<string, { name?: string; version: string }>;
    };
    const fromLock = nameVersions(
      Object.entries(lock.packages)
        .filter(([key]) => key !== '')
        .map(([key, entry]) => ({
          name: entry.name ?? key.slice(key.lastIndexOf('node_modules/') + 13),
          version: entry.version,
        })),
    );
    expect(fromLock).toHaveLength(998);
    expect(nameVersions(result.model?.packages ?? [])).toEqual(fromLock);
    for (const file of result.files) {
      expect((await validateSbom(await readFile(file.path, 'utf8'), file.path)).errors).toEqual([]);
    }
    // Scopes from the graph agree with npm's own flags: 151 optional entries (148 distinct) and
    // one peer entry whose peers are reached only as peers.
    const counts: Record<string, number> = {};
    for (const pkg of result.model?.packages ?? [])
      counts[pkg.scope] = (counts[pkg.scope] ?? 0) + 1;
    expect(counts).toEqual({ runtime: 847, optional: 148, peer: 3 });
  });

  it('pnpm-1035 (the same project imported by pnpm) gives the same packages, scopes and edges as npm-1035', async () => {
    const npm = await readLockfile(path.join(LOCKFILE_FIXTURES, 'npm-1035'));
    const pnpm = await readLockfile(path.join(LOCKFILE_FIXTURES, 'pnpm-1035'));
    expect(pnpm.format).toBe('pnpm');
    expect(pnpm.packages.map((pkg) => pkg.id)).toEqual(npm.packages.map((pkg) => pkg.id));
    expect(pnpm.packages.map((pkg) => pkg.scope)).toEqual(npm.packages.map((pkg) => pkg.scope));
    expect(pnpm.packages.map((pkg) => pkg.checksums)).toEqual(
      npm.packages.map((pkg) => pkg.checksums),
    );
    expect(pnpm.projects.map((project) => project.dependencies)).toEqual(
      npm.projects.map((project) => project.dependencies),
    );
    // pnpm-lock.yaml carries no licences; package-lock.json does.
    expect(pnpm.packages.filter((pkg) => pkg.license)).toEqual([]);
    expect(npm.packages.filter((pkg) => !pkg.license).map((pkg) => pkg.id)).toHaveLength(3);
  });
});

describe('yarn lockfiles with workspaces', () => {
  const manifests = {
    'package.json': {
      name: 'monorepo',
      version: '2.0.0',
      private: true,
      workspaces: ['packages/*'],
      devDependencies: { typescript: '^5.4.0' },
    },
    'packages/api/package.json': {
      name: '@acme/api',
      version: '1.0.0',
      license: 'MIT',
      dependencies: { '@acme/util': '1.0.0', ms: '^2.1.0' },
    },
    'packages/util/package.json': {
      name: '@acme/util',
      version: '1.0.0',
      license: 'Apache-2.0',
      dependencies: { debug: '^4.3.0' },
    },
  };
  async function project(lockfile: string) {
    for (const [file, content] of Object.entries(manifests)) {
      await mkdir(path.dirname(path.join(work, file)), { recursive: true });
      await writeFile(path.join(work, file), JSON.stringify(content, null, 2));
    }
    await writeFile(path.join(work, 'yarn.lock'), lockfile);
  }
  const ms =
    'sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA==';

  it('v1 (classic): workspaces from package.json, integrity as checksum, dev only with include-dev', async () => {
    await project(
      [
        '# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.',
        '# yarn lockfile v1',
        '',
        '',
        'debug@^4.3.0:',
        '  version "4.3.4"',
        '  resolved "https://registry.yarnpkg.com/debug/-/debug-4.3.4.tgz#1319f6579357f2338d3337d2cdd4914bb5dcc865"',
        '  integrity sha512-PRWFHuSU3eDtQJPvnNY7Jcket1j0t5OuOsFzPPzsekD52Zl8qUfFIPEiswXqIvHWGVHOgX+7G/vCNNhehwxfkQ==',
        '  dependencies:',
        '    ms "2.1.2"',
        '',
        'ms@2.1.2:',
        '  version "2.1.2"',
        '  resolved "https://registry.yarnpkg.com/ms/-/ms-2.1.2.tgz#d09d1f357b443f493382a8eb3ccd183872ae6009"',
        '  integrity sha512-sGkPx+VjMtmA6MX27oA4FBFELFCZZ4S4XqeGOXCv68tT+jb3vk/RyaKWP0PTKyWtmLSM0b+adUTEvbs1PEaH2w==',
        '',
        'ms@^2.1.0:',
        '  version "2.1.3"',
        '  resolved "https://registry.yarnpkg.com/ms/-/ms-2.1.3.tgz#574c8138ce1d2b5861f0b44579dbadd60c6615b2"',
        `  integrity ${ms}`,
        '',
        'typescript@^5.4.0:',
        '  version "5.4.5"',
        '  resolved "https://registry.yarnpkg.com/typescript/-/typescript-5.4.5.tgz#42ccef2c571fdbd0f6718b1d1f5e6e5ef006f611"',
        '  integrity sha512-vcI4UpRgg81oIRUFwR0WSIHKt11nJ7SAVlYNIu+QpqeyXP+gpQJy/Z4+F0aGxSE4MqwjyXvW/TzgkLAx2AGHwQ==',
        '',
      ].join('\n'),
    );
    const model = await readLockfile(work);
    expect(model.format).toBe('yarn-classic');
    expect(
      model.projects.map((item) => [item.path, item.id, item.license, item.dependencies]),
    ).toEqual([
      ['.', 'monorepo@2.0.0', undefined, [{ to: 'typescript@5.4.5', kind: 'dev' }]],
      [
        'packages/api',
        '@acme/api@1.0.0',
        'MIT',
        [
          { to: '@acme/util@1.0.0', kind: 'runtime' },
          { to: 'ms@2.1.3', kind: 'runtime' },
        ],
      ],
      ['packages/util', '@acme/util@1.0.0', 'Apache-2.0', [{ to: 'debug@4.3.4', kind: 'runtime' }]],
    ]);
    expect(
      model.packages.map((pkg) => [
        pkg.id,
        pkg.scope,
        pkg.purl,
        pkg.checksums.map((c) => c.algorithm),
        pkg.dependencies,
      ]),
    ).toEqual([
      [
        'debug@4.3.4',
        'runtime',
        'pkg:npm/debug@4.3.4',
        ['SHA512', 'SHA1'],
        [{ to: 'ms@2.1.2', kind: 'runtime' }],
      ],
      ['ms@2.1.2', 'runtime', 'pkg:npm/ms@2.1.2', ['SHA512', 'SHA1'], []],
      ['ms@2.1.3', 'runtime', 'pkg:npm/ms@2.1.3', ['SHA512', 'SHA1'], []],
      ['typescript@5.4.5', 'dev', 'pkg:npm/typescript@5.4.5', ['SHA512', 'SHA1'], []],
    ]);
    const withoutDev = await generateSboms(work, { now: NOW, write: false });
    expect(withoutDev.report.errors).toEqual([]);
    expect(withoutDev.documents.spdx).not.toContain('typescript');
    const withDev = await generateSboms(work, { now: NOW, write: false, includeDev: true });
    const spdx = JSON.parse(withDev.documents.spdx ?? '{}') as { relationships: unknown[] };
    expect(spdx.relationships).toContainEqual({
      spdxElementId: 'SPDXRef-Package-typescript-5.4.5',
      relationshipType: 'DEV_DEPENDENCY_OF',
      relatedSpdxElement: 'SPDXRef-Package-monorepo-2.0.0',
    });
    expect(spdx.relationships).toContainEqual({
      spdxElementId: 'SPDXRef-Package-monorepo-2.0.0',
      relationshipType: 'CONTAINS',
      relatedSpdxElement: 'SPDXRef-Package-acme-api-1.0.0',
    });
    const cdx = JSON.parse(withDev.documents.cyclonedx ?? '{}') as {
      components: Array<Record<string, unknown>>;
    };
    expect(cdx.components.find((item) => item.name === 'typescript')).toMatchObject({
      scope: 'excluded',
      properties: [{ name: 'cdx:npm:package:development', value: 'true' }],
    });
  });

  it('Berry: workspaces from the lockfile, dev from package.json, no checksum from the zip hash', async () => {
    await project(
      [
        '# This file is generated by running "yarn install" inside your project.',
        '# Manual changes might be lost - proceed with caution!',
        '',
        '__metadata:',
        '  version: 8',
        '  cacheKey: 10c0',
        '',
        '"@acme/api@workspace:packages/api":',
        '  version: 0.0.0-use.local',
        '  resolution: "@acme/api@workspace:packages/api"',
        '  dependencies:',
        '    "@acme/util": "workspace:^"',
        '    ms: "npm:^2.1.0"',
        '  languageName: unknown',
        '  linkType: soft',
        '',
        '"@acme/util@workspace:^, @acme/util@workspace:packages/util":',
        '  version: 0.0.0-use.local',
        '  resolution: "@acme/util@workspace:packages/util"',
        '  dependencies:',
        '    debug: "npm:^4.3.0"',
        '  languageName: unknown',
        '  linkType: soft',
        '',
        '"debug@npm:^4.3.0":',
        '  version: 4.3.4',
        '  resolution: "debug@npm:4.3.4"',
        '  dependencies:',
        '    ms: "npm:2.1.2"',
        '  peerDependenciesMeta:',
        '    supports-color:',
        '      optional: true',
        '  checksum: 10c0/cedbec45298dd5c501d01b92b119cd3faebe5438c3917ff11ae1bff86a6c722930ac9c8659792824013168ba6db7c4668225d845c633fbdafbbf902a6389f736',
        '  languageName: node',
        '  linkType: hard',
        '',
        '"monorepo@workspace:.":',
        '  version: 0.0.0-use.local',
        '  resolution: "monorepo@workspace:."',
        '  dependencies:',
        '    typescript: "npm:^5.4.0"',
        '  languageName: unknown',
        '  linkType: soft',
        '',
        '"ms@npm:2.1.2":',
        '  version: 2.1.2',
        '  resolution: "ms@npm:2.1.2"',
        '  checksum: 10c0/a437714e2f90dbf881b5191d35a6db792efbca5badf112f87b9e1c712aace4b4b9b742dd6537f3edf90fd6f684de897cec230abde57e87883766712ddda297cc',
        '  languageName: node',
        '  linkType: hard',
        '',
        '"ms@npm:^2.1.0":',
        '  version: 2.1.3',
        '  resolution: "ms@npm:2.1.3"',
        '  checksum: 10c0/d924b57e7312b3b63ad21fc5b3dc0af5e78d61a1fc7cfb5457edaf26326bf62be5307cc87ffb6862ef1c2b33b0233cdb5d4f01c4c958cc0d660948b65a287a48',
        '  languageName: node',
        '  linkType: hard',
        '',
        '"typescript@npm:^5.4.0":',
        '  version: 5.4.5',
        '  resolution: "typescript@npm:5.4.5"',
        '  checksum: 10c0/2954022ada340fd3d6a9e2b8e534f65d57c92d5f3989a263754a78aba549f7e6529acc1921913560a4b816c46dce7df4a4d29f9f11a3dc0d4213bb76d043251e',
        '  languageName: node',
        '  linkType: hard',
        '',
      ].join('\n'),
    );
    const model = await readLockfile(work);
    expect(model.format).toBe('yarn-berry');
    expect(model.projects.map((item) => [item.path, item.id, item.dependencies])).toEqual([
      ['.', 'monorepo@2.0.0', [{ to: 'typescript@5.4.5', kind: 'dev' }]],
      [
        'packages/api',
        '@acme/api@1.0.0',
        [
          { to: '@acme/util@1.0.0', kind: 'runtime' },
          { to: 'ms@2.1.3', kind: 'runtime' },
        ],
      ],
      ['packages/util', '@acme/util@1.0.0', [{ to: 'debug@4.3.4', kind: 'runtime' }]],
    ]);
    expect(model.packages.map((pkg) => [pkg.id, pkg.scope, pkg.purl, pkg.checksums])).toEqual([
      ['debug@4.3.4', 'runtime', 'pkg:npm/debug@4.3.4', []],
      ['ms@2.1.2', 'runtime', 'pkg:npm/ms@2.1.2', []],
      ['ms@2.1.3', 'runtime', 'pkg:npm/ms@2.1.3', []],
      ['typescript@5.4.5', 'dev', 'pkg:npm/typescript@5.4.5', []],
    ]);
    const result = await generateSboms(work, { now: NOW, write: false, includeDev: true });
    expect(result.report.errors).toEqual([]);
    expect(result.files.map((file) => file.packages)).toEqual([6, 6]);
  });
});

describe('bad input never crashes and never passes silently', () => {
  it.each([
    [
      'package-lock.json',
      '{\n  "name": "x",\n  "lockfileVersion": 3,\n  "packages": {\n    "": {}\n  ,\n}',
      'package-lock.json:7: is not valid JSON: Expected double-quoted property name',
    ],
    [
      'package-lock.json',
      '{\n  "name": "x",\n  "lockfileVersion": 1,\n  "dependencies": {}\n}\n',
      'package-lock.json:3: lockfileVersion 1 is not supported: run `npm install --package-lock-only` with npm 7 or later to upgrade it to version 3',
    ],
    [
      'pnpm-lock.yaml',
      "lockfileVersion: '6.0'\nimporters: {}\n",
      'pnpm-lock.yaml:1: lockfileVersion "6.0" is not supported (9.0, written by pnpm 9 and later, is)',
    ],
    [
      'pnpm-lock.yaml',
      "lockfileVersion: '9.0'\nimporters:\n  .: [unclosed\n",
      'pnpm-lock.yaml:4: is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 4, column 1:',
    ],
    [
      'yarn.lock',
      'just some text\n',
      'yarn.lock:1: is not a yarn lockfile: no `# yarn lockfile v1` header and no `__metadata`',
    ],
  ])(
    '%s with bad content is an input error naming the file and line (exit 2)',
    async (file, content, message) => {
      await writeFile(path.join(work, 'package.json'), '{"name":"x","version":"1.0.0"}');
      await writeFile(path.join(work, file), content);
      const result = await generateSboms(work, { write: false });
      expect(result.files).toEqual([]);
      expect(result.report.errors.map((error) => error.message)).toEqual([message]);
    },
  );

  it('no lockfile is an input error that lists what was looked for', async () => {
    const result = await generateSboms(work, { write: false });
    expect(result.report.errors.map((error) => error.message)).toEqual([
      '.: no lockfile found: expected one of package-lock.json, npm-shrinkwrap.json, pnpm-lock.yaml, yarn.lock (or name one with `lockfile`)',
    ]);
  });

  it('a bad configuration is reported and the SBOMs are still made from the defaults', async () => {
    const project = await sampleApp();
    try {
      await mkdir(path.join(project, '.github'));
      await writeFile(
        path.join(project, '.github/palisade.yml'),
        'sbom-attest:\n  formats: [spdx, swid]\n  output-dir: out\n',
      );
      const result = await generateSboms(project, { now: NOW });
      expect(result.report.errors.map((error) => error.message)).toEqual([
        '.github/palisade.yml:2: `sbom-attest.formats item` must be one of `spdx`, `cyclonedx`',
      ]);
      expect(result.files.map((file) => path.relative(project, file.path))).toEqual([
        'out/sample-app-1.2.3.spdx.json',
      ]);
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  });
});
