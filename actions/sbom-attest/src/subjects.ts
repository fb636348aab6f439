/**
 * The artifacts an attestation is bound to: files matched by `subject-path` globs (their
 * sha256 computed here), a `subject-digest` with its `subject-name`, or a checksums file in
 * `sha256sum` format. GitHub accepts at most 1024 subjects per attestation.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { InputError, readRepositoryFile, UsageError } from '@palisade/core';
import { minimatch } from 'minimatch';

/** GitHub's limit on the subjects of one attestation. */
export const MAX_SUBJECTS = 1024;

export interface Subject {
  name: string;
  digest: Record<string, string>;
}

export interface SubjectInputs {
  /** Globs, one per line or comma-separated, relative to `root`. */
  subjectPath?: string;
  /** `sha256:<64 hex>` (or another algorithm GitHub accepts). */
  subjectDigest?: string;
  subjectName?: string;
  /** A `sha256sum` file relative to `root`. */
  subjectChecksums?: string;
}

const DIGEST = /^(sha256|sha384|sha512):([0-9a-f]+)$/;
const DIGEST_LENGTH: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };

export function hasSubjects(inputs: SubjectInputs): boolean {
  return Boolean(inputs.subjectPath || inputs.subjectDigest || inputs.subjectChecksums);
}

/** Resolves the subjects from exactly one of the three ways of naming them. */
export async function resolveSubjects(root: string, inputs: SubjectInputs): Promise<Subject[]> {
  const given = [
    inputs.subjectPath ? 'subject-path' : undefined,
    inputs.subjectDigest ? 'subject-digest' : undefined,
    inputs.subjectChecksums ? 'subject-checksums' : undefined,
  ].filter((name): name is string => name !== undefined);
  if (given.length !== 1) {
    throw new UsageError(
      given.length === 0
        ? 'no subject: give `subject-path`, `subject-digest` with `subject-name`, or `subject-checksums`'
        : `give only one of ${given.map((name) => `\`${name}\``).join(', ')}`,
    );
  }
  let subjects: Subject[];
  if (inputs.subjectDigest) subjects = [digestSubject(inputs.subjectDigest, inputs.subjectName)];
  else if (inputs.subjectChecksums)
    subjects = await checksumSubjects(root, inputs.subjectChecksums);
  else subjects = await pathSubjects(root, inputs.subjectPath ?? '');
  return checkCount(subjects);
}

function checkCount(subjects: Subject[]): Subject[] {
  if (subjects.length > MAX_SUBJECTS) {
    throw new UsageError(
      `${subjects.length} subjects, over GitHub's limit of ${MAX_SUBJECTS} per attestation: narrow the subject globs or split the artifacts across steps`,
    );
  }
  return subjects;
}

function digestSubject(digest: string, name: string | undefined): Subject {
  if (!name) throw new UsageError('`subject-digest` needs `subject-name`');
  const match = DIGEST.exec(digest.trim());
  const algorithm = match?.[1];
  const value = match?.[2];
  if (!algorithm || !value || value.length !== DIGEST_LENGTH[algorithm]) {
    throw new UsageError(
      `input \`subject-digest\` must be \`sha256:\` followed by 64 lowercase hex digits, not \`${digest}\``,
    );
  }
  return { name, digest: { [algorithm]: value } };
}

/** `<64 hex>  name` or `<64 hex> *name` lines; blank lines and `#` comments are skipped. */
async function checksumSubjects(root: string, file: string): Promise<Subject[]> {
  const text = await readRepositoryFile(root, file);
  const subjects: Subject[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const match = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
    if (!match?.[1] || !match[2]) {
      throw new InputError(
        { file, line: index + 1 },
        'is not a sha256sum line (`<64 hex digits>  <file name>`)',
      );
    }
    subjects.push({ name: match[2], digest: { sha256: match[1].toLowerCase() } });
  });
  if (subjects.length === 0) throw new InputError({ file }, 'lists no checksums');
  return subjects;
}

async function pathSubjects(root: string, patterns: string): Promise<Subject[]> {
  const globs = patterns
    .split(/[\n,]/)
    .map((pattern) => pattern.trim())
    .filter((pattern) => pattern !== '');
  const files = new Set<string>();
  const all = await listFiles(root);
  for (const glob of globs) {
    const matched = all.filter((file) => minimatch(file, glob.replace(/^\.\//, ''), { dot: true }));
    if (matched.length === 0) {
      throw new UsageError(`\`subject-path\` pattern \`${glob}\` matches no file`);
    }
    for (const file of matched) files.add(file);
  }
  const sorted = [...files].sort();
  // Refuse before hashing thousands of files.
  checkCount(sorted.map((name) => ({ name, digest: {} })));
  return Promise.all(
    sorted.map(async (file) => ({
      name: path.posix.basename(file),
      digest: { sha256: await sha256File(path.join(root, file)) },
    })),
  );
}

/** Files under root (forward slashes), without .git and node_modules. */
async function listFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (relative: string) => {
    const entries = await readdir(path.join(root, relative), { withFileTypes: true });
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name !== '.git' && entry.name !== 'node_modules') await walk(child);
      } else if (entry.isFile()) {
        files.push(child);
      }
    }
  };
  await walk('');
  return files;
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
