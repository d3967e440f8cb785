import { useEffect, useRef, useState } from 'react';
import { useLiveText, type Wording } from '../../components/live-text';
import { authorName } from '../../components/PledgeCard';
import { t } from '../../i18n';
import { useSession } from '../../store/session';
import { shownPledges } from './shown';

/**
 * The seat or audience member this browser is in the session: a phone's own, or, on an online
 * viewer's wall, the one its secret holds (the same browser's phone page), from the snapshot's
 * `you`; null for anyone else. Its new pledge is not read out to it, nor offered for its support.
 */
export const ownParticipant = (s: Pick<ReturnType<typeof useSession.getState>, 'you'>): string | null => s.you?.audience?.id ?? s.you?.panelistId ?? null;

/** New pledges read out at once at most; more are counted. */
const AT_ONCE = 3;

export interface AnnouncerProps {
  /** New pledges on the wall are read out (walls, audience phones); a panelist's phone leaves them. */
  pledges?: boolean;
  /** The last call is read out here; false where the page says it louder itself (the phone's form). */
  lastCall?: boolean;
  /** The round closing is read out here; false where the page's own heading says it (phones). */
  closing?: boolean;
}

/**
 * One polite live region, whatever the view: a new pledge (whose: the text is on the page), the
 * round opening or closing, the last call (each time the moderator calls it: a new time). A
 * message that no longer holds leaves the region (a pledge it names taken off the wall, the round
 * moving on). What the first state shows is not announced, nor a
 * pledge seen before (a reconnect's snapshot, a pledge shown again), nor the reader's own pledge.
 * Walls and the embed read out everything; phones choose (see the props). Each announcement is a
 * new node in the region, so the same words said again are read out again. Each is worded in the
 * page's language when it shows, and a change of language takes it out (`useLiveText`).
 */
export function Announcer({ pledges = true, lastCall = true, closing = true }: AnnouncerProps) {
  const [message, setMessage] = useState<{ word: Wording | null; n: number }>({ word: null, n: 0 });
  // The props may change while the subscription lives (a phone's form comes and goes).
  const say = useRef({ pledges, lastCall, closing });
  say.current = { pledges, lastCall, closing };
  useEffect(() => {
    let seen: Set<string> | null = null;
    let state: string | null = null;
    let calledAt: number | null = null;
    // The pledges the message in the region names.
    let named: string[] = [];
    const look = (s: ReturnType<typeof useSession.getState>) => {
      if (!s.session || !s.round) return;
      const shown = shownPledges(s);
      const open = s.round.state === 'open';
      const called = open ? s.round.lastCallAt : null;
      if (seen === null) {
        seen = new Set(shown.map((p) => p.id));
        state = s.round.state;
        calledAt = called;
        return;
      }
      // The message no longer holds: the round moved on (a last call ends with it), a pledge it names left the wall.
      const stale = s.round.state !== state || named.some((id) => !shown.some((p) => p.id === id));
      // Each part worded when the message shows (an anonymous author's name too).
      const said: Wording[] = [];
      if (s.round.state !== state) {
        if (open) said.push(() => t('wall.announce.open'));
        if (s.round.state === 'closed' && say.current.closing) said.push(() => t('wall.announce.closed'));
        state = s.round.state;
      }
      if (called !== null && called !== calledAt && say.current.lastCall) said.push(() => t('wall.announce.lastCall'));
      calledAt = called;
      const own = ownParticipant(s);
      const fresh = shown.filter((p) => !seen!.has(p.id)).reverse(); // oldest first
      fresh.forEach((p) => seen!.add(p.id));
      const others = say.current.pledges ? fresh.filter((p) => p.participantId !== own) : [];
      for (const p of others.slice(0, AT_ONCE)) said.push(() => t('wall.announce.pledge', { name: authorName(p) }));
      const more = others.length - AT_ONCE;
      if (more > 0) said.push(() => t('stage.more', { count: more }));
      if (said.length > 0 || stale) {
        named = others.map((p) => p.id);
        setMessage((m) => ({ word: said.length > 0 ? () => said.map((word) => word()).join(' ') : null, n: m.n + 1 }));
      }
    };
    look(useSession.getState());
    return useSession.subscribe(look);
  }, []);
  const text = useLiveText(message.word);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="wall-announcer">
      <span key={message.n}>{text}</span>
    </div>
  );
}
