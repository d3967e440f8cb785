import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Panelist } from '../../../shared/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusBadge } from '../../components/StatusBadge';
import { t } from '../../i18n';
import { nudge, releaseSeat, useModerator } from '../../store/moderator';
import { useSession } from '../../store/session';

export function PanelList() {
  const titleId = useId();
  const panelists = useSession(useShallow((s) => s.session?.panelists ?? []));
  return (
    <section className="card" aria-labelledby={titleId}>
      <div className="card__head">
        <h2 id={titleId}>{t('mod.panel.title')}</h2>
      </div>
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
          className="button button--small button--ghost"
          data-testid={`release-${panelist.id}`}
          disabled={status === 'not_joined' || releasing}
          onClick={() => {
            if (window.confirm(t('mod.panel.releaseConfirm', { name: panelist.name }))) void releaseSeat(panelist.id);
          }}
          aria-label={`${t('mod.panel.release')}: ${panelist.name}`}
        >
          {t('mod.panel.release')}
        </button>
      </div>
      <ErrorMessage code={nudgeError ?? releaseError} className="panel-row__error" />
    </li>
  );
}
