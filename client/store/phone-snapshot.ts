import { PROTOCOL_VERSION, type SessionSnapshot } from '../../shared/protocol';
import { readItem, storageKeys, writeItem } from '../storage';
import { initialStage } from '../../shared/stage-initial';
import { useReactions } from './reactions';
import { applySnapshot, useSession } from './session';

/**
 * Keeps the phone's last known state in storage and shows it at once on the next page load, so a
 * phone that reloads without a connection still shows the form, its pledge and what is unsent.
 * It is restored below every real sequence number: the first snapshot from the server replaces it,
 * and the handshake does not offer it as `lastSeq`.
 */
export function cacheSnapshot(sessionId: string): () => void {
  const key = storageKeys.snapshot(sessionId);
  const raw = readItem('local', key);
  if (raw) {
    try {
      const cached = JSON.parse(raw) as SessionSnapshot;
      if (cached.protocol === PROTOCOL_VERSION && cached.session?.id === sessionId) applySnapshot({ ...cached, seq: -1 });
    } catch {
      writeItem('local', key, null);
    }
  }
  const write = () => {
    const s = useSession.getState();
    if (!s.session || !s.round || !s.you || s.baseSeq < 0) return;
    const snapshot: SessionSnapshot = {
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
