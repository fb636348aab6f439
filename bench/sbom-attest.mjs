// The sbom-attest benchmark: both SBOMs, validated, for the 1,035-entry npm lockfile, as whole
// processes, next to the peers measured in the same run: `npm sbom` and, when it can run
// offline from the npm cache, @cyclonedx/cyclonedx-npm. `node -e 0` is the reference start.
// Usage: node bench/sbom-attest.mjs [--runs N]   (build dist/sbom-attest first)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixture = path.resolve(repoRoot, '../shared/fixtures/lockfiles/npm-1035');
const bundle = path.join(repoRoot, 'dist/sbom-attest/index.js');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '9' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('usage: node bench/sbom-attest.mjs [--runs N]');
  process.exit(2);
}
if (!existsSync(bundle)) {
  console.error('dist/sbom-attest/index.js is missing: run `node scripts/build.mjs sbom-attest`');
  process.exit(2);
}

// Each tool works in its own copy of the fixture (npm and cyclonedx-npm may write beside it).
const temp = mkdtempSync(path.join(os.tmpdir(), 'palisade-bench-sbom-'));
process.on('exit', () => rmSync(temp, { recursive: true, force: true }));
const copy = (name) => {
  const dir = path.join(temp, name);
  cpSync(fixture, dir, { recursive: true });
  return dir;
};

const baseEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^(INPUT_|GITHUB_|RUNNER_)/.test(key)),
);
const oursDir = copy('palisade');
const cases = [
  { name: 'node -e 0', file: process.execPath, args: ['-e', '0'] },
  {
    name: 'sbom-attest (SPDX + CycloneDX, validated)',
    file: process.execPath,
    args: [bundle],
    // The action as a runner starts it: inputs as INPUT_* variables, run from another folder.
    env: { ...baseEnv, INPUT_PATH: oursDir, 'INPUT_SHOW-SUMMARY': 'false' },
    cwd: temp,
  },
  {
    name: 'npm sbom --package-lock-only --sbom-format cyclonedx',
    file: 'npm',
    args: ['sbom', '--package-lock-only', '--sbom-format', 'cyclonedx'],
    cwd: copy('npm'),
  },
];

// cyclonedx-npm is measured only when npx can start it from the cache without the network.
const cdxDir = copy('cyclonedx-npm');
const offlineEnv = { ...baseEnv, npm_config_offline: 'true' };
const probe = spawnSync(
  'npx',
  ['--yes', '@cyclonedx/cyclonedx-npm', '--package-lock-only', '--output-file', '/dev/null'],
  { cwd: cdxDir, env: offlineEnv, encoding: 'utf8', timeout: 120_000 },
);
let cyclonedxNote;
if (probe.status === 0) {
  cases.push({
    name: 'npx @cyclonedx/cyclonedx-npm --package-lock-only',
    file: 'npx',
    args: [
      '--yes',
      '@cyclonedx/cyclonedx-npm',
      '--package-lock-only',
      '--output-file',
      '/dev/null',
    ],
    cwd: cdxDir,
    env: offlineEnv,
  });
} else {
  const reason = (probe.stderr || probe.error?.message || '')
    .trim()
    .split('\n')
    .slice(-2)
    .join(' ');
  cyclonedxNote = `cyclonedx-npm not measured: it cannot run offline from the npm cache (exit ${probe.status}: ${reason.slice(0, 200)})`;
}

function runOnce(c) {
  const start = process.hrtime.bigint();
  const child = spawnSync(c.file, c.args, {
    cwd: c.cwd ?? repoRoot,
    env: c.env ?? baseEnv,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    ms: Number(process.hrtime.bigint() - start) / 1e6,
    status: child.status,
    stderr: child.stderr ?? '',
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

console.error(`1 warm-up + ${runs} runs per case, interleaved...`);
for (const c of cases) c.times = [];
// Round 0 warms the file cache and is not counted; rounds interleave the cases.
for (let round = 0; round <= runs; round++) {
  for (const c of cases) {
    if (c.failure) continue;
    const run = runOnce(c);
    if (run.status !== 0) {
      c.failure = `exit ${run.status}: ${run.stderr.trim().split('\n').slice(0, 4).join(' | ')}`;
      continue;
    }
    if (round > 0) c.times.push(run.ms);
  }
}

const [node, ours, ...peers] = cases;
const fmt = (ms) => `${(ms / 1000).toFixed(3)} s`;
const rows = [['case', 'median', 'min', 'max', 'note']];
for (const c of cases) {
  if (c.failure) {
    rows.push([c.name, 'FAILED', '', '', c.failure]);
    continue;
  }
  c.median = median(c.times);
  let note = '';
  if (c === ours && !node.failure)
    note = `+${fmt(c.median - node.median)} over node -e 0; target 0.250 s`;
  if (peers.includes(c) && !ours.failure)
    note = `${(c.median / ours.median).toFixed(1)}x sbom-attest`;
  rows.push([c.name, fmt(c.median), fmt(Math.min(...c.times)), fmt(Math.max(...c.times)), note]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
for (const [index, row] of rows.entries()) {
  console.log(
    row
      .map((cell, i) => (i > 0 && i < 4 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd(),
  );
  if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
}
if (cyclonedxNote) console.log(`\n${cyclonedxNote}`);
console.log(
  `\n${os.cpus().length} CPUs, load average ${os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')}, node ${process.version}`,
);
if (cases.some((c) => c.failure)) process.exitCode = 1;
