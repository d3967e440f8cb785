import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserAndServer, newPage, SHOTS } from '../helpers/browser';
import type { Client } from '../helpers/clients';
import { joinAudience } from '../helpers/phone-page';
import { setupSession } from '../helpers/round';

/**
 * On a slow link the connection is the last thing a phone gets. A phone new to the session needs
 * none of it to choose how to join and to see the panel's names: those come with the join code's
 * lookup. A phone that joined before may hold a seat or be in the audience, so it waits for the
 * live state instead of showing a join page it may not need.
 */
describe('the join page before the connection is made', () => {
  const env = browserAndServer();
  const clients: Client[] = [];
  afterAll(() => clients.forEach((c) => c.close()));

  /** Phones' handshakes wait here (after their credentials are checked) while `holding` is on. */
  let holding = false;
  const held: (() => void)[] = [];
  let heldOne: () => void = () => undefined;
  /** Resolves once a phone's handshake is being held. */
  const handshakeHeld = () => (held.length > 0 ? Promise.resolve() : new Promise<void>((resolve) => (heldOne = resolve)));
  beforeAll(() => {
    env.server.app.io.use((socket, next) => {
      if (!holding || socket.data.principal.role !== 'phone') return next();
      held.push(() => next());
      heldOne();
    });
  });
  const hold = () => {
    holding = true;
  };
  const release = () => {
    holding = false;
    held.splice(0).forEach((go) => go());
  };
  afterEach(release);

  /** Records, from the first byte of every page, whether the join choice was ever on screen. */
  const watchJoinChoice = (page: Page) =>
    page.addInitScript(() => {
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="join-choice"]')) sessionStorage.setItem('saw-join-choice', 'yes');
      }).observe(document, { subtree: true, childList: true });
    });
  const sawJoinChoice = (page: Page) => page.evaluate(() => sessionStorage.getItem('saw-join-choice') === 'yes');

  test('a new phone chooses, sees the names and asks for a seat while connecting; the moderator gets the request once it connects', async () => {
    const { created, moderator, modState, panelists } = await setupSession(env.server);
    clients.push(moderator);
    const kenji = panelists[1]!;
    const errors: string[] = [];
    const phone = await newPage(env.browser, 'new phone', errors, 'small-phone');

    hold();
    await phone.goto(created.links.join);
    await phone.getByTestId('join-choice').waitFor();
    await handshakeHeld();
    expect(await phone.locator('.phone__title').innerText()).toBe(modState.session.title);
    await phone.getByTestId('join-panel').click();
    for (const p of panelists) expect(await phone.getByTestId(`pick-${p.id}`).innerText()).toContain(p.name);
    await phone.screenshot({ path: path.join(SHOTS, 'phone-early-join-names.png') });
    await phone.getByTestId(`pick-${kenji.id}`).click();
    await phone.getByTestId('seat-confirm').getByText('Join as Kenji Watanabe?').waitFor();
    await phone.getByTestId('seat-ask').click();
    // Asked, not yet sent: the button says so until the connection carries it.
    await phone.locator('[data-testid="seat-ask"][aria-busy="true"]').waitFor();
    expect(held.length).toBeGreaterThan(0);

    release();
    await moderator.waitForDelta('request', (d) => d.request.panelistId === kenji.id && d.request.state === 'pending');
    await phone.getByTestId('seat-waiting').getByText('Waiting for the moderator to let you in as Kenji Watanabe').waitFor();
    expect(errors).toEqual([]);
  }, 60_000);

  test('a phone that joined before waits for the live state instead of showing the join choice', async () => {
    const { created, moderator } = await setupSession(env.server);
    clients.push(moderator);
    const errors: string[] = [];
    const phone = await newPage(env.browser, 'returning phone', errors, 'small-phone');
    await phone.goto(created.links.join);
    await joinAudience(phone, 'onsite', { name: 'Amina Diallo', organization: '' });
    await phone.locator('[data-testid="audience-round"][data-state="draft"]').waitFor();

    hold();
    await watchJoinChoice(phone);
    await phone.reload();
    await phone.getByText('Connecting').waitFor();
    await handshakeHeld();
    release();
    await phone.locator('[data-testid="audience-round"][data-state="draft"]').waitFor();
    expect(await sawJoinChoice(phone)).toBe(false);
    expect(errors).toEqual([]);
  }, 60_000);
});
