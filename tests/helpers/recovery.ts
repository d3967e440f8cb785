import type { Session } from 'socket.io-adapter';
import type { AppServer } from '../../server/realtime/types';

/**
 * Holds every connection Socket.IO restores, after the recovery has read the packets it missed and
 * before it rejoins its rooms, until `count` of them are held. `allRead` resolves then;
 * `release()` lets them go on and puts the adapter back as it was.
 */
export function holdRestoredSessions(io: AppServer, count: number): { allRead: Promise<void>; release(): void } {
  const adapter = io.of('/').adapter;
  const restore = adapter.restoreSession.bind(adapter);
  const held: (() => void)[] = [];
  let allRead: () => void = () => undefined;
  const read = new Promise<void>((resolve) => (allRead = resolve));
  adapter.restoreSession = async (pid, offset) => {
    const session = await restore(pid, offset);
    if (!session) return session;
    await new Promise<void>((resolve) => {
      held.push(resolve);
      if (held.length === count) allRead();
    });
    return session as Session;
  };
  return {
    allRead: read,
    release() {
      adapter.restoreSession = restore;
      held.forEach((go) => go());
    },
  };
}
