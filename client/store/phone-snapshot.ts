import { PROTOCOL_VERSION, type SessionSnapshot } from '../../shared/protocol';
import { readItem, storageKeys, writeItem } from '../storage';
import { initialStage } from '../../shared/stage-initial';
import { useReactions } from './reactions';
import { useConnection } from './connection';
import { applySnapshot, useSession } from './session';

/** The state as kept: a snapshot and when it was kept (this device's clock; absent in older ones). */
type Kept = SessionSnapshot & { keptAt?: number };

/**
 * Keeps the phone's last known state in storage and shows it at once on the next page load, so a
 * phone that reloads without a connection still shows the form, its pledge and what is unsent.
 * It is restored below every real sequence number: the first snapshot from the server replaces it,
 * and the handshake does not offer it as `lastSeq`. Countdowns go on from the time it was kept.
 */
export function cacheSnapshot(sessionId: string): () => void {
  const key = storageKeys.snapshot(sessionId);
  const raw = readItem('local', key);
  if (raw) {
    try {
      const cached = JSON.parse(raw) as Kept;
      if (cached.protocol === PROTOCOL_VERSION && cached.session?.id === sessionId) {
        // The server's clock as this phone knew it when the state was kept, carried to now.
        applySnapshot({ ...cached, seq: -1, serverNow: cached.serverNow - (cached.keptAt ?? Date.now()) + Date.now() });
        // It was connected then: a connection that fails now is lost, not still being made.
        useConnection.setState({ everConnected: true });
      }
    } catch {
      writeItem('local', key, null);
    }
  }
  const write = () => {
    const s = useSession.getState();
    if (!s.session || !s.round || !s.you || s.baseSeq < 0) return;
    const snapshot: Kept = {
      protocol: PROTOCOL_VERSION,
      seq: s.baseSeq,
      session: s.session,
      round: s.round,
      stage: s.stage ?? initialStage(0),
      languages: s.languages,
      reactions: { v: 0, counts: {} },
      panel: Object.values(s.panel),
      pledges: s.pledges,
      audience: s.audience,
      requests: s.requests,
      audienceMembers: s.audienceMembers,
      activity: s.activity,
      // The pledges this device supports as its own taps left them, not as the last snapshot said.
      you: { ...s.you, reacted: Object.keys(useReactions.getState().mine) },
      serverNow: Date.now() + s.clockSkew,
      keptAt: Date.now(),
    };
    writeItem('local', key, JSON.stringify(snapshot));
  };
  const stopSession = useSession.subscribe(write);
  const stopReactions = useReactions.subscribe((r, prev) => {
    if (r.mine !== prev.mine) write();
  });
  return () => {
    stopSession();
    stopReactions();
  };
}
