import { useRef, type ReactNode } from 'react';
import { routes } from '../../../shared/http';
import { AppLink } from '../../components/AppLink';
import { LanguagePicker } from '../../components/LanguagePicker';
import { t } from '../../i18n';
import { usePinnedHeader } from '../../pinned';
import { signOut, useOrganizer } from '../../store/organizer';
import '../../styles/console.css';
import '../../styles/organizer.css';
import '../../styles/organizer-events.css';
import '../../styles/organizer-import.css';
import { TokenForm } from './TokenForm';

interface Props {
  /** The page's heading, in the dark bar. */
  title: ReactNode;
  /** A short label before the title, e.g. "Event". */
  eyebrow?: string;
  /** Where this page sits, outermost first (the page itself is not listed). */
  crumbs?: { href: string; label: string }[];
  children: ReactNode;
}

/**
 * Frame of every organizer page: the dark bar with the brand and sign-out, and the sign-in form
 * instead of the page while no admin token is known in this tab.
 */
export function OrganizerShell({ title, eyebrow, crumbs, children }: Props) {
  const token = useOrganizer((s) => s.token);
  const header = useRef<HTMLElement>(null);
  usePinnedHeader(header);
  return (
    <div className="console organizer">
      <header className="console__header" ref={header}>
        <a className="console__brand" href={routes.landing()}>
          <span className="brand__mark" aria-hidden="true" />
          <span>{t('app.name')}</span>
        </a>
        <div className="console__session">
          {eyebrow && <p className="organizer__eyebrow">{eyebrow}</p>}
          <h1 className="console__title">{title}</h1>
        </div>
        {token && (
          <button type="button" className="button button--ghost button--small" onClick={signOut}>
            {t('org.token.signOut')}
          </button>
        )}
        <LanguagePicker />
      </header>
      {token ? (
        <main className="organizer__main">
          {crumbs && crumbs.length > 0 && (
            <nav className="crumbs" aria-label={t('org.nav.label')}>
              <ol className="crumbs__list">
                {crumbs.map((c) => (
                  <li key={c.href} className="crumbs__item">
                    <AppLink href={c.href}>{c.label}</AppLink>
                  </li>
                ))}
                <li className="crumbs__item" aria-current="page">
                  {title}
                </li>
              </ol>
            </nav>
          )}
          {children}
        </main>
      ) : (
        <main className="organizer__main organizer__main--narrow">
          <TokenForm />
        </main>
      )}
    </div>
  );
}
