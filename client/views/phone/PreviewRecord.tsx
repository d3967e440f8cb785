import type { Pledge } from '../../../shared/schemas';
import { formatDate } from '../../format';
import { t } from '../../i18n';
import type { PastDate } from './past-dates';

/**
 * The preview's second half: what the pledge's record holds beyond the wall card (how the
 * commitment is made, the regional group, the timeframe, the deliverables with their dates, the
 * partners), as the exports and the pledge's public page will show them. A date already passed
 * that the person chose to keep says so. The saved pledge (`saved`) shows the same, as its record holds it.
 */
export function PreviewRecord({ pledge, past, saved = false }: { pledge: Pledge; past: PastDate[]; saved?: boolean }) {
  // Empty rows are dropped from what is sent, so rows are matched by their date, not their number.
  const keptDeliverable = (due: string) => past.some((p) => p.kind === 'deliverable' && p.date === due);
  const keptTimeframe = past.some((p) => p.kind === 'timeframe');
  return (
    <section className="preview-record" aria-labelledby="preview-record-title" data-testid="preview-record">
      <h2 id="preview-record-title" className="preview-record__title">
        {t(saved ? 'phone.confirm.recordTitle' : 'phone.preview.recordTitle')}
      </h2>
      <dl className="preview-record__fields">
        <div>
          <dt>{t('record.field.capacity')}</dt>
          <dd>
            {pledge.capacity === 'organization' && pledge.organization
              ? t('record.pledge.onBehalfOf', { organization: pledge.organization })
              : t('record.pledge.personal')}
          </dd>
        </div>
        {pledge.regionalGroup && (
          <div>
            <dt>{t('record.field.regionalGroup')}</dt>
            <dd>{t(`region.${pledge.regionalGroup}`)}</dd>
          </div>
        )}
        <div>
          <dt>{t('record.field.timeframe')}</dt>
          <dd data-testid="preview-timeframe">
            {pledge.timeframe.kind === 'date' ? t('record.timeframe.date', { date: formatDate(pledge.timeframe.date) }) : t('record.timeframe.next-igf')}
            {keptTimeframe && <Kept />}
          </dd>
        </div>
        {pledge.deliverables.length > 0 && (
          <div>
            <dt>{t('record.deliverables')}</dt>
            <dd>
              <ul className="preview-record__list" data-testid="preview-deliverables">
                {pledge.deliverables.map((d, i) => (
                  <li key={i}>
                    <span className="preview-record__text">{d.text}</span>{' '}
                    <span className="preview-record__due">{t('record.due', { date: formatDate(d.due) })}</span>
                    {keptDeliverable(d.due) && <Kept />}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {pledge.partners.length > 0 && (
          <div>
            <dt>{t('record.field.partners')}</dt>
            <dd data-testid="preview-partners">{pledge.partners.join(', ')}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}

function Kept() {
  return <span className="preview-record__kept">{t('phone.preview.pastKept')}</span>;
}
