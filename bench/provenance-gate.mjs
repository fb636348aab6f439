// provenance-gate benchmark, whole-process, against the built bundle (node scripts/build.mjs
// provenance-gate first): one run of the action verifies every valid bundle of the fixtures
// (10 verifications: sigstore-js v0.3, v0.1 and the two-line jsonl, the reusable-workflow and
// tenant-issuer bundles, the GitHub-instance bundle, MODULE.bazel, the wrong signer (valid
// signature) and rules_lint). Reports the whole-process median beside `node -e 0` measured in
// the same run, and, from inside the process, the time of each verification after the first:
// the action prints them to stderr when PALISADE_PROVENANCE_TIMINGS=1.
// Usage: node bench/provenance-gate.mjs [--runs N]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(repoRoot, 'dist/provenance-gate/index.js');
const fixtures = path.resolve(repoRoot, '../shared/fixtures/attestations');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '9' } } });
const runs = Number(values.runs);
const WHOLE_TARGET_MS = 1000;
const EACH_TARGET_MS = 30;

const inputs = {
  path: fixtures,
  'subject-path': [
    'cli-cli/sigstore-js-2.1.0.tgz',
    'cli-cli/reusable-workflow-artifact',
    'cli-cli/custom-issuer-artifact',
    'cli-cli/github_provenance_demo-0.0.12-py3-none-any.whl',
    'slsa-verifier-bcr/MODULE.bazel',
    'slsa-verifier-bcr/rules_lint-v1.3.1.tar.gz',
  ].join('\n'),
  bundle: [
    'cli-cli/sigstore-js-2.1.0-bundle.json',
    'cli-cli/sigstore-js-2.1.0-bundle-v0.1.json',
    'cli-cli/sigstore-js-2.1.0_with_2_bundles.jsonl',
    'cli-cli/reusable-workflow-attestation.sigstore.json',
    'cli-cli/custom-issuer.sigstore.json',
    'cli-cli/github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl',
    'slsa-verifier-bcr/MODULE.bazel.intoto.jsonl',
    'slsa-verifier-bcr/MODULE-wrong-signer.bazel.intoto.jsonl',
    'slsa-verifier-bcr/rules_lint-v1.3.1.tar.gz.intoto.jsonl',
  ].join('\n'),
  // One policy cannot fit every signer: every bundle is verified in full (signature, chain,
  // log, timestamps, statement) before the identity is compared; the verdicts are not timed.
  'signer-repo': 'bazel-contrib/publish-to-bcr',
  'fail-on': 'never',
  'show-summary': 'false',
  'github-token': '',
  'report-file': path.join(repoRoot, 'bench/.results/provenance-gate-report.json'),
};

function inputsEnv(extra = {}) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(INPUT_|GITHUB_)/i.test(key)),
  );
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return { ...env, ...extra };
}

function median(list) {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function once(args, env) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
  const timings = [...(child.stderr ?? '').matchAll(/^palisade-timing (\S+)$/gm)].map((m) =>
    Number(m[1]),
  );
  return { elapsedMs, status: child.status, timings, stderr: child.stderr ?? '' };
}

const ms = (value) => value.toFixed(1);
const baseline = [];
const whole = [];
const first = [];
const after = [];
let failure;
// Round 0 warms the file cache and is not counted; cases alternate so load hits both alike.
for (let round = 0; round <= runs; round++) {
  const node = once(['-e', '0'], process.env);
  const gate = once([bundle], inputsEnv({ PALISADE_PROVENANCE_TIMINGS: '1' }));
  if (gate.status !== 0 || gate.timings.length !== 10) {
    failure = `exit ${gate.status}, ${gate.timings.length} verifications timed\n${gate.stderr.slice(0, 2000)}`;
    break;
  }
  if (round === 0) continue;
  baseline.push(node.elapsedMs);
  whole.push(gate.elapsedMs);
  first.push(gate.timings[0]);
  after.push(...gate.timings.slice(1));
}
if (failure) {
  console.error(`provenance-gate failed: ${failure}`);
  process.exit(1);
}
const wholeMedian = median(whole);
const worstAfter = Math.max(...after);
console.log(
  `provenance-gate, every valid fixture bundle (10 verifications) in one process, ${runs} runs`,
);
console.log(`  node -e 0                        median ${ms(median(baseline))} ms`);
console.log(
  `  dist/provenance-gate             median ${ms(wholeMedian)} ms (+${ms(wholeMedian - median(baseline))} ms over node -e 0), target ${WHOLE_TARGET_MS} ms: ${wholeMedian <= WHOLE_TARGET_MS ? 'within' : 'OVER'}`,
);
console.log(
  `  first verification               median ${ms(median(first))} ms (loads and warms the code)`,
);
console.log(
  `  each verification after the first: median ${ms(median(after))} ms, max ${ms(worstAfter)} ms over ${after.length}, target ${EACH_TARGET_MS} ms: ${worstAfter <= EACH_TARGET_MS ? 'within' : 'OVER'}`,
);
