import { useId } from 'react';
import type { EventDetail, SessionListItem } from '../../../shared/http';
import { formatScheduleTime } from '../../format';
import { formatNumber, t } from '../../i18n';
import { useEvent } from '../../store/event';
import { EditSessionButton, EditSessionCard, SessionEditStatus } from './EditSessionForm';
import { ExportButton, ExportStatus } from './ExportButton';
import { LinksButton, SessionAccessCard } from './SessionAccessCard';
import { NewTabLink } from './NewTabLink';

/** The event's sessions in programme order, with each session's links (consoles and invites) and exports. */
export function EventSessions({ detail, onRefresh }: { detail: EventDetail; onRefresh: () => void }) {
  const titleId = useId();
  const loading = useEvent((s) => s.loading);
  const { sessions } = detail;
  return (
    <section className="card" aria-labelledby={titleId}>
      <div className="card__head">
        <h2 id={titleId}>
          {t('org.event.sessions')} <span className="card__count">{formatNumber(sessions.length)}</span>
        </h2>
        <button type="button" className="button button--small button--ghost" onClick={onRefresh} disabled={loading}>
          {t('org.sessions.refresh')}
        </button>
      </div>
      {sessions.length === 0 ? (
        <div className="empty-state" data-testid="event-sessions-empty">
          <p className="empty-state__title">{t('org.event.noSessionsTitle')}</p>
          <p className="console__quiet">{t('org.event.noSessions')}</p>
        </div>
      ) : (
        <>
          <div className="table-scroll">
            <table className="data-table session-table" data-testid="event-sessions">
              <caption className="visually-hidden">{t('org.event.sessionsCaption', { name: detail.event.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('org.table.start')}</th>
                  <th scope="col">{t('org.table.code')}</th>
                  <th scope="col">{t('org.table.title')}</th>
                  <th scope="col">{t('org.table.room')}</th>
                  <th scope="col" className="data-table__num">
                    {t('org.table.panel')}
                  </th>
                  <th scope="col">{t('org.table.round')}</th>
                  <th scope="col" className="data-table__num">
                    {t('org.table.pledges')}
                  </th>
                  <th scope="col">{t('org.table.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((s) => (
                  <SessionRow key={s.sessionId} session={s} />
                ))}
              </tbody>
            </table>
          </div>
          <SessionEditStatus />
          <ExportStatus scope="session" />
          <EditSessionCard />
          <SessionAccessCard />
        </>
      )}
    </section>
  );
}

function SessionRow({ session }: { session: SessionListItem }) {
  const name = session.code ? `${session.code} ${session.title}` : session.title;
  return (
    <tr data-testid={`event-session-${session.sessionId}`}>
      <td className="session-table__start">
        {session.start ? <time dateTime={session.start}>{formatScheduleTime(session.start)}</time> : <span className="console__quiet">—</span>}
      </td>
      <td>{session.code ? <span className="code-tag">{session.code}</span> : <span className="console__quiet">—</span>}</td>
      <th scope="row" className="session-table__title">
        {session.title}
        <span className="session-table__join">{t('org.sessions.joinCode', { code: session.joinCode })}</span>
      </th>
      <td>{session.room || <span className="console__quiet">—</span>}</td>
      <td className="data-table__num">{session.panelists}</td>
      <td>
        <span className={`round-pill round-pill--small round-pill--${session.roundState}`}>{t(`org.round.${session.roundState}`)}</span>
      </td>
      <td className="data-table__num">{formatNumber(session.pledges)}</td>
      <td className="session-table__actions">
        <div className="action-group" role="group" aria-label={t('org.table.linksOf', { name })}>
          <NewTabLink className="button button--small button--ghost" href={session.links.join}>
            {t('org.sessions.join')}
          </NewTabLink>
          <NewTabLink className="button button--small button--ghost" href={session.links.wall}>
            {t('org.sessions.wall')}
          </NewTabLink>
          {/* The same tab: the report opens with this tab's sign-in (kept per tab). */}
          <a className="button button--small button--ghost" href={session.links.report} data-testid="report-link">
            {t('org.event.report')}
          </a>
        </div>
        <div className="action-group" role="group" aria-label={t('org.table.exportsOf', { name })}>
          <ExportButton
            variant="ghost"
            target={{ scope: 'session', id: session.sessionId, format: 'csv' }}
            label={t('org.export.csvShort')}
            ariaLabel={t('org.export.sessionCsv', { name })}
          />
          <ExportButton
            variant="ghost"
            target={{ scope: 'session', id: session.sessionId, format: 'json' }}
            label={t('org.export.jsonShort')}
            ariaLabel={t('org.export.sessionJson', { name })}
          />
          <LinksButton session={session} ariaLabel={t('org.event.linksOf', { name })} />
          <EditSessionButton session={session} ariaLabel={t('org.sessionEdit.openLabel', { name })} />
        </div>
      </td>
    </tr>
  );
}
