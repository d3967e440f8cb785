import { useEffect } from 'react';
import type { SessionReport } from '../../../shared/http';
import { formatSlot, formatStamp } from '../../format';
import { formatNumber, t, tError, useLocale } from '../../i18n';
import { pageTitle } from '../../navigate';
import { startReport, useReport } from '../../store/report';
import '../../styles/record.css';
import '../../styles/record-registry.css';
import '../../styles/record-pledge.css';
import '../../styles/record-follow-up.css';
import '../../styles/report.css';
import '../../styles/report-tables.css';
import '../../styles/report-print.css';
import { RecordBar, RecordLoading, RecordMessage } from '../registry/RecordBar';
import { ReportActivity } from './ReportActivity';
import { ReportCounts } from './ReportCounts';
import { ReportPledge } from './ReportPledge';
import { TokenForm } from '../organizer/TokenForm';
import { questionNumbers, ReportPrompts } from './ReportPrompts';
import { PolicyQuestionList } from '../../components/PolicyQuestionList';

/** `/s/:sessionId/report`: the rapporteur's report, laid out to print on A4 (or save as PDF). */
export default function ReportView({ sessionId }: { sessionId: string }) {
  useEffect(() => startReport(sessionId), [sessionId]);
  const status = useReport((s) => s.status);
  const error = useReport((s) => s.error);
  const report = useReport((s) => s.report);

  const locale = useLocale((s) => s.locale);
  useEffect(() => {
    const s = report?.session;
    document.title = s
      ? pageTitle(t('record.report.docTitle', { session: [s.code, s.title].filter(Boolean).join(' ') }), t('app.name'))
      : pageTitle(t('record.report.title'), t('app.name'));
  }, [report, locale]);

  return (
    <div className="record report-page">
      <RecordBar section={t('record.report.title')}>
        {report && (
          <button type="button" className="button button--primary button--small" onClick={() => window.print()} data-testid="report-print">
            <span className="print-icon" aria-hidden="true" />
            {t('record.report.print')}
          </button>
        )}
      </RecordBar>
      <main className="record__main report-page__main">
        {status === 'loading' && <RecordLoading label={t('record.report.loading')} />}
        {status === 'error' && (
          <RecordMessage
            title={t('record.report.errorTitle')}
            body={<p>{error === 'noKey' || error === 'unauthorized' ? t(`record.report.${error}`) : tError(error ?? 'unknown')}</p>}
            tone="error"
            testId="report-error"
          />
        )}
        {/* A bookmark, or a tab the organizer's sign-in did not reach: the admin token opens it here. */}
        {status === 'error' && (error === 'noKey' || error === 'unauthorized') && (
          <div className="report-page__sign-in">
            <TokenForm onToken={(token) => startReport(sessionId, token)} />
          </div>
        )}
        {status === 'ready' && report && <Report report={report} />}
      </main>
    </div>
  );
}

/** The report, and the support its public pledges got when the server counted it. */

