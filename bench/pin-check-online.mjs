// Counts the GitHub API requests of an online pin-check of the whole corpus, against a local
// server that answers the tags of every action repository the corpus names (with ETags), and
// times the run. A second run with the same on-disk cache shows what a warm cache saves.
// Usage: node bench/pin-check-online.mjs        (after `pnpm run build`)
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(repoRoot, '../shared/corpus/workflows');
const cli = path.join(repoRoot, 'dist/cli/index.js');

// The corpus's references, from the audit's own inventory.
const audit = spawnSync(process.execPath, [cli, 'audit', corpus, '--format', 'json'], {
  encoding: 'utf8',
  maxBuffer: 64 << 20,
});
const { inventory } = JSON.parse(audit.stdout);
const fakeSha = (text) => createHash('sha1').update(text).digest('hex');

// Every ref the corpus uses exists as a tag, and every pinned SHA is a tag's commit (the
// comment's version, or a tag of its own), so the answers are what a healthy corpus gets.
const tags = new Map(); // 'owner/repo' → Map(tag → sha)
for (const reference of inventory.references) {
  const match = /^([^/@]+)\/([^/@]+)(?:\/[^@]*)?@(.+)$/.exec(reference.uses);
  if (!match || (reference.kind !== 'action' && reference.kind !== 'reusable-workflow')) continue;
  const key = `${match[1]}/${match[2]}`.toLowerCase();
  const repoTags = tags.get(key) ?? new Map();
  const ref = match[3];
  if (/^[0-9a-f]{40}$/.test(ref))
    repoTags.set(reference.comment?.split(/\s/)[0] || `pinned-${ref.slice(0, 7)}`, ref);
  else repoTags.set(ref, fakeSha(`${key}@${ref}`));
  tags.set(key, repoTags);
}

const counts = { tags: 0, notModified: 0, other: 0 };
const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const match = /^\/repos\/([^/]+)\/([^/]+)\/tags$/.exec(url.pathname);
  const repoTags = match && tags.get(`${match[1]}/${match[2]}`.toLowerCase());
  if (!repoTags) {
    counts.other += 1;
    response.writeHead(404, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ message: 'Not Found', status: '404' }));
    return;
  }
  counts.tags += 1;
  const body = JSON.stringify(
    [...repoTags].map(([name, sha]) => ({ name, commit: { sha, url: '' } })),
  );
  const etag = `"${createHash('sha256').update(body).digest('hex')}"`;
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    etag,
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-limit': '5000',
  };
  if (request.headers['if-none-match'] === etag) {
    counts.notModified += 1;
    response.writeHead(304, headers);
    response.end();
    return;
  }
  response.writeHead(200, headers);
  response.end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();
const cache = mkdtempSync(path.join(os.tmpdir(), 'palisade-bench-cache-'));

async function run() {
  const env = {
    ...process.env,
    GITHUB_TOKEN: 'bench-token',
    GITHUB_API_URL: `http://127.0.0.1:${port}`,
    XDG_CACHE_HOME: cache,
  };
  const start = process.hrtime.bigint();
  const child = spawn(process.execPath, [cli, 'pin-check', corpus, '--format', 'json'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  const code = await new Promise((resolve) => child.on('close', resolve));
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const report = JSON.parse(stdout);
  return { code, ms, findings: report.counts, inputErrors: report.errors.length };
}

try {
  const repositories = tags.size;
  const cold = { ...(await run()), ...counts };
  Object.assign(counts, { tags: 0, notModified: 0, other: 0 });
  const warm = { ...(await run()), ...counts };
  console.log(`action repositories named by the corpus: ${repositories}`);
  for (const [name, r] of [
    ['cold cache', cold],
    ['warm cache', warm],
  ]) {
    console.log(
      `${name}: ${r.ms.toFixed(0)} ms, exit ${r.code}, ${r.tags} tag requests (${r.notModified} answered 304, ${r.tags - r.notModified} charged), ${r.other} other requests, ${r.inputErrors} input errors`,
    );
  }
} finally {
  server.close();
  rmSync(cache, { recursive: true, force: true });
}
