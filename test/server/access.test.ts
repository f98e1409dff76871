// Who may use the server: the token rule, the refusal to start in the open without one, the
// loopback Host rule against DNS rebinding, and no state-changing requests from another site.
import { spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostName, startRefusal, tokenMatches } from '../../server/access.ts';
import { exampleData, postJson, root, testServer } from './helpers.ts';

/** A GET with a Host header of our choosing (fetch will not let a test set it). */
function getWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => { res.resume(); resolve(res.statusCode!); });
    req.on('error', reject);
    req.end();
  });
}

describe('the start rule', () => {
  it('starts on loopback without a token, anywhere else only with one', () => {
    expect(startRefusal('127.0.0.1', undefined)).toBeUndefined();
    expect(startRefusal('::1', undefined)).toBeUndefined();
    expect(startRefusal('localhost', undefined)).toBeUndefined();
    expect(startRefusal('0.0.0.0', undefined)).toMatch(/SAFEGUARDS_TOKEN/);
    expect(startRefusal('192.168.1.20', undefined)).toMatch(/without an API token/);
    expect(startRefusal('0.0.0.0', 'a-long-secret')).toBeUndefined();
  });

  it('serve exits 2 with a clear message on 0.0.0.0 without a token', () => {
    const env = { ...process.env, SAFEGUARDS_TOKEN: '', SAFEGUARDS_DB: ':memory:' };
    const run = spawnSync(process.execPath, [join(root, 'bin/safeguards.js'), 'serve', '--host', '0.0.0.0', '--port', '0'], { encoding: 'utf8', env, timeout: 20_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Refusing to listen on 0\.0\.0\.0 without an API token/);
  });

  it('compares tokens whatever their length', () => {
    expect(tokenMatches('secret', 'secret')).toBe(true);
    expect(tokenMatches('secret', 'secreT')).toBe(false);
    expect(tokenMatches('s', 'a much longer secret')).toBe(false);
  });

  it('reads the host name out of a Host header', () => {
    expect(hostName('localhost:8080')).toBe('localhost');
    expect(hostName('[::1]:9000')).toBe('[::1]');
    expect(hostName('127.0.0.1')).toBe('127.0.0.1');
    expect(hostName('attacker.example:8080')).toBe('attacker.example');
  });
});

describe('a server with a token', () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  beforeAll(async () => { server = await testServer({ token: 'correct horse battery staple' }); });
  afterAll(() => server.close());
  const assess = (headers: Record<string, string>) => postJson(`${server.url}/api/assess`, { profile: exampleData('high-risk-intrusion') }, headers);

  it('refuses the API without the token or with a wrong one (401)', async () => {
    const none = await assess({});
    expect(none.status).toBe(401);
    expect((await none.json()).error).toMatch(/token/);
    const wrong = await assess({ authorization: 'Bearer correct horse battery' });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error).toMatch(/token is not correct/);
    expect((await fetch(`${server.url}/api/history`)).status).toBe(401);
    expect((await fetch(`${server.url}/api/clauses`)).status).toBe(401);
  });

  it('answers with the right token', async () => {
    expect((await assess({ authorization: 'Bearer correct horse battery staple' })).status).toBe(200);
  });

  it('never needs the token for health, vocabulary, the API document and the page', async () => {
    for (const path of ['/api/health', '/api/vocabulary', '/api/openapi.json', '/']) expect((await fetch(`${server.url}${path}`)).status, path).toBe(200);
  });
});

describe('a loopback server', () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  beforeAll(async () => { server = await testServer(); });
  afterAll(() => server.close());

  it('answers only requests addressed to a loopback name (403 otherwise)', async () => {
    const port = new URL(server.url).port;
    expect(await getWithHost(`${server.url}/api/health`, `localhost:${port}`)).toBe(200);
    expect(await getWithHost(`${server.url}/api/health`, `127.0.0.1:${port}`)).toBe(200);
    expect(await getWithHost(`${server.url}/api/health`, `rebound.attacker.example:${port}`)).toBe(403);
    expect(await getWithHost(`${server.url}/`, 'attacker.example')).toBe(403);
  });

  it('refuses a state-changing request from another site (403), not from the page itself', async () => {
    const body = { profile: exampleData('high-risk-intrusion') };
    const cross = await postJson(`${server.url}/api/assess`, body, { 'sec-fetch-site': 'cross-site' });
    expect(cross.status).toBe(403);
    expect((await cross.json()).error).toMatch(/another web site/);
    expect((await postJson(`${server.url}/api/assess`, body, { 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });

  it('sends the security headers and the strict Content-Security-Policy', async () => {
    const res = await fetch(`${server.url}/`);
    const csp = res.headers.get('content-security-policy')!;
    for (const d of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) expect(csp).toContain(d);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});
