/**
 * Issue 18, items 1 and 2, end to end: the built Sidebar.html in headless Chromium, its
 * google.script.run calls served by the built Code.js over one document's properties.
 *
 * - A sidebar whose first read of the saved inputs fails (Apps Script's "server error") never
 *   saves over them: it says so, tries again, and shows them once read.
 * - Two sidebars on one document: a band table pasted in one and a base typed in the other are
 *   both kept; the same field typed in both keeps the later and both panes say so; a sidebar whose
 *   clock runs 3 minutes fast makes no other sidebar's saves fail.
 *
 * The document starts with what the report lost: three offers and a 40-row band table.
 */
import type { Browser, Page } from 'playwright-core';
import { Addon, loadAddon } from '../../testkit/sheets/addon';
import { launchChromium, openSidebar } from '../../testkit/sheets/browser';
import { bigBandCsv } from '../../testkit/panel/big-band-csv';
import { threeOffers } from '../../testkit/panel/three-offers';
import type { PanelState } from '../../panel/state';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const TABLE = bigBandCsv(40);

/** The document as a user left it, written the way every add-on version reads it (head + one part). */
function documentWithInputs(): Addon {
  const addon = loadAddon();
  const state = { ...threeOffers(), bandTableCsv: TABLE, bandTableName: 'Bands' };
  addon.properties.store.set('aiComp.offerPanel', JSON.stringify({ aiCompStateVersion: 5, parts: 1 }));
  addon.properties.store.set('aiComp.offerPanel.part.1', JSON.stringify(state));
  return addon;
}

