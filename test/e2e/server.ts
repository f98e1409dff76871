// Starts the real server for the browser tests, as `npm start` does, on a free port of this
// machine, and stops it afterwards. The address is the first http:// URL the server prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

export interface Running {
  url: string;
  close: () => Promise<void>;
}

/** The script `npm start` runs with node, or undefined while the package has none. */
export function startScript(): string[] | undefined {
  if (process.env.SAFEGUARDS_E2E_START) return process.env.SAFEGUARDS_E2E_START.split(' ');
  const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts ?? {};
  const start: string | undefined = scripts.start;
  const m = start && /^node\s+(.+)$/.exec(start.trim());
  return m ? m[1].split(/\s+/) : undefined;
}

export async function startServer(options: { token?: string } = {}): Promise<Running> {
  const args = startScript();
  if (!args) throw new Error('package.json has no "start" script running node: the browser tests need the server.');
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      SAFEGUARDS_TOKEN: options.token ?? '',
      TOKEN: options.token ?? '',
      SAFEGUARDS_AUDIT_DB: ':memory:',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not print its address within 20 s. It said:\n${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += String(chunk);
      const m = /https?:\/\/[^\s/]+/.exec(output) ?? (/listening\D*(\d{2,5})/i.exec(output) && [`http://localhost:${/listening\D*(\d{2,5})/i.exec(output)![1]}`]);
      if (m) { clearTimeout(timer); resolve(m[0].replace('127.0.0.1', 'localhost')); }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`The server exited (${code}) before listening. It said:\n${output}`)); });
  });
  return {
    url,
    close: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}
