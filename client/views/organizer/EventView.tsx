import { closeAccess } from '../../store/session-access';
import { useEffect, useId, useRef, useState } from 'react';
import { routes, type EventDetail, type RegistryResponse } from '../../../shared/http';
import { api } from '../../api';
import type { EventInfo } from '../../../shared/schemas';
import { AppLink } from '../../components/AppLink';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDays, formatList } from '../../format';
import { currentLocale, t, useLocale } from '../../i18n';
import { pageTitle } from '../../navigate';
import { themeName } from '../../themes';
import { loadEvent, useEvent } from '../../store/event';
import { closeEventEdit, openEventEdit, resetEventEdit, saveEventEdit, updateEventEdit, useEventEdit } from '../../store/event-edit';
import { resetSessionEdit } from '../../store/session-edit';
import { startImportFor } from '../../store/event-import';
import { forgetOneTimeLinks, startFormFor, useOrganizer } from '../../store/organizer';
import { CreateSessionForm } from './CreateSessionForm';
import { CreatedLinks } from './CreatedLinks';
import { EventDetailsFields, EventFormError } from './EventFields';
import { EventSessions } from './EventSessions';
import { ForumLinks } from './ForumLinks';
import { ExportButton, ExportStatus } from './ExportButton';
import { ImportedLinks, ImportSchedule } from './ImportSchedule';
import { OrganizerShell } from './Shell';
import { NewTabLink } from './NewTabLink';
import { usePeriodicRefresh } from './usePeriodicRefresh';

/** /organizer/events/:id — an event: its programme, exports, schedule import and a form for one more session. */
export default function EventView({ eventId }: { eventId: string }) {
  const token = useOrganizer((s) => s.token);
  const detail = useEvent((s) => (s.eventId === eventId ? s.detail : null));
  const error = useEvent((s) => (s.eventId === eventId ? s.error : null));

  useEffect(() => {
    forgetOneTimeLinks();
    closeAccess();
    startFormFor(eventId);
    startImportFor(eventId);
    resetEventEdit();
    resetSessionEdit();
  }, [eventId]);
  useEffect(() => {
    if (token) void loadEvent(eventId);
  }, [token, eventId]);
  usePeriodicRefresh(() => void loadEvent(eventId, { quiet: true }), token !== null);
  const locale = useLocale((s) => s.locale);
  useEffect(() => {
    document.title = pageTitle(detail?.event.name ?? t('org.event.title'), t('org.title'), t('app.name'));
  }, [detail?.event.name, locale]);

  const refresh = () => void loadEvent(eventId);
  const publicName = usePublicEventName(eventId, token === null);
  const name = detail?.event.name ?? publicName ?? t('org.event.title');

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

/**
 * The event's name before signing in (a bookmark, a new tab), so the sign-in page says which
 * event it opens: the public registry's, which every event has.
 */
function usePublicEventName(eventId: string, active: boolean): string | null {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    if (!active) return;
    const abort = new AbortController();
    void api<RegistryResponse>(`/api/events/${encodeURIComponent(eventId)}/registry`, { signal: abort.signal }).then((res) => {
      if (res.ok) setName(res.event.name);
    });
    return () => abort.abort();
  }, [eventId, active]);
  return name;
}

