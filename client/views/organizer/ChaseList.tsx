import { useId } from 'react';
import { routes, type Dashboard } from '../../../shared/http';
import { daysBetween, formatInstantDay } from '../../format';
import { formatNumber, t } from '../../i18n';
import { LightBadge } from './LightBadge';
import { NewTabLink } from './NewTabLink';

/** Pledges whose authors need a reminder: silent ones first (longest silence first), then late ones. */
export function ChaseList({ data }: { data: Dashboard }) {
  const titleId = useId();
  const { chase, now } = data;
  return (
    <section className="card" aria-labelledby={titleId} data-testid="chase-list">
      <div className="card__head">
        <h2 id={titleId}>
          {t('org.chase.title')} <span className="card__count">{formatNumber(chase.length)}</span>
        </h2>
      </div>
      <p className="card__intro">{t('org.chase.intro', { n: data.event.silentAfterMonths })}</p>
      {chase.length === 0 ? (
        <div className="empty-state empty-state--good" data-testid="chase-empty">
          <p className="empty-state__title">{t('org.chase.emptyTitle')}</p>
          <p className="console__quiet">{data.total === 0 ? t('org.chase.emptyNoPledges') : t('org.chase.empty')}</p>
        </div>
      ) : (
        <div className="table-scroll">
          <table className="data-table chase-table">
            <caption className="visually-hidden">{t('org.chase.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('org.chase.name')}</th>
                <th scope="col">{t('org.create.organization')}</th>
                <th scope="col">{t('org.chase.session')}</th>
                <th scope="col">{t('org.dash.light')}</th>
                <th scope="col">{t('org.dash.status')}</th>
                <th scope="col">{t('org.chase.lastReport')}</th>
                <th scope="col">{t('org.chase.quietSince')}</th>
              </tr>
            </thead>
            <tbody>
              {chase.map((c) => (
                <tr key={c.pledgeId} data-testid={`chase-${c.pledgeId}`}>
                  <th scope="row">
                    {c.visibility === 'public' ? (
                      <NewTabLink href={routes.publicPledge(c.pledgeId)}>{c.name}</NewTabLink>
                    ) : (
                      <>
                        {c.name} <span className="tag tag--record">{t('pledge.recordOnly')}</span>
                      </>
                    )}
                  </th>
                  <td>{c.organization || <span className="console__quiet">—</span>}</td>
                  <td>
                    {c.session.code && <span className="code-tag">{c.session.code}</span>} {c.session.title}
                  </td>
                  <td>
                    <LightBadge light={c.light} />
                  </td>
                  <td>{t(`org.progress.${c.status}`)}</td>
                  <td>
                    {c.lastReportAt ? (
                      <time dateTime={new Date(c.lastReportAt).toISOString()}>{formatInstantDay(c.lastReportAt)}</time>
                    ) : (
                      <span className="console__quiet">{t('org.chase.never')}</span>
                    )}
                  </td>
                  <td>
                    <time dateTime={new Date(c.silentSince).toISOString()}>{formatInstantDay(c.silentSince)}</time>
                    <span className="chase-table__quiet"> {t('org.chase.days', { count: daysBetween(c.silentSince, now) })}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
