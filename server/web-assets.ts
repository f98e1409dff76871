// The web page: server/web/app.ts bundled once at startup with esbuild, in memory, and served
// with index.html and style.css. Nothing is written to disk. Without a built page (server/web/
// not there yet), a plain page points to the API document instead.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { buildSync } from 'esbuild';
import type { Request, Response, Router } from 'express';
import express from 'express';

export const WEB_DIR = new URL('./web/', import.meta.url).pathname;

interface Asset { body: Buffer; type: string; etag: string }

const asset = (body: Buffer | string, type: string): Asset => {
  const bytes = Buffer.from(body);
  return { body: bytes, type, etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"` };
};

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Safeguards</title></head>
<body><h1>Safeguards</h1><p>The web page is not built in this copy. The API is running: its description is at <a href="/api/openapi.json">/api/openapi.json</a>.</p></body></html>
`;

export function loadWebAssets(dir = WEB_DIR): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  if (!existsSync(`${dir}index.html`)) {
    assets.set('/', asset(NOT_BUILT, 'text/html; charset=utf-8'));
    return assets;
  }
  assets.set('/', asset(readFileSync(`${dir}index.html`), 'text/html; charset=utf-8'));
  if (existsSync(`${dir}app.ts`)) {
    const built = buildSync({ entryPoints: [`${dir}app.ts`], bundle: true, format: 'esm', target: 'es2022', minify: true, write: false, logLevel: 'silent' });
    assets.set('/app.js', asset(Buffer.from(built.outputFiles[0].contents), 'text/javascript; charset=utf-8'));
  }
  if (existsSync(`${dir}style.css`)) assets.set('/style.css', asset(readFileSync(`${dir}style.css`), 'text/css; charset=utf-8'));
  return assets;
}

/** Serves the page from memory; the browser revalidates each time (ETag), so a new build shows at once. */
export function webPage(assets: Map<string, Asset>): Router {
  const router = express.Router();
  router.get(['/', '/index.html', '/app.js', '/style.css'], (req: Request, res: Response, next) => {
    const found = assets.get(req.path === '/index.html' ? '/' : req.path);
    if (!found) return next();
    res.set({ 'Content-Type': found.type, 'Cache-Control': 'no-cache', ETag: found.etag });
    if (req.get('if-none-match') === found.etag) return void res.status(304).end();
    res.send(found.body);
  });
  return router;
}
