import { emitWithAck, type AppSocket } from './socket';

/** A visible page whose connection has carried nothing this long asks whether it is still there. */
export const QUIET_MS = 15_000;
/** How often the page looks at how long its connection has been quiet. */
const LOOK_EVERY_MS = 5_000;
/** A page waking up (shown again, back online) asks at once if nothing came for this long. */
const WAKE_QUIET_MS = 2_000;

/** What the watch needs of the page: whether someone can see it, and when it wakes up. */
export interface PageSignals {
  visible(): boolean;
  /** Calls `listener` when the page is shown again or the device is back online; returns the way to stop. */
  onWake(listener: () => void): () => void;
}

export const browserSignals: PageSignals = {
  visible: () => document.visibilityState === 'visible',
  onWake(listener) {
    const shown = () => document.visibilityState === 'visible' && listener();
    document.addEventListener('visibilitychange', shown);
    window.addEventListener('online', listener);
    window.addEventListener('pageshow', listener);
    return () => {
      document.removeEventListener('visibilitychange', shown);
      window.removeEventListener('online', listener);
      window.removeEventListener('pageshow', listener);
    };
  },
};

/**
 * Keeps a phone's or console's header honest about its connection. A link can die without a close
 * (a phone asleep in a pocket, Wi-Fi handing over to another access point), and Engine.IO's pings
 * notice only after 20–45 s, while the page says "Connected" and the round may have opened. So a
 * page that someone can see, whose connection carried nothing for `QUIET_MS` or that just woke up,
 * asks the server (`conn:check`); no answer and not a word within the command timeout closes the
 * connection (socket.ts), the header says so, and Socket.IO opens a fresh one. A busy connection
 * (frames, pings) is never asked. Returns the way to stop.
 */
export function watchLink(socket: AppSocket, page: PageSignals = browserSignals): () => void {
  let lastHeard = Date.now();
  let checking = false;
  let engine: AppSocket['io']['engine'] | undefined;
  const hear = () => (lastHeard = Date.now());
  // Each connection has its own engine: listen to the one open now.
  const follow = () => {
    if (socket.io.engine === engine) return;
    engine?.off('packet', hear);
    engine = socket.io.engine;
    engine?.on('packet', hear);
    hear();
  };
  const check = (quietMs: number) => {
    follow();
    if (checking || !socket.connected || !page.visible() || Date.now() - lastHeard < quietMs) return;
    checking = true;
    void emitWithAck(socket, 'conn:check').then(() => (checking = false));
  };
  socket.on('connect', follow);
  const timer = setInterval(() => check(QUIET_MS), LOOK_EVERY_MS);
  const stopWake = page.onWake(() => check(WAKE_QUIET_MS));
  return () => {
    clearInterval(timer);
    stopWake();
    socket.off('connect', follow);
    engine?.off('packet', hear);
  };
}
