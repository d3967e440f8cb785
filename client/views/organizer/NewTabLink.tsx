import type { ReactNode } from 'react';
import { t } from '../../i18n';

/**
 * A link from the organizer pages to a page outside them (another role's screen: a phone's join
 * page, a wall, a console, the report; the public record): it opens in a new tab, so the
 * organizer keeps this page, and the new page gets no hold on this one (`noopener`). The report
 * is not one of them: it opens in the same tab, which holds the organizer's sign-in.
 */
export function NewTabLink({
  href,
  className,
  testId,
  children,
}: {
  href: string;
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <a className={className} href={href} target="_blank" rel="noopener noreferrer" data-testid={testId}>
      {children}
      <span className="visually-hidden"> {t('org.newTab')}</span>
    </a>
  );
}
