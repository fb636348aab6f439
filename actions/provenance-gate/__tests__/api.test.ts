import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from '@jest/globals';
import { runProvenanceGate } from '../src/run.js';
import { compress as snappyCompress, uncompress } from 'snappyjs';
import { parseBundleBody } from '../src/api.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURES = path.resolve(REPO_ROOT, '../shared/fixtures/attestations');
const TOKEN = 'ghs_provenanceGateTestToken0123456789';
const MODULE_SHA256 = 'sha256:06ce330900a7d6403bc8d88e5dfad6aeeb8ae40179f66bb89e69c8bf6f6b1a0b';
const BCR_SIGNER = 'bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml@refs/tags/v0.0.1';
const PATH = `/repos/aspect-build/rules_lint/attestations/${encodeURIComponent(MODULE_SHA256)}`;

type Handler = (request: IncomingMessage, response: ServerResponse, url: URL) => void;

let server: Server | undefined;
const requests: string[] = [];

async function serve(handler: Handler): Promise<string> {
  requests.length = 0;
  const started = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(
      `${request.method ?? ''} ${url.pathname}${url.search} ${request.headers.authorization ?? '-'}`,
    );
    handler(request, response, url);
  });
  server = started;
  await new Promise<void>((resolve) => started.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(started.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await new Promise<void>((resolve) => {
    if (server)
      server.close(() => {
        resolve();
      });
    else resolve();
  });
  server = undefined;
});

