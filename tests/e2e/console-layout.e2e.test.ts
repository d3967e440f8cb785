import path from 'node:path';
import type { Page } from 'playwright-core';
import { LOCALES } from '../../client/i18n/locales';
import { DEMO_SESSION } from '../../server/demo';
import { openIn } from '../helpers/axe';
import { browserAndServer, SHOTS } from '../helpers/browser';
import { createSession } from '../helpers/server';

/**
 * The moderator console's layout in each of the six languages, on a real server and Chromium:
 * on a laptop's first screen (1366×768, 1280×720) the round's action shows whole without
 * scrolling. Screenshots in test-artifacts/console-layout-*.png.
 */

const LAPTOPS = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
];

/** Where the element shows in the window: whole, below the sticky header, and not covered by anything. */
function inFirstScreen(page: Page, testId: string) {
  return page.getByTestId(testId).evaluate((el) => {
    const r = el.getBoundingClientRect();
    const header = document.querySelector('.console__header')!.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return { below: r.top >= header.bottom - 1, whole: r.top >= 0 && r.bottom <= innerHeight, seen: !!hit && (hit === el || el.contains(hit)) };
  });
}

describe('the console’s layout in every language', () => {
  const env = browserAndServer();

  test.each([...LOCALES])('%s: "Open round" shows whole on a laptop’s first screen', async (lang) => {
    const errors: string[] = [];
    // The demo session (`npm start -- --demo`): a title and a moderator's name that take the header to two lines.
    const created = await createSession(env.server.url, DEMO_SESSION);
    for (const size of LAPTOPS) {
      const page = await openIn(env.browser, lang, created.links.moderator, errors, size);
      await page.getByTestId('open-round').waitFor();
      await page.screenshot({ path: path.join(SHOTS, `console-layout-${lang}-${size.width}x${size.height}.png`) });
      const screen = `${size.width}×${size.height}`;
      expect({ screen, ...(await inFirstScreen(page, 'open-round')) }).toEqual({ screen, below: true, whole: true, seen: true });
      // Nothing went for it: the panel is still on the page, below.
      await page.getByTestId('panel-list').waitFor();
      await page.context().close();
    }
    expect(errors).toEqual([]);
  });
});
