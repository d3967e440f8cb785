import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import { closeClient } from '../store/redis';

/**
 * Bridges Socket.IO rooms across every server process that shares the Redis (see docs/scaling.md
 * for why the streams adapter). Its keys and channels live under the deployment's prefix.
 */
export async function redisStreamsAdapter(url: string, prefix: string) {
  // RESP2: the adapter reads XREAD replies in the RESP2 shape. No command timeout, as for the
  // store's client (store/redis.ts): node-redis's default would give every publish, and every
  // snapshot a socket is sent (with connection-state recovery that is a publish too), a
  // five-second abort timer that fires later all the same, at a cost of 10 µs each.
  const client = createClient({ url, RESP: 2, commandOptions: { timeout: 0 } });
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
