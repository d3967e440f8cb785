import { useId, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { SeatRequest } from '../../../shared/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatClock, formatNumber, t } from '../../i18n';
import { admit, refuse, requestPhoneConnected, useRequestPhones } from '../../store/moderation';
import { useModerator } from '../../store/moderator';
import { useSession } from '../../store/session';
import { REQUESTS_SECTION } from './Attention';
import { useListFocus } from './useListFocus';

/** "Kenji Watanabe, new device" when another device holds the seat, else "Kenji Watanabe asks to join". */
export function requestLabel(request: SeatRequest, name: string): string {
  return t(request.seatTaken ? 'console.requests.newDevice' : 'console.requests.join', { name });
}

/** Phones that asked for a panelist's seat (by join code, or a second device), oldest first. */
export function SeatRequests({ fallback }: { fallback: RefObject<HTMLElement | null> }) {
  const waiting = useSession(useShallow((s) => s.requests.filter((r) => r.state === 'pending')));
  const { listRef, onFocus, onBlur } = useListFocus<HTMLUListElement>(
    waiting.map((r) => r.id),
    fallback,
  );
  if (waiting.length === 0) return null;
  return (
    <section className="mod-requests" aria-labelledby={REQUESTS_SECTION} data-testid="seat-requests">
      <h3 id={REQUESTS_SECTION} tabIndex={-1} className="mod-requests__title">
        {t('console.requests.title')} <span className="card__count">{formatNumber(waiting.length)}</span>
      </h3>
      <ul className="mod-requests__list" ref={listRef} onFocus={onFocus} onBlur={onBlur}>
        {waiting.map((r) => (
          <RequestRow key={r.id} request={r} />
        ))}
      </ul>
    </section>
  );
}

function RequestRow({ request }: { request: SeatRequest }) {
  const name = useSession((s) => s.session?.panelists.find((p) => p.id === request.panelistId)?.name ?? request.panelistId);
  const admitKey = `admit:${request.id}` as const;
  const refuseKey = `refuse:${request.id}` as const;
  const busy = useModerator((s) => s.pending[admitKey] || s.pending[refuseKey]);
  const error = useModerator((s) => s.errors[admitKey] ?? s.errors[refuseKey]);
  const connected = useRequestPhones((s) => requestPhoneConnected(s, request.id));
  const helpId = useId();
  const phoneId = useId();
  const label = requestLabel(request, name);
  return (
    <li className="mod-request" data-item-id={request.id} data-testid={`request-${request.id}`} data-seat-taken={request.seatTaken}>
      <div className="mod-request__who">
        <span className="mod-request__label">{label}</span>
        <time className="mod-request__time" dateTime={new Date(request.at).toISOString()}>
          {formatClock(request.at)}
        </time>
        <span
          id={phoneId}
          className={`badge badge--phone-${connected ? 'connected' : 'gone'}`}
          data-testid={`request-phone-${request.id}`}
          data-connected={connected}
        >
          {t(connected ? 'console.requests.phoneConnected' : 'console.requests.phoneGone')}
        </span>
        {request.seatTaken && (
          <span className="mod-request__help" id={helpId}>
            {t('console.requests.newDeviceHelp')}
          </span>
        )}
      </div>
      <div className="mod-request__actions">
        <button
          type="button"
          className="button button--small button--primary"
          data-first=""
          data-testid={`admit-${request.id}`}
          aria-label={`${t('console.requests.admit')}: ${label}`}
          aria-describedby={request.seatTaken ? `${phoneId} ${helpId}` : phoneId}
          aria-disabled={busy || undefined}
          onClick={() => !busy && void admit(request.id)}
        >
          {t('console.requests.admit')}
        </button>
        <button
          type="button"
          className="button button--small button--secondary"
          data-testid={`refuse-${request.id}`}
          aria-label={`${t('console.requests.refuse')}: ${label}`}
          aria-disabled={busy || undefined}
          onClick={() => !busy && void refuse(request.id)}
        >
          {t('console.requests.refuse')}
        </button>
      </div>
      <ErrorMessage code={error} className="mod-request__error" />
    </li>
  );
}
