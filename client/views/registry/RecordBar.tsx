import type { ReactNode } from 'react';
import { routes } from '../../../shared/http';
import { t } from '../../i18n';
import { navigate } from '../../navigate';

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

export function RecordLoading({ label }: { label: string }) {
  return (
    <p className="record-loading" role="status">
      <span className="spinner" aria-hidden="true" /> {label}
    </p>
  );
}

/** An in-app link: a plain click moves without reloading; modified clicks (new tab, …) work as usual. */
export function AppLink({ href, className, children, ...rest }: { href: string; className?: string; children: ReactNode; 'aria-label'?: string; 'data-testid'?: string }) {
  return (
    <a
      href={href}
      className={className}
      {...rest}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(href);
      }}
    >
      {children}
    </a>
  );
}
