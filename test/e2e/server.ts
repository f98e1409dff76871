// The real server for the browser tests: in this process, on a free loopback port, with an
// in-memory audit database; the page is bundled from server/web/ as `npm start` does.
import { startServer as start } from '../../server/start.ts';

export interface Running {
  url: string;
  close: () => Promise<void>;
}

export async function startServer(options: { token?: string } = {}): Promise<Running> {
  const running = await start({ port: 0, host: '127.0.0.1', db: ':memory:', token: options.token, log: () => {}, graceMs: 500 });
  return { url: running.url, close: () => running.close() };
}
