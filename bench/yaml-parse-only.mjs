// Baseline for `audit-corpus`: a whole process that finds the same files as `palisade audit`
// and only parses them, the way the real code does (parseDocument with a LineCounter). What
// the audit costs above this is Palisade's own work; what this costs is the floor.
// Usage: node bench/yaml-parse-only.mjs <folder>
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The root package.json does not list yaml; resolve it from the package that depends on it,
// so this parses with the very version the bundles are built from.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { LineCounter, parseDocument } = createRequire(
  path.join(repoRoot, 'packages/core/package.json'),
)('yaml');

// Same rules as packages/core/src/files.ts: workflows at any depth, every action.yml|yaml.
const SKIPPED_DIRECTORIES = ['.git', 'node_modules', 'dist'];
const WORKFLOW_PATTERN = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
const ACTION_PATTERN = /(^|\/)action\.ya?ml$/;

function findFiles(root) {
  const found = [];
  const pending = [''];
  while (pending.length > 0) {
    const folder = pending.pop();
    for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
      const relative = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.includes(entry.name)) pending.push(relative);
      } else if (
        entry.isFile() &&
        (WORKFLOW_PATTERN.test(relative) || ACTION_PATTERN.test(relative))
      ) {
        found.push(relative);
      }
    }
  }
  return found;
}

const root = process.argv[2];
if (!root) {
  console.error('usage: node bench/yaml-parse-only.mjs <folder>');
  process.exit(2);
}
const files = findFiles(root);
// Parsing nothing would make a flattering baseline: refuse it.
if (files.length === 0) {
  console.error(`no workflow or action files under ${root}`);
  process.exit(1);
}
let bytes = 0;
let errors = 0;
for (const file of files) {
  const text = readFileSync(path.join(root, file), 'utf8');
  bytes += text.length;
  const document = parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: false });
  errors += document.errors.length;
}
console.log(`parsed ${files.length} files, ${bytes} characters, ${errors} YAML errors`);
