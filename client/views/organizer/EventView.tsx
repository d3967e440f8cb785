import { useEffect, useId } from 'react';
import { routes, type EventDetail } from '../../../shared/http';
import { AppLink } from '../../components/AppLink';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDays } from '../../format';
import { t, tp } from '../../i18n';
import { pageTitle } from '../../navigate';
import { loadEvent, useEvent } from '../../store/event';
import { startImportFor } from '../../store/event-import';
import { forgetOneTimeLinks, startFormFor, useOrganizer } from '../../store/organizer';
import { CreateSessionForm } from './CreateSessionForm';
import { CreatedLinks } from './CreatedLinks';
import { EventSessions } from './EventSessions';
import { ExportButton, ExportStatus } from './ExportButton';
import { ImportedLinks, ImportSchedule } from './ImportSchedule';
import { OrganizerShell } from './Shell';

/** /organizer/events/:id — an event: its programme, exports, schedule import and a form for one more session. */
export default function EventView({ eventId }: { eventId: string }) {
  const token = useOrganizer((s) => s.token);
  const detail = useEvent((s) => (s.eventId === eventId ? s.detail : null));
  const error = useEvent((s) => (s.eventId === eventId ? s.error : null));

  useEffect(() => {
    forgetOneTimeLinks();
    startFormFor(eventId);
    startImportFor(eventId);
  }, [eventId]);
  useEffect(() => {
    if (token) void loadEvent(eventId);
  }, [token, eventId]);
  useEffect(() => {
    document.title = pageTitle(detail?.event.name ?? t('org.event.title'), t('org.title'), t('app.name'));
  }, [detail?.event.name]);

  const refresh = () => void loadEvent(eventId);
  const name = detail?.event.name ?? t('org.event.title');

  return (
    <OrganizerShell title={name} eyebrow={t('org.event.eyebrow')} crumbs={[{ href: routes.organizer(), label: t('org.title') }]}>
      {error ? (
        <section className="card" aria-labelledby="event-error">
          <h2 id="event-error">{error === 'event_not_found' ? t('org.event.notFound') : t('org.event.loadFailed')}</h2>
          <ErrorMessage code={error} />
          <p>
            <AppLink href={routes.organizer()}>{t('org.event.backToEvents')}</AppLink>
          </p>
        </section>
      ) : !detail ? (
        <p role="status" className="console__quiet organizer__loading">
          <span className="spinner" aria-hidden="true" /> {t('org.event.loading')}
        </p>
      ) : (
        <>
          <EventSummary detail={detail} />
          <CreatedLinks />
          <ImportedLinks />
          <EventSessions detail={detail} onRefresh={refresh} />
          <div className="organizer__grid organizer__grid--even">
            <ImportSchedule event={detail.event} onImported={refresh} />
            <CreateSessionForm eventId={eventId} onCreated={refresh} />
          </div>
        </>
      )}
    </OrganizerShell>
  );
}

function EventSummary({ detail }: { detail: EventDetail }) {
  const titleId = useId();
  const { event, sessions } = detail;
  const days = formatDays(event.startDate, event.endDate);
  const pledges = sessions.reduce((n, s) => n + s.pledges, 0);
  return (
    <section className="card event-summary" aria-labelledby={titleId} data-testid="event-summary">
      <div className="event-summary__head">
        <div>
          <h2 id={titleId} className="event-summary__name">
            {event.name}
          </h2>
          <p className="event-summary__when">
            {days ?? t('org.events.noDates')}
            <span aria-hidden="true"> · </span>
            {tp('org.events.sessions', sessions.length)}
            <span aria-hidden="true"> · </span>
            {tp('org.events.pledges', pledges)}
          </p>
        </div>
        <div className="event-summary__actions">
          <ExportButton target={{ scope: 'event', id: event.id, format: 'csv' }} label={t('org.export.csv')} testId="export-event-csv" />
          <ExportButton target={{ scope: 'event', id: event.id, format: 'json' }} label={t('org.export.json')} testId="export-event-json" />
          <AppLink className="button button--small button--primary" href={routes.dashboard(event.id)} data-testid="open-dashboard">
            {t('org.event.dashboard')}
          </AppLink>
          <a className="button button--small button--secondary" href={routes.registry(event.id)} target="_blank" rel="noreferrer">
            {t('org.event.registry')}
            <span className="visually-hidden"> {t('org.newTab')}</span>
          </a>
        </div>
      </div>
      <dl className="event-summary__facts">
        <div className="event-summary__fact event-summary__fact--themes">
          <dt>{t('org.event.themes')}</dt>
          <dd>
            <ul className="chips" data-testid="event-themes">
              {event.themes.map((theme) => (
                <li key={theme.id} className="chip">
                  {theme.label}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div className="event-summary__fact">
          <dt>{t('org.event.languages')}</dt>
          <dd>{event.languages.map(languageName).join(', ')}</dd>
        </div>
        <div className="event-summary__fact">
          <dt>{t('org.event.silentAfter')}</dt>
          <dd>{tp('org.event.months', event.silentAfterMonths)}</dd>
        </div>
      </dl>
      <ExportStatus scope="event" />
    </section>
  );
}

const languageNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' });
  } catch {
    return null;
  }
})();

/** "fr" -> "French (fr)"; a tag the browser cannot name stays as it is. */
function languageName(tag: string): string {
  let name: string | undefined;
  try {
    name = languageNames?.of(tag);
  } catch {
    name = undefined;
  }
  return name && name !== tag ? `${name} (${tag})` : tag;
}
