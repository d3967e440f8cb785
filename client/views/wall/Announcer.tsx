import { useEffect, useState } from 'react';
import { authorName } from '../../components/PledgeCard';
import { t } from '../../i18n';
import { useSession } from '../../store/session';
import { shownPledges } from './shown';

/** New pledges read out at once at most; more are counted. */
const AT_ONCE = 3;

/**
 * The wall's one polite live region, whatever the view: a new pledge (whose: the text is on the
 * page, and a pledge hidden later must not linger here), the round opening or closing, the last
 * call. What the first state shows is not announced, nor a pledge seen before (a reconnect's
 * snapshot, a pledge shown again).
 */
export function Announcer() {
  const [message, setMessage] = useState('');
  useEffect(() => {
    let seen: Set<string> | null = null;
    let state: string | null = null;
    let lastCall = false;
    const look = (s: ReturnType<typeof useSession.getState>) => {
      if (!s.session || !s.round) return;
      const shown = shownPledges(s);
      const open = s.round.state === 'open';
      const calling = open && s.round.lastCallAt !== null;
      if (seen === null) {
        seen = new Set(shown.map((p) => p.id));
        state = s.round.state;
        lastCall = calling;
        return;
      }
      const said: string[] = [];
      if (s.round.state !== state) {
        if (open) said.push(t('wall.announce.open'));
        if (s.round.state === 'closed') said.push(t('wall.announce.closed'));
        state = s.round.state;
      }
      if (calling && !lastCall) said.push(t('wall.announce.lastCall'));
      lastCall = calling;
      const fresh = shown.filter((p) => !seen!.has(p.id)).reverse(); // oldest first
      fresh.forEach((p) => seen!.add(p.id));
      for (const p of fresh.slice(0, AT_ONCE)) said.push(t('wall.announce.pledge', { name: authorName(p) }));
      if (fresh.length > AT_ONCE) said.push(t('stage.more', { count: fresh.length - AT_ONCE }));
      if (said.length > 0) setMessage(said.join(' '));
    };
    look(useSession.getState());
    return useSession.subscribe(look);
  }, []);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="wall-announcer">
      {message}
    </div>
  );
}
