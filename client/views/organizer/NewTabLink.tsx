import type { ReactNode } from 'react';
import { t } from '../../i18n';

/**
 * A link from the organizer pages to a page outside them (another role's screen: a phone's join
 * page, a wall, a console, the report; the public record): it opens in a new tab, so the
 * organizer keeps this page, and the new page gets no hold on this one (`noopener`). The report
 * is the one exception, `signedIn`: it opens with this tab's organizer token, which a tab
 * opened without an opener does not inherit (session storage), so it keeps its opener; it is
 * this app's own page.
 */
export function NewTabLink({
  href,
  className,
  testId,
  signedIn = false,
  children,
}: {
  href: string;
  className?: string;
  testId?: string;
  signedIn?: boolean;
  children: ReactNode;
}) {
  return (
    <a className={className} href={href} target="_blank" rel={signedIn ? 'opener' : 'noopener noreferrer'} data-testid={testId}>
      {children}
      <span className="visually-hidden"> {t('org.newTab')}</span>
    </a>
  );
}
