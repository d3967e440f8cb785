import { useEffect, useId, useRef, type RefObject } from 'react';
import type { Pledge } from '../../../shared/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { capacityLine, timeframeLine } from '../../components/PledgeCard';
import { formatClock, t } from '../../i18n';
import { approvePledge, hidePledge, startFix, startReject, unhidePledge, usePledgeForms } from '../../store/moderation';
import { useModerator, type ActionKey } from '../../store/moderator';
import { spotlightPledge } from '../../store/moderator-stage';
import { useReactions } from '../../store/reactions';
import { FixEditor, RejectForm } from './PledgeForms';
import { authorName, authorRole, editorLabel } from './labels';
import { revealBelowPinned } from '../../pinned';

/**
 * One pledge as the moderators see it: who wrote it (panelist or audience), where it stands, its
 * text and earlier versions, and what can be done to it from here. In the queue a waiting pledge
 * is approved or rejected; in the list a shown one is hidden (a record-only one kept out of the
 * record), a hidden one shown again (put back in the record), a rejected one approved after all.
 * Any pledge can have a typo fixed.
 */
export function ModPledgeItem({ pledge, spotlit = false }: { pledge: Pledge; spotlit?: boolean }) {
  const authorId = useId();
  const form = usePledgeForms((s) => s[pledge.id]);
  const author = authorName(pledge);
  const triggers = { fix: useRef<HTMLButtonElement>(null), reject: useRef<HTMLButtonElement>(null) };
  const itemRef = useRef<HTMLLIElement>(null);
  const lastForm = useRef(form?.kind);

  // A form that opens shows with its pledge, whose author the pinned bar at the top would hide;
  // one that closes gives focus back to the button that opened it.
  useEffect(() => {
    const closed = lastForm.current;
    lastForm.current = form?.kind;
    if (form && !closed && itemRef.current) revealBelowPinned(itemRef.current, { keep: document.activeElement });
    if (form || !closed) return;
    const active = document.activeElement;
    if (!active || active === document.body || itemRef.current?.contains(active)) triggers[closed].current?.focus();
  });

  return (
    <li
      ref={itemRef}
      className={`mod-pledge mod-pledge--${pledge.status} mod-pledge--${pledge.authorRole}${spotlit ? ' mod-pledge--spotlit' : ''}`}
      data-item-id={pledge.id}
      data-testid={`mod-pledge-${pledge.id}`}
      data-status={pledge.status}
      data-author-role={pledge.authorRole}
      data-spotlit={spotlit || undefined}
    >
      <article aria-labelledby={authorId}>
        <header className="mod-pledge__head">
          <span className={`mod-pledge__role mod-pledge__role--${pledge.authorRole}`}>{authorRole(pledge)}</span>
          <span className="mod-pledge__author" id={authorId}>
            {author}
          </span>
          {pledge.organization && <span className="mod-pledge__org">{pledge.organization}</span>}
          <span className="mod-pledge__tags">
            {spotlit && <span className="mod-pledge__spotlit">{t('console.spotlight.tag')}</span>}
            <Supporters pledge={pledge} />
            {pledge.visibility === 'record' && <span className="mod-pledge__record">{t('pledge.recordOnly')}</span>}
            <span className={`mod-status mod-status--${pledge.status}`} data-testid="mod-pledge-status">
              {t(statusKey(pledge))}
            </span>
            <time className="mod-pledge__time" dateTime={new Date(pledge.createdAt).toISOString()}>
              {formatClock(pledge.createdAt)}
            </time>
          </span>
        </header>

        {form?.kind === 'fix' ? (
          <FixEditor pledge={pledge} form={form} />
        ) : (
          <blockquote className="mod-pledge__text" data-testid="mod-pledge-text" dir="auto">
            {pledge.text}
          </blockquote>
        )}
        <p className="mod-pledge__meta">
          {capacityLine(pledge)} · {timeframeLine(pledge)}
        </p>
        {pledge.status === 'rejected' && pledge.rejectReason && (
          <p className="mod-pledge__reason">{t('console.pledge.reason', { reason: pledge.rejectReason })}</p>
        )}
        {pledge.updatedBy.role === 'moderator' && (
          <p className="mod-pledge__corrected">
            {t('console.pledge.correctedBy', { who: editorLabel(pledge.updatedBy), time: formatClock(pledge.updatedAt) })}
          </p>
        )}
        <PledgeHistory pledge={pledge} />

        {form?.kind === 'reject' ? (
          <RejectForm pledgeId={pledge.id} form={form} />
        ) : (
          !form && <PledgeActions pledge={pledge} author={author} triggers={triggers} spotlit={spotlit} />
        )}
        <PledgeError pledgeId={pledge.id} />
      </article>
    </li>
  );
}

/**
 * A record-only pledge never goes on a wall: shown, it is in the record; hidden, kept out of it;
 * waiting, it is back for review (it never waits for approval otherwise: its author edited it
 * after the moderators kept it out).
 */
function statusKey(pledge: Pledge) {
  const { status } = pledge;
  return pledge.visibility === 'record' && status !== 'rejected'
    ? (`console.pledge.status.${status}Record` as const)
    : (`console.pledge.status.${status}` as const);
}

