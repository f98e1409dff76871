// Every error the API returns has one shape: {"error": "<one clear sentence>", "issues": [...]},
// issues only for validation errors, each naming the field by its dotted path in the profile.
import type { ErrorRequestHandler } from 'express';
import multer from 'multer';
import type { z } from 'zod';
import { InputError } from '../src/errors.ts';
import { Busy, CheckFailed, CheckTimedOut } from '../src/check/pool.ts';
import { formatPath } from '../src/profile/load.ts';

export interface Issue { path: string; message: string }

export class HttpError extends Error {
  readonly status: number;
  readonly issues?: Issue[];
  readonly headers: Record<string, string>;
  constructor(status: number, message: string, options: { issues?: Issue[]; headers?: Record<string, string> } = {}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.issues = options.issues;
    this.headers = options.headers ?? {};
  }
}

/** zod's issues, in the words the CLI uses for a profile file. */
export function issuesOf(error: z.ZodError, prefix: ReadonlyArray<PropertyKey> = []): Issue[] {
  return error.issues.map((issue) => {
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling)`;
    if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) message = 'is required';
    return { path: formatPath([...prefix, ...issue.path]) || '(body)', message };
  });
}

export function invalid(error: z.ZodError, what: string, prefix: ReadonlyArray<PropertyKey> = []): HttpError {
  const issues = issuesOf(error, prefix);
  return new HttpError(400, `${what} is not valid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, { issues });
}

const RETRY_AFTER_SECONDS = '5';

/** Maps what the engine, the pool, multer and the body parser throw to the error shape. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof InputError) return new HttpError(400, error.problems.join(' '));
  if (error instanceof Busy) return new HttpError(503, error.message, { headers: { 'Retry-After': RETRY_AFTER_SECONDS } });
  if (error instanceof CheckTimedOut) return new HttpError(503, error.message, { headers: { 'Retry-After': RETRY_AFTER_SECONDS } });
  if (error instanceof CheckFailed) return new HttpError(500, error.message);
  if (error instanceof multer.MulterError) {
    switch (error.code) {
      case 'LIMIT_FILE_SIZE': return new HttpError(413, 'The draft is over the 25 MiB limit.');
      case 'LIMIT_FILE_COUNT': return new HttpError(400, 'Send exactly one draft, in the field "draft".', { issues: [{ path: 'draft', message: 'only one file is accepted' }] });
      case 'LIMIT_UNEXPECTED_FILE': return new HttpError(400, `Unexpected file field "${error.field}": send the draft in the field "draft".`, { issues: [{ path: error.field ?? '(body)', message: 'unexpected file field; use "draft"' }] });
      case 'LIMIT_FIELD_VALUE': return new HttpError(413, `The field "${error.field}" is too large.`, { issues: [{ path: error.field ?? '(body)', message: 'too large' }] });
      default: return new HttpError(400, `The upload is not acceptable (${error.message}).`);
    }
  }
  const bodyError = error as { type?: string; status?: number };
  if (bodyError.type === 'entity.too.large') return new HttpError(413, 'The request body is over the 1 MiB limit.');
  if (bodyError.type === 'entity.parse.failed') return new HttpError(400, 'The request body is not valid JSON.');
  if (bodyError.type === 'encoding.unsupported' || bodyError.type === 'charset.unsupported') return new HttpError(415, 'The request body\'s encoding is not supported; send UTF-8 JSON.');
  if (bodyError.type === 'request.aborted') return new HttpError(400, 'The request was aborted.');
  // busboy: a malformed multipart body.
  if (error instanceof Error && /^(Multipart|Malformed|Unexpected end of form|Part terminated)/i.test(error.message)) return new HttpError(400, `The upload is not a well-formed multipart/form-data body (${error.message}).`);
  return new HttpError(500, 'Something went wrong on the server; the request was not completed.');
}

export const sendError = (res: Parameters<ErrorRequestHandler>[2], error: HttpError) => {
  res.status(error.status).set(error.headers).json(error.issues ? { error: error.message, issues: error.issues } : { error: error.message });
};

export function errorHandler(log: (line: string) => void): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const httpError = toHttpError(error);
    // Only the server's own failures are logged with their stack: a bad request is the client's.
    // Engine messages name the file, never quote the draft.
    if (httpError.status >= 500 && !(error instanceof Busy || error instanceof CheckTimedOut)) log(`error: ${(error as Error)?.stack ?? String(error)}`);
    sendError(res, httpError);
  };
}
