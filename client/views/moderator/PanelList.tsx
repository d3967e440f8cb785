import { useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Panelist } from '../../../shared/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusBadge } from '../../components/StatusBadge';
import { t } from '../../i18n';
import { nudge, releaseSeat, useModerator } from '../../store/moderator';
import { useSession } from '../../store/session';
import { InlineConfirm } from './InlineConfirm';
import { InvitePanel } from './InvitePanel';
import { SeatRequests } from './SeatRequests';

/** The panel: who is waiting to be let in, then each seat with its live status, invite link and actions. */
export function PanelList() {
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const panelists = useSession(useShallow((s) => s.session?.panelists ?? []));
  return (
    <section className="card" aria-labelledby={titleId}>
      <div className="card__head">
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          {t('mod.panel.title')}
        </h2>
      </div>
      <SeatRequests fallback={heading} />
      {panelists.length === 0 ? (
        <p>{t('mod.panel.empty')}</p>
      ) : (
        <ul className="panel-list">
          {panelists.map((p) => (
            <PanelRow key={p.id} panelist={p} />
          ))}
        </ul>
      )}
    </section>
  );
}

function PanelRow({ panelist }: { panelist: Panelist }) {
  const inviteId = useId();
  const [inviteOpen, setInviteOpen] = useState(false);
  const status = useSession((s) => s.panel[panelist.id] ?? 'not_joined');
  const nudgeKey = `nudge:${panelist.id}` as const;
  const releaseKey = `release:${panelist.id}` as const;
  const nudging = useModerator((s) => s.pending[nudgeKey]);
  const nudgedAt = useModerator((s) => s.done[nudgeKey]);
  const releasing = useModerator((s) => s.pending[releaseKey]);
  const nudgeError = useModerator((s) => s.errors[nudgeKey]);
  const releaseError = useModerator((s) => s.errors[releaseKey]);
  const canNudge = status === 'joined' || status === 'drafting';

  return (
    <li className="panel-row" data-testid={`panel-row-${panelist.id}`} data-status={status}>
      <div className="panel-row__who">
        <span className="panel-row__name">{panelist.name}</span>
        <span className="panel-row__meta">
          {panelist.organization && <span>{panelist.organization}</span>}
          <span>{t(`group.${panelist.stakeholderGroup}`)}</span>
        </span>
      </div>
      <StatusBadge status={status} />
      <div className="panel-row__actions">
        <button
          type="button"
          className="button button--small button--secondary"
          data-testid={`nudge-${panelist.id}`}
          disabled={!canNudge || nudging}
          onClick={() => void nudge(panelist.id)}
          aria-label={`${t('mod.panel.nudge')}: ${panelist.name}`}
        >
          {nudgedAt && canNudge ? t('mod.panel.nudged') : t('mod.panel.nudge')}
        </button>
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
          disabled={status === 'not_joined'}
          testId={`release-${panelist.id}`}
          onConfirm={() => void releaseSeat(panelist.id)}
        />
      </div>
      <div className="panel-row__invite" id={inviteId} hidden={!inviteOpen}>
        {inviteOpen && <InvitePanel panelist={panelist} />}
      </div>
      <ErrorMessage code={nudgeError ?? releaseError} className="panel-row__error" />
    </li>
  );
}
