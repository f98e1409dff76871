// Starting and stopping the server: listen with timeouts, and on SIGINT/SIGTERM stop accepting,
// let the requests in flight finish, then close the check pool and the audit database.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AuditTrail } from '../src/audit/store.ts';
import { CheckPool, type CheckRunner } from '../src/check/pool.ts';
import { startRefusal } from './access.ts';
import { createApp } from './app.ts';

export interface ServeOptions {
  port: number;
  host: string;
  /** The audit database file (":memory:" for tests). */
  db: string;
  token?: string;
  log?: (line: string) => void;
  pool?: CheckRunner;
  webDir?: string;
  /** How long shutdown waits for requests in flight before cutting connections. */
  graceMs?: number;
}

export interface RunningServer {
  url: string;
  server: Server;
  audit: AuditTrail;
  close(): Promise<void>;
}

export class RefusedToStart extends Error {}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const refusal = startRefusal(options.host, options.token);
  if (refusal) throw new RefusedToStart(refusal);
  const audit = new AuditTrail(options.db);
  const pool = options.pool ?? new CheckPool();
  const app = createApp({ pool, audit, host: options.host, token: options.token, log: options.log, webDir: options.webDir });
  const server = createServer({ requestTimeout: 120_000, headersTimeout: 20_000, keepAliveTimeout: 5_000 }, app);
  server.listen(options.port, options.host);
  try {
    await once(server, 'listening');
  } catch (error) {
    await pool.close();
    audit.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  let closing: Promise<void> | undefined;
  const close = () => closing ??= (async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Requests in flight finish; keep-alive connections close as soon as they fall idle; a
    // connection still open after the grace period is cut.
    server.closeIdleConnections();
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    const grace = setTimeout(() => server.closeAllConnections(), options.graceMs ?? 30_000);
    await closed;
    clearInterval(idle);
    clearTimeout(grace);
    await pool.close();
    audit.close();
  })();
  return { url: `http://${shownHost}:${port}`, server, audit, close };
}

/** Stops the server gracefully on the first SIGINT or SIGTERM. */
export function closeOnSignals(running: RunningServer, log: (line: string) => void): void {
  const stop = (signal: string) => {
    log(`${signal}: finishing requests in flight, then stopping.`);
    void running.close().then(() => log('Stopped.'));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
