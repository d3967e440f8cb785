/**
 * The test connections a test file opened and has not closed yet. A test that fails half-way
 * never reaches its own close() calls (nor does a helper that fails after opening one, such as a
 * seat claim refused), and a socket.io-client connection left open keeps trying to reconnect to
 * a server that has gone, every 50–200 ms, so the test process could never exit. Closed after
 * every test file (tests/helpers/close-leftovers.ts, a jest setup file).
 */
const open = new Set<{ close(): void }>();

export function opened(connection: { close(): void }): void {
  open.add(connection);
}

export function closed(connection: { close(): void }): void {
  open.delete(connection);
}

export function closeLeftovers(): void {
  for (const connection of [...open]) connection.close();
  open.clear();
}
