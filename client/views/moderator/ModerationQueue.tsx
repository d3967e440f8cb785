import { useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Pledge } from '../../../shared/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatNumber, t } from '../../i18n';
import { approveAll } from '../../store/moderation';
import { useModerator } from '../../store/moderator';
import { useSession } from '../../store/session';
import { ModPledgeItem } from './ModPledgeItem';
import { useListFocus } from './useListFocus';
import { Confirmation } from './Confirmation';

/** The queue's heading, where the console's "skip to the queue" button takes focus. */
export const QUEUE_HEADING = 'mod-queue-heading';

const oldestFirst = (a: Pledge, b: Pledge) => a.createdAt - b.createdAt || a.id.localeCompare(b.id);

/** Pledges waiting for a moderator, in the order they arrived. */
export function ModerationQueue() {
  const heading = useRef<HTMLHeadingElement>(null);
  const queue = useSession(useShallow((s) => s.pledges.filter((p) => p.status === 'pending').sort(oldestFirst)));
  const ids = queue.map((p) => p.id);
  const { listRef, onFocus, onBlur } = useListFocus<HTMLUListElement>(ids, heading);
  const busy = useModerator((s) => s.pending['approve-all']);
  const error = useModerator((s) => s.errors['approve-all']);
  // What "Approve all" did, while it is the console's latest confirmation.
  const approvedAt = useModerator((s) => s.done['approve-all']);
  const [approved, setApproved] = useState<{ approved: number; skipped: number } | null>(null);

  return (
    <section className="card mod-queue" aria-labelledby={QUEUE_HEADING} data-testid="mod-queue" data-count={queue.length}>
      <div className="card__head">
        {/* The count keeps to its heading's line; "Approve all" is what moves down on a narrow screen. */}
        <div className="mod-queue__heading">
          <h2 id={QUEUE_HEADING} ref={heading} tabIndex={-1}>
            {t('console.queue.title')}
          </h2>
          <span className={`card__count${queue.length ? ' mod-queue__count--waiting' : ''}`}>{formatNumber(queue.length)}</span>
        </div>
        <button
          type="button"
          className="button button--small button--primary mod-queue__all"
          data-testid="approve-all"
          aria-disabled={busy || queue.length === 0 || undefined}
          onClick={async () => {
            if (busy || queue.length === 0) return;
            setApproved(await approveAll(queue));
          }}
        >
          {t('console.queue.approveAll')}
        </button>
      </div>
      <p className="mod-queue__done" role="status">
        {approved === null || !approvedAt ? (
          ''
        ) : approved.skipped > 0 ? (
          <Confirmation key={approvedAt}>{t('console.queue.approvedSome', { count: approved.approved, skipped: approved.skipped })}</Confirmation>
        ) : queue.length === 0 ? (
          <Confirmation key={approvedAt}>{t('console.queue.approvedAll', { count: approved.approved })}</Confirmation>
        ) : (
          ''
        )}
      </p>
      <ErrorMessage code={error} />
      {queue.length === 0 ? (
        <p className="console__quiet">{t('console.queue.empty')}</p>
      ) : (
        <ul
          className="mod-list"
          ref={listRef}
          onFocus={onFocus}
          onBlur={onBlur}
        >
          {queue.map((p) => (
            <ModPledgeItem key={p.id} pledge={p} />
          ))}
        </ul>
      )}
    </section>
  );
}
