// Whole-process benchmarks. Every measured run is a fresh `node` child, so a figure is what a
// user or a runner pays: process start, bundle load, file I/O and the work itself.
// Usage: node bench/run.mjs [--runs N] [benchmark...]   (see bench/README.md)
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Children run in repoRoot, so commands are printed with short relative paths.
const corpus = path.relative(repoRoot, path.resolve(repoRoot, '../shared/corpus/workflows'));
// What a bundle may add to a bare `node -e 0` in the same run. The absolute start time varies
// by machine (NODE_EXTRA_CA_CERTS alone adds ~50 ms here); what the bundle adds does not.
const COLD_START_BUDGET_MS = 100;

// A benchmark is a group of cases measured in the same run, so they can be compared.
// `expect` is the exit code a run must end with, or 'any'.
const benchmarks = {
  'cold-start': {
    cases: () => [
      { name: 'node -e 0', args: ['-e', '0'], expect: 0 },
      ...bundles().map((bundle) =>
        bundle === 'dist/cli/index.js'
          ? { name: `${bundle} --version`, args: [bundle, '--version'], expect: 0 }
          : // An action with no inputs fails fast (often exit 2); the load is what is timed.
            // Run from an empty folder, so the action has nothing to check.
            {
              name: bundle,
              args: [path.join(repoRoot, bundle)],
              env: withoutInputs(),
              cwd: emptyFolder(),
              expect: 'any',
            },
      ),
    ],
    summarize: (cases) => {
      const [baseline, ...rest] = cases;
      for (const c of rest) {
        if (c.failure || baseline.failure) continue;
        c.addedMs = c.medianMs - baseline.medianMs;
        c.withinBudget = c.addedMs <= COLD_START_BUDGET_MS;
        c.note = `+${ms(c.addedMs)} ms over node -e 0, ${
          c.withinBudget ? 'within' : 'OVER'
        } budget (${COLD_START_BUDGET_MS} ms)`;
        // An action's exit code is not checked, but shown: 2 is the expected "no inputs".
        if (c.expect === 'any') c.note += `, exit ${c.exitCodes.join('/')}`;
      }
    },
  },
  'pin-check-corpus': {
    cases: () => [
      // Exit 1: the corpus has unpinned references.
      { name: 'pin-check-corpus', args: ['dist/cli/index.js', 'pin-check', corpus], expect: 1 },
      { name: 'yaml-parse-corpus', args: ['bench/yaml-parse-only.mjs', corpus], expect: 0 },
    ],
    summarize: ([pins, parse]) => {
      if (pins.failure || parse.failure) return;
      pins.note = `pin-check/parse = ${(pins.medianMs / parse.medianMs).toFixed(2)}, target 500 ms`;
      parse.note = 'baseline: find + parseDocument only';
    },
  },
  'audit-corpus': {
    cases: () => [
      // Exit 1: the audit reports the corpus's unpinned references.
      { name: 'audit-corpus', args: ['dist/cli/index.js', 'audit', corpus], expect: 1 },
      { name: 'yaml-parse-corpus', args: ['bench/yaml-parse-only.mjs', corpus], expect: 0 },
    ],
    summarize: ([audit, parse]) => {
      if (audit.failure || parse.failure) return;
      audit.ratioToParse = audit.medianMs / parse.medianMs;
      audit.note = `audit/parse = ${audit.ratioToParse.toFixed(2)}`;
      parse.note = 'baseline: find + parseDocument only';
    },
  },
  'invariant-gate-openwop': {
    // openwop's real index (191 invariants) against a tree rebuilt from their conformance paths.
    cases: () => {
      const tree = openwopTree();
      const noCa = withoutExtraCaCerts();
      return [
        { name: 'node -e 0', args: ['-e', '0'], expect: 0 },
        {
          name: 'action bundle',
          args: ['dist/invariant-gate/index.js'],
          env: { ...withoutInputs(), INPUT_PATH: tree },
          expect: 0,
        },
        {
          name: 'palisade invariant-gate',
          args: ['dist/cli/index.js', 'invariant-gate', tree],
          expect: 0,
        },
        // As on a hosted runner, which does not set NODE_EXTRA_CA_CERTS (~50 ms at every start).
        { name: 'node -e 0, no extra CA', args: ['-e', '0'], env: noCa, expect: 0 },
        {
          name: 'action bundle, no extra CA',
          args: ['dist/invariant-gate/index.js'],
          env: { ...withoutInputs(noCa), INPUT_PATH: tree },
          expect: 0,
        },
      ];
    },
    summarize: (cases) => {
      const [node, action, cli, nodeNoCa, actionNoCa] = cases;
      const over = (c, base) =>
        c.failure || base.failure
          ? undefined
          : `+${ms(c.medianMs - base.medianMs)} ms over ${base.name}`;
      action.note = `${over(action, node)}; target: whole process at most 150 ms`;
      cli.note = over(cli, node);
      actionNoCa.note = `${over(actionNoCa, nodeNoCa)}; target: whole process at most 150 ms`;
    },
  },
};

