/**
 * A local emulator of the GitHub Git Data API (and of repository security advisories), for
 * advisory-id's ledger: a real `node:http` server on 127.0.0.1 (port 0) that stores blobs,
 * trees and commits by SHA and updates refs by real compare-and-swap. `PATCH …/git/refs/…`
 * with `force: false` succeeds only when the new commit's ancestry contains the current tip
 * (else GitHub's 422 "Update is not a fast forward"); `POST …/git/refs` answers 422
 * "Reference already exists" when someone was first. Faults are injected per method and path:
 * an error status instead of the answer, or the update applied and then an error status (a
 * response lost after the server did the work).
 *
 *     const emulator = await startGitEmulator({ repositories: ['octo/widget'] });
 *     emulator.faults.add({ method: 'PATCH', path: /\/git\/refs\//, kind: 'apply-then-status', status: 502, times: 1 });
 *     … createGitHubClient({ token: 't', baseUrl: emulator.url }) …
 *     emulator.readFile('octo/widget', 'advisory-ledger', 'ledger.json');
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type GitObject =
  | { type: 'blob'; content: Buffer }
  | { type: 'tree'; entries: TreeEntry[] }
  | { type: 'commit'; tree: string; parents: string[]; message: string };

interface TreeEntry {
  path: string;
  mode: string;
  type: 'blob' | 'tree';
  sha: string;
}

export interface EmulatedAdvisory {
  summary: string;
}

interface Repository {
  refs: Map<string, string>;
  objects: Map<string, GitObject>;
  advisories: Map<string, EmulatedAdvisory>;
}

export interface FaultSpec {
  method?: string;
  path: string | RegExp;
  /** `status`: answer `status` and do nothing; `apply-then-status`: do the work, then answer `status`. */
  kind: 'status' | 'apply-then-status';
  status: number;
  /** How many matching requests get the fault (default: all). */
  times?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  status: number;
}

export interface GitEmulator {
  url: string;
  requests: {
    readonly log: readonly RecordedRequest[];
    readonly total: number;
    count(method: string, path?: RegExp): number;
    reset(): void;
  };
  faults: { add(fault: FaultSpec): void; clear(): void };
  /** The text of `file` at the tip of `branch`, or undefined. */
  readFile(repository: string, branch: string, file: string): string | undefined;
  /** The commit SHAs of `branch`, tip first (first parents). */
  history(repository: string, branch: string): string[];
  advisories(repository: string): Map<string, EmulatedAdvisory>;
  /** Commits `files` on top of `branch` (creating it), as a push would. */
  seed(repository: string, branch: string, files: Record<string, string>): string;
  close(): Promise<void>;
}

function shaOfObject(object: GitObject): string {
  const body =
    object.type === 'blob'
      ? object.content
      : Buffer.from(
          JSON.stringify(
            object.type === 'tree' ? object.entries : [object.tree, object.parents, object.message],
          ),
        );
  return createHash('sha1').update(`${object.type} ${body.length}\0`).update(body).digest('hex');
}

interface Answer {
  status: number;
  body: unknown;
}

const NOT_FOUND: Answer = {
  status: 404,
  body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
};