function json(response: ServerResponse, status: number, body: unknown, headers = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

async function moduleBundle(file = 'MODULE.bazel.intoto.jsonl'): Promise<unknown> {
  return JSON.parse(await readFile(path.join(FIXTURES, 'slsa-verifier-bcr', file), 'utf8'));
}

async function gate(apiUrl: string) {
  return runProvenanceGate(FIXTURES, undefined, {
    subjectPaths: ['slsa-verifier-bcr/MODULE.bazel'],
    repository: 'aspect-build/rules_lint',
    token: TOKEN,
    apiUrl,
    retries: 1,
    retryBaseDelayMs: 1,
    signerWorkflow: BCR_SIGNER,
  });
}

describe('fetching attestations from the API', () => {
  it('found: an inline bundle verifies, with the token sent to the API', async () => {
    const bundle = await moduleBundle();
    const url = await serve((_request, response) => {
      json(response, 200, { attestations: [{ bundle, repository_id: 1 }] });
    });
    const result = await gate(url);
    expect(result.verdicts.map((v) => [v.verified, v.reason])).toEqual([
      [true, `verified: 1 required predicate type, signed by ${BCR_SIGNER}`],
    ]);
    expect(requests).toEqual([`GET ${PATH}?per_page=100 token ${TOKEN}`]);
  });

  it('none: an empty list fails the artifact', async () => {
    const url = await serve((_request, response) => {
      json(response, 200, { attestations: [] });
    });
    const result = await gate(url);
    expect(result.verdicts.map((v) => [v.verified, v.rule, v.reason])).toEqual([
      [
        false,
        'no-attestation',
        `the attestations API of aspect-build/rules_lint has no attestation for ${MODULE_SHA256}`,
      ],
    ]);
    expect(result.verified).toBe(false);
  });

  it('paginated: follows the link header to the page with the right signer', async () => {
    const wrong = await moduleBundle('MODULE-wrong-signer.bazel.intoto.jsonl');
    const right = await moduleBundle();
    const url = await serve((_request, response, requestUrl) => {
      if (requestUrl.searchParams.get('after') === 'cursor2') {
        json(response, 200, { attestations: [{ bundle: right }] });
      } else {
        json(
          response,
          200,
          { attestations: [{ bundle: wrong }] },
          {
            link: `<http://127.0.0.1:${(server?.address() as AddressInfo).port}${PATH}?per_page=100&after=cursor2>; rel="next"`,
          },
        );
      }
    });
    const result = await gate(url);
    expect(result.verdicts[0]?.verified).toBe(true);
    expect(result.verdicts[0]?.attestations.map((a) => [a.verified, a.rule])).toEqual([
      [false, 'signer-mismatch'],
      [true, undefined],
    ]);
    expect(requests).toEqual([
      `GET ${PATH}?per_page=100 token ${TOKEN}`,
      `GET ${PATH}?per_page=100&after=cursor2 token ${TOKEN}`,
    ]);
  });

  it('5xx: the gate fails closed after its retries, and the token is never in the reason', async () => {
    const url = await serve((_request, response) => {
      json(response, 502, { message: 'Bad Gateway' });
    });
    const result = await gate(url);
    expect(result.verdicts.map((v) => [v.verified, v.rule])).toEqual([[false, 'fetch-failed']]);
    expect(result.verdicts[0]?.reason).toMatch(
      /^the attestations could not be fetched: GET \/repos\/aspect-build\/rules_lint\/attestations\/sha256%3A06ce[0-9a-f]+\?per_page=100 failed: 502 Bad Gateway/,
    );
    expect(JSON.stringify(result.json)).not.toContain(TOKEN);
    expect(requests).toHaveLength(2);
  });

  it('404: no attestation (or not visible) fails the artifact', async () => {
    const url = await serve((_request, response) => {
      json(response, 404, { message: 'Not Found' });
    });
    const result = await gate(url);
    expect(result.verdicts.map((v) => [v.verified, v.rule, v.reason])).toEqual([
      [
        false,
        'no-attestation',
        `the attestations API of aspect-build/rules_lint has no attestation for ${MODULE_SHA256} (404: none, or not visible to the token)`,
      ],
    ]);
  });

  it('bundle: null with a bundle_url: the snappy-compressed bundle is fetched without the token', async () => {
    const bundle = Buffer.from(JSON.stringify(await moduleBundle()));
    const url = await serve((_request, response, requestUrl) => {
      if (requestUrl.pathname === '/blob/bundle') {
        response.writeHead(200, { 'content-type': 'application/octet-stream' });
        response.end(snappyCompress(bundle));
        return;
      }
      const port = (server?.address() as AddressInfo).port;
      json(response, 200, {
        attestations: [
          { bundle: null, bundle_url: `http://127.0.0.1:${port}/blob/bundle?sig=secret` },
        ],
      });
    });
    const result = await gate(url);
    expect(result.verdicts[0]?.verified).toBe(true);
    expect(requests[1]).toBe('GET /blob/bundle?sig=secret -');
  });

  it('a bundle_url body that is neither JSON nor snappy fails closed', async () => {
    const url = await serve((_request, response, requestUrl) => {
      if (requestUrl.pathname === '/blob/bundle') {
        response.writeHead(200);
        response.end(Buffer.from([0x05, 0xff, 0xff]));
        return;
      }
      const port = (server?.address() as AddressInfo).port;
      json(response, 200, {
        attestations: [
          { bundle: null, bundle_url: `http://127.0.0.1:${port}/blob/bundle?sig=secret` },
        ],
      });
    });
    const result = await gate(url);
    expect(result.verdicts[0]?.rule).toBe('fetch-failed');
    expect(result.verdicts[0]?.reason).toContain(
      'the bundle at bundle_url is neither JSON nor snappy-compressed JSON',
    );
  });
});

describe('bundle_url bodies', () => {
  it('plain JSON and snappy-compressed JSON are both read', () => {
    const json = Buffer.from('{"mediaType":"x"}');
    expect(parseBundleBody(json, 'GET x')).toEqual({ mediaType: 'x' });
    expect(parseBundleBody(snappyCompress(json), 'GET x')).toEqual({ mediaType: 'x' });
    expect(uncompress(snappyCompress(json)).toString()).toBe('{"mediaType":"x"}');
  });

  it('a stream that claims more than 64 MB is refused before it is expanded', () => {
    // The varint length header alone: 2^27 bytes (128 MB).
    expect(() => parseBundleBody(Buffer.from([0x80, 0x80, 0x80, 0x40, 0x00]), 'GET x')).toThrow(
      'GET x: the bundle at bundle_url is neither JSON nor snappy-compressed JSON (The uncompressed length of 134217728 is too big, expect at most 67108864)',
    );
  });
});
