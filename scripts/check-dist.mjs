// Rebuilds dist/ from a clean slate and fails if it differs from what is committed, new
// untracked files included (`git diff` alone would miss those).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
const changes = execFileSync('git', ['status', '--porcelain', '--', 'dist'], {
  cwd: root,
  encoding: 'utf8',
});
if (changes.trim() !== '') {
  console.error('dist/ differs from the committed bundles. Run `pnpm run build` and commit dist/:');
  console.error(changes);
  console.error(
    execFileSync('git', ['diff', '--stat', '--', 'dist'], { cwd: root, encoding: 'utf8' }),
  );
  process.exit(1);
}
console.log('dist/ matches the committed bundles.');
