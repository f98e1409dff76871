// Who may talk to the server. On a loopback address only this machine can, so no token is needed;
// anywhere else a token (SAFEGUARDS_TOKEN) is required. A browser page on another site must not
// reach a loopback server either (DNS rebinding, cross-site form posts): the Host header must be a
// loopback name, and state-changing requests from another site are refused.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { HttpError } from './http-error.ts';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

export const isLoopback = (host: string) => LOOPBACK_NAMES.has(host.toLowerCase());

/** Why the server must not start with these settings, or undefined when it may. */
export function startRefusal(host: string, token: string | undefined): string | undefined {
  if (isLoopback(host) || token) return undefined;
  return `Refusing to listen on ${host} without an API token: anyone who can reach that address could use the server. ` +
    'Set SAFEGUARDS_TOKEN to a long random secret (e.g. `openssl rand -hex 32`), or listen on 127.0.0.1.';
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Constant-time comparison: both sides are hashed first, so neither content nor length leaks. */
export function tokenMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** Paths anyone may read without the token: they reveal nothing about deals or drafts. */
const OPEN_PATHS = new Set(['/api/health', '/api/vocabulary', '/api/openapi.json']);

export function requireToken(token: string | undefined): RequestHandler {
  return (req, _res, next) => {
    if (!token || !req.path.startsWith('/api/') || OPEN_PATHS.has(req.path)) return next();
    const match = /^Bearer\s+(.+)$/i.exec(req.get('authorization') ?? '');
    if (!match) return next(new HttpError(401, 'This server needs an API token: send the header "Authorization: Bearer <token>".', { headers: { 'WWW-Authenticate': 'Bearer' } }));
    if (!tokenMatches(match[1].trim(), token)) return next(new HttpError(401, 'The API token is not correct.', { headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } }));
    next();
  };
}

/** The host name of a Host header ("localhost:8080" -> "localhost", "[::1]:80" -> "[::1]"). */
export function hostName(header: string): string {
  const m = /^(\[[^\]]*\]|[^:]*)(?::\d*)?$/.exec(header.trim());
  return (m ? m[1] : header).toLowerCase();
}

/** On a loopback server, only loopback Host headers: a rebound DNS name is another site. */
export function loopbackHostOnly(bindHost: string): RequestHandler {
  return (req, _res, next) => {
    if (!isLoopback(bindHost)) return next();
    const host = req.get('host');
    if (host && isLoopback(hostName(host))) return next();
    next(new HttpError(403, `This server answers only requests addressed to localhost, not to "${host ?? ''}".`));
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Browsers say where a request comes from: another site may not post to this one. */
export const noCrossSitePosts: RequestHandler = (req, _res, next) => {
  if (!SAFE_METHODS.has(req.method) && req.get('sec-fetch-site') === 'cross-site') {
    return next(new HttpError(403, 'Requests from another web site are refused.'));
  }
  next();
};
