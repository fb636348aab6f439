import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { JsonValidator } from '@cyclonedx/cyclonedx-library/Validation';
import { Version } from '@cyclonedx/cyclonedx-library/Spec';
import { MAX_ATTESTATION_BYTES, validateSbom } from '../src/run.js';
import { MAX_SUBJECTS, resolveSubjects } from '../src/subjects.js';
import { REPO_ROOT, SBOM_FIXTURES } from './helpers.js';

const ACTION = path.join(REPO_ROOT, 'actions/sbom-attest');
const fixture = async (name: string) => readFile(path.join(SBOM_FIXTURES, name), 'utf8');
const messages = (result: { errors: Array<{ message: string }> }) =>
  result.errors.map((error) => error.message);

describe('validation of SBOMs made by other tools', () => {
  it.each([
    ['npm11-sbom.spdx-2.3.json', 'spdx', 'SPDX-2.3'],
    ['npm11-sbom.cdx-1.5.json', 'cyclonedx', 'CycloneDX-1.5'],
    ['cyclonedx-npm-6.0.1.cdx-1.6.json', 'cyclonedx', 'CycloneDX-1.6'],
    ['cyclonedx-npm-6.0.1.cdx-1.7.json', 'cyclonedx', 'CycloneDX-1.7'],
  ])('%s is valid', async (name, format, version) => {
    expect(await validateSbom(await fixture(name), name)).toEqual({ format, version, errors: [] });
  });

  it('the CycloneDX sample with a bad hash algorithm and a bad purl is rejected for both, naming each component', async () => {
    const name = 'invalid-hash-alg-and-purl.cdx-1.5.json';
    expect(messages(await validateSbom(await fixture(name), name))).toEqual([
      'invalid-hash-alg-and-purl.cdx-1.5.json: component `accepts@1.3.8` at /components/1/hashes/0/alg must be equal to one of the allowed values: MD5, SHA-1, SHA-256, SHA-384, SHA-512, SHA3-256, SHA3-384, SHA3-512, BLAKE2b-256, BLAKE2b-384, BLAKE2b-512, BLAKE3 (CycloneDX 1.5 schema)',
      'invalid-hash-alg-and-purl.cdx-1.5.json: component `@pinojs/redact@0.4.0` at /components/0/purl has an invalid purl `not a purl`: Invalid purl: missing required "pkg" scheme component',
    ]);
  });

  it('the SPDX sample without created and with a bad SPDXID is rejected for the schema, the id and the references left dangling', async () => {
    const name = 'invalid-missing-created.spdx-2.3.json';
    expect(messages(await validateSbom(await fixture(name), name))).toEqual([
      "invalid-missing-created.spdx-2.3.json: at /creationInfo must have required property 'created' (SPDX 2.3 schema)",
      'invalid-missing-created.spdx-2.3.json: element `bad id` at /packages/0/SPDXID is not a valid SPDX identifier (SPDXRef- followed by letters, digits, `.` and `-`)',
      'invalid-missing-created.spdx-2.3.json: `SPDXRef-Package-sample-app-1.2.3` is referenced at /documentDescribes/0 and 9 more places but no element has that SPDXID',
    ]);
  });

  it('SPDX 3 (JSON-LD) is refused as not SPDX 2.3 data, not silently accepted', async () => {
    const name = 'cdxgen-12.8.4.spdx-3.0.1.jsonld.json';
    expect(messages(await validateSbom(await fixture(name), name))).toEqual([
      'cdxgen-12.8.4.spdx-3.0.1.jsonld.json: is neither an SPDX document (spdxVersion) nor a CycloneDX BOM (bomFormat)',
    ]);
  });

  it('an SBOM over 16 MB is refused before parsing, naming its size', async () => {
    const text = `{"spdxVersion":"SPDX-2.3","padding":"${'x'.repeat(MAX_ATTESTATION_BYTES)}"}`;
    expect(messages(await validateSbom(text, 'sbom/big.spdx.json'))).toEqual([
      "sbom/big.spdx.json: is 16.0 MB (16777255 bytes), over GitHub's 16 MB attestation limit (16777216 bytes); it was not signed",
    ]);
  });

  it('a document that is not JSON names its line', async () => {
    expect(
      messages(await validateSbom('{\n  "bomFormat": "CycloneDX",\n  oops\n}', 'x.cdx.json')),
    ).toEqual(['x.cdx.json:3: is not valid JSON: Expected double-quoted property name']);
  });
});

