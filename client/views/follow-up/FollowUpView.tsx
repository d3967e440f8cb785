import { useEffect } from 'react';
import { DEFAULT_SILENT_AFTER_MONTHS, deliveredOf, inRecord } from '../../../shared/domain';
import type { FollowUpView as FollowUpData } from '../../../shared/http';
import { utcIsoDate } from '../../dates';
import { t, useLocale } from '../../i18n';
import { pageTitle } from '../../navigate';
import { retryFollowUp, startFollowUp, useFollowUp } from '../../store/follow-up';
import '../../styles/record.css';
import '../../styles/record-registry.css';
import '../../styles/record-pledge.css';
import '../../styles/record-follow-up.css';
import { DeliverableList, LightBadge, ProgressBadge, SdgChips, ThemeTags, timeframeText } from '../registry/Badges';
import { ProgressHistory } from '../registry/ProgressHistory';
import { RecordBar, RecordLoadFailed, RecordLoading, RecordMessage } from '../registry/RecordBar';
import { ReportProgressForm } from './ReportProgressForm';

/** `/f/:pledgeId#token=…`: the author's private page to report progress on their pledge. */
export default function FollowUpView({ pledgeId }: { pledgeId: string }) {
  useEffect(() => startFollowUp(pledgeId), [pledgeId]);
  const status = useFollowUp((s) => s.status);
  const error = useFollowUp((s) => s.error);
  const view = useFollowUp((s) => s.view);

  const locale = useLocale((s) => s.locale);
  useEffect(() => {
    document.title = pageTitle(t('record.followUp.docTitle'), t('app.name'));
  }, [locale]);

  return (
    <div className="record">
      <RecordBar section={t('record.followUp.section')} />
      <main className="record__main record__main--narrow">
        {status === 'loading' && <RecordLoading label={t('record.followUp.loading')} />}
        {status === 'error' &&
          (error === 'unauthorized' ? (
            <RecordMessage
              title={t('record.followUp.badLinkTitle')}
              body={
                <>
                  <p>{t('record.followUp.badLinkBody')}</p>
                  <p>{t('record.followUp.badLinkHow')}</p>
                </>
              }
              tone="error"
              testId="follow-up-bad-link"
            />
          ) : (
            <RecordLoadFailed error={error} testId="follow-up-error" onRetry={retryFollowUp} />
          ))}
        {status === 'ready' && view && <FollowUp view={view} />}
      </main>
    </div>
  );
}

function FollowUp({ view }: { view: FollowUpData }) {
  const { pledge: p, session, event } = view;
  const months = event?.silentAfterMonths ?? DEFAULT_SILENT_AFTER_MONTHS;
  const finished = view.light === 'finished';
  return (
    <div className="follow-up" data-testid="follow-up">
      <header className="follow-up__head">
        <p className="record__eyebrow">{event ? event.name : t('record.followUp.section')}</p>
        <h1>{t('record.followUp.title')}</h1>
        <p className="follow-up__private">
          <span className="follow-up__lock" aria-hidden="true" />
          {t('record.followUp.private')}
        </p>
      </header>

      <section className="follow-up__card" aria-labelledby="fu-pledge">
        <h2 id="fu-pledge" className="follow-up__session">
          {session.code && <span className="facts__code">{session.code}</span>} {session.title}
        </h2>
        <blockquote className="follow-up__text" data-testid="follow-up-text" dir="auto">
          {p.text}
        </blockquote>
        <p className="follow-up__author">
          <strong>
            <bdi>{p.name}</bdi>
          </strong>
          {p.organization && (
            <span>
              <bdi>{p.organization}</bdi>
            </span>
          )}
          <span>{timeframeText(p.timeframe)}</span>
        </p>
        {(p.themes.length > 0 || p.sdgTargets.length > 0) && (
          <div className="rcard__tags">
            <ThemeTags ids={p.themes} themes={event?.themes ?? undefined} />
            <SdgChips codes={p.sdgTargets} />
          </div>
        )}
        {inRecord(p) &&
          (view.publicUrl ? (
            <p className="follow-up__public">
              <a href={view.publicUrl} data-testid="follow-up-public-link">
                {t('record.followUp.publicLink')}
              </a>
            </p>
          ) : (
            <p className="follow-up__record" data-testid="follow-up-record-only">
              {t('record.followUp.recordOnly')}
            </p>
          ))}
      </section>

      {inRecord(p) ? <Standing view={view} months={months} /> : <OutsideRecord pledge={p} />}

      {p.deliverables.length > 0 && (
        <section className="follow-up__block" aria-labelledby="fu-deliverables">
          <h2 id="fu-deliverables">{t('record.deliverables')}</h2>
          <DeliverableList deliverables={p.deliverables} delivered={deliveredOf(view.reports)} today={utcIsoDate(Date.now())} finished={finished} />
        </section>
      )}

      {inRecord(p) && <ReportProgressForm />}

      {(inRecord(p) || view.reports.length > 0) && (
        <section className="follow-up__block" aria-labelledby="fu-history">
          <h2 id="fu-history">{t('record.history.title')}</h2>
          <ProgressHistory reports={view.reports} deliverables={p.deliverables} emptyText={t('record.history.emptyOwn')} />
        </section>
      )}
    </div>
  );
}

/** Where the pledge stands: its reported progress and its light, and why. */
function Standing({ view, months }: { view: FollowUpData; months: number }) {
  return (
    <section className={`light-panel light-panel--${view.light}`} aria-labelledby="fu-status" data-testid="follow-up-light">
      <h2 id="fu-status" className="visually-hidden">
        {t('record.followUp.statusTitle')}
      </h2>
      <div className="light-panel__badges">
        <ProgressBadge status={view.status} />
        <LightBadge light={view.light} />
      </div>
      <p className="light-panel__why" data-testid="light-explanation">
        {view.light === 'silent' || view.light === 'on_track'
          ? // On track without any report: because the pledge is recent, not because of news.
            t(view.light === 'on_track' && view.reports.length === 0 ? 'record.lightWhy.on_trackNew' : `record.lightWhy.${view.light}`, {
              months: t('record.months', { count: months }),
            })
          : t(`record.lightWhy.${view.light}`)}
      </p>
    </section>
  );
}

/** A pledge the moderators have not accepted (yet): why there is nothing to report, and their reason if they gave one. */
function OutsideRecord({ pledge }: { pledge: FollowUpData['pledge'] }) {
  const { status } = pledge;
  if (status === 'visible') return null;
  return (
    <section className="notice follow-up__outside" role="status" aria-labelledby="fu-outside" data-testid="follow-up-outside" data-status={status}>
      <h2 id="fu-outside">{t(`record.followUp.outside.${status}.title`)}</h2>
      <p>{t(`record.followUp.outside.${status}.body`)}</p>
      {status === 'rejected' && pledge.rejectReason && (
        <p data-testid="follow-up-reject-reason">
          <bdi>{t('record.followUp.outside.reason', { reason: pledge.rejectReason })}</bdi>
        </p>
      )}
    </section>
  );
}