/** The event's details and actions; "Edit details" turns it into a form for everything but the themes. */
function EventSummary({ detail }: { detail: EventDetail }) {
  const titleId = useId();
  const { event, sessions } = detail;
  const editing = useEventEdit((s) => s.editing === event.id);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(editing);
  // Closing the form (saved or cancelled) puts the focus back on the button that opened it.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const days = formatDays(event.startDate, event.endDate);
  const pledges = sessions.reduce((n, s) => n + s.pledges, 0);
  return (
    <section className="card event-summary" aria-labelledby={titleId} data-testid="event-summary">
      {editing ? (
        <EventEditForm event={event} titleId={titleId} />
      ) : (
        <>
          <div className="event-summary__head">
            <div>
              <h2 id={titleId} className="event-summary__name">
                {event.name}
              </h2>
              <p className="event-summary__when">
                {days ?? t('org.events.noDates')}
                <span aria-hidden="true"> · </span>
                {t('org.events.sessions', { count: sessions.length })}
                <span aria-hidden="true"> · </span>
                {t('org.events.pledges', { count: pledges })}
              </p>
            </div>
            <div className="event-summary__actions">
              <button
                ref={editButton}
                type="button"
                className="button button--small button--secondary"
                data-testid="edit-event"
                onClick={() => openEventEdit(event)}
              >
                {t('org.event.edit')}
              </button>
              <ExportButton target={{ scope: 'event', id: event.id, format: 'csv' }} label={t('org.export.csv')} testId="export-event-csv" />
              <ExportButton target={{ scope: 'event', id: event.id, format: 'json' }} label={t('org.export.json')} testId="export-event-json" />
              <ExportButton target={{ scope: 'event', id: event.id, format: 'invites' }} label={t('org.event.invitesCsv')} testId="export-event-invites" />
              <AppLink className="button button--small button--primary" href={routes.dashboard(event.id)} data-testid="open-dashboard">
                {t('org.event.dashboard')}
              </AppLink>
              <NewTabLink className="button button--small button--secondary" href={routes.registry(event.id)}>
                {t('org.event.registry')}
              </NewTabLink>
              <NewTabLink className="button button--small button--secondary" href={routes.forum(event.id)} testId="open-forum">
                {t('forum.organizerLink')}
              </NewTabLink>
            </div>
          </div>
          <dl className="event-summary__facts">
            <div className="event-summary__fact event-summary__fact--themes">
              <dt>{t('org.event.themes')}</dt>
              <dd>
                <ThemeChips event={event} />
              </dd>
            </div>
            <div className="event-summary__fact">
              <dt>{t('org.event.languages')}</dt>
              <dd data-testid="event-languages">{formatList(event.languages.map(languageName))}</dd>
            </div>
            <div className="event-summary__fact">
              <dt>{t('org.event.silentAfter')}</dt>
              <dd data-testid="event-silent-after">{t('org.event.months', { count: event.silentAfterMonths })}</dd>
            </div>
          </dl>
          <ForumLinks event={event} />
        </>
      )}
      <EditOutcome />
      <ExportStatus scope="event" />
    </section>
  );
}

function ThemeChips({ event, labelledBy }: { event: EventInfo; labelledBy?: string }) {
  return (
    <ul className="chips" data-testid="event-themes" aria-labelledby={labelledBy}>
      {event.themes.map((theme) => (
        <li key={theme.id} className="chip">
          {themeName(theme)}
        </li>
      ))}
    </ul>
  );
}

/** Name, days, languages and months before silent; the themes shown as they stay. Escape cancels. */
function EventEditForm({ event, titleId }: { event: EventInfo; titleId: string }) {
  const id = useId();
  const form = useEventEdit((s) => s.form);
  const saving = useEventEdit((s) => s.saving);
  const error = useEventEdit((s) => s.error);
  const detail = useEventEdit((s) => s.detail);
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => nameRef.current?.focus(), []);
  return (
    <>
      <h2 id={titleId} className="event-summary__name">
        {t('org.event.editTitle')}
      </h2>
      <form
        className="create-form event-edit"
        data-testid="event-edit-form"
        aria-labelledby={titleId}
        // Our own checks say what is wrong next to the form, where a screen reader hears it.
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void saveEventEdit();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && !saving) {
            e.preventDefault();
            closeEventEdit();
          }
        }}
      >
        <EventDetailsFields form={form} onChange={updateEventEdit} nameRef={nameRef} />
        <div className="event-edit__themes">
          <h3 id={`${id}-themes`} className="event-edit__subhead">
            {t('org.event.themes')}
          </h3>
          <ThemeChips event={event} labelledBy={`${id}-themes`} />
          <p className="field__help">{t('org.event.themesFixed')}</p>
        </div>
        <EventFormError error={error} detail={detail} />
        <div className="event-edit__actions">
          <button type="submit" className="button button--primary" data-testid="save-event" disabled={saving} aria-busy={saving || undefined}>
            {saving ? t('org.event.saving') : t('org.event.save')}
          </button>
          <button type="button" className="button button--ghost" onClick={closeEventEdit} disabled={saving}>
            {t('org.event.cancelEdit')}
          </button>
        </div>
      </form>
    </>
  );
}

/** "Saved" (or "nothing changed") after the form closes; the region stays in the page so the change is read out. */
function EditOutcome() {
  const outcome = useEventEdit((s) => s.outcome);
  return (
    <p className="event-summary__status" role="status" data-testid="event-edit-status">
      {outcome === 'saved' ? t('org.event.saved') : outcome === 'unchanged' ? t('org.event.unchanged') : ''}
    </p>
  );
}

/** "fr" -> "French (fr)" in the interface's language; a tag the browser cannot name stays as it is. */
function languageName(tag: string): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([currentLocale()], { type: 'language' }).of(tag);
  } catch {
    name = undefined;
  }
  return name && name !== tag ? `${name} (${tag})` : tag;
}
