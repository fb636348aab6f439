// Bundles the CLI and every action with ncc into dist/<name>/index.js (committed: users run
// the bundle, not the source). Usage: node scripts/build.mjs [name...]
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ncc from '@vercel/ncc';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Every bundle: the CLI, then each action folder that has a src/index.ts. */
export async function bundles() {
  const targets = [{ name: 'cli', entry: 'packages/cli/src/index.ts' }];
  const actionsDir = path.join(root, 'actions');
  const entries = existsSync(actionsDir) ? await readdir(actionsDir, { withFileTypes: true }) : [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const source = `actions/${entry.name}/src/index.ts`;
    if (entry.isDirectory() && existsSync(path.join(root, source)))
      targets.push({ name: entry.name, entry: source });
  }
  return targets;
}

async function build(target) {
  const started = Date.now();
  const { code, assets } = await ncc(path.join(root, target.entry), {
    cache: false,
    quiet: true,
    sourceMap: false,
    license: 'licenses.txt',
    minify: true,
  });
  const out = path.join(root, 'dist', target.name);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, 'index.js'), code);
  for (const [name, asset] of Object.entries(assets)) {
    await mkdir(path.dirname(path.join(out, name)), { recursive: true });
    await writeFile(path.join(out, name), asset.source);
  }
  console.log(
    `dist/${target.name}/index.js  ${(code.length / 1024).toFixed(0)} kB  ${Date.now() - started} ms`,
  );
}

const wanted = process.argv.slice(2);
const targets = (await bundles()).filter(
  (target) => wanted.length === 0 || wanted.includes(target.name),
);
if (wanted.length === 0) await rm(path.join(root, 'dist'), { recursive: true, force: true });
for (const target of targets) {
  try {
    await build(target);
  } catch (error) {
    // ncc's errors carry its whole minified source in the stack: print the message only.
    console.error(
      `Building dist/${target.name} failed:\n${String(error?.message ?? error).slice(0, 4000)}`,
    );
    process.exit(1);
  }
}
