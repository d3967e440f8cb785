import { useEffect, useId } from 'react';
import { formatDateRange } from '../../format';
import { t, useLocale } from '../../i18n';
import { pageTitle } from '../../navigate';
import { activeFilterCount, clearFilters, registryQueryString, retryRegistry, startRegistry, useRegistry } from '../../store/registry';
import '../../styles/record.css';
import '../../styles/record-registry.css';
import '../../styles/record-pledge.css';
import '../../styles/record-follow-up.css';
import { RecordBar, RecordLoadFailed, RecordLoading, RecordNotFound } from './RecordBar';
import { RegistryFilters } from './RegistryFilters';
import { RegistryPledgeCard } from './RegistryPledgeCard';

/** `/e/:eventId`: every public pledge of an event, searchable and filterable, shareable by its address. */
export default function RegistryView({ eventId }: { eventId: string }) {
  useEffect(() => startRegistry(eventId), [eventId]);
  const status = useRegistry((s) => s.status);
  const error = useRegistry((s) => s.error);
  const event = useRegistry((s) => s.event);

  const locale = useLocale((s) => s.locale);
  useEffect(() => {
    document.title = pageTitle(t('record.registry.title'), event?.name, t('app.name'));
  }, [event?.name, locale]);

  return (
    <div className="record">
      <RecordBar section={t('record.registry.section')} />
      <main className="record__main record__main--wide">
        {status === 'loading' && <RecordLoading label={t('record.registry.loading')} />}
        {status === 'error' &&
          (error === 'event_not_found' ? (
            <RecordNotFound title={t('record.registry.notFoundTitle')} body={t('record.registry.notFoundBody')} testId="registry-error" />
          ) : (
            <RecordLoadFailed error={error} testId="registry-error" onRetry={() => retryRegistry()} />
          ))}
        {status === 'ready' && event && <Registry eventId={eventId} />}
      </main>
    </div>
  );
}

function Registry({ eventId }: { eventId: string }) {
  const resultsId = useId();
  const event = useRegistry((s) => s.event)!;
  const total = useRegistry((s) => s.pledges.length);
  const shown = useRegistry((s) => s.shown);
  const query = useRegistry((s) => s.query);
  const filtered = activeFilterCount(query) > 0;
  const dates = formatDateRange(event.startDate, event.endDate);
  const jsonHref = `/api/events/${encodeURIComponent(eventId)}/registry${registryQueryString(query)}`;

  return (
    <>
      <header className="registry__head">
        <p className="record__eyebrow">{t('record.registry.eyebrow')}</p>
        <h1 className="registry__title" data-testid="registry-event">
          {event.name}
        </h1>
        {dates && <p className="registry__dates">{dates}</p>}
        <p className="registry__intro">{t('record.registry.intro')}</p>
      </header>
      <div className="registry__layout">
        <aside className="registry__side">
          <RegistryFilters themes={event.themes}>
            <a className="button button--ghost button--small" href={jsonHref} data-testid="registry-json" type="application/json">
              {t('record.registry.json')}
            </a>
          </RegistryFilters>
        </aside>
        <section className="registry__results" aria-labelledby={resultsId}>
          <div className="registry__bar">
            <h2 id={resultsId} className="registry__count" aria-live="polite" data-testid="registry-count">
              {filtered ? t('record.registry.countOf', { count: total, shown: shown.length }) : t('record.registry.count', { count: total })}
            </h2>
          </div>
          {total === 0 ? (
            <div className="empty" data-testid="registry-empty">
              <span className="empty__icon" aria-hidden="true" />
              <h3 className="empty__title">{t('record.registry.emptyTitle')}</h3>
              <p className="empty__body">{t('record.registry.emptyBody')}</p>
            </div>
          ) : shown.length === 0 ? (
            <div className="empty" data-testid="registry-empty">
              <span className="empty__icon empty__icon--search" aria-hidden="true" />
              <h3 className="empty__title">{t('record.registry.noMatchTitle')}</h3>
              <p className="empty__body">{t('record.registry.noMatchBody')}</p>
              <button type="button" className="button button--secondary" onClick={clearFilters}>
                {t('record.filters.clear')}
              </button>
            </div>
          ) : (
            <ol className="registry__list" data-testid="registry-list">
              {shown.map((p) => (
                <li key={p.id}>
                  <RegistryPledgeCard pledge={p} themes={event.themes} />
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </>
  );
}
