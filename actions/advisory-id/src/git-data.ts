/**
 * A small JSON client for the few REST endpoints `assign` uses (Git Data API, repository
 * security advisories). Why not the shared Octokit client: its throttling plugin spaces every
 * write of the process at least 1 s apart through one limiter shared by all clients, so an
 * assignment (4 writes) holds the ledger's compare-and-swap window open for 3 s and racing
 * runs lose round after round; the ledger's own retry loop already backs off with jitter.
 * Like the shared client, it retries 5xx and network failures, waits out Retry-After on
 * 403/429, times out, counts requests, and its errors are ApiErrors that name the method
 * and path, never the token.
 */
import { STATUS_CODES } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { ApiError, errorMessage } from '@palisade/core';

export interface GitDataClientOptions {
  token: string;
  /** Default: GITHUB_API_URL, else https://api.github.com. */
  baseUrl?: string;
  /** Retries of one request after a 5xx, a network error or a timeout (default 3). */
  retries?: number;
  /** Retry n waits n² × this (default 1000 ms). */
  retryBaseDelayMs?: number;
  /** Per request (default 30 s). */
  timeoutMs?: number;
  /** Longest Retry-After waited on a rate limit (default 60 s). */
  maxRateLimitWaitSeconds?: number;
  log?: { debug(message: string): void; warning(message: string): void };
}

export interface GitDataClient {
  request<T>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown): Promise<T>;
  /** HTTP requests sent, retries included. */
  readonly requests: number;
}

const DEFAULT_BASE_URL = 'https://api.github.com';

export function createGitDataClient(options: GitDataClientOptions): GitDataClient {
  if (!options.token) {
    throw new ApiError('no GitHub token was given: set the github-token input or GITHUB_TOKEN');
  }
  const baseUrl = (options.baseUrl ?? (process.env.GITHUB_API_URL || DEFAULT_BASE_URL)).replace(
    /\/+$/,
    '',
  );
  const retries = options.retries ?? 3;
  const baseDelay = options.retryBaseDelayMs ?? 1000;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxWait = options.maxRateLimitWaitSeconds ?? 60;
  const redact = (text: string): string => text.split(options.token).join('***');
  let requests = 0;

  const send = async (
    method: string,
    path: string,
    body: unknown,
  ): Promise<{ status: number; data: unknown; retryAfter?: number }> => {
    requests += 1;
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${options.token}`,
        'content-type': 'application/json',
        'user-agent': 'palisade',
        'x-github-api-version': '2022-11-28',
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let data: unknown = text;
    try {
      data = text === '' ? undefined : (JSON.parse(text) as unknown);
    } catch {
      if (response.ok) throw new Error('the response is not valid JSON');
    }
    const retryAfter = Number(response.headers.get('retry-after') ?? Number.NaN);
    return Number.isFinite(retryAfter)
      ? { status: response.status, data, retryAfter }
      : { status: response.status, data };
  };

  return {
    get requests() {
      return requests;
    },
    async request<T>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown): Promise<T> {
      const label = `${method} ${path}`;
      let failure = '';
      for (let attempt = 0; attempt <= retries; attempt += 1) {
        if (attempt > 0) await sleep(attempt * attempt * baseDelay);
        let answer: Awaited<ReturnType<typeof send>>;
        try {
          answer = await send(method, path, body);
        } catch (error) {
          failure = errorMessage(error);
          options.log?.debug(redact(`${label}: ${failure}`));
          continue;
        }
        const { status, data } = answer;
        options.log?.debug(redact(`${label}: ${status}`));
        if (status < 300) return data as T;
        const reason = STATUS_CODES[status] ?? 'Unknown Status';
        const apiMessage =
          typeof data === 'object' &&
          data !== null &&
          'message' in data &&
          typeof data.message === 'string'
            ? data.message.replace(/\s+/g, ' ').slice(0, 200)
            : '';
        const detail = apiMessage && apiMessage !== reason ? `: ${apiMessage}` : '';
        failure = `${status} ${reason}${detail}`;
        const limited = status === 429 || (status === 403 && answer.retryAfter !== undefined);
        if (limited && (answer.retryAfter ?? 60) <= maxWait && attempt < retries) {
          options.log?.warning(`${label} was rate limited; waiting ${answer.retryAfter ?? 60} s`);
          await sleep((answer.retryAfter ?? 60) * 1000);
          continue;
        }
        if (status < 500) throw new ApiError(redact(`${label} failed: ${failure}`), status);
      }
      const tries = retries > 0 ? ` (after ${retries + 1} attempts)` : '';
      const status = /^(\d{3}) /.exec(failure)?.[1];
      throw new ApiError(
        redact(`${label} failed: ${failure}${tries}`),
        status === undefined ? undefined : Number(status),
      );
    },
  };
}
