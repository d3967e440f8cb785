/**
 * The wall connections of the load workers, two ways:
 *
 * - `sio` (default): socket.io-client, websocket transport, exactly what a wall page runs.
 * - `raw`: a bare WebSocket (the `ws` package socket.io itself uses) speaking just enough of
 *   Engine.IO v4 / Socket.IO v5 to join and read events: open -> CONNECT with auth, answer pings,
 *   JSON-parse EVENT frames. It does the same wire work as a browser wall but skips the client
 *   library's per-packet overhead, so more of the two cores go to the server under test. It is a
 *   measuring aid (how much of the latency is the load generator?), not a client to ship.
 *
 * Both hand every event whole (JSON-parsed) to the worker (wall-worker.ts), which reads the
 * frames' pledge deltas and their `reactions` (support counts) alike for either client. Either
 * opens the main namespace or another one (`/forum`: the raw client's packets then carry it,
 * `40/forum,{auth}` and `42/forum,["forum:deltas",…]`).
 */
import { io } from 'socket.io-client';
import WebSocket from 'ws';
import { now } from './messages';

export type WallClient = 'sio' | 'raw';

export interface WallHandlers {
  /** A server event, with the time it was received (before any parsing where possible). */
  event(name: string, payload: unknown, t: number): void;
  /** The connection could not be established. */
  error(why: string): void;
  /** The connection ended (after it was established). */
  closed(reason: string): void;
}

export interface WallConnection {
  close(): void;
}

export function openWall(kind: WallClient, url: string, nsp: string, auth: object, timeoutMs: number, on: WallHandlers): WallConnection {
  return kind === 'raw' ? openRaw(url, nsp, auth, on) : openSio(url, nsp, auth, timeoutMs, on);
}

function openSio(url: string, nsp: string, auth: object, timeoutMs: number, on: WallHandlers): WallConnection {
  const socket = io(nsp === '/' ? url : url + nsp, { auth, transports: ['websocket'], forceNew: true, reconnection: false, timeout: timeoutMs });
  socket.onAny((name: string, payload: unknown) => on.event(name, payload, now()));
  socket.on('connect_error', (err: Error) => on.error(`connect_error: ${err.message}`));
  socket.on('disconnect', (reason: string) => on.closed(reason));
  return { close: () => socket.disconnect() };
}

// Engine.IO packet types (first character) and Socket.IO packet types (second character of a message).
const EIO_OPEN = 0x30; // '0'
const EIO_CLOSE = 0x31; // '1'
const EIO_PING = 0x32; // '2'
const EIO_MESSAGE = 0x34; // '4'
const SIO_CONNECT = 0x30; // '0'
const SIO_DISCONNECT = 0x31; // '1'
const SIO_EVENT = 0x32; // '2'
const SIO_CONNECT_ERROR = 0x34; // '4'
const NSP_START = 0x2f; // '/': a namespace other than the main one precedes the payload, up to a ','

function openRaw(url: string, nsp: string, auth: object, on: WallHandlers): WallConnection {
  const nspPrefix = nsp === '/' ? '' : `${nsp},`;
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`, { perMessageDeflate: false });
  let open = false;
  let ended = false;
  const end = (reason: string) => {
    if (ended) return;
    ended = true;
    if (open) on.closed(reason);
    else on.error(reason);
  };
  ws.on('message', (data: Buffer, isBinary: boolean) => {
    const t = now();
    if (isBinary) return;
    const s = data.toString();
    switch (s.charCodeAt(0)) {
      case EIO_OPEN:
        ws.send(`40${nspPrefix}${JSON.stringify(auth)}`);
        break;
      case EIO_PING:
        ws.send('3');
        break;
      case EIO_CLOSE:
        end('transport close');
        break;
      case EIO_MESSAGE:
        switch (s.charCodeAt(1)) {
          case SIO_CONNECT:
            open = true;
            break;
          case SIO_EVENT: {
            // `42["name",payload(,offset)]` on the main namespace, `42/forum,[…]` on another; no ack id for broadcasts.
            const args = JSON.parse(s.charCodeAt(2) === NSP_START ? s.slice(s.indexOf(',') + 1) : s.slice(2)) as [string, unknown];
            on.event(args[0], args[1], t);
            break;
          }
          case SIO_CONNECT_ERROR:
            end(`connect_error: ${s.slice(2)}`);
            break;
          case SIO_DISCONNECT:
            end('io server disconnect');
            break;
        }
        break;
    }
  });
  ws.on('error', (err) => end(`websocket error: ${err.message}`));
  ws.on('close', () => end('transport close'));
  return {
    close() {
      ended = true;
      ws.close();
    },
  };
}
