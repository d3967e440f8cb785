import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserServerAndNetwork, newPage, SHOTS } from '../helpers/browser';
import { createSession, PANEL } from '../helpers/server';
import { brokenWords } from '../helpers/text-layout';

/**
 * The phone's header when the connection is lost, on the narrowest phone (360 px): the long
 * "connection lost" notice must not squeeze the session's code under it. Its own line, the whole
 * width, keeps both readable in every language.
 */
describe('the phone header offline at 360 px', () => {
  const env = browserServerAndNetwork();

  /** Pairs of the header's pieces whose boxes overlap, by name. */
  function overlaps(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const pieces = {
        code: document.querySelector('.phone__code'),
        title: document.querySelector('.phone__title'),
        status: document.querySelector('[data-testid="connection-status"]'),
        language: document.querySelector('[data-testid="language-picker"]'),
      };
      const boxes = Object.entries(pieces).map(([name, el]) => [name, el!.getBoundingClientRect()] as const);
      const found: string[] = [];
      for (const [i, [a, ra]] of boxes.entries()) {
        for (const [b, rb] of boxes.slice(i + 1)) {
          if (ra.left < rb.right - 0.5 && rb.left < ra.right - 0.5 && ra.top < rb.bottom - 0.5 && rb.top < ra.bottom - 0.5) found.push(`${a} / ${b}`);
        }
      }
      // The code is one word-like token ("WS #215"): cut or wrapped, it shows wider than its box.
      const code = pieces.code as HTMLElement;
      if (code.scrollWidth > code.clientWidth + 0.5) found.push('code cut');
      return found;
    });
  }

  test.each(['en', 'ar', 'ru'])('%s: the connection notice, the code, the title and the language picker each keep their own room', async (lang) => {
    const { server, browser, net } = env;
    const created = await createSession(server.url, PANEL);
    const errors: string[] = [];
    const phone = await newPage(browser, `phone ${lang}`, errors, 'small-phone');
    const invite = new URL(created.links.invites[0]!.link);
    await phone.goto(`${net.url}${invite.pathname}?lang=${lang}${invite.hash}`);
    await phone.getByTestId('waiting').waitFor();
    expect(await overlaps(phone)).toEqual([]);

    await net.cut();
    try {
      await phone.locator('[data-testid="connection-status"][data-status="offline"]').waitFor({ timeout: 15_000 });
      await phone.screenshot({ path: path.join(SHOTS, `phone-360-offline-header-${lang}.png`) });
      expect(await overlaps(phone)).toEqual([]);
      expect(await brokenWords(phone, '.phone__header')).toEqual([]);
    } finally {
      await net.restore();
    }
    // Back online, the quiet "Connected" sits on the first line again.
    await phone.locator('[data-testid="connection-status"][data-status="online"]').waitFor({ timeout: 15_000 });
    expect(await overlaps(phone)).toEqual([]);
    await phone.context().close();
    // The page was cut off from the server on purpose: its failed requests are expected.
    expect(errors.filter((e) => !/ERR_CONNECTION|WebSocket|Failed to load resource/.test(e))).toEqual([]);
  }, 60_000);
});
