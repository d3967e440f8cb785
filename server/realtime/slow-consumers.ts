import type { AppServer } from './types';

export interface SlowConsumerOptions {
  /** Bytes queued for one connection (engine.io buffer plus the WebSocket's) before it is dropped. */
  maxBufferedBytes?: number;
  /** Packets queued in engine.io's buffer (long-polling, or a stalled transport) before it is dropped. */
  maxQueuedPackets?: number;
  intervalMs?: number;
}

interface EngineConn {
  writeBuffer?: unknown[];
  transport?: { socket?: { bufferedAmount?: number } };
  /** `discard`: drop the queue and close now, instead of waiting for it to drain (it never will). */
  close(discard?: boolean): void;
}

/**
 * A wall on a bad connection must not make the server hold an ever-growing queue for it. Every
 * interval the queues of this process's connections are checked; one that is too far behind is
 * closed, and the client reconnects and resyncs from its sequence number in one snapshot.
 * Returns the stop function.
 */
export function dropSlowConsumers(io: AppServer, options: SlowConsumerOptions = {}): () => void {
  const maxBytes = options.maxBufferedBytes ?? 1024 * 1024;
  const maxPackets = options.maxQueuedPackets ?? 500;
  const timer = setInterval(() => {
    // Session connections and the forum walls (realtime/forum.ts) alike, read in place (a closed
    // connection leaves its namespace's map at once, which the map's iteration allows).
    for (const nsp of [io.of('/'), io.of('/forum')]) {
      for (const socket of nsp.sockets.values()) {
        const conn = socket.conn as unknown as EngineConn;
        const queued = conn.writeBuffer?.length ?? 0;
        const buffered = conn.transport?.socket?.bufferedAmount ?? 0;
        if (queued > maxPackets || buffered > maxBytes) conn.close(true);
      }
    }
  }, options.intervalMs ?? 1000);
  timer.unref();
  return () => clearInterval(timer);
}
