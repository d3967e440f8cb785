import { useId } from 'react';
import { t, tError, type MessageKey } from '../i18n';
import type { AppSocket } from '../socket';
import { useReactions } from '../store/reactions';
import { supportOver, useSupport, type SendSupport } from '../store/support';
import '../styles/phone-support.css';

export interface SupportButtonProps {
  /** The pledge to support. */
  pledgeId: string;
  /**
   * The author's name as stored on the pledge (`pledge.name`), for the button's accessible name
   * ("Support the pledge of María López"); empty or null: an anonymous pledge.
   */
  authorName: string | null | undefined;
  /**
   * How taps travel: a send function (it wins), else this socket, else the page's current socket
   * (`getSocket()` from store/live.ts, which the phone and wall pages open). The device is the
   * socket's: an audience phone's token, or an online viewer's wall token.
   */
  send?: SendSupport;
  socket?: AppSocket | null;
  /**
   * For the wall's cards: a small pill with the heart and the number, the words for screen readers
   * only. Default false: "Support" / "Supported" beside "12 supporters". Both stay 44 px tall on
   * touch screens.
   */
  compact?: boolean;
  className?: string;
}

/** Words for a tap that failed, by error code; any other code says what the catalogue says. */
const FAILED: Record<string, MessageKey> = {
  rate_limited: 'stage.support.failed.rate_limited',
  network: 'stage.support.failed.network',
  timeout: 'stage.support.failed.timeout',
  pledge_not_found: 'stage.support.failed.pledge_not_found',
};

/**
 * A toggle (aria-pressed) to support a pledge once from this device, with its live count. The
 * pressed state is the server's (`useReactions().mine`), shown as asked for while a tap is on its
 * way; a failed tap says why for a few seconds and falls back to what the server holds.
 */
export function SupportButton({ pledgeId, authorName, send, socket, compact = false, className }: SupportButtonProps) {
  const { pressed, count, busy, error, toggle } = useSupport(pledgeId, send ?? (socket ? supportOver(socket) : undefined));
  const countId = useId();
  const label = authorName ? t('stage.support.label', { name: authorName }) : t('stage.support.labelAnonymous');
  const supporters = count > 0 ? t('stage.supporters', { count }) : '';
  const classes = ['support', compact ? 'support--compact' : '', pressed ? 'support--on' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <div className={classes} data-testid={`support-${pledgeId}`} data-count={count} data-pressed={pressed}>
      <button
        type="button"
        className="support__button"
        data-testid={`support-button-${pledgeId}`}
        aria-pressed={pressed}
        aria-busy={busy || undefined}
        aria-label={label}
        aria-describedby={countId}
        onClick={toggle}
      >
        <Heart filled={pressed} />
        {compact ? (
          <span className="support__number" aria-hidden="true">
            {count}
          </span>
        ) : (
          <span className="support__word">{t(pressed ? 'stage.supported' : 'stage.support')}</span>
        )}
      </button>
      <span id={countId} className={compact ? 'visually-hidden' : 'support__count'} data-testid={`support-count-${pledgeId}`}>
        {supporters}
      </span>
      {error && (
        <span className="support__error" role="alert" data-testid={`support-error-${pledgeId}`}>
          {FAILED[error] ? t(FAILED[error]) : tError(error)}
        </span>
      )}
    </div>
  );
}

/** A pledge's count where it cannot be supported from here (an audience member's own pledge). */
export function SupportCount({ pledgeId }: { pledgeId: string }) {
  const count = useReactions((s) => s.counts[pledgeId] ?? 0);
  if (count <= 0) return null;
  return (
    <span className="support__count support__count--own" data-testid={`support-count-${pledgeId}`}>
      <Heart filled={false} />
      {t('stage.supporters', { count })}
    </span>
  );
}

function Heart({ filled }: { filled: boolean }) {
  return (
    <svg className="support__heart" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        d="M12 20.5s-7.5-4.6-9.3-9.3C1.5 8 3.6 4.5 7.1 4.5c2 0 3.6 1.1 4.9 2.9 1.3-1.8 2.9-2.9 4.9-2.9 3.5 0 5.6 3.5 4.4 6.7-1.8 4.7-9.3 9.3-9.3 9.3z"
        fill={filled ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
      />
    </svg>
  );
}