/** openwop's index and a file for each path of their conformance tree, made once per run. */
let openwop;
function openwopTree() {
  if (openwop) return openwop;
  const fixture = path.resolve(repoRoot, '../shared/fixtures/openwop');
  openwop = mkdtempSync(path.join(os.tmpdir(), 'palisade-bench-openwop-'));
  process.on('exit', () => rmSync(openwop, { recursive: true, force: true }));
  const index = readFileSync(path.join(fixture, 'invariants.yaml'), 'utf8');
  mkdirSync(path.join(openwop, 'SECURITY'));
  writeFileSync(path.join(openwop, 'SECURITY/invariants.yaml'), index);
  const files = readFileSync(path.join(fixture, 'conformance-files.txt'), 'utf8').split('\n');
  // The threat models the index names exist, so the gate reads them as it would for real.
  const models = [...index.matchAll(/^\s*threat_model:\s*(\S+)\s*$/gm)].map((m) => m[1]);
  for (const file of [...files.filter((line) => line !== ''), ...new Set(models)]) {
    mkdirSync(path.dirname(path.join(openwop, file)), { recursive: true });
    writeFileSync(path.join(openwop, file), `// ${file}\n`);
  }
  return openwop;
}

function withoutExtraCaCerts() {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_EXTRA_CA_CERTS'),
  );
}

/** Whatever bundles exist at run time, one folder per action (and the CLI) under dist/. */
function bundles() {
  const dist = path.join(repoRoot, 'dist');
  if (!existsSync(dist)) return [];
  return readdirSync(dist, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dist, entry.name, 'index.js')))
    .map((entry) => `dist/${entry.name}/index.js`)
    .sort();
}

/** An empty folder, made once per run, for actions started with nothing to do. */
let empty;
function emptyFolder() {
  if (!empty) {
    empty = mkdtempSync(path.join(os.tmpdir(), 'palisade-bench-empty-'));
    process.on('exit', () => rmSync(empty, { recursive: true, force: true }));
  }
  return empty;
}

/** The environment of an action run with no inputs given. */
function withoutInputs(env = process.env) {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^INPUT_/i.test(key)));
}

// Peak RSS comes free from GNU time's %M (KiB). The marker lets us cut its line out of the
// child's stderr; the probe makes a missing or non-GNU `time` an empty column, not an error.
const TIME = '/usr/bin/time';
const RSS_MARK = 'palisade-bench-rss=';
const RSS_TAIL = new RegExp(`(?:Command (?:exited|terminated) [^\\n]*\\n)?${RSS_MARK}(\\d+)\\s*$`);
const rssAvailable =
  existsSync(TIME) &&
  RSS_TAIL.test(
    spawnSync(TIME, ['-f', `${RSS_MARK}%M`, process.execPath, '-e', '0'], { encoding: 'utf8' })
      .stderr ?? '',
  );

