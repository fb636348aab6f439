/**
 * The gate's local inputs: the artifacts (files by glob, or digests) and the bundle files
 * (`.json`, `.jsonl` one bundle per line, `*.sigstore.json`, globs allowed).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { minimatch } from 'minimatch';
import { describeFsError, InputError, UsageError } from '@palisade/core';
import type { BundleSource } from './verify.js';

export interface Artifact {
  /** The path as given or found (relative to the root when inside it), or the digest. */
  name: string;
  /** Lower-case hex by algorithm: `sha256` always for files, plus `sha512`. */
  digests: Record<string, string>;
}

/** Bundle files larger than this are refused (a bundle is a few kB). */
export const MAX_BUNDLE_FILE_BYTES = 32 * 1024 * 1024;
const MAX_WALKED_ENTRIES = 100_000;
const GLOB_CHARS = /[*?[\]{}]/;
const DIGEST = /^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/;

/** `sha256:<64 hex>` or `sha512:<128 hex>`; anything else is a usage error. */
export function parseDigest(value: string): Artifact {
  const text = value.trim().toLowerCase();
  if (!DIGEST.test(text)) {
    throw new UsageError(
      `\`subject-digest\` must be sha256:<64 hex digits> or sha512:<128 hex digits>, not \`${value.trim()}\``,
    );
  }
  const [algorithm = '', hex = ''] = text.split(':');
  return { name: text, digests: { [algorithm]: hex } };
}

/** The primary digest to show: sha256 when known. */
export function displayDigest(artifact: Artifact): string {
  const [algorithm, hex] = artifact.digests.sha256
    ? ['sha256', artifact.digests.sha256]
    : (Object.entries(artifact.digests)[0] ?? ['', '']);
  return `${algorithm}:${hex}`;
}

/** Expands globs to files; a pattern that matches nothing or a missing file is an InputError. */
export async function expandPatterns(
  root: string,
  patterns: readonly string[],
  what: string,
): Promise<{ files: string[]; errors: InputError[] }> {
  const files = new Set<string>();
  const errors: InputError[] = [];
  for (const raw of patterns) {
    const pattern = raw.trim();
    if (pattern === '') continue;
    if (!GLOB_CHARS.test(pattern)) {
      try {
        const info = await stat(path.resolve(root, pattern));
        if (info.isFile()) files.add(pattern);
        else errors.push(new InputError({ file: pattern }, `the ${what} is not a file`));
      } catch (error) {
        errors.push(
          new InputError({ file: pattern }, `cannot read the ${what}: ${describeFsError(error)}`),
        );
      }
      continue;
    }
    const matched = await walkGlob(root, pattern);
    if (matched.length === 0) {
      errors.push(new InputError({ file: pattern }, `the ${what} pattern matches no file`));
    }
    for (const file of matched) files.add(file);
  }
  return { files: [...files].sort(), errors };
}

async function walkGlob(root: string, pattern: string): Promise<string[]> {
  const posix = pattern.split(path.sep).join('/');
  const segments = posix.split('/');
  const firstGlob = segments.findIndex((segment) => GLOB_CHARS.test(segment));
  const base = segments.slice(0, firstGlob).join('/') || (posix.startsWith('/') ? '/' : '.');
  const absoluteBase = path.resolve(root, base);
  const matches: string[] = [];
  let seen = 0;
  const walk = async (folder: string, display: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (++seen > MAX_WALKED_ENTRIES) return;
      const shown =
        display === '.' ? entry.name : `${display === '/' ? '' : display}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name === '.git' || entry.name === 'node_modules') continue;
        await walk(path.join(folder, entry.name), shown);
      } else if (entry.isFile() && minimatch(shown, posix, { dot: false })) {
        matches.push(shown);
      }
    }
  };
  await walk(absoluteBase, base);
  return matches.sort();
}

/** sha256 and sha512 of a file, read once as a stream (artifacts may be large). */
export async function hashFile(root: string, file: string): Promise<Artifact> {
  const sha256 = createHash('sha256');
  const sha512 = createHash('sha512');
  await new Promise<void>((resolve, reject) => {
    createReadStream(path.resolve(root, file))
      .on('data', (chunk) => {
        sha256.update(chunk);
        sha512.update(chunk);
      })
      .on('error', reject)
      .on('end', resolve);
  });
  return { name: file, digests: { sha256: sha256.digest('hex'), sha512: sha512.digest('hex') } };
}

/**
 * The bundles of one file: a JSON document (one bundle, or a list of them) or JSON Lines (one
 * bundle per line). A line or file that is not JSON is an InputError with its line (exit 2).
 */
export async function readBundleFile(
  root: string,
  file: string,
): Promise<{ bundles: BundleSource[]; errors: InputError[] }> {
  const absolute = path.resolve(root, file);
  let text: string;
  try {
    const info = await stat(absolute);
    if (info.size > MAX_BUNDLE_FILE_BYTES) {
      return {
        bundles: [],
        errors: [
          new InputError(
            { file },
            `the bundle file is larger than ${MAX_BUNDLE_FILE_BYTES / 1024 / 1024} MiB`,
          ),
        ],
      };
    }
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    return {
      bundles: [],
      errors: [new InputError({ file }, `cannot read the bundle file: ${describeFsError(error)}`)],
    };
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    return { bundles: [], errors: [new InputError({ file }, 'the bundle file is empty')] };
  }
  if (!file.endsWith('.jsonl')) {
    try {
      const value = JSON.parse(text) as unknown;
      const list = Array.isArray(value) ? (value as unknown[]) : [value];
      return {
        bundles: list.map((json, i) => ({
          label: list.length === 1 ? file : `${file}[${i}]`,
          json,
        })),
        errors: [],
      };
    } catch {
      // Not one JSON document: read it as JSON Lines (`.intoto.jsonl` files often are).
    }
  }
  const bundles: BundleSource[] = [];
  const errors: InputError[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      bundles.push({ label: `${file}:${index + 1}`, json: JSON.parse(line) as unknown });
    } catch (error) {
      errors.push(
        new InputError(
          { file, line: index + 1 },
          `not a JSON bundle: ${error instanceof SyntaxError ? error.message : String(error)}`,
        ),
      );
    }
  });
  return { bundles, errors };
}
