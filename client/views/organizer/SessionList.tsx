import { useId } from 'react';
import { routes, type SessionListItem } from '../../../shared/http';
import { AppLink } from '../../components/AppLink';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatScheduleTime, formatStamp } from '../../format';
import { t } from '../../i18n';
import { useEvents } from '../../store/events';
import { loadSessions, useOrganizer } from '../../store/organizer';
import { EditSessionButton, SessionEditStatus } from './EditSessionForm';
import { ExportButton, ExportStatus } from './ExportButton';
import { LinksButton } from './SessionAccessCard';
import { NewTabLink } from './NewTabLink';

export function SessionList() {
  const titleId = useId();
  const sessions = useOrganizer((s) => s.sessions);
  const loading = useOrganizer((s) => s.loading);
  const error = useOrganizer((s) => s.listError);
  return (
    <section className="card" aria-labelledby={titleId}>
      <div className="card__head">
        <h2 id={titleId}>{t('org.sessions.title')}</h2>
        <button type="button" className="button button--small button--ghost" onClick={() => void loadSessions()} disabled={loading}>
          {t('org.sessions.refresh')}
        </button>
      </div>
      {error !== 'wrongToken' && <ErrorMessage code={error} />}
      <ExportStatus scope="session" />
      <SessionEditStatus />
      {sessions === null ? (
        <p role="status" className="console__quiet">
          {t('org.sessions.loading')}
        </p>
      ) : sessions.length === 0 ? (
        <p className="console__quiet">{t('org.sessions.emptyAny')}</p>
      ) : (
        <ul className="session-list" data-testid="session-list">
          {sessions.map((s) => (
            <SessionRow key={s.sessionId} session={s} />
          ))}
        </ul>
      )}
    </section>
  );
}

function SessionRow({ session }: { session: SessionListItem }) {
  const name = session.code ? `${session.code} ${session.title}` : session.title;
  const eventName = useEvents((s) => (session.eventId ? (s.events?.find((e) => e.id === session.eventId)?.name ?? null) : null));
  return (
    <li className="session-row" data-testid={`session-${session.sessionId}`}>
      <div className="session-row__head">
        {session.code && <span className="console__code">{session.code}</span>}
        <h3 className="session-row__title">{session.title}</h3>
      </div>
      <p className="session-row__event">
        {session.eventId && eventName ? (
          <AppLink href={routes.organizerEvent(session.eventId)}>{eventName}</AppLink>
        ) : session.eventId ? (
          t('org.sessions.inEvent')
        ) : (
          t('org.sessions.noEvent')
        )}
      </p>
      <p className="session-row__meta">
        <span className="session-row__join">{t('org.sessions.joinCode', { code: session.joinCode })}</span>
        <span>
          {t('org.list.panelists', { count: session.panelists })} · {t('org.events.pledges', { count: session.pledges })} · {t(`round.${session.roundState}`)}
        </span>
        {/* When it takes place, from its schedule; else when it was made (never a bare clock time). */}
        {session.start ? (
          <time dateTime={session.start} data-testid="session-when">
            {t('org.sessions.starts', { when: formatScheduleTime(session.start) })}
          </time>
        ) : (
          <time dateTime={new Date(session.createdAt).toISOString()} data-testid="session-when">
            {t('org.sessions.created', { when: formatStamp(session.createdAt) })}
          </time>
        )}
      </p>
      <div className="session-row__actions">
        <EditSessionButton session={session} ariaLabel={t('org.sessionEdit.openLabel', { name })} />
        <NewTabLink className="button button--small button--secondary" href={session.links.join}>
          {t('org.sessions.join')}
        </NewTabLink>
        <NewTabLink className="button button--small button--secondary" href={session.links.wall}>
          {t('org.sessions.wall')}
        </NewTabLink>
        {/* The same tab: the report opens with this tab's sign-in (kept per tab). */}
        <a className="button button--small button--secondary" href={session.links.report} data-testid="report-link">
          {t('org.event.report')}
        </a>
        <ExportButton
          target={{ scope: 'session', id: session.sessionId, format: 'csv' }}
          label={t('org.export.csvShort')}
          ariaLabel={t('org.export.sessionCsv', { name })}
        />
        <ExportButton
          target={{ scope: 'session', id: session.sessionId, format: 'json' }}
          label={t('org.export.jsonShort')}
          ariaLabel={t('org.export.sessionJson', { name })}
        />
        <LinksButton session={session} ariaLabel={t('org.event.linksOf', { name })} />
      </div>
    </li>
  );
}
