import { useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Panelist } from '../../../shared/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusBadge } from '../../components/StatusBadge';
import { t } from '../../i18n';
import { releaseSeat, useModerator } from '../../store/moderator';
import { shownOrder, useStage, useStageDrafts } from '../../store/moderator-stage';
import { useSession } from '../../store/session';
import { InlineConfirm } from './InlineConfirm';
import { InvitePanel } from './InvitePanel';
import { NudgeButton, NudgedNote, useLastNudge } from './Nudge';
import { SeatRequests } from './SeatRequests';
import { CallButton, CallNext, OrderControls, useOrderMoves, type OrderRow } from './SpeakingOrder';

/**
 * The panel in speaking order: who is waiting to be let in, who speaks now and "Call next", then
 * each seat with its place in the order, live status, turn, invite link and actions.
 */
export function PanelList() {
  const ids = { title: useId(), help: useId() };
  const heading = useRef<HTMLHeadingElement>(null);
  const panelists = useSession(useShallow((s) => s.session?.panelists ?? []));
  const stage = useStage();
  const draft = useStageDrafts((s) => s.order);
  const order = shownOrder(stage, draft, panelists);
  const byId = new Map(panelists.map((p) => [p.id, p]));
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  const moves = useOrderMoves(order, nameOf);
  const speaker = stage?.speaker?.panelistId ?? null;
  const orderError = useModerator((s) => s.errors.order);
  const saving = useModerator((s) => s.pending.order);
  return (
    <section className="card" aria-labelledby={ids.title} data-testid="panel-card">
      <div className="card__head">
        <h2 id={ids.title} ref={heading} tabIndex={-1}>
          {t('mod.panel.title')}
        </h2>
      </div>
      <SeatRequests fallback={heading} />
      {panelists.length === 0 ? (
        <p>{t('mod.panel.empty')}</p>
      ) : (
        <>
          <CallNext order={order} speaker={speaker} nameOf={nameOf} />
          <p className="field__help panel-order__help" id={ids.help}>
            {saving ? t('console.order.saving') : t('console.order.help')}
          </p>
          <ul
            className={`panel-list${moves.dragging ? ' panel-list--dragging' : ''}`}
            ref={moves.listRef}
            aria-describedby={ids.help}
            data-testid="panel-list"
          >
            {order.map((id) => {
              const panelist = byId.get(id);
              return panelist ? <PanelRow key={id} panelist={panelist} order={moves.row(id)} speaking={speaker === id} /> : null;
            })}
          </ul>
          <p className="visually-hidden" role="status" aria-live="polite" data-testid="order-announcer">
            {moves.message}
          </p>
          <ErrorMessage code={orderError} />
        </>
      )}
    </section>
  );
}

function PanelRow({ panelist, order, speaking }: { panelist: Panelist; order: OrderRow; speaking: boolean }) {
  const inviteId = useId();
  const [inviteOpen, setInviteOpen] = useState(false);
  const status = useSession((s) => s.panel[panelist.id]?.status ?? 'not_joined');
  const seated = useSession((s) => s.panel[panelist.id]?.seated ?? false);
  const nudgeKey = `nudge:${panelist.id}` as const;
  const releaseKey = `release:${panelist.id}` as const;
  const releasing = useModerator((s) => s.pending[releaseKey]);
  const nudgeError = useModerator((s) => s.errors[nudgeKey]);
  const releaseError = useModerator((s) => s.errors[releaseKey]);
  const callError = useModerator((s) => s.errors[`call:${panelist.id}`]);
  const canNudge = seated && status !== 'submitted';
  const lastNudge = useLastNudge(panelist.id);

  return (
    <li
      className={`panel-row${speaking ? ' panel-row--speaking' : ''}${order.dragging ? ' panel-row--dragging' : ''}`}
      data-testid={`panel-row-${panelist.id}`}
      data-status={status}
      data-seated={seated || undefined}
      data-order-id={panelist.id}
      data-speaking={speaking || undefined}
      data-drop={order.drop ?? undefined}
      style={order.dy ? { transform: `translateY(${order.dy}px)` } : undefined}
    >
      <OrderControls panelist={panelist} order={order} />
      <div className="panel-row__who">
        <span className="panel-row__name">
          {panelist.name}
          {speaking && (
            <span className="panel-row__speaking" data-testid={`speaking-${panelist.id}`}>
              {t('console.call.speaking')}
            </span>
          )}
        </span>
        <span className="panel-row__meta">
          {panelist.organization && <span>{panelist.organization}</span>}
          <span>{t(`group.${panelist.stakeholderGroup}`)}</span>
        </span>
        {status === 'submitted' && !seated && (
          <span className="panel-row__seat" data-testid={`seat-free-${panelist.id}`}>
            {t('mod.panel.seatFree')}
          </span>
        )}
        {status !== 'submitted' && <NudgedNote panelistId={panelist.id} at={lastNudge.at} now={lastNudge.now} />}
      </div>
      <StatusBadge status={status} />
      <div className="panel-row__actions">
        <CallButton panelist={panelist} speaking={speaking} />
        <NudgeButton panelist={panelist} canNudge={canNudge} at={lastNudge.at} now={lastNudge.now} />
        <button
          type="button"
          className="button button--small button--secondary"
          data-testid={`invite-toggle-${panelist.id}`}
          aria-expanded={inviteOpen}
          aria-controls={inviteId}
          aria-label={`${t('console.invite.toggle')}: ${panelist.name}`}
          onClick={() => setInviteOpen((open) => !open)}
        >
          {t('console.invite.toggle')}
        </button>
        <InlineConfirm
          label={t('mod.panel.release')}
          ariaLabel={`${t('mod.panel.release')}: ${panelist.name}`}
          triggerClass="button button--small button--ghost"
          question={t('mod.panel.releaseConfirm', { name: panelist.name })}
          confirmLabel={t('console.release.confirm')}
          confirmClass="button button--small button--danger"
          cancelLabel={t('console.confirm.cancel')}
          busy={releasing}
          disabled={!seated}
          testId={`release-${panelist.id}`}
          onConfirm={() => void releaseSeat(panelist.id)}
        />
      </div>
      <div className="panel-row__invite" id={inviteId} hidden={!inviteOpen}>
        {inviteOpen && <InvitePanel panelist={panelist} />}
      </div>
      <ErrorMessage code={nudgeError ?? releaseError ?? callError} className="panel-row__error" />
    </li>
  );
}
