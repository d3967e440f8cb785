import { useEffect, useRef } from 'react';
import { formatDate } from '../../format';
import { t } from '../../i18n';
import { RoundCountdown } from './LastCall';
import type { PastDate } from './past-dates';

interface Props {
  past: PastDate;
  /** Back to the form, at that date. */
  onChange(): void;
  /** The date is right: it is kept, knowingly. */
  onKeep(): void;
}

/** Before the preview: a date that has already passed is questioned, never silently sent. */
export function PastDateCheck({ past, onChange, onKeep }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [past]);
  const date = formatDate(past.date);
  return (
    <section className="phone__panel past-date" data-testid="past-date-check" aria-labelledby="past-date-title">
      <RoundCountdown />
      <h1 id="past-date-title" ref={heading} tabIndex={-1}>
        {t('phone.pastDate.title')}
      </h1>
      <p className="past-date__what" data-testid="past-date-what">
        {past.kind === 'deliverable'
          ? t('phone.pastDate.deliverable', { n: past.n, text: past.text, date })
          : t('phone.pastDate.timeframe', { date })}
      </p>
      <p className="phone__lead">{t('phone.pastDate.late')}</p>
      <div className="pledge-form__actions">
        <button type="button" className="button button--primary button--block button--large" data-testid="past-date-change" onClick={onChange}>
          {t('phone.pastDate.change')}
        </button>
        <button type="button" className="button button--secondary button--block" data-testid="past-date-keep" onClick={onKeep}>
          {t('phone.pastDate.keep')}
        </button>
      </div>
    </section>
  );
}
