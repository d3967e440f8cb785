import type { Page } from 'playwright-core';

export interface OutsideLink {
  path: string;
  target: string;
  rel: string;
  /** Whether its words say it opens a new tab (screen readers hear it). */
  says: boolean;
}

/** The links of an organizer page that leave the organizer pages (the brand's link home aside). */
export function outsideLinks(page: Page): Promise<OutsideLink[]> {
  return page.locator('a[href]').evaluateAll((links) =>
    links
      .map((a) => a as HTMLAnchorElement)
      .filter((a) => new URL(a.href).pathname !== '/' && !new URL(a.href).pathname.startsWith('/organizer'))
      .map((a) => ({ path: new URL(a.href).pathname, target: a.target, rel: a.rel, says: !!a.textContent?.includes('(opens in a new tab)') })),
  );
}

/**
 * Each opens a new tab and says so, with no hold on the page; but the report, which opens in this
 * tab (it needs this tab's organizer sign-in, kept per tab).
 */
export function expectNewTabs(links: OutsideLink[]): void {
  for (const link of links) {
    if (link.path.endsWith('/report')) expect(link).toMatchObject({ target: '', says: false });
    else expect(link).toMatchObject({ target: '_blank', says: true, rel: 'noopener noreferrer' });
  }
}

/** The links' paths with ids and codes blanked, sorted. */
export const linkShapes = (links: OutsideLink[]) =>
  links.map((l) => l.path.replace(/^\/(s|e|forum|p)\/[^/]+/, '/$1/:id').replace(/^\/j\/\w+/, '/j/:code')).sort();
