/**
 * Memory per wall socket: `npm run bench:memory`
 *
 * Starts the product (on the embedded store) and a bare Socket.IO server keeping what the product
 * asks of Socket.IO for a wall (connection-state recovery, two rooms, a snapshot), each in a
 * process of its own with `--expose-gc`; opens W wall sockets to each (socket.io-client, from
 * this process) and compares the servers' heap in use, after two full collections, before and
 * after. Unlike the fan-out benchmark's RSS, which moves with the heap's growth steps, this
 * counts only what stays per socket. Prints a table and a one-line JSON summary.
 *
 * Options: --walls W (default 2000).
 */
import { fork } from 'node:child_process';
import { io, type Socket } from 'socket.io-client';
import { formatTable } from './lib/stats';
import { numberArg } from './lib/args';
import { answer } from './lib/child';

const WALLS = numberArg('walls', 2000);
const BATCH = 200;

async function measure(which: 'ours' | 'bare'): Promise<{ which: string; kbPerWall: number }> {
  const child = fork('scripts/bench/memory-server.ts', [which], { execArgv: ['--expose-gc', '--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const sockets: Socket[] = [];
  try {
    const { port, sessionId } = await answer<{ port: number; sessionId: string }>(child);
    const before = (await answer<{ heapBytes: number }>(child, 'heap')).heapBytes;
    for (let i = 0; i < WALLS; i += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, WALLS - i) }, () =>
        io(`http://127.0.0.1:${port}`, { transports: ['websocket'], forceNew: true, reconnection: false, auth: { role: 'wall', sessionId } }),
      );
      await Promise.all(batch.map((s) => new Promise((resolve, reject) => (s.once('session:state', resolve), s.once('connect_error', reject)))));
      sockets.push(...batch);
    }
    const after = (await answer<{ heapBytes: number }>(child, 'heap')).heapBytes;
    return { which, kbPerWall: (after - before) / WALLS / 1024 };
  } finally {
    sockets.forEach((s) => s.close());
    child.kill();
  }
}

async function main() {
  const ours = await measure('ours');
  const bare = await measure('bare');
  console.log(`\nHeap in use per wall socket after full collections, ${WALLS} walls\n`);
  console.log(
    formatTable(
      ['server', 'heap KB per wall'],
      [
        ['bare Socket.IO (recovery, two rooms)', bare.kbPerWall.toFixed(2)],
        ['Pledge Round (embedded store)', ours.kbPerWall.toFixed(2)],
        ['ours - bare', (ours.kbPerWall - bare.kbPerWall).toFixed(2)],
      ],
    ),
  );
  console.log(`\n${JSON.stringify({ bench: 'memory', walls: WALLS, oursKBPerWall: Number(ours.kbPerWall.toFixed(2)), bareKBPerWall: Number(bare.kbPerWall.toFixed(2)) })}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
