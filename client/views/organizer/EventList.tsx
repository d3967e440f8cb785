import { useId } from 'react';
import { routes, type EventListItem } from '../../../shared/http';
import { AppLink } from '../../components/AppLink';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDays } from '../../format';
import { t } from '../../i18n';
import { loadEvents, useEvents } from '../../store/events';

export function EventList() {
  const titleId = useId();
  const events = useEvents((s) => s.events);
  const loading = useEvents((s) => s.loading);
  const error = useEvents((s) => s.error);
  return (
    <section className="card" aria-labelledby={titleId}>
      <div className="card__head">
        <h2 id={titleId}>{t('org.events.title')}</h2>
        <button type="button" className="button button--small button--ghost" onClick={() => void loadEvents()} disabled={loading}>
          {t('org.sessions.refresh')}
        </button>
      </div>
      <ErrorMessage code={error} />
      {events === null ? (
        !error && (
          <p role="status" className="console__quiet">
            {t('org.events.loading')}
          </p>
        )
      ) : events.length === 0 ? (
        <div className="empty-state">
          <p className="empty-state__title">{t('org.events.emptyTitle')}</p>
          <p className="console__quiet">{t('org.events.empty')}</p>
        </div>
      ) : (
        <ul className="event-list" data-testid="event-list">
          {events.map((e) => (
            <EventRow key={e.id} event={e} />
          ))}
        </ul>
      )}
    </section>
  );
}

function EventRow({ event }: { event: EventListItem }) {
  const days = formatDays(event.startDate, event.endDate);
  return (
    <li className="event-row" data-testid={`event-${event.id}`}>
      <div className="event-row__main">
        <AppLink className="event-row__name" href={routes.organizerEvent(event.id)}>
          {event.name}
        </AppLink>
        <p className="event-row__meta">
          <span>{days ?? t('org.events.noDates')}</span>
          <span>{t('org.events.sessions', { count: event.sessions })}</span>
          <span>{t('org.events.pledges', { count: event.pledges })}</span>
        </p>
      </div>
      <div className="event-row__actions">
        <AppLink
          className="button button--small button--secondary"
          href={routes.organizerEvent(event.id)}
          aria-label={t('org.events.openNamed', { name: event.name })}
        >
          {t('org.events.open')}
        </AppLink>
        <AppLink
          className="button button--small button--ghost"
          href={routes.dashboard(event.id)}
          aria-label={t('org.events.dashboardOf', { name: event.name })}
        >
          {t('org.events.dashboard')}
        </AppLink>
      </div>
    </li>
  );
}
