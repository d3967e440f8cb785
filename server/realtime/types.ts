import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol';
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

export type AppServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