function Report({ report }: { report: SessionReport }) {
  const { session, event, round, totalSupporters } = report;
  const d = session.details;
  const when = formatSlot(d.start, d.end) || (round.openedAt ? formatStamp(round.openedAt) : '');
  const meta: [string, string][] = (
    [
      [t('record.report.when'), when],
      [t('record.report.room'), d.room],
      [t('record.report.format'), d.format],
      [t('record.report.moderator'), d.moderator],
      [t('record.report.onlineModerator'), d.onlineModerator],
      [t('record.report.rapporteur'), d.rapporteur],
    ] as [string, string][]
  ).filter(([, v]) => v);
  let n = 0;
  const answered = questionNumbers(report.prompts);

  return (
    <article className="report" data-testid="report">
      <header className="report__title-block">
        <p className="report__eyebrow">
          {t('record.report.title')}
          {event && <span data-testid="report-event"> · {event.name}</span>}
        </p>
        <h1 className="report__title">
          {session.code && <span className="report__code">{session.code}</span>}
          <span>{session.title}</span>
        </h1>
        {meta.length > 0 && (
          <dl className="report__meta">
            {meta.map(([label, value]) => (
              <div key={label} className="report__meta-row">
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        )}
        {session.panelists.length > 0 && (
          <section className="report__speakers" aria-labelledby="rp-speakers">
            <h2 id="rp-speakers" className="report__h3">
              {t('record.report.speakers')}
            </h2>
            <table className="report-table report-table--speakers">
              <thead>
                <tr>
                  <th scope="col">{t('record.report.col.name')}</th>
                  <th scope="col">{t('record.field.organization')}</th>
                  <th scope="col">{t('record.field.stakeholderGroup')}</th>
                  <th scope="col">{t('record.field.regionalGroup')}</th>
                </tr>
              </thead>
              <tbody>
                {session.panelists.map((p) => (
                  <tr key={p.id}>
                    <td>{p.name}</td>
                    <td>{p.organization || '—'}</td>
                    <td>{t(`group.${p.stakeholderGroup}`)}</td>
                    <td>{p.regionalGroup ? t(`region.${p.regionalGroup}`) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </header>

      {d.policyQuestions.length > 0 && (
        <section className="report__section report__questions" aria-labelledby="rp-questions">
          <h2 id="rp-questions">{t('record.report.policyQuestions')}</h2>
          <PolicyQuestionList questions={d.policyQuestions} testId="report-policy-questions" />
        </section>
      )}

      <ReportPrompts prompts={report.prompts} />

      <section className="report__section report__summary" aria-label={t('record.report.summary')}>
        <p className="report__stat">
          <span className="report__stat-value" data-testid="report-public-count">
            {formatNumber(report.publicCount)}
          </span>
          <span className="report__stat-label">{t('record.report.publicLabel', { count: report.publicCount })}</span>
        </p>
        <p className="report__stat">
          <span className="report__stat-value" data-testid="report-total-supporters">
            {formatNumber(totalSupporters)}
          </span>
          <span className="report__stat-label">{t('record.report.supportersLabel', { count: totalSupporters })}</span>
        </p>
        <p className="report__note">{t('record.report.supportNote')}</p>
        {(report.recordOnlyCount > 0 || report.recordOnlyWithheldCount === 0) && (
          <p className="report__record-only" data-testid="report-record-only" data-count={report.recordOnlyCount}>
            {report.recordOnlyCount > 0 ? t('record.report.recordOnly', { count: report.recordOnlyCount }) : t('record.report.noRecordOnly')}
          </p>
        )}
        {report.recordOnlyWithheldCount > 0 && (
          <p className="report__record-only" data-testid="report-record-only-withheld" data-count={report.recordOnlyWithheldCount}>
            {t('record.report.recordOnlyWithheld', { count: report.recordOnlyWithheldCount })}
          </p>
        )}
        {report.withheldCount > 0 && (
          <p className="report__record-only" data-testid="report-withheld" data-count={report.withheldCount}>
            {t('record.report.withheld', { count: report.withheldCount })}
          </p>
        )}
      </section>

      <section className="report__section" aria-labelledby="rp-pledges">
        <h2 id="rp-pledges">{t('record.report.pledges')}</h2>
        {report.groups.length === 0 ? (
          <p className="report__empty">{t('record.report.noPledges')}</p>
        ) : (
          report.groups.map((g) => (
            <section key={g.stakeholderGroup} className="report__group" data-testid={`report-group-${g.stakeholderGroup}`} aria-label={t(`group.${g.stakeholderGroup}`)}>
              <h3 className="report__group-title">
                {t(`group.${g.stakeholderGroup}`)}
                <span className="report__group-count">{t('record.report.pledgeCount', { count: g.pledges.length })}</span>
              </h3>
              {g.pledges.map((p) => (
                <ReportPledge key={p.id} pledge={p} n={++n} themes={session.themes} question={answered.get(p.id)} />
              ))}
            </section>
          ))
        )}
      </section>

      <ReportCounts report={report} />

      <ReportActivity activity={report.activity} />

      <footer className="report__footer">
        <p data-testid="report-generated">{t('record.report.generated', { time: formatStamp(report.generatedAt), app: t('app.name') })}</p>
      </footer>
    </article>
  );
}
