import type { Locator, Page } from 'playwright-core';

/** Driving the phone page (`/j/:code`) in a browser, as a panelist does. */

/** Picks the panelist's name and writes the pledge's text. */
export async function startPledge(page: Page, panelistId: string, text: string): Promise<void> {
  await page.getByTestId(`pick-${panelistId}`).click();
  await page.getByTestId('pledge-text').waitFor();
  await page.getByTestId('pledge-text').fill(text);
}

/** Opens the form's optional details. */
export async function openDetails(page: Page): Promise<void> {
  await page.getByText('More details (optional)').click();
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

/** Submits the written pledge and confirms its preview; answers the confirmation. */
export async function submitPledge(page: Page, text: string): Promise<Locator> {
  await page.getByTestId('pledge-submit').click();
  await page.getByTestId('pledge-preview').waitFor();
  return confirmPledge(page, text);
}
