// advisory-id benchmarks, whole-process, against the built bundle (node scripts/build.mjs
// advisory-id first):
//  1. `check` on openwop's CHANGELOG.md with a generated 500-advisory ledger and index (and a
//     release citing all 500), median of N runs, beside `node -e 0` measured in the same run;
//  2. `assign` under a 20-way race: 20 bundle processes at once against a local Git Data API
//     emulator (the one the tests use), reporting requests and attempts per assignment.
// Usage: node bench/advisory-id.mjs [--runs N]
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import ts from 'typescript';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(repoRoot, 'dist/advisory-id/index.js');
const fixtures = path.resolve(repoRoot, '../shared/fixtures/advisory');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '9' } } });
const runs = Number(values.runs);
const CHECK_TARGET_MS = 150;
const ADVISORIES = 500;
const RACERS = 20;

const work = mkdtempSync(path.join(os.tmpdir(), 'palisade-bench-advisory-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

/** openwop's changelog plus a release citing every advisory, the index and the ledger. */
function makeRepository() {
  const repo = path.join(work, 'repo');
  mkdirSync(path.join(repo, 'SECURITY'), { recursive: true });
  const ids = Array.from({ length: ADVISORIES }, (_, i) => {
    const year = 2026 + Math.floor(i / 250);
    return `openwop-SA-${year}-${String((i % 250) + 1).padStart(4, '0')}`;
  });
  const bullets = ids.map(
    (id) => `- **${id} — Generated advisory.** High severity (CVSS v3.1 7.5); fixed in 0.9.0.`,
  );
  const changelog = readFileSync(path.join(fixtures, 'openwop-CHANGELOG.md'), 'utf8');
  writeFileSync(
    path.join(repo, 'CHANGELOG.md'),
    `${changelog}\n---\n\n## [0.9.0] — 2026-01-01 — generated\n\n### Security\n\n${bullets.join('\n')}\n`,
  );
  const rows = ids.map(
    (id) =>
      `| ${id} | published | 2026-01-01 | 7.5 High | < 0.9.0 | 0.9.0 | | Generated advisory | | |`,
  );
  writeFileSync(
    path.join(repo, 'SECURITY/advisories.md'),
    [
      '# Security advisories',
      '',
      '<!-- palisade:advisories:start -->',
      '| Advisory | Status | Published | Severity | Affected | Fixed | Aliases | Summary | Credits | Patches |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      '<!-- palisade:advisories:end -->',
      '',
    ].join('\n'),
  );
  const entries = ids.map(
    (id, i) =>
      `    ${JSON.stringify({ id, advisory: `GHSA-2345-6789-${'cfghjmpqrvwx'[i % 12]}${'23456789cfghjmpqrvwx'[Math.floor(i / 12) % 20]}${'23456789cfghjmpqrvwx'[Math.floor(i / 240) % 20]}x`, triagedAt: '2026-01-01T00:00:00.000Z', assignedAt: '2026-01-01T00:00:00.000Z', status: 'published' })}`,
  );
  writeFileSync(
    path.join(work, 'ledger.json'),
    `{\n  "version": 1,\n  "prefix": "openwop-SA",\n  "advisories": [\n${entries.join(',\n')}\n  ],\n  "gaps": []\n}\n`,
  );
  return repo;
}

function inputsEnv(inputs, extra = {}) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(INPUT_|GITHUB_)/i.test(key)),
  );
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return { ...env, ...extra };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function timeRuns(args, env) {
  const times = [];
  const codes = new Set();
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    const child = spawnSync(process.execPath, args, { env, stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    codes.add(child.status);
  }
  return { medianMs: median(times), codes: [...codes] };
}

const ms = (value) => value.toFixed(1);

// 1. check
const repo = makeRepository();
const baseline = timeRuns(['-e', '0'], process.env);
const check = timeRuns(
  [bundle],
  inputsEnv({ command: 'check', path: repo, 'ledger-file': path.join(work, 'ledger.json') }),
);
console.log(`advisory-id check, ${ADVISORIES} advisories (ledger, index, changelog), ${runs} runs`);
console.log(`  node -e 0                 median ${ms(baseline.medianMs)} ms`);
console.log(
  `  dist/advisory-id check    median ${ms(check.medianMs)} ms (+${ms(check.medianMs - baseline.medianMs)} ms over node -e 0), exit ${check.codes.join('/')}, target ${CHECK_TARGET_MS} ms: ${check.medianMs <= CHECK_TARGET_MS ? 'within' : 'OVER'}`,
);

// The machines set NODE_EXTRA_CA_CERTS, which adds ~50 ms to every node start; without it:
const noCa = (env) =>
  Object.fromEntries(Object.entries(env).filter(([key]) => key !== 'NODE_EXTRA_CA_CERTS'));
const baselineNoCa = timeRuns(['-e', '0'], noCa(process.env));
const checkNoCa = timeRuns(
  [bundle],
  noCa(inputsEnv({ command: 'check', path: repo, 'ledger-file': path.join(work, 'ledger.json') })),
);
console.log(`  without NODE_EXTRA_CA_CERTS:`);
console.log(`  node -e 0                 median ${ms(baselineNoCa.medianMs)} ms`);
console.log(
  `  dist/advisory-id check    median ${ms(checkNoCa.medianMs)} ms (+${ms(checkNoCa.medianMs - baselineNoCa.medianMs)} ms over node -e 0), target ${CHECK_TARGET_MS} ms: ${checkNoCa.medianMs <= CHECK_TARGET_MS ? 'within' : 'OVER'}`,
);

// 2. assign under a 20-way race, against the emulator the tests use (transpiled on the fly).
const emulatorSource = readFileSync(
  path.join(repoRoot, 'actions/advisory-id/__tests__/git-emulator.ts'),
  'utf8',
);
const emulatorFile = path.join(work, 'git-emulator.mjs');
writeFileSync(
  emulatorFile,
  ts.transpileModule(emulatorSource, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText,
);
const { startGitEmulator } = await import(pathToFileURL(emulatorFile).href);
const token = 'ghs_benchToken0123456789';
const emulator = await startGitEmulator({ repositories: ['openwop/openwop'], token });
const alphabet = '23456789cfghjmpqrvwx';
const started = Date.now();
const results = await Promise.all(
  Array.from({ length: RACERS }, (_, i) => {
    const outputFile = path.join(work, `output-${i}`);
    writeFileSync(outputFile, '');
    const env = inputsEnv(
      {
        command: 'assign',
        advisory: `GHSA-cfgh-jmpq-r${alphabet[i]}xx`,
        'github-token': token,
        path: repo,
      },
      {
        GITHUB_API_URL: emulator.url,
        GITHUB_REPOSITORY: 'openwop/openwop',
        GITHUB_OUTPUT: outputFile,
      },
    );
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [bundle], { env, stdio: 'ignore' });
      child.on('exit', (code) => {
        const output = readFileSync(outputFile, 'utf8');
        const field = (name) =>
          new RegExp(`^${name}<<(ghadelimiter_[\\w-]+)\\n([\\s\\S]*?)\\n\\1$`, 'm').exec(
            output,
          )?.[2];
        resolve({ code, id: field('advisory-id'), attempts: Number(field('attempts') ?? 0) });
      });
    });
  }),
);
const elapsed = Date.now() - started;
await emulator.close();
const ids = results.map((result) => result.id).sort();
const distinct = new Set(ids).size;
const attempts = results.map((result) => result.attempts);
console.log(
  `advisory-id assign, ${RACERS} bundle processes at once against the local Git Data API`,
);
console.log(
  `  ${distinct} distinct ids (${ids[0]} … ${ids.at(-1)}), exits ${[...new Set(results.map((r) => r.code))].join('/')}, ${elapsed} ms in all`,
);
console.log(
  `  ${emulator.requests.total} requests: ${ms(emulator.requests.total / RACERS)} per assignment; attempts per assignment median ${median(attempts)}, max ${Math.max(...attempts)}; 8 requests per uncontended attempt (4 reads, 4 writes)`,
);
