import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, DeltaBatch, ServerToClientEvents } from '../../shared/protocol';
import type { Principal } from '../service/session-service';

export interface SocketData {
  principal: Principal;
  /** Client address, for per-IP rate limits. */
  ip: string;
  /** The device for rate limits: a digest of its credential, or the connection for a wall. */
  device: string;
  /** The sequence number the client said it had applied when it connected. */
  lastSeq: number | null;
}

/** What the server processes tell each other (`io.serverSideEmit`, through the adapter). */
export interface ServerSideEvents {
  /** A readers frame of a session written slice by slice where it was committed (rooms.ts). */
  'readers:frame': (sessionId: string, batch: DeltaBatch) => void;
}

export type AppServer = Server<ClientToServerEvents, ServerToClientEvents, ServerSideEvents, SocketData>;
export type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, ServerSideEvents, SocketData>;
