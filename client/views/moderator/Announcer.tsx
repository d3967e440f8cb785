import { useEffect, useState } from 'react';
import { useLiveText, type Wording } from '../../components/live-text';
import { formatList } from '../../format';
import { t } from '../../i18n';
import { useSession } from '../../store/session';
import { authorName, authorRole } from './labels';
import { requestLabel } from './SeatRequests';

type SessionState = ReturnType<typeof useSession.getState>;

/** What waits for a moderator: pending pledges and pending seat requests. */
function waiting(s: SessionState) {
  const pledges = s.pledges.filter((p) => p.status === 'pending');
  const requests = s.requests.filter((r) => r.state === 'pending');
  return { pledges, requests, ids: [...pledges.map((p) => p.id), ...requests.map((r) => r.id)] };
}

/**
 * The announcement for what arrived: one pledge by its author (one its author edited after the
 * moderators hid or rejected it says it is back), several by their number; requests by name.
 */
function announcement(s: SessionState, fresh: Set<string>, back: Set<string>): string {
  const { pledges, requests } = waiting(s);
  const newPledges = pledges.filter((p) => fresh.has(p.id));
  const newRequests = requests.filter((r) => fresh.has(r.id));
  const name = (panelistId: string) => s.session?.panelists.find((p) => p.id === panelistId)?.name ?? '';
  const first = newPledges[0];
  return [
    newPledges.length > 1
      ? t('console.queue.newMany', { count: newPledges.length })
      : first
        ? t(back.has(first.id) ? 'console.queue.backOne' : 'console.queue.newOne', { author: authorName(first), role: authorRole(first) })
        : '',
    newRequests.length ? t('console.requests.announce', { who: formatList(newRequests.map((r) => requestLabel(r, name(r.panelistId)))) }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Arrivals this close together are announced as one message. */
const GATHER_MS = 700;

/**
 * Tells screen-reader users what arrived while they were elsewhere on the console: new pledges
 * waiting for approval and phones asking to be let in. What was there when the console opened is
 * not announced. Worded in the page's language when it shows; a change of language takes it out
 * (`useLiveText`). So does a pledge or request it names no longer waiting (approved,
 * rejected, admitted by this console or another): the region never holds what is no longer so.
 */
export function Announcer() {
  const [said, setSaid] = useState<{ word: Wording | null }>({ word: null });

  useEffect(() => {
    let known: Set<string> | null = null;
    const fresh = new Set<string>();
    // Pledges seen hidden or rejected: one of them waiting again was sent back by its author's edit.
    const left = new Set<string>();
    const back = new Set<string>();
    // What the message in the region names, while it waits.
    let named: string[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      const s = useSession.getState();
      const [arrived, returned] = [new Set(fresh), new Set(back)];
      const ids = waiting(s).ids;
      named = [...fresh].filter((id) => ids.includes(id));
      fresh.clear();
      back.clear();
      if (announcement(s, arrived, returned)) setSaid({ word: () => announcement(s, arrived, returned) });
    };
    const look = (s: SessionState) => {
      if (s.baseSeq < 0) return;
      const ids = waiting(s).ids;
      const returned = (id: string) => left.has(id) || s.pledges.some((p) => p.id === id && p.visibility === 'record');
      const before = known;
      for (const id of before ? ids.filter((i) => !before.has(i)) : []) {
        fresh.add(id);
        if (returned(id)) back.add(id);
      }
      known = new Set(ids);
      if (named.some((id) => !known!.has(id))) {
        named = [];
        setSaid({ word: null });
      }
      left.clear();
      for (const p of s.pledges) if (p.status === 'hidden' || p.status === 'rejected') left.add(p.id);
      if (fresh.size > 0) timer ??= setTimeout(flush, GATHER_MS);
    };
    look(useSession.getState());
    const stop = useSession.subscribe(look);
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, []);
  const text = useLiveText(said.word);

  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="mod-announcer">
      {text}
    </div>
  );
}
