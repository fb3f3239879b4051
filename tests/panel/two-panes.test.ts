/**
 * Issue 18, items 1 and 2, in the built panel: two panes in one headless Chromium sharing one fake
 * host (which keeps the inputs as every host does, core `saveOnto`), and panes whose first load
 * fails. Nothing is saved before a load; a change in one pane is never lost by a save from the
 * other; a field both changed keeps the later and both panes say so; every failed save is said.
 */
import type { Page } from 'playwright-core';
import type { PanelState } from '../../panel/state';
import { threeOffers } from '../../testkit/panel/three-offers';
import { bigBandCsv } from '../../testkit/panel/big-band-csv';
import { FakeHost, typeInto, usePanelBrowser, waitFor } from './panel-harness';

const { open } = usePanelBrowser(360);

const text = async (page: Page, selector: string): Promise<string> => (await page.textContent(selector)) ?? '';
const kept = (host: FakeHost): PanelState => host.state as PanelState;
const TABLE = bigBandCsv(40);

function documentWithInputs(): FakeHost {
  const host = new FakeHost('sheets');
  host.state = { ...threeOffers(), bandTableCsv: TABLE };
  host.version = 5;
  return host;
}

async function typeBase(page: Page, base: string): Promise<void> {
  if (await page.isHidden('#o0-base')) await page.click('#o0-toggle');
  await typeInto(page, '#o0-base', base);
}

const comeBack = (page: Page) => page.evaluate(() => window.dispatchEvent(new Event('focus')));

describe('a pane whose first load fails', () => {
  test('says so, saves nothing, tries again by itself, then shows the kept inputs', async () => {
    const host = documentWithInputs();
    host.failNext.loadState = 1;
    const page = await open(host, 360, false);
    await page.waitForSelector('#load-failed');
    expect(await text(page, '#panel-status')).toMatch(
      /^Could not load the saved inputs: We're sorry, a server error occurred\. Please wait a bit and try again\.\. Nothing is saved until they load, so what this document keeps stays as it is\. Trying again in 1 s\.$/,
    );
    expect(await page.locator('#o0-base').count()).toBe(0);
    await page.waitForSelector('.ai-panel[data-ready="true"]');
    expect(await page.locator('#load-failed').count()).toBe(0);
    expect(await page.inputValue('#o2-label')).toBe('Growth co.');
    // (A later refresh, when the window gets focus, may read again: at least the failed read and the retry.)
    expect(host.callsOf('loadState').length).toBeGreaterThanOrEqual(2);
    expect(host.callsOf('saveState')).toHaveLength(0);
    await typeBase(page, '9');
    await waitFor(() => kept(host).offers[0].base === '9', 'the base to be saved');
    expect(kept(host).offers).toHaveLength(3);
    expect(kept(host).bandTableCsv).toBe(TABLE);
  });

  test('after the retries, waits for the user: Try again now loads; nothing was saved meanwhile', async () => {
    const host = documentWithInputs();
    host.failNext.loadState = 4;
    const page = await open(host, 360, false);
    await waitFor(() => host.callsOf('loadState').length === 4, 'the automatic retries', 20000);
    await page.waitForSelector(
      '#panel-status:has-text("Nothing is saved until they load, so what this document keeps stays as it is.")',
    );
    expect(await text(page, '#panel-status')).not.toContain('Trying again');
    await page.click('#load-retry');
    await page.waitForSelector('.ai-panel[data-ready="true"]');
    expect(await page.inputValue('#o1-label')).toBe('Seed options');
    expect(host.callsOf('saveState')).toHaveLength(0);
  });

  test('Start new never erases what is kept: the typed field is merged, the kept inputs come back, and the clash is named', async () => {
    const host = documentWithInputs();
    host.reject.loadState = 'the spreadsheet did not answer';
    const page = await open(host, 360, false);
    await page.click('#load-start-new');
    await page.waitForSelector('.ai-panel[data-ready="true"]');
    expect(host.callsOf('saveState')).toHaveLength(0);
    await typeInto(page, '#o0-base', '9');
    await waitFor(() => kept(host).offers[0].base === '9', 'the typed base to be saved');
    expect(kept(host).offers.map((o) => o.label)).toEqual(['Public RSU', 'Seed options', 'Growth co.']);
    expect(kept(host).bandTableCsv).toBe(TABLE);
    await page.waitForSelector('#o2-label');
    expect(await page.inputValue('#band-table-text')).toBe(TABLE);
    expect(await text(page, '#panel-status')).toContain(
      'Another pane had also changed Public RSU: Base salary (to "215,000"): this pane\'s value was kept',
    );
    expect(await text(page, '#panel-status')).toContain('Changed in another pane, now shown here:');
  });
});