describe('the precompiled validators', () => {
  it('were compiled from the schemas that are here now (regenerate with scripts/generate-validators.mjs otherwise)', async () => {
    const require = createRequire(path.join(ACTION, 'package.json'));
    const cdxSchema = path.join(
      path.dirname(require.resolve('@cyclonedx/cyclonedx-library/package.json')),
      'res/schema/bom-1.6.SNAPSHOT.schema.json',
    );
    // Of the parsed schema, as the generator records it: formatting does not count.
    const sha = async (file: string) =>
      createHash('sha256')
        .update(JSON.stringify(JSON.parse(await readFile(file, 'utf8'))))
        .digest('hex');
    const header = async (file: string) =>
      (await readFile(path.join(ACTION, 'src/generated', file), 'utf8'))
        .split('\n')
        .slice(0, 4)
        .join('\n');
    expect(await header('cyclonedx-1.6-validator.js')).toContain(
      `// schema sha256: ${await sha(cdxSchema)}`,
    );
    expect(await header('spdx-2.3-validator.js')).toContain(
      `// schema sha256: ${await sha(path.join(ACTION, 'schemas/spdx-2.3.1-schema.json'))}`,
    );
    // The copy in the project is the shared schema (reformatted by Prettier, same content).
    expect(await sha(path.join(ACTION, 'schemas/spdx-2.3.1-schema.json'))).toBe(
      await sha(path.join(SBOM_FIXTURES, 'schemas/spdx-2.3.1-schema.json')),
    );
  });

  it("agree with the library's own CycloneDX 1.6 validator, valid and invalid", async () => {
    const valid = await fixture('cyclonedx-npm-6.0.1.cdx-1.6.json');
    const document = JSON.parse(valid) as { components: Array<Record<string, unknown>> };
    const broken = structuredClone(document);
    (broken.components[2] as { hashes: Array<{ alg: string }> }).hashes = [
      { alg: 'SHA-999' },
    ] as never;
    const duplicate = structuredClone(document);
    duplicate.components.push(structuredClone(document.components[5] ?? {}));
    const library = new JsonValidator(Version.v1dot6);
    for (const [text, validity] of [
      [valid, true],
      [JSON.stringify(broken), false],
      [JSON.stringify(duplicate), false],
    ] as const) {
      expect((await library.validate(text)) === null).toBe(validity);
      expect((await validateSbom(text, 'x.cdx.json')).errors.length === 0).toBe(validity);
    }
    expect(messages(await validateSbom(JSON.stringify(duplicate), 'x.cdx.json'))).toEqual([
      `x.cdx.json: at /components must NOT have duplicate items (items ## 5 and ${document.components.length} are identical) (CycloneDX 1.6 schema)`,
    ]);
  });
});

describe('subjects', () => {
  it(`more than ${MAX_SUBJECTS} subjects is a clear error, before anything is hashed or signed`, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'palisade-subjects-'));
    try {
      const lines = Array.from(
        { length: MAX_SUBJECTS + 1 },
        (_, index) =>
          `${createHash('sha256').update(String(index)).digest('hex')}  file-${index}.tgz`,
      );
      await writeFile(path.join(dir, 'SHA256SUMS'), `${lines.join('\n')}\n`);
      await expect(resolveSubjects(dir, { subjectChecksums: 'SHA256SUMS' })).rejects.toThrow(
        "1025 subjects, over GitHub's limit of 1024 per attestation: narrow the subject globs or split the artifacts across steps",
      );
      await writeFile(path.join(dir, 'SHA256SUMS'), `${lines.slice(0, MAX_SUBJECTS).join('\n')}\n`);
      expect(await resolveSubjects(dir, { subjectChecksums: 'SHA256SUMS' })).toHaveLength(
        MAX_SUBJECTS,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('globs hash each file; a digest needs a name; a bad checksums line names its line', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'palisade-subjects-'));
    try {
      await writeFile(path.join(dir, 'a.tgz'), 'a');
      await writeFile(path.join(dir, 'b.tgz'), 'b');
      expect(await resolveSubjects(dir, { subjectPath: '*.tgz' })).toEqual([
        { name: 'a.tgz', digest: { sha256: createHash('sha256').update('a').digest('hex') } },
        { name: 'b.tgz', digest: { sha256: createHash('sha256').update('b').digest('hex') } },
      ]);
      await expect(resolveSubjects(dir, { subjectPath: '*.zip' })).rejects.toThrow(
        '`subject-path` pattern `*.zip` matches no file',
      );
      await expect(
        resolveSubjects(dir, { subjectDigest: `sha256:${'a'.repeat(64)}` }),
      ).rejects.toThrow('`subject-digest` needs `subject-name`');
      await expect(
        resolveSubjects(dir, { subjectDigest: 'sha256:abc', subjectName: 'x' }),
      ).rejects.toThrow(
        'input `subject-digest` must be `sha256:` followed by 64 lowercase hex digits, not `sha256:abc`',
      );
      await expect(
        resolveSubjects(dir, { subjectPath: '*.tgz', subjectDigest: 'sha256:abc' }),
      ).rejects.toThrow('give only one of `subject-path`, `subject-digest`');
      await writeFile(path.join(dir, 'SUMS'), `${'a'.repeat(64)}  a.tgz\nnot a checksum\n`);
      await expect(resolveSubjects(dir, { subjectChecksums: 'SUMS' })).rejects.toThrow(
        'SUMS:2: is not a sha256sum line (`<64 hex digits>  <file name>`)',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