interface ActionsProps {
  pledge: Pledge;
  author: string;
  spotlit: boolean;
  triggers: { fix: RefObject<HTMLButtonElement | null>; reject: RefObject<HTMLButtonElement | null> };
}

/** The pledge's buttons. The first keeps its place as the status changes, so focus stays on it. */
function PledgeActions({ pledge, author, triggers, spotlit }: ActionsProps) {
  const id = pledge.id;
  const pending = useModerator((s) => s.pending);
  const label = (action: string) => t('console.pledge.actionFor', { action, author });
  // Hiding a record-only pledge keeps it out of the record: it is never on a wall.
  const recordOnly = pledge.visibility === 'record';
  const first =
    pledge.status === 'pending' || pledge.status === 'rejected'
      ? {
          key: `approve:${id}` as const,
          // A record-only pledge waits only when its author edited it after it was kept out.
          text: t(recordOnly && pledge.status === 'pending' ? 'console.pledge.unhideRecord' : 'console.pledge.approve'),
          run: () => approvePledge(pledge),
          // Approving a rejected pledge after all is the exception, not the next step.
          className: pledge.status === 'pending' ? 'button--primary' : 'button--secondary',
          testId: `approve-${id}`,
        }
      : pledge.status === 'visible'
        ? { key: `hide:${id}` as const, text: t(recordOnly ? 'console.pledge.hideRecord' : 'console.pledge.hide'), run: () => hidePledge(id), className: 'button--secondary', testId: `hide-${id}` }
        : { key: `unhide:${id}` as const, text: t(recordOnly ? 'console.pledge.unhideRecord' : 'console.pledge.unhide'), run: () => unhidePledge(id), className: 'button--secondary', testId: `unhide-${id}` };
  const busy = pending[first.key];

  return (
    <div className="mod-pledge__actions">
      <button
        type="button"
        className={`button button--small ${first.className}`}
        data-first=""
        data-testid={first.testId}
        aria-label={label(first.text)}
        aria-disabled={busy || undefined}
        onClick={() => !busy && void first.run()}
      >
        {first.text}
      </button>
      {pledge.status === 'visible' && pledge.visibility === 'public' && <SpotlightButton pledgeId={id} author={author} spotlit={spotlit} />}
      {pledge.status === 'pending' && (
        <button
          ref={triggers.reject}
          type="button"
          className="button button--small button--secondary mod-pledge__reject"
          data-testid={`reject-${id}`}
          aria-label={label(t('console.pledge.reject'))}
          onClick={() => startReject(id)}
        >
          {t('console.pledge.reject')}
        </button>
      )}
      <button
        ref={triggers.fix}
        type="button"
        className="button button--small button--ghost"
        data-testid={`fix-${id}`}
        aria-label={label(t('console.pledge.fix'))}
        onClick={() => startFix(pledge)}
      >
        {t('console.pledge.fix')}
      </button>
    </div>
  );
}

/** Puts a pledge shown on the walls in their spotlight; pressed while it is there. */
function SpotlightButton({ pledgeId, author, spotlit }: { pledgeId: string; author: string; spotlit: boolean }) {
  const key = `spotlight:${pledgeId}` as const;
  const busy = useModerator((s) => s.pending[key] || s.pending.spotlight);
  return (
    <button
      type="button"
      className="button button--small button--secondary mod-pledge__spotlight"
      data-testid={`spotlight-${pledgeId}`}
      aria-label={t('console.spotlight.buttonLabel', { author })}
      aria-pressed={spotlit}
      aria-disabled={busy || undefined}
      onClick={() => !busy && !spotlit && void spotlightPledge(pledgeId, key)}
    >
      {t('console.spotlight.button')}
    </button>
  );
}

/** Support from viewers, once there is any. */
function Supporters({ pledge }: { pledge: Pledge }) {
  const count = useReactions((s) => s.counts[pledge.id] ?? 0);
  if (count === 0 || pledge.status !== 'visible') return null;
  return (
    <span className="mod-pledge__support" data-testid="mod-pledge-support">
      {t('stage.supporters', { count })}
    </span>
  );
}

/** The latest failure of any of this pledge's buttons. */
function PledgeError({ pledgeId }: { pledgeId: string }) {
  const keys: ActionKey[] = [`approve:${pledgeId}`, `hide:${pledgeId}`, `unhide:${pledgeId}`, `spotlight:${pledgeId}`];
  const code = useModerator((s) => keys.map((k) => s.errors[k]).find(Boolean));
  return <ErrorMessage code={code} className="mod-pledge__error" />;
}

/** Earlier versions, oldest first, each with who wrote it. */
function PledgeHistory({ pledge }: { pledge: Pledge }) {
  if (pledge.edits.length === 0) return null;
  return (
    <details className="mod-history" data-testid="mod-pledge-history">
      <summary>{t('console.pledge.history', { count: pledge.edits.length })}</summary>
      <ol className="mod-history__list">
        {pledge.edits.map((edit, i) => (
          <li key={`${edit.at}-${i}`} className="mod-history__item">
            <span className="mod-history__who">
              <time dateTime={new Date(edit.at).toISOString()}>{formatClock(edit.at)}</time> · {editorLabel(edit.by)}
            </span>
            <span className="mod-history__text" dir="auto">{edit.text}</span>
          </li>
        ))}
      </ol>
    </details>
  );
}
