// The API client: JSON and multipart requests, one error type carrying the server's sentence and
// its per-field issues, and the bearer token (asked for when the server answers 401).
import type { Issue } from './types.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly issues: Issue[];
  constructor(status: number, message: string, issues: Issue[] = []) {
    super(message);
    this.status = status;
    this.issues = issues;
  }
}

const TOKEN_KEY = 'safeguards.token';
export const token = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (value: string) => sessionStorage.setItem(TOKEN_KEY, value),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

/** Asks the user for a token; resolves with it, or rejects if they cancel. Set by the page. */
let askToken: (rejected: boolean) => Promise<string> = () => Promise.reject(new ApiError(401, 'This server requires an API token.'));
export function onTokenNeeded(ask: (rejected: boolean) => Promise<string>): void {
  askToken = ask;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'The request was not accepted.',
  401: 'This server requires an API token.',
  403: 'The API token was not accepted.',
  404: 'The server does not offer this (404).',
  413: 'The file is too large for the server.',
  415: 'The server cannot read this type of file.',
  422: 'The request cannot be carried out as it stands.',
  429: 'Too many requests: wait a moment and try again.',
  503: 'The server is busy: wait a moment and try again.',
};

async function errorOf(response: Response): Promise<ApiError> {
  let message = '';
  let issues: Issue[] = [];
  try {
    const body = await response.clone().json() as { error?: unknown; issues?: unknown };
    if (typeof body.error === 'string') message = body.error;
    if (Array.isArray(body.issues)) {
      issues = body.issues.filter((i): i is Issue => typeof i?.message === 'string').map((i) => ({ path: String(i.path ?? ''), message: i.message }));
    }
  } catch {
    // Not JSON: a proxy's or the framework's own page. The status says enough.
  }
  if (!message) {
    message = STATUS_TEXT[response.status]
      ?? (response.status >= 500 ? `The server failed (${response.status} ${response.statusText}). Try again; if it keeps failing, tell whoever runs the server.` : `The request failed (${response.status} ${response.statusText}).`);
  }
  return new ApiError(response.status, message, issues);
}

/** Sends a request; on 401 asks for the token and retries. Throws ApiError for every failure. */
export async function request(path: string, init: RequestInit = {}): Promise<Response> {
  let rejected = false;
  for (;;) {
    const headers = new Headers(init.headers);
    const saved = token.get();
    if (saved) headers.set('Authorization', `Bearer ${saved}`);
    let response: Response;
    try {
      response = await fetch(path, { ...init, headers });
    } catch {
      throw new ApiError(0, 'Could not reach the server: check that it is still running and that this computer is connected to it, then try again.');
    }
    if (response.status === 401) {
      if (saved) { token.clear(); rejected = true; }
      token.set(await askToken(rejected));
      continue;
    }
    if (!response.ok) throw await errorOf(response);
    return response;
  }
}

export async function getJson<T>(path: string): Promise<T> {
  return (await request(path)).json() as Promise<T>;
}

export async function postJson(path: string, body: unknown): Promise<Response> {
  return request(path, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/octet-stream' }, body: JSON.stringify(body) });
}

/** The file name a response's Content-Disposition gives, or the fallback. */
export function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) {
    try { return decodeURIComponent(star[1]); } catch { /* fall through */ }
  }
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain ? plain[1] : fallback;
}
