import { closeAccess } from '../../store/session-access';
import { resetSessionEdit } from '../../store/session-edit';
import { useEffect } from 'react';
import { t, useLocale } from '../../i18n';
import { pageTitle } from '../../navigate';
import { loadEvents } from '../../store/events';
import { forgetOneTimeLinks, loadSessions, startFormFor, useOrganizer } from '../../store/organizer';
import { CreatedLinks } from './CreatedLinks';
import { CreateEventForm } from './CreateEventForm';
import { CreateSessionForm } from './CreateSessionForm';
import { EditSessionCard } from './EditSessionForm';
import { EventList } from './EventList';
import { SessionAccessCard } from './SessionAccessCard';
import { SessionList } from './SessionList';
import { usePeriodicRefresh } from './usePeriodicRefresh';
import { OrganizerShell } from './Shell';

/** /organizer: events first (list + create), then the quick session form and every session. */
export default function OrganizerView() {
  const token = useOrganizer((s) => s.token);

  const locale = useLocale((s) => s.locale);
  useEffect(() => {
    document.title = pageTitle(t('org.title'), t('app.name'));
  }, [locale]);
  useEffect(() => {
    forgetOneTimeLinks();
    closeAccess();
    resetSessionEdit();
    startFormFor(undefined);
  }, []);
  useEffect(() => {
    if (token) {
      void loadEvents();
      void loadSessions();
    }
  }, [token]);
  usePeriodicRefresh(() => void loadSessions({ quiet: true }), token !== null);

  return (
    <OrganizerShell title={t('org.title')}>
      <CreatedLinks />
      <div className="organizer__grid" data-testid="events-section">
        <EventList />
        <CreateEventForm />
      </div>
      <div className="organizer__grid organizer__grid--sessions">
        <CreateSessionForm eventId={null} />
        <SessionList />
      </div>
      <EditSessionCard />
      <SessionAccessCard />
    </OrganizerShell>
  );
}
