import { useEffect } from 'react';
import { routes } from '../../../shared/http';
import { t } from '../../i18n';
import { pageTitle } from '../../navigate';
import { loadSessions, signOut, useOrganizer } from '../../store/organizer';
import '../../styles/console.css';
import '../../styles/organizer.css';
import { CreatedLinks } from './CreatedLinks';
import { CreateSessionForm } from './CreateSessionForm';
import { SessionList } from './SessionList';
import { TokenForm } from './TokenForm';

export default function OrganizerView() {
  const token = useOrganizer((s) => s.token);

  useEffect(() => {
    document.title = pageTitle(t('org.title'), t('app.name'));
  }, []);
  useEffect(() => {
    if (token) void loadSessions();
  }, [token]);

  return (
    <div className="console organizer">
      <header className="console__header">
        <a className="console__brand" href={routes.landing()}>
          <span className="brand__mark" aria-hidden="true" />
          <span>{t('app.name')}</span>
        </a>
        <div className="console__session">
          <h1 className="console__title">{t('org.title')}</h1>
        </div>
        {token && (
          <button type="button" className="button button--ghost button--small" onClick={signOut}>
            {t('org.token.signOut')}
          </button>
        )}
      </header>
      {token ? (
        <main className="organizer__main">
          <CreatedLinks />
          <div className="organizer__grid">
            <CreateSessionForm />
            <SessionList />
          </div>
        </main>
      ) : (
        <main className="organizer__main organizer__main--narrow">
          <TokenForm />
        </main>
      )}
    </div>
  );
}