const kept = (addon: Addon): PanelState => JSON.parse(JSON.stringify(addon.global.getPanelState())) as PanelState;

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10000): Promise<void> {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Opens the first offer's form (a reopened panel folds valid offers) and types a base. */
async function typeBase(page: Page, base: string): Promise<void> {
  if (await page.isHidden('#o0-base')) await page.click('#o0-toggle');
  await page.fill('#o0-base', base);
}

/** What a pane would do when the user comes back to it: ask the server what is kept now. */
const comeBack = (page: Page) => page.evaluate(() => window.dispatchEvent(new Event('focus')));

describe('a sidebar whose first load fails', () => {
  it('saves nothing over the kept inputs: it says so, tries again, and then shows them', async () => {
    const addon = documentWithInputs();
    const read = addon.global.loadPanelState;
    let failures = 1;
    addon.global.loadPanelState = () => {
      if (failures-- > 0) throw new Error("We're sorry, a server error occurred. Please wait a bit and try again.");
      return read();
    };
    const before = JSON.stringify(kept(addon));
    const { page, calls } = await openSidebar(browser, addon);
    // The user types as soon as there is a field to type into.
    await typeBase(page, '9');
    await until(() => kept(addon).offers[0].base === '9', 'the base to be saved');
    const after = kept(addon);
    expect(after.offers.map((o) => o.label)).toEqual(['Public RSU', 'Seed options', 'Growth co.']);
    expect(after.bandTableCsv).toBe(TABLE);
    // That one field changed and nothing else.
    const restored = { ...after, offers: [{ ...after.offers[0], base: '215,000' }, ...after.offers.slice(1)] };
    expect(JSON.stringify(restored)).toBe(before);
    // The retry read them: the three offers and the table are on screen; nothing was saved before.
    expect(await page.inputValue('#o2-label')).toBe('Growth co.');
    expect(await page.inputValue('#band-table-text')).toBe(TABLE);
    // The first save came after the retry's read (the second loadPanelState; later ones are refreshes).
    const reads = calls.flatMap((c, i) => (c === 'loadPanelState' ? [i] : []));
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(calls.indexOf('savePanelState')).toBeGreaterThan(reads[1]);
    await page.close();
  });

  it('while the load keeps failing, shows no inputs to type into and saves nothing; Start new merges with what is kept', async () => {
    const addon = documentWithInputs();
    const read = addon.global.loadPanelState;
    let failing = true;
    addon.global.loadPanelState = () => {
      if (failing) throw new Error("We're sorry, a server error occurred. Please wait a bit and try again.");
      return read();
    };
    const { page, calls } = await openSidebar(browser, addon, { waitForReady: false });
    await page.waitForSelector('#load-failed');
    expect(await page.textContent('#panel-status')).toContain(
      "Could not load the saved inputs: We're sorry, a server error occurred. Please wait a bit and try again.. Nothing is saved until they load",
    );
    expect(await page.locator('#o0-base').count()).toBe(0);
    await page.click('#load-start-new');
    await page.waitForSelector('#offer-panel[data-ready="true"]');
    expect(await page.inputValue('#band-table-text')).toBe('');
    await page.fill('#o0-bonusTarget', '12%');
    // The save merges the one field typed onto what is kept, and the pane then shows all of it.
    await until(() => kept(addon).offers[0].bonusTarget === '12%', 'the bonus target to be saved');
    expect(kept(addon).offers.map((o) => o.label)).toEqual(['Public RSU', 'Seed options', 'Growth co.']);
    expect(kept(addon).bandTableCsv).toBe(TABLE);
    await until(async () => (await page.inputValue('#band-table-text')) === TABLE, 'the kept table to be shown');
    expect(await page.inputValue('#o2-label')).toBe('Growth co.');
    expect(await page.textContent('#panel-status')).toContain('Another pane had also changed Public RSU: Bonus target');
    expect(calls.filter((c) => c === 'savePanelState').length).toBeGreaterThan(0);
    failing = false;
    await page.close();
  });
});

describe('two sidebars on one document', () => {
  it('a table pasted in one and a base typed in the other are both kept, and each pane shows the other', async () => {
    const addon = documentWithInputs();
    const a = await openSidebar(browser, addon);
    const b = await openSidebar(browser, addon);
    const table = bigBandCsv(12);
    await a.page.fill('#band-table-text', table);
    await until(() => kept(addon).bandTableCsv === table, "A's table to be saved");
    await typeBase(b.page, '205000');
    await until(() => kept(addon).offers[0].base === '205000', "B's base to be saved");
    expect(kept(addon).bandTableCsv).toBe(table);
    expect(kept(addon).offers).toHaveLength(3);
    // B's save came back with A's table: B shows it, and says so.
    await until(async () => (await b.page.inputValue('#band-table-text')) === table, 'B to show the table');
    expect(await b.page.textContent('#panel-status')).toContain(
      'Changed in another pane, now shown here: the pasted band table',
    );
    // A, when the user comes back to it, shows B's base.
    await comeBack(a.page);
    await until(async () => /205,?000/.test(await a.page.inputValue('#o0-base')), 'A to show the base');
    expect(await a.page.textContent('#panel-status')).toContain(
      'Changed in another pane, now shown here: Public RSU: Base salary',
    );
    await a.page.close();
    await b.page.close();
  });

  it('the same field typed in both keeps the later, and both panes say so', async () => {
    const addon = documentWithInputs();
    const a = await openSidebar(browser, addon);
    const b = await openSidebar(browser, addon);
    await typeBase(a.page, '210000');
    await until(() => kept(addon).offers[0].base === '210000', "A's base to be saved");
    await typeBase(b.page, '190000');
    await until(() => kept(addon).offers[0].base === '190000', "B's base to be saved");
    await b.page.waitForSelector(
      '#panel-status:has-text("Another pane had also changed Public RSU: Base salary (to \\"210000\\")")',
    );
    await comeBack(a.page);
    await until(async () => (await a.page.inputValue('#o0-base')) === '190000', 'A to show the later base');
    expect(await a.page.textContent('#panel-status')).toContain(
      'Changed in another pane, now shown here: Public RSU: Base salary',
    );
    await a.page.close();
    await b.page.close();
  });

  it("a sidebar whose clock runs 3 minutes fast does not make the other's saves fail", async () => {
    const addon = documentWithInputs();
    const fast = await openSidebar(browser, addon, { clockAheadMs: 3 * 60_000 });
    const other = await openSidebar(browser, addon);
    await typeBase(fast.page, '211000');
    await until(() => kept(addon).offers[0].base === '211000', 'the fast pane to save');
    await other.page.selectOption('#bench-level', 'Lead');
    await until(() => kept(addon).benchmark.level === 'Lead', 'the other pane to save');
    expect(kept(addon).offers[0].base).toBe('211000');
    expect(await other.page.textContent('#panel-status')).not.toContain('Not saved');
    await fast.page.close();
    await other.page.close();
  });
});
