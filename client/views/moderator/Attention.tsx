import { useEffect, useLayoutEffect, useRef } from 'react';
import { t } from '../../i18n';
import { useSession } from '../../store/session';
import { QUEUE_HEADING } from './ModerationQueue';
import { keepScrollPaddingBelowPinned, revealWithCard } from '../../pinned';

/** Where the seat requests are (inside the panel card), for the bar's button. */
export const REQUESTS_SECTION = 'mod-seat-requests';

/**
 * What waits for a moderator, always in view at the top of the console however small the screen:
 * pledges waiting for approval and phones asking to be let in, each a button to that list. The
 * browser tab's title starts with the total, so a console in a background tab shows it too.
 */
export function Attention({ title }: { title: string }) {
  const queued = useSession((s) => s.pledges.filter((p) => p.status === 'pending').length);
  const asking = useSession((s) => s.requests.filter((r) => r.state === 'pending').length);
  const total = queued + asking;
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    document.title = total > 0 ? `(${total}) ${title}` : title;
  }, [total, title]);
  // Nothing the keyboard reaches stays hidden under the bar.
  const shown = total > 0;
  useLayoutEffect(() => (shown && bar.current ? keepScrollPaddingBelowPinned(bar.current) : undefined), [shown]);
  if (!shown) return null;
  // To the list (the whole of it, with its card's heading when that fits) below what stays on top.
  const goTo = (id: string) => {
    const target = document.getElementById(id);
    if (!target) return;
    revealWithCard(target.closest('section') ?? target);
    target.focus({ preventScroll: true });
  };
  return (
    <div className="console-attention" data-testid="mod-attention" ref={bar}>
      {queued > 0 && (
        <button type="button" className="console-attention__item" data-testid="attention-queue" onClick={() => goTo(QUEUE_HEADING)}>
          {t('console.attention.queue', { count: queued })}
        </button>
      )}
      {asking > 0 && (
        <button type="button" className="console-attention__item" data-testid="attention-requests" onClick={() => goTo(REQUESTS_SECTION)}>
          {t('console.attention.requests', { count: asking })}
        </button>
      )}
    </div>
  );
}
