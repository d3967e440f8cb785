import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import { closeClient } from '../store/redis';

/**
 * Bridges Socket.IO rooms across every server process that shares the Redis (see docs/scaling.md
 * for why the streams adapter). Its keys and channels live under the deployment's prefix.
 */
export async function redisStreamsAdapter(url: string, prefix: string) {
  // RESP2: the adapter reads XREAD replies in the RESP2 shape. Unlike the store's client, this one
  // keeps node-redis's offline queue and its five-second command timeout: the adapter writes a
  // broadcast to this process's own sockets only once its publish is answered, so while Redis is
  // unreachable the timeout is what lets local delivery go on after five seconds (and bounds the
  // queue). Each publish pays for a timer; per-socket first states no longer publish (handshake.ts).
  const client = createClient({ url, RESP: 2 });
  client.on('error', () => {
    // Reconnection is automatic; the adapter resumes the stream from its last offset.
  });
  await client.connect();
  // The adapter reads the stream on duplicates of this client, parked in a blocking XREAD; keep
  // hold of them so shutdown can release them at once instead of waiting out the block.
  const duplicates: ReturnType<typeof client.duplicate>[] = [];
  const duplicate = client.duplicate.bind(client);
  client.duplicate = ((...args: Parameters<typeof client.duplicate>) => {
    const d = duplicate(...args);
    duplicates.push(d);
    return d;
  }) as typeof client.duplicate;
  const adapter = createAdapter(client, {
    streamName: `${prefix}sio:stream`,
    channelPrefix: `${prefix}sio`,
    sessionKeyPrefix: `${prefix}sio:session:`,
    // Each process blocks on the stream at most this long, which bounds how long shutdown waits.
    blockTimeInMs: 2000,
    maxLen: 10_000,
    onlyPlaintext: true,
  });
  return {
    adapter,
    async close() {
      for (const d of duplicates) {
        try {
          d.destroy();
        } catch {
          // already closed
        }
      }
      await closeClient(client);
    },
  };
}
