/**
 * Issue 18 item 7: × removed a filled offer at once, with no question and no undo. Now the status
 * line says what was removed and offers Undo (a button in the tab order), which puts back exactly
 * what was there: the offer's fields and place, the names the others took, the benchmark's and the
 * counter-offer's choice; the saved state is the same as before the removal.
 */
import { Page } from 'playwright-core';
import { FakeHost, typeInto, usePanelBrowser, waitFor } from './panel-harness';

const { open } = usePanelBrowser(340);

const offersIn = (state: unknown): Record<string, string>[] =>
  (state as { offers?: Record<string, string>[] } | null)?.offers ?? [];

/** Three offers, the middle one filled by hand; the third keeps its default name "Offer C". */
async function threeOffers(page: Page): Promise<void> {
  await typeInto(page, '#o0-label', 'Acme AI');
  await typeInto(page, '#o0-base', '185,000');
  await page.click('#add-offer');
  await typeInto(page, '#o1-label', 'Seed options');
  await typeInto(page, '#o1-base', '150000');
  await typeInto(page, '#o1-bonusTarget', '12%');
  await typeInto(page, '#o1-bonusPayout', '0.9; 1.1');
  await typeInto(page, '#o1-equityGrant', '80000');
  await typeInto(page, '#o1-signOn', '5000');
  await page.click('#add-offer');
  await typeInto(page, '#o2-base', '160000');
}

describe('× on a filled offer can be undone', () => {
  test('Undo, reached by keyboard, puts the offer back exactly (before: gone with no way back)', async () => {
    const host = new FakeHost();
    const page = await open(host);
    await threeOffers(page);
    await waitFor(() => offersIn(host.state).length === 3 && offersIn(host.state)[2].base === '160000', 'the save');
    const saved = JSON.stringify(host.state);

    await page.click('#o1-remove');
    await waitFor(() => offersIn(host.state).length === 2, 'the removal saved');
    expect(await page.locator('#offers-undo-line').textContent()).toBe('Removed Seed options. Undo');
    expect(await page.isVisible('#offers-undo')).toBe(true);
    expect(offersIn(host.state)[1].label).toBe('Offer B'); // the third offer took the second's default name

    // Keyboard only: Tab moves through the panel until it reaches Undo, and Enter presses it.
    let steps = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'offers-undo' && steps++ < 80)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('offers-undo');
    await page.keyboard.press('Enter');

    await waitFor(() => JSON.stringify(host.state) === saved, 'the state as it was');
    expect(await page.inputValue('#o1-label')).toBe('Seed options');
    expect(await page.inputValue('#o1-bonusPayout')).toBe('0.9; 1.1');
    expect(await page.inputValue('#o2-label')).toBe('Offer C');
    expect(await page.isVisible('#offers-undo-line')).toBe(false);
  });

  test('edits to the other offers made before Undo are kept; adding an offer ends the undo', async () => {
    const host = new FakeHost();
    const page = await open(host);
    await threeOffers(page);
    await page.click('#o1-remove');
    if ((await page.getAttribute('#o0-toggle', 'aria-expanded')) !== 'true') await page.click('#o0-toggle');
    await typeInto(page, '#o0-base', '190,000');
    await page.click('#offers-undo');
    await waitFor(() => offersIn(host.state).length === 3, 'the undo saved');
    const offers = offersIn(host.state);
    expect(offers.map((o) => [o.label, o.base])).toEqual([
      ['Acme AI', '190,000'],
      ['Seed options', '150000'],
      ['Offer C', '160000'],
    ]);

    await page.click('#o2-remove');
    expect(await page.isVisible('#offers-undo')).toBe(true);
    await page.click('#add-offer');
    expect(await page.isVisible('#offers-undo-line')).toBe(false);
  });
});
