/**
 * Sticky routing for `npm run start:cluster`: the primary owns the port and passes every
 * connection to a worker, so that all requests of one Engine.IO session (HTTP long-polling makes
 * many) reach the worker that holds it.
 *
 * - Each worker puts its own id in every session id it makes (`<worker>.<random>`), so the primary
 *   routes a request by its `sid` alone: no table to keep, and no message from the worker that
 *   could arrive after the client's next request. New sessions go to the worker with the fewest.
 * - The primary reads a new connection only up to the end of its request line, stops reading,
 *   and passes the connection with the bytes it read. It must stop first: Node keeps the primary's
 *   copy of a passed socket open until the worker acknowledges it, and whatever the primary reads
 *   in that window is thrown away. A WebSocket client writes its first frame (the Socket.IO
 *   CONNECT) as soon as the worker answered the upgrade, so a primary slow to see the
 *   acknowledgement would swallow it, and the connection would never get its first state.
 * - Workers answer every HTTP request with `Connection: close`: a connection belongs to the worker
 *   it was passed to, so a browser must not reuse it for a session held by another.
 */
import cluster, { type Worker } from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { createServer, Socket, type Server as NetServer } from 'node:net';
import type { App } from './app';

const CONNECTION = 'pledge-round:connection';
const SESSIONS = 'pledge-round:sessions';
/** Node's own limit for a request head; a longer request line is passed on for the worker to refuse. */
const MAX_REQUEST_LINE = 16 * 1024;
/** Like Node's `headersTimeout`: a connection that never sends its request line is closed. */
const REQUEST_LINE_TIMEOUT_MS = 60_000;
const SID = /[?&]sid=(\d+)\./;

interface ConnectionMessage {
  type: typeof CONNECTION;
  /** The bytes the primary read, as latin1 text (byte for byte, whatever the IPC serialization). */
  head: string;
}

/** The socket's libuv stream, whose reading the primary must stop before passing the socket on. */
type Readable = { _handle?: { readStop?: () => number } | null };

/** The primary's listening server: it reads request lines and passes connections to workers. */
export function createStickyServer(onError: (message: string) => void = () => {}): NetServer {
  /** Engine.IO sessions per worker, as last reported, plus handshakes passed to it since. */
  const sessions = new Map<number, number>();
  cluster.on('message', (worker, msg: { type?: string; count?: number }) => {
    if (msg?.type === SESSIONS && typeof msg.count === 'number') sessions.set(worker.id, msg.count);
  });
  cluster.on('exit', (worker) => sessions.delete(worker.id));

  // A worker takes connections once it has reported (it then listens for them), until it exits.
  const live = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && w.isConnected() && sessions.has(w.id));
  const route = (requestLine: string): Worker | undefined => {
    const owner = SID.exec(requestLine)?.[1];
    const workers = live();
    const held = owner === undefined ? undefined : workers.find((w) => w.id === Number(owner));
    if (held) return held;
    let least: Worker | undefined;
    for (const w of workers) if (!least || (sessions.get(w.id) ?? 0) < (sessions.get(least.id) ?? 0)) least = w;
    // A new Socket.IO session counts at once, so a burst of connections is spread too.
    if (least && owner === undefined && requestLine.includes('/socket.io/')) sessions.set(least.id, (sessions.get(least.id) ?? 0) + 1);
    return least;
  };

  return createServer((socket) => {
    const chunks: Buffer[] = [];
    let size = 0;
    socket.setTimeout(REQUEST_LINE_TIMEOUT_MS, () => socket.destroy());
    // A client that goes away before its connection is passed on is simply dropped.
    socket.on('error', () => socket.destroy());
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      const head = chunks.length === 1 ? chunk : Buffer.concat(chunks);
      const end = head.indexOf('\r\n');
      if (end < 0 && size < MAX_REQUEST_LINE) return;
      socket.off('data', onData);
      socket.pause();
      const handle = (socket as unknown as Readable)._handle;
      if (typeof handle?.readStop !== 'function' || handle.readStop() !== 0) {
        onError('cannot stop reading a connection before passing it to a worker; dropped it');
        return void socket.destroy();
      }
      const worker = route(head.subarray(0, end < 0 ? head.length : end).toString('latin1'));
      if (!worker) return void socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      const message: ConnectionMessage = { type: CONNECTION, head: head.toString('latin1') };
      worker.send(message, socket, (err) => err && socket.destroy());
    };
    socket.on('data', onData);
  });
}

/** In a worker: takes the connections the primary passes, and makes session ids that name this worker. */
export function stickyWorker(app: Pick<App, 'http' | 'io'>) {
  const id = cluster.worker?.id;
  if (id === undefined) throw new Error('stickyWorker() runs in a cluster worker');
  app.io.engine.generateId = () => `${id}.${randomBytes(15).toString('base64url')}`;
  app.http.prependListener('request', (_req, res) => res.setHeader('Connection', 'close'));
  process.on('message', (msg: ConnectionMessage, socket?: unknown) => {
    if (msg?.type !== CONNECTION) return;
    // The client may have gone while the connection was on its way.
    if (!(socket instanceof Socket)) return;
    app.http.emit('connection', socket);
    socket.unshift(Buffer.from(msg.head, 'latin1'));
  });
  const report = () => process.send?.({ type: SESSIONS, count: app.io.engine.clientsCount }, undefined, {}, () => {});
  app.io.engine.on('connection', (socket) => {
    report();
    socket.once('close', report);
  });
  report();
}
