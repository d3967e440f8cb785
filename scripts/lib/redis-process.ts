import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from 'redis';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export async function waitForRedis(url: string, timeoutMs = 10000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = createClient({ url, socket: { reconnectStrategy: false } });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.ping();
      await client.close();
      return;
    } catch (err) {
      if (client.isOpen) client.destroy();
      if (Date.now() > deadline) throw new Error(`Redis at ${url} did not answer: ${String(err)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** A redis-server of a test's own, for tests that restart or kill it. */
export async function startRedis(
  extraArgs: string[] = [],
  at: { port?: number; dir?: string } = {},
): Promise<{ url: string; port: number; dir: string; stop(): Promise<void>; child: ChildProcess }> {
  const port = at.port ?? (await freePort());
  const dir = at.dir ?? mkdtempSync(path.join(tmpdir(), 'pledge-redis-'));
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--dir', dir, ...extraArgs], {
    stdio: 'ignore',
  });
  const url = `redis://127.0.0.1:${port}`;
  await waitForRedis(url);
  return {
    url,
    port,
    dir,
    child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}
