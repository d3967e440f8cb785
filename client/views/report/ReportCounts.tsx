import type { ReactNode } from 'react';
import { themeNameOf } from '../../themes';
import type { StakeholderGroup } from '../../../shared/domain';
import type { Counts, SessionReport } from '../../../shared/http';
import { sdgTarget } from '../../../shared/sdg';
import { formatNumber, t } from '../../i18n';
import { inEnglish, sdgGoalTitle } from '../../i18n/sdg-goals';
import { goalOf, goalStyle } from '../registry/Badges';

function CountTable({ caption, head, rows, testId }: { caption: string; head: string[]; rows: { key: string; cells: ReactNode[]; count: number }[]; testId: string }) {
  return (
    <table className="report-table report-table--counts" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={h} scope="col" className={i === head.length - 1 ? 'num' : undefined}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-key={r.key}>
            {r.cells.map((c, i) => (
              <td key={i}>{c}</td>
            ))}
            <td className="num" data-testid={`${testId}-${r.key}`}>
              {formatNumber(r.count)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const nonEmpty = (c: Counts) => c.length > 0;

/**
 * Counts over the public pledges: every stakeholder group and every theme of the session, 0
 * included (a rapporteur reports who and what no pledge came from), then the SDG goals and
 * targets the pledges name.
 */
export function ReportCounts({ report }: { report: SessionReport }) {
  const themes = report.session.themes;
  return (
    <section className="report__section report__counts" aria-labelledby="rp-counts">
      <h2 id="rp-counts">{t('record.report.counts')}</h2>
      <p className="report__note">{t('record.report.countsNote')}</p>
      <div className="report__count-grid">
        <CountTable
          caption={t('record.report.byGroup')}
          head={[t('record.field.stakeholderGroup'), t('record.report.col.pledges')]}
          rows={report.byStakeholderGroup.map((c) => ({ key: c.key, cells: [t(`group.${c.key as StakeholderGroup}`)], count: c.count }))}
          testId="count-group"
        />
        {nonEmpty(report.byTheme) && (
          <CountTable
            caption={t('record.report.byTheme')}
            head={[t('record.report.col.theme'), t('record.report.col.pledges')]}
            rows={report.byTheme.map((c) => ({ key: c.key, cells: [themeNameOf(themes, c.key)], count: c.count }))}
            testId="count-theme"
          />
        )}
        {nonEmpty(report.bySdgGoal) && (
          <CountTable
            caption={t('record.report.byGoal')}
            head={[t('record.report.col.goal'), t('record.report.col.pledges')]}
            rows={report.bySdgGoal.map((c) => {
              return {
                key: c.key,
                cells: [
                  <span className="report-goal" style={goalStyle(Number(c.key))}>
                    <span className="report-goal__swatch" aria-hidden="true" />
                    {t('record.sdgGoalTitle', { goal: c.key, title: sdgGoalTitle(Number(c.key)) })}
                  </span>,
                ],
                count: c.count,
              };
            })}
            testId="count-goal"
          />
        )}
      </div>
      {report.bySdgGoal.length === 0 && <p className="report__empty">{t('record.report.noSdg')}</p>}
      {report.bySdgTarget.length > 0 && (
        <CountTable
          caption={t('record.report.byTarget')}
          head={[t('record.report.col.target'), t('record.report.col.targetText'), t('record.report.col.pledges')]}
          rows={report.bySdgTarget.map((c) => ({
            key: c.key,
            cells: [
              <span className="report-goal" style={goalStyle(goalOf(c.key))}>
                <span className="report-goal__swatch" aria-hidden="true" />
                <bdi dir="ltr">{c.key}</bdi>
              </span>,
              // The target's whole official text: the record is read, printed and quoted.
              <span className="report-table__muted" {...inEnglish()}>
                {sdgTarget(c.key)?.text ?? ''}
              </span>,
            ],
            count: c.count,
          }))}
          testId="count-target"
        />
      )}
    </section>
  );
}
