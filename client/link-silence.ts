/** What the silence check needs of a Socket.IO client socket (the app's, the tests'). */
export interface LinkSocket {
  connected: boolean;
  io: { engine?: { close(): void; on(event: 'packet', listener: () => void): unknown; off(event: 'packet', listener: () => void): unknown } };
}

/**
 * Listens to the socket's current connection while a command waits for its answer. `end(answered)`:
 * a command left unanswered while not a word (a frame, a ping) came on a connection that still
 * looks open means the link died without a close, which Engine.IO's pings notice only after 20–45 s.
 * That connection is closed, so Socket.IO opens a fresh one now. A server that is only slow still
 * talks, and keeps its connection.
 */
export function hearDuring(socket: LinkSocket): { end(answered: boolean): void } {
  const engine = socket.io.engine;
  if (!engine) return { end: () => undefined };
  let heard = false;
  const hear = () => (heard = true);
  engine.on('packet', hear);
  return {
    end(answered) {
      engine.off('packet', hear);
      if (!answered && !heard && socket.connected && socket.io.engine === engine) engine.close();
    },
  };
}
