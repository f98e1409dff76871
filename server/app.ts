// The express app: security headers, the access rules, the API under /api, the web page at /.
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { AuditTrail } from '../src/audit/store.ts';
import type { CheckRunner } from '../src/check/pool.ts';
import { loopbackHostOnly, noCrossSitePosts, requireToken } from './access.ts';
import { api } from './api.ts';
import { errorHandler, HttpError } from './http-error.ts';
import { loadWebAssets, webPage } from './web-assets.ts';

export const VERSION = '0.1.0';

export interface AppOptions {
  pool: CheckRunner;
  audit: AuditTrail;
  /** The address the server listens on: a loopback one also restricts the Host header. */
  host: string;
  /** SAFEGUARDS_TOKEN: when set, the API needs "Authorization: Bearer <token>". */
  token?: string;
  /** Where request lines and server errors go (never request bodies). */
  log?: (line: string) => void;
  webDir?: string;
}

export function createApp(options: AppOptions): Express {
  const log = options.log ?? (() => {});
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], connectSrc: ["'self'"],
        objectSrc: ["'none'"], baseUri: ["'none'"], frameAncestors: ["'none'"], formAction: ["'self'"],
      },
    },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  }));
  // One line per request: method, path, status, time. Never a body, a query string or a file name.
  app.use((req, res, next) => {
    const start = performance.now();
    res.on('finish', () => log(`${req.method} ${req.originalUrl.split('?')[0]} ${res.statusCode} ${Math.round(performance.now() - start)} ms`));
    next();
  });
  app.use(loopbackHostOnly(options.host));
  app.use(noCrossSitePosts);
  app.use(requireToken(options.token));
  app.use('/api', express.json({ limit: '1mb', strict: true }));
  app.use('/api', api({ pool: options.pool, audit: options.audit, version: VERSION, startedAt: Date.now() }));
  app.use(webPage(loadWebAssets(options.webDir)));
  app.use((req, _res, next) => next(new HttpError(404, `Not found: ${req.path}`)));
  app.use(errorHandler(log));
  return app;
}
