import type { ReactNode } from 'react';
import { routes } from '../../../shared/http';
import { LanguagePicker } from '../../components/LanguagePicker';
import { t, tError } from '../../i18n';

/** The slim top bar of the record's pages: the product, which part of the record this is, and optional actions. */
export function RecordBar({ section, children }: { section: string; children?: ReactNode }) {
  return (
    <header className="record-bar">
      <div className="record-bar__inner">
        <a className="record-bar__brand" href={routes.landing()}>
          <span className="brand__mark" aria-hidden="true" />
          <span>{t('app.name')}</span>
        </a>
        <span className="record-bar__section">{section}</span>
        {children && <div className="record-bar__actions">{children}</div>}
        <LanguagePicker />
      </div>
    </header>
  );
}

/** A full-page message (not found, wrong link, failed load) with an optional action. */
export function RecordMessage({
  title,
  body,
  tone = 'info',
  children,
  testId,
}: {
  title: string;
  body: ReactNode;
  tone?: 'info' | 'error';
  children?: ReactNode;
  testId?: string;
}) {
  return (
    <section className={`record-message record-message--${tone}`} role={tone === 'error' ? 'alert' : undefined} data-testid={testId}>
      <span className="record-message__icon" aria-hidden="true" />
      <h1 className="record-message__title">{title}</h1>
      <div className="record-message__body">{body}</div>
      {children && <div className="record-message__actions">{children}</div>}
    </section>
  );
}

/** Nothing to show at this address: why, and the way back to the start page. */
export function RecordNotFound({ title, body, testId }: { title: string; body: string; testId: string }) {
  return (
    <RecordMessage title={title} body={<p>{body}</p>} testId={testId}>
      <a className="button button--secondary" href={routes.landing()}>
        {t('app.backHome')}
      </a>
    </RecordMessage>
  );
}

/** The page's data did not load: why (the error code's message), and a button to try again. */
export function RecordLoadFailed({ error, testId, onRetry }: { error: string | null; testId: string; onRetry: () => void }) {
  return (
    <RecordMessage title={t('record.loadFailed')} body={<p>{tError(error ?? 'unknown')}</p>} tone="error" testId={testId}>
      <button type="button" className="button button--primary" onClick={onRetry}>
        {t('record.retry')}
      </button>
    </RecordMessage>
  );
}

export function RecordLoading({ label }: { label: string }) {
  return (
    <p className="record-loading" role="status">
      <span className="spinner" aria-hidden="true" /> {label}
    </p>
  );
}