export async function startGitEmulator(options: {
  repositories: string[];
  token?: string;
  advisories?: Record<string, Record<string, EmulatedAdvisory>>;
}): Promise<GitEmulator> {
  const repositories = new Map<string, Repository>();
  for (const name of options.repositories) {
    repositories.set(name.toLowerCase(), {
      refs: new Map(),
      objects: new Map(),
      advisories: new Map(Object.entries(options.advisories?.[name] ?? {})),
    });
  }
  const log: RecordedRequest[] = [];
  const faults: Array<FaultSpec & { remaining: number }> = [];
  const store = (repository: Repository, object: GitObject): string => {
    const sha = shaOfObject(object);
    repository.objects.set(sha, object);
    return sha;
  };
  const isAncestor = (repository: Repository, ancestor: string, from: string): boolean => {
    const pending = [from];
    const seen = new Set<string>();
    while (pending.length > 0) {
      const sha = pending.pop() ?? '';
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      const object = repository.objects.get(sha);
      if (object?.type === 'commit') pending.push(...object.parents);
    }
    return false;
  };

  const handle = (method: string, path: string, body: Record<string, unknown>): Answer => {
    const match = /^\/repos\/([^/]+)\/([^/]+)\/(.*)$/.exec(path);
    if (!match) return NOT_FOUND;
    const repository = repositories.get(`${match[1] ?? ''}/${match[2] ?? ''}`.toLowerCase());
    if (!repository) return NOT_FOUND;
    const rest = match[3] ?? '';
    let m: RegExpExecArray | null;
    if (method === 'GET' && (m = /^git\/ref\/(heads\/.+)$/.exec(rest))) {
      const ref = m[1] ?? '';
      const sha = repository.refs.get(ref);
      if (!sha) return NOT_FOUND;
      return {
        status: 200,
        body: {
          ref: `refs/${ref}`,
          node_id: 'REF',
          url: '',
          object: { sha, type: 'commit', url: '' },
        },
      };
    }
    if (method === 'GET' && (m = /^git\/commits\/([0-9a-f]{40})$/.exec(rest))) {
      const object = repository.objects.get(m[1] ?? '');
      if (object?.type !== 'commit') return NOT_FOUND;
      return {
        status: 200,
        body: {
          sha: m[1],
          tree: { sha: object.tree, url: '' },
          parents: object.parents.map((sha) => ({ sha, url: '' })),
          message: object.message,
        },
      };
    }
    if (method === 'GET' && (m = /^git\/trees\/([0-9a-f]{40})$/.exec(rest))) {
      const object = repository.objects.get(m[1] ?? '');
      if (object?.type !== 'tree') return NOT_FOUND;
      return {
        status: 200,
        body: {
          sha: m[1],
          url: '',
          truncated: false,
          tree: object.entries.map((entry) => ({ ...entry, url: '' })),
        },
      };
    }
    if (method === 'GET' && (m = /^git\/blobs\/([0-9a-f]{40})$/.exec(rest))) {
      const object = repository.objects.get(m[1] ?? '');
      if (object?.type !== 'blob') return NOT_FOUND;
      // GitHub wraps base64 at 60 characters.
      const encoded = object.content.toString('base64').replace(/.{60}/g, '$&\n');
      return {
        status: 200,
        body: {
          sha: m[1],
          size: object.content.length,
          url: '',
          content: encoded,
          encoding: 'base64',
        },
      };
    }
    if (method === 'POST' && rest === 'git/blobs') {
      if (typeof body.content !== 'string') return invalid('content');
      const content = Buffer.from(body.content, body.encoding === 'base64' ? 'base64' : 'utf8');
      return { status: 201, body: { sha: store(repository, { type: 'blob', content }), url: '' } };
    }
    if (method === 'POST' && rest === 'git/trees') {
      const base =
        typeof body.base_tree === 'string' ? repository.objects.get(body.base_tree) : undefined;
      if (body.base_tree !== undefined && base?.type !== 'tree') return invalid('base_tree');
      const entries = new Map(
        (base?.type === 'tree' ? base.entries : []).map((entry) => [entry.path, entry]),
      );
      for (const item of Array.isArray(body.tree) ? (body.tree as TreeEntry[]) : []) {
        if (!repository.objects.has(item.sha)) return invalid('tree.sha');
        entries.set(item.path, {
          path: item.path,
          mode: item.mode,
          type: item.type,
          sha: item.sha,
        });
      }
      const sorted = [...entries.values()].sort((a, b) => a.path.localeCompare(b.path));
      return {
        status: 201,
        body: { sha: store(repository, { type: 'tree', entries: sorted }), url: '', tree: sorted },
      };
    }
    if (method === 'POST' && rest === 'git/commits') {
      const tree = typeof body.tree === 'string' ? body.tree : '';
      const parents = Array.isArray(body.parents) ? (body.parents as string[]) : [];
      if (repository.objects.get(tree)?.type !== 'tree') return invalid('tree');
      if (parents.some((parent) => repository.objects.get(parent)?.type !== 'commit'))
        return invalid('parents');
      const sha = store(repository, {
        type: 'commit',
        tree,
        parents,
        message: String(body.message),
      });
      return {
        status: 201,
        body: { sha, url: '', tree: { sha: tree }, parents: parents.map((p) => ({ sha: p })) },
      };
    }
    if (method === 'PATCH' && (m = /^git\/refs\/(heads\/.+)$/.exec(rest))) {
      const ref = m[1] ?? '';
      const current = repository.refs.get(ref);
      const sha = typeof body.sha === 'string' ? body.sha : '';
      if (!current) return { status: 422, body: { message: 'Reference does not exist' } };
      if (repository.objects.get(sha)?.type !== 'commit') return invalid('sha');
      if (body.force !== true && !isAncestor(repository, current, sha)) {
        return {
          status: 422,
          body: {
            message: 'Update is not a fast forward',
            documentation_url: 'https://docs.github.com/rest/git/refs#update-a-reference',
          },
        };
      }
      repository.refs.set(ref, sha);
      return { status: 200, body: { ref: `refs/${ref}`, object: { sha, type: 'commit' } } };
    }
    if (method === 'POST' && rest === 'git/refs') {
      const ref = typeof body.ref === 'string' ? body.ref.replace(/^refs\//, '') : '';
      const sha = typeof body.sha === 'string' ? body.sha : '';
      if (!ref.startsWith('heads/') || repository.objects.get(sha)?.type !== 'commit')
        return invalid('ref');
      if (repository.refs.has(ref))
        return { status: 422, body: { message: 'Reference already exists' } };
      repository.refs.set(ref, sha);
      return { status: 201, body: { ref: `refs/${ref}`, object: { sha, type: 'commit' } } };
    }
    if ((m = /^security-advisories\/(GHSA-[\w-]+)$/.exec(rest))) {
      const advisory = repository.advisories.get(m[1] ?? '');
      if (!advisory) return NOT_FOUND;
      if (method === 'PATCH' && typeof body.summary === 'string') advisory.summary = body.summary;
      if (method === 'GET' || method === 'PATCH') {
        return { status: 200, body: { ghsa_id: m[1], summary: advisory.summary, state: 'triage' } };
      }
    }
    return NOT_FOUND;
  };

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const method = request.method ?? 'GET';
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
      const answer = (status: number, body: unknown) => {
        log.push({ method, path, status });
        const text = JSON.stringify(body);
        response.writeHead(status, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(text),
        });
        response.end(text);
      };
      if (
        options.token &&
        request.headers.authorization !== `token ${options.token}` &&
        request.headers.authorization !== `Bearer ${options.token}`
      ) {
        answer(401, { message: 'Bad credentials' });
        return;
      }
      let body: Record<string, unknown>;
      try {
        body =
          chunks.length > 0
            ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>)
            : {};
      } catch {
        answer(400, { message: 'Problems parsing JSON' });
        return;
      }
      const fault = faults.find(
        (candidate) =>
          candidate.remaining > 0 &&
          (candidate.method === undefined || candidate.method === method) &&
          (typeof candidate.path === 'string'
            ? candidate.path === path
            : candidate.path.test(path)),
      );
      if (fault) fault.remaining -= 1;
      if (fault?.kind === 'status') {
        answer(fault.status, { message: fault.status >= 500 ? 'Server Error' : 'Fault' });
        return;
      }
      const result = handle(method, path, body);
      if (fault?.kind === 'apply-then-status') {
        answer(fault.status, { message: 'Server Error' });
        return;
      }
      answer(result.status, result.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const tipTree = (repository: Repository, branch: string): TreeEntry[] => {
    const tip = repository.refs.get(`heads/${branch}`);
    const commit = tip ? repository.objects.get(tip) : undefined;
    const tree = commit?.type === 'commit' ? repository.objects.get(commit.tree) : undefined;
    return tree?.type === 'tree' ? tree.entries : [];
  };
  const repositoryOf = (name: string): Repository => {
    const repository = repositories.get(name.toLowerCase());
    if (!repository) throw new Error(`no emulated repository ${name}`);
    return repository;
  };

  return {
    url: `http://127.0.0.1:${port}`,
    requests: {
      get log() {
        return log;
      },
      get total() {
        return log.length;
      },
      count(method: string, path?: RegExp) {
        return log.filter((entry) => entry.method === method && (!path || path.test(entry.path)))
          .length;
      },
      reset() {
        log.length = 0;
      },
    },
    faults: {
      add(fault) {
        faults.push({ ...fault, remaining: fault.times ?? Infinity });
      },
      clear() {
        faults.length = 0;
      },
    },
    readFile(name, branch, file) {
      const repository = repositoryOf(name);
      const entry = tipTree(repository, branch).find((item) => item.path === file);
      const blob = entry ? repository.objects.get(entry.sha) : undefined;
      return blob?.type === 'blob' ? blob.content.toString('utf8') : undefined;
    },
    history(name, branch) {
      const repository = repositoryOf(name);
      const shas: string[] = [];
      let sha = repository.refs.get(`heads/${branch}`);
      while (sha) {
        shas.push(sha);
        const object = repository.objects.get(sha);
        sha = object?.type === 'commit' ? object.parents[0] : undefined;
      }
      return shas;
    },
    advisories(name) {
      return repositoryOf(name).advisories;
    },
    seed(name, branch, files) {
      const repository = repositoryOf(name);
      const entries = new Map(tipTree(repository, branch).map((entry) => [entry.path, entry]));
      for (const [path, text] of Object.entries(files)) {
        const sha = store(repository, { type: 'blob', content: Buffer.from(text) });
        entries.set(path, { path, mode: '100644', type: 'blob', sha });
      }
      const tree = store(repository, { type: 'tree', entries: [...entries.values()] });
      const parent = repository.refs.get(`heads/${branch}`);
      const commit = store(repository, {
        type: 'commit',
        tree,
        parents: parent ? [parent] : [],
        message: 'seed',
      });
      repository.refs.set(`heads/${branch}`, commit);
      return commit;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

function invalid(field: string): Answer {
  return { status: 422, body: { message: `Invalid request: ${field}` } };
}
