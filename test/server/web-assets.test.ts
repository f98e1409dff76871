// The page: bundled from server/web/ in memory at startup, served with revalidation; without a
// built page, a plain page that points to the API document.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testServer } from './helpers.ts';

describe('web page', () => {
  it('bundles app.ts with its imports and serves the page, script and style', async () => {
    const dir = `${mkdtempSync(join(tmpdir(), 'web-'))}/`;
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Safeguards</title><script type="module" src="/app.js"></script>');
    writeFileSync(join(dir, 'greeting.ts'), 'export const greeting = (who: string): string => `hello ${who}`;');
    writeFileSync(join(dir, 'app.ts'), "import { greeting } from './greeting.ts';\ndocument.title = greeting('lawyer');");
    writeFileSync(join(dir, 'style.css'), 'body { margin: 0 }');
    const server = await testServer({ webDir: dir });
    try {
      const page = await fetch(`${server.url}/`);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await page.text()).toContain('/app.js');
      const script = await fetch(`${server.url}/app.js`);
      expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
      const code = await script.text();
      expect(code).toContain('hello');
      expect(code).not.toContain('import');
      expect((await fetch(`${server.url}/style.css`)).headers.get('content-type')).toMatch(/^text\/css/);
      const etag = script.headers.get('etag')!;
      expect(script.headers.get('cache-control')).toBe('no-cache');
      expect((await fetch(`${server.url}/app.js`, { headers: { 'if-none-match': etag } })).status).toBe(304);
    } finally {
      await server.close();
    }
  });

  it('serves a plain page pointing to the API when the page is not built', async () => {
    const server = await testServer({ webDir: `${mkdtempSync(join(tmpdir(), 'web-'))}/` });
    try {
      expect(await (await fetch(`${server.url}/`)).text()).toContain('/api/openapi.json');
      expect((await fetch(`${server.url}/app.js`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