function runOnce({ args, env, cwd }) {
  const [file, fileArgs] = rssAvailable
    ? [TIME, ['-f', `${RSS_MARK}%M`, process.execPath, ...args]]
    : [process.execPath, args];
  const start = process.hrtime.bigint();
  const child = spawnSync(file, fileArgs, {
    cwd: cwd ?? repoRoot,
    env: env ?? process.env,
    // Output is not needed, and discarding it keeps pipe buffering out of the figure.
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
  let stderr = child.stderr ?? '';
  let rssKb;
  const match = RSS_TAIL.exec(stderr);
  if (match) {
    rssKb = Number(match[1]);
    stderr = stderr.slice(0, match.index);
  }
  return {
    elapsedMs,
    rssKb,
    status: child.status,
    signal: child.signal,
    error: child.error,
    stderr,
  };
}

/** Why a run does not count, or undefined when it ended as expected. */
function failureOf(c, run) {
  if (run.error) return { reason: `could not run: ${run.error.message}`, stderr: [] };
  const ok = run.signal === null && (c.expect === 'any' || run.status === c.expect);
  if (ok) return undefined;
  const ended = run.signal ? `killed by ${run.signal}` : `exit code ${run.status}`;
  return {
    reason: `${ended}, expected ${c.expect}`,
    stderr: run.stderr.trim().split('\n').slice(0, 8),
  };
}

function measure(benchmark, runs) {
  const cases = benchmark.cases().map((c) => ({ ...c, timesMs: [], exitCodes: [] }));
  // Round 0 is the uncounted warm-up (file cache, lazy OS work). Cases are interleaved
  // round by round so a change in machine load hits them all alike.
  for (let round = 0; round <= runs; round++) {
    for (const c of cases) {
      if (c.failure) continue;
      const run = runOnce(c);
      c.failure = failureOf(c, run);
      if (c.failure || round === 0) continue;
      c.timesMs.push(run.elapsedMs);
      if (run.rssKb !== undefined) c.peakRssKb = Math.max(c.peakRssKb ?? 0, run.rssKb);
      if (!c.exitCodes.includes(run.status)) c.exitCodes.push(run.status);
    }
  }
  for (const c of cases) {
    if (c.failure) continue;
    const sorted = [...c.timesMs].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    c.medianMs = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    c.minMs = sorted[0];
    c.maxMs = sorted[sorted.length - 1];
  }
  benchmark.summarize(cases);
  return cases;
}

const ms = (value) => value.toFixed(1);

function printTable(results) {
  const rows = [['benchmark', 'case', 'median ms', 'min ms', 'max ms', 'peak RSS MB', 'note']];
  for (const { benchmark, cases } of results) {
    for (const c of cases) {
      rows.push(
        c.failure
          ? [benchmark, c.name, 'FAILED', '', '', '', c.failure.reason]
          : [
              benchmark,
              c.name,
              ms(c.medianMs),
              ms(c.minMs),
              ms(c.maxMs),
              c.peakRssKb === undefined ? '' : (c.peakRssKb / 1024).toFixed(0),
              c.note ?? '',
            ],
      );
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const numeric = new Set([2, 3, 4, 5]);
  const line = (row) =>
    row
      .map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(line(rows[0]));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));
  for (const { cases } of results) {
    for (const c of cases.filter((c) => c.failure)) {
      console.log(`\n${c.name} failed (${c.failure.reason}). stderr:`);
      for (const text of c.failure.stderr) console.log(`  ${text}`);
    }
  }
}

function main() {
  const { values, positionals } = parseArgs({
    options: { runs: { type: 'string', default: '9' } },
    allowPositionals: true,
  });
  const runs = Number(values.runs);
  const names = positionals.length > 0 ? positionals : Object.keys(benchmarks);
  const unknown = names.filter((name) => !Object.hasOwn(benchmarks, name));
  if (!Number.isInteger(runs) || runs < 1 || unknown.length > 0) {
    console.error(
      `usage: node bench/run.mjs [--runs N] [${Object.keys(benchmarks).join('|')}]...` +
        (unknown.length > 0 ? `\nunknown benchmark: ${unknown.join(', ')}` : ''),
    );
    process.exit(2);
  }

  const results = [];
  for (const name of names) {
    // Progress on stderr: the audit benchmark takes a while, and stdout stays the table.
    console.error(`running ${name} (1 warm-up + ${runs} runs per case)...`);
    results.push({ benchmark: name, cases: measure(benchmarks[name], runs) });
  }
  printTable(results);

  const date = new Date().toISOString();
  const report = {
    date,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    runs,
    peakRss: rssAvailable ? `${TIME} -f %M` : 'unavailable',
    results: results.map(({ benchmark, cases }) => ({
      benchmark,
      // Listed field by field: the environment given to a child must not land in the file.
      cases: cases.map((c) => ({
        name: c.name,
        command: ['node', ...c.args],
        expect: c.expect,
        exitCodes: c.exitCodes,
        timesMs: c.timesMs,
        medianMs: c.medianMs,
        minMs: c.minMs,
        maxMs: c.maxMs,
        peakRssKb: c.peakRssKb,
        addedMs: c.addedMs,
        withinBudget: c.withinBudget,
        ratioToParse: c.ratioToParse,
        note: c.note,
        failure: c.failure,
      })),
    })),
  };
  const folder = path.join(repoRoot, 'bench/.results');
  mkdirSync(folder, { recursive: true });
  // Colons are not allowed in Windows file names.
  const file = path.join(folder, `${date.replace(/:/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nFigures written to ${path.relative(process.cwd(), file)}`);
  // A failed benchmark fails the command; a figure over budget does not (figures are read by
  // a person, not asserted).
  if (results.some(({ cases }) => cases.some((c) => c.failure))) process.exitCode = 1;
}

main();