describe('two panes on one document', () => {
  test('a table pasted in one and a base typed in the other are both kept; each shows the other', async () => {
    const host = documentWithInputs();
    const a = await open(host);
    const b = await open(host);
    const table = bigBandCsv(12);
    await a.fill('#band-table-text', table);
    await waitFor(() => kept(host).bandTableCsv === table, "A's table to be saved");
    await typeBase(b, '205000');
    await waitFor(() => kept(host).offers[0].base === '205000', "B's base to be saved");
    expect(kept(host).bandTableCsv).toBe(table);
    await b.waitForSelector(
      '#panel-status:has-text("Changed in another pane, now shown here: the pasted band table.")',
    );
    expect(await b.inputValue('#band-table-text')).toBe(table);
    await comeBack(a);
    await a.waitForSelector(
      '#panel-status:has-text("Changed in another pane, now shown here: Public RSU: Base salary.")',
    );
    expect(await a.inputValue('#o0-base')).toBe('205000');
  });

  test('the same field typed in both: the later is kept, the later pane names the other value, the other pane shows the later', async () => {
    const host = documentWithInputs();
    const a = await open(host);
    const b = await open(host);
    await typeBase(a, '210000');
    await waitFor(() => kept(host).offers[0].base === '210000', "A's base");
    await typeBase(b, '190000');
    await waitFor(() => kept(host).offers[0].base === '190000', "B's base");
    await b.waitForSelector(
      '#panel-status:has-text("Another pane had also changed Public RSU: Base salary (to \\"210000\\"): this pane\'s value was kept, and the other pane will show it.")',
    );
    await comeBack(a);
    await a.waitForSelector(
      '#panel-status:has-text("Changed in another pane, now shown here: Public RSU: Base salary.")',
    );
    expect(await a.inputValue('#o0-base')).toBe('190000');
  });

  test('an offer removed in one pane and edited in the other: the edit is not silently lost', async () => {
    const host = documentWithInputs();
    const a = await open(host);
    const b = await open(host);
    await a.click('#o2-remove');
    await waitFor(() => kept(host).offers.length === 2, 'the removal to be saved');
    if (await b.isHidden('#o2-base')) await b.click('#o2-toggle');
    await typeInto(b, '#o2-base', '123456');
    await b.waitForSelector(
      '#panel-status:has-text("Not kept: Growth co.: Base salary \\"123456\\", because another pane removed the offer it belonged to")',
    );
    expect(kept(host).offers).toHaveLength(2);
    await b.waitForFunction(() => document.querySelectorAll('[id$="-label"][id^="o"]').length === 2);
  });

  test('typing goes on while a save is on its way: what was typed meanwhile is neither lost nor overwritten by the merge', async () => {
    const host = documentWithInputs();
    const a = await open(host);
    const b = await open(host);
    await a.fill('#band-table-text', bigBandCsv(3));
    await waitFor(() => kept(host).bandTableCsv === bigBandCsv(3), "A's table");
    host.delay.saveState = 800;
    await typeBase(b, '201000');
    await waitFor(() => host.callsOf('saveState').length === 2, "B's save to leave");
    await typeInto(b, '#o0-bonusTarget', '11%');
    delete host.delay.saveState;
    await waitFor(() => kept(host).offers[0].bonusTarget === '11%', "B's second save");
    expect(kept(host).offers[0].base).toBe('201000');
    expect(kept(host).bandTableCsv).toBe(bigBandCsv(3));
    expect(await b.inputValue('#o0-bonusTarget')).toBe('11%');
    expect(await b.inputValue('#band-table-text')).toBe(bigBandCsv(3));
  });
});
