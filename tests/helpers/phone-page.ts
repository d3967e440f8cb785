import type { Browser, Locator, Page } from 'playwright-core';
import type { CreatedSession } from '../../shared/http';
import { newPage } from './browser';
import { setupSession } from './round';
import type { TestServer } from './server';

/** Driving the phone page in a browser, as a panelist (`/i/…` invite link) or the audience (`/j/:code`) does. */

/** A panelist's personal invite link, from the links the organizer got when creating the session. */
export function inviteLink(created: Pick<CreatedSession, 'links'>, panelistId: string): string {
  const invite = created.links.invites.find((i) => i.panelistId === panelistId);
  if (!invite) throw new Error(`no invite link for ${panelistId}`);
  return invite.link;
}

/**
 * A phone-sized page that opened the panelist's invite link and took the seat (the waiting screen
 * or, in an open round, the form). Its errors are added to `errors`.
 */
export async function invitedPhone(browser: Browser, created: Pick<CreatedSession, 'links'>, panelistId: string, errors: string[]): Promise<Page> {
  const page = await newPage(browser, `phone of ${panelistId}`, errors);
  await page.goto(inviteLink(created, panelistId));
  await page.locator('[data-testid="waiting"], [data-testid="pledge-text"]').first().waitFor();
  return page;
}

/**
 * A session whose round is open, and its first panelist (`amina`) seated on a phone page by her
 * invite link. The caller closes `moderator` when done.
 */
export async function openRoundOnPhone(server: Pick<TestServer, 'url'>, browser: Browser, errors: string[]) {
  const session = await setupSession(server);
  try {
    const ack = await session.moderator.send('round:open', {});
    if (!ack.ok) throw new Error(`round:open refused: ${JSON.stringify(ack)}`);
    const amina = session.panelists[0]!;
    const phone = await invitedPhone(browser, session.created, amina.id, errors);
    return { ...session, amina, phone };
  } catch (err) {
    session.moderator.close();
    throw err;
  }
}

/**
 * Writes the pledge's text on a seated phone whose round is open. A panelist whose seat has an
 * organization must say how the commitment is made: `capacity` when none is chosen yet.
 */
export async function startPledge(page: Page, text: string, capacity: 'individual' | 'organization' = 'individual'): Promise<void> {
  await page.getByTestId('pledge-text').waitFor();
  await page.getByTestId('pledge-text').fill(text);
  await chooseCapacityIfAsked(page, capacity);
}

/** Chooses how the commitment is made when the form has no choice yet (a panelist with an organization). */
export async function chooseCapacityIfAsked(page: Page, capacity: 'individual' | 'organization' = 'individual'): Promise<void> {
  const group = page.getByTestId('pledge-capacity');
  if ((await group.getByRole('radio', { checked: true }).count()) === 0) await page.getByTestId(`pledge-capacity-${capacity}`).check();
}

/** The labels of the radio buttons checked in the group of choices named `name` (the form's details). */
export function checkedChoices(page: Page, name: string): Promise<(string | null | undefined)[]> {
  const group = page.getByRole('group', { name, exact: true });
  return group.getByRole('radio', { checked: true }).evaluateAll((els) => els.map((el) => (el as HTMLInputElement).labels?.[0]?.textContent));
}

/** Opens the form's optional details. */
export async function openDetails(page: Page): Promise<void> {
  await page.getByTestId('pledge-details-summary').click();
}

/** Picks SDG targets in the (open) details: each found by the words typed, then chosen by its code. */
export async function pickSdgTargets(page: Page, picks: [words: string, code: string][]): Promise<void> {
  const search = page.getByLabel('Find an SDG target by code or words');
  for (const [words, code] of picks) {
    await search.fill(words);
    await page.getByTestId(`sdg-option-${code}`).click();
    await page.getByTestId(`sdg-chip-${code}`).waitFor();
  }
}

/** Confirms the previewed pledge; answers its confirmation once that shows the text. */
export async function confirmPledge(page: Page, text: string): Promise<Locator> {
  await page.getByTestId('pledge-confirm').click();
  const confirmation = page.getByTestId('pledge-confirmation').filter({ hasText: text });
  await confirmation.waitFor();
  return confirmation;
}

/** Submits the written pledge (in a personal capacity unless chosen) and confirms its preview; answers the confirmation. */
export async function submitPledge(page: Page, text: string): Promise<Locator> {
  await chooseCapacityIfAsked(page);
  await page.getByTestId('pledge-submit').click();
  await page.getByTestId('pledge-preview').waitFor();
  return confirmPledge(page, text);
}

/**
 * On the join page (`/j/:code`, the two ways in or the audience's form): joins the audience, in
 * the room or online, with a name and organization if given.
 */
export async function joinAudience(page: Page, presence: 'onsite' | 'online', who: { name?: string; organization?: string } = {}): Promise<void> {
  // The page may still be loading: wait for one of the two screens before choosing.
  await page.locator('[data-testid="join-choice"], [data-testid="audience-join-form"]').first().waitFor();
  if (await page.getByTestId('join-choice').isVisible()) await page.getByTestId('join-audience').click();
  await page.getByTestId(`audience-presence-${presence}`).check();
  if (who.name) await page.getByTestId('audience-name').fill(who.name);
  if (who.organization) await page.getByTestId('audience-organization').fill(who.organization);
  await page.getByTestId('audience-join').click();
  await page.getByTestId('audience-phone').waitFor();
}

/** The private follow-up link the phone shows with its confirmation. */
export async function shownFollowUpLink(page: Page): Promise<string> {
  const input = page.getByTestId('follow-up-link').locator('input');
  await input.waitFor();
  return input.inputValue();
}

/** Opens a pledge's follow-up record with its token, as the author's follow-up page does. */
export function openFollowUp(baseUrl: string, pledgeId: string, token: string): Promise<Response> {
  return fetch(`${baseUrl}/api/follow-up/${pledgeId}`, { headers: { authorization: `Bearer ${token}` } });
}
