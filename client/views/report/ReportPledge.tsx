import type { Theme } from '../../../shared/domain';
import { themeNameOf } from '../../themes';
import type { ReportPledge as ReportedPledge } from '../../../shared/http';
import { audienceLine, authorName } from '../../components/PledgeCard';
import { formatList } from '../../format';
import { t } from '../../i18n';
import { DeliverableList, SdgChips, timeframeText } from '../registry/Badges';

/** One public pledge in the report; kept on one page when printed. */
export function ReportPledge({ pledge: p, n, themes, question }: { pledge: ReportedPledge; n: number; themes: readonly Theme[]; question?: number }) {
  const capacity =
    p.capacity === 'organization' && p.organization ? t('record.pledge.onBehalfOf', { organization: p.organization }) : t('record.pledge.personal');
  return (
    <article className="report-pledge" data-testid={`report-pledge-${p.id}`}>
      <span className="report-pledge__n" aria-hidden="true">
        {n}
      </span>
      <div className="report-pledge__body">
        <p className="report-pledge__who">
          <strong>
            <bdi>{authorName(p)}</bdi>
          </strong>
          {audienceLine(p) && <span className="report-pledge__audience">{audienceLine(p)}</span>}
          {p.organization && p.capacity === 'individual' && (
            <span>
              <bdi>{p.organization}</bdi>
            </span>
          )}
          <span className="report-pledge__capacity">{capacity}</span>
          {p.regionalGroup && <span>{t(`region.${p.regionalGroup}`)}</span>}
        </p>
        <blockquote className="report-pledge__text" dir="auto">{p.text}</blockquote>
        <dl className="report-pledge__facts">
          {question !== undefined && (
            <div>
              <dt>{t('record.report.answered')}</dt>
              <dd data-testid={`report-question-${p.id}`}>{t('record.report.questionN', { n: question })}</dd>
            </div>
          )}
          <div>
            <dt>{t('record.field.timeframe')}</dt>
            <dd>{timeframeText(p.timeframe)}</dd>
          </div>
          {p.themes.length > 0 && (
            <div>
              <dt>{t('record.themes')}</dt>
              <dd>{formatList(p.themes.map((id) => themeNameOf(themes, id)))}</dd>
            </div>
          )}
          {p.sdgTargets.length > 0 && (
            <div>
              <dt>{t('record.sdgTargets')}</dt>
              <dd>
                <SdgChips codes={p.sdgTargets} />
              </dd>
            </div>
          )}
          <div>
            <dt>{t('record.report.support')}</dt>
            <dd data-testid={`report-supporters-${p.id}`} data-count={p.supporters}>
              {t('record.report.supporters', { count: p.supporters })}
            </dd>
          </div>
          {p.partners.length > 0 && (
            <div>
              <dt>{t('record.field.partners')}</dt>
              <dd>{formatList(p.partners)}</dd>
            </div>
          )}
          {p.deliverables.length > 0 && (
            <div className="report-pledge__deliverables">
              <dt>{t('record.deliverables')}</dt>
              <dd>
                <DeliverableList deliverables={p.deliverables} />
              </dd>
            </div>
          )}
        </dl>
      </div>
    </article>
  );
}
