// A real listening server on a free port, with its own audit database, for the API tests.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { startServer, type RunningServer, type ServeOptions } from '../../server/start.ts';

export const root = new URL('../..', import.meta.url).pathname;

export async function testServer(options: Partial<ServeOptions> = {}): Promise<RunningServer & { db: string }> {
  const db = join(mkdtempSync(join(tmpdir(), 'serve-')), 'audit.sqlite');
  const running = await startServer({ port: 0, host: '127.0.0.1', db, ...options });
  return { ...running, db };
}

/** An example profile as the page would send it: the YAML file's data, unvalidated. */
export const exampleData = (name: string) => parse(readFileSync(join(root, 'examples', `${name}.yaml`), 'utf8'));

export const postJson = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

export function form(files: Array<{ field?: string; name: string; bytes: Uint8Array | string }>, fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  for (const f of files) data.append(f.field ?? 'draft', new Blob([typeof f.bytes === 'string' ? f.bytes : new Uint8Array(f.bytes)]), f.name);
  return data;
}

export const postForm = (url: string, body: FormData, headers: Record<string, string> = {}) => fetch(url, { method: 'POST', body, headers });
