/**
 * A server for `npm run bench:memory`, in a process of its own started with `--expose-gc`: the
 * product (`ours`, on the embedded store) or a bare Socket.IO server keeping what the product asks
 * of Socket.IO for a wall (`bare`: connection-state recovery, the same two rooms, a snapshot of the
 * product's shape). It says its port and session over IPC, then answers `heap` with its heap in
 * use after two full collections.
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { createApp } from '../../server/app';
import { DEMO_SESSION } from '../../server/demo';
import { createRateLimits } from '../../server/limits';
import { createLogger } from '../../server/log';
import { rooms, shardOf } from '../../server/realtime/rooms';
import { MemoryStore } from '../../server/store/memory';
import { bareSnapshot } from './fixtures';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc || !process.send) throw new Error('start with --expose-gc and an IPC channel (child_process.fork)');
const send = process.send.bind(process);
const ADMIN = 'bench-memory-admin-token-0123456789';

async function ours(): Promise<{ port: number; sessionId: string }> {
  const app = createApp({ store: new MemoryStore(), log: createLogger('silent') }, { adminToken: ADMIN, clientDir: '', limits: createRateLimits({ scale: 1000 }) });
  const port = await app.listen(0, '127.0.0.1');
  const res = await fetch(`http://127.0.0.1:${port}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}` },
    body: JSON.stringify(DEMO_SESSION),
  });
  const { sessionId } = (await res.json()) as { sessionId: string };
  return { port, sessionId };
}

async function bare(): Promise<{ port: number; sessionId: string }> {
  const http = createServer();
  const io = new Server(http, { serveClient: false, connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: true } });
  const snapshot = bareSnapshot('bare-session', DEMO_SESSION.panelists.length);
  io.on('connection', (socket) => {
    // The product's two rooms for a wall (server/realtime/rooms.ts).
    void socket.join([rooms.readers('bare-session'), rooms.readerShard('bare-session', 'bare', shardOf(socket.id))]);
    socket.emit('session:state', snapshot);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return { port: (http.address() as { port: number }).port, sessionId: 'bare-session' };
}

const which = process.argv[2];
const started = which === 'ours' ? ours() : which === 'bare' ? bare() : Promise.reject(new Error(`ours or bare, not ${which}`));
started.then((ready) => {
  process.on('message', (m) => {
    if (m !== 'heap') return;
    gc();
    gc();
    send({ heapBytes: process.memoryUsage().heapUsed });
  });
  send(ready);
});
