/**
 * The built Sidebar.html in headless Chromium, its google.script.run calls served by the same
 * built Code.js in a vm: a person fills an offer from a tracker row and by typing, reads the
 * figures, benchmarks the base, and inserts the decomposition into the sheet (asked before
 * anything is overwritten). Figures are checked against the core; cells against the fake sheet.
 */
import * as fs from 'fs';
import type { Browser } from 'playwright-core';
import { callByName } from '../../core';
import { loadAddon, SIDEBAR_HTML, ensureBuilt } from '../../testkit/sheets/addon';
import { launchChromium, openSidebar } from '../../testkit/sheets/browser';
import { recalculate } from '../../testkit/sheets/recalculate';
import { FakeSheet, FakeSpreadsheet } from '../../testkit/sheets/spreadsheet';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

function trackerSpreadsheet() {
  const sheet = new FakeSheet('Offers');
  sheet.fill('A1', [
    ['Company', 'Base salary', 'Target bonus %', 'Equity grant', 'Company type', 'Vesting', 'Sign-on', 'Offer date'],
    ['Acme AI', 200000, 0.15, 400000, 'startup', '4y-1y-cliff-monthly', 20000, new Date(Date.UTC(2026, 4, 1))],
  ]);
  sheet.select('C2');
  return { sheet, spreadsheet: new FakeSpreadsheet([sheet]) };
}

/** Waits for the panel's debounced save (it saves a moment after the last keystroke). */
async function until(condition: () => boolean, timeoutMs = 10000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting for the panel to save');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const dataValue = async (page: import('playwright-core').Page, selector: string) =>
  Number(await page.locator(selector).getAttribute('data-value'));

describe('Sidebar.html', () => {
  it('is self-contained: scripts and styles inline, nothing from a CDN or the network', () => {
    ensureBuilt(SIDEBAR_HTML);
    const html = fs.readFileSync(SIDEBAR_HTML, 'utf8');
    // (The bundled zod names JSON-schema URIs in strings; what would load something is a src, href, import or url().)
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|<iframe|@import|url\(\s*['"]?(https?:)?\/\//);
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
    expect(html.match(/<script>/g)?.length).toBe(2);
    expect(html).toContain('mountOfferPanel');
  });

  it("fills an offer from the selected tracker row and typing, shows the core's figures, keeps them, and inserts live formulas", async () => {
    const { sheet, spreadsheet } = trackerSpreadsheet();
    const addon = loadAddon({ spreadsheet });
    const { page, calls } = await openSidebar(browser, addon);
    expect(calls[0]).toBe('loadPanelState');

    // Fill from the selected row (Sheets sends the offer date as ISO text, not a Date).
    await page.click('#o0-fill');
    await page.click('#o0-fill-apply');
    await page.waitForSelector('#o0-status:has-text("Filled from")');
    expect(calls).toContain('readSelectedRow');
    expect(await page.inputValue('#o0-base')).toMatch(/^200,?000$/);
    // Then type the payout history a person knows.
    await page.fill('#o0-bonusPayout', '80%; 100%');
    await page.waitForSelector('#o0-average[data-value]');

    const offer = [200000, 0.15, [[0.8, 1]], 400000, 'startup', '4y-1y-cliff-monthly', 20000, 4];
    const expectedAverage = callByName('OFFER', offer) as number;
    expect(typeof expectedAverage).toBe('number');
    expect(await dataValue(page, '#o0-average')).toBeCloseTo(expectedAverage, 6);
    const table = callByName('OFFERTABLE', offer) as (string | number)[][];
    const totalRow = table.find((row) => row[0] === 'total')!;
    expect(await dataValue(page, '#o0-table tr[data-year="1"] td[data-col="total"]')).toBeCloseTo(
      Number(totalRow[1]),
      6,
    );
    expect(await dataValue(page, '#o0-table tr[data-year="2"] td[data-col="total"]')).toBeCloseTo(
      Number(totalRow[2]),
      6,
    );
    expect(await page.locator('#o0-parts tr[data-year="1"] td[data-col="guaranteed"]').getAttribute('data-value')).toBe(
      String(200000 + 20000),
    );

    // Benchmark the base against the band.
    await page.selectOption('#bench-role', 'LLMOps');
    await page.selectOption('#bench-level', 'Senior');
    await page.waitForSelector('#bench-compa[data-value]');
    const mid = callByName('BAND', ['LLMOps', 'Senior', 'mid']) as number;
    expect(await dataValue(page, '#bench-mid')).toBe(mid);
    expect(await dataValue(page, '#bench-compa')).toBeCloseTo(callByName('COMPA', [200000, mid]) as number, 9);
    expect(await page.textContent('#bench-source')).toBe(
      String(callByName('SOURCE', ['LLMOps', 'Senior', 'mid'])).replace(/;\s*seed \d{3}_[0-9a-f]+\.txt/g, ''),
    );

    // Inputs are kept per document, through PropertiesService.
    await until(() => JSON.stringify(addon.global.getPanelState()).includes('LLMOps'));
    expect(calls).toContain('savePanelState');
    const kept = JSON.parse(JSON.stringify(addon.global.getPanelState()));
    // Each save carried a version the server kept (a rising number from the sidebar, not 0).
    expect(JSON.parse(JSON.stringify(addon.global.loadPanelState())).version).toBeGreaterThan(0);
    expect(kept.offers[0].bonusPayout).toBe('80%; 100%');
    expect(kept.benchmark).toMatchObject({ role: 'LLMOps', level: 'Senior' });

    // Insert at an empty cell: a label and a live AIOFFERTABLE formula, recalculated to the core's table.
    sheet.select('A5');
    await page.click('#insert');
    await page.waitForSelector('#insert-status:has-text("Inserted 1 offer")');
    expect(await page.textContent('#insert-status')).toContain('Offers!A5:');
    expect(sheet.getRange('A5').getValue()).toBe('Acme AI');
    const formula = sheet.getRange('A6').getFormulas()[0][0];
    expect(formula).toMatch(/^=AIOFFERTABLE\(/);
    expect(formula).not.toMatch(/AI\./);
    const shown = recalculate(addon, sheet);
    table.forEach((row, r) =>
      row.forEach((cell, c) => {
        const value = shown.get(`${6 + r},${1 + c}`);
        if (typeof cell === 'number') expect(value as number).toBeCloseTo(cell, 6);
        else expect(value).toBe(cell);
      }),
    );

    // Inserting again over the same cells asks first; Cancel writes nothing, Overwrite writes.
    const before = sheet.log.length;
    await page.click('#insert');
    await page.waitForSelector('#insert-confirm:not([hidden])');
    expect(await page.textContent('#insert-confirm')).toContain('A5');
    await page.click('#cancel-overwrite');
    expect(sheet.log.length).toBe(before);
    await page.click('#insert');
    await page.click('#confirm-overwrite');
    await page.waitForSelector('#insert-status:has-text("Inserted 1 offer")');
    expect(sheet.log.slice(before).map((e) => e.op)).toEqual(['setValues']); // one write: its '' cells clear the spill area

    expect(calls.filter((c) => c.startsWith('NETWORK'))).toEqual([]);
    await page.close();

    // Reopened: the same screen, from the document's properties.
    const again = await openSidebar(browser, addon);
    expect(await again.page.inputValue('#o0-bonusPayout')).toBe('80%; 100%');
    expect(await again.page.inputValue('#bench-role')).toBe('LLMOps');
    expect(await dataValue(again.page, '#o0-average')).toBeCloseTo(expectedAverage, 6);
    await again.page.close();
  });

  it('compares two offers side by side, with a stacked bar a year, and marks a bad field beside it', async () => {
    const addon = loadAddon({ spreadsheet: new FakeSpreadsheet([new FakeSheet('Offers').select('A2')]) });
    const { page } = await openSidebar(browser, addon);
    await page.fill('#o0-base', '180000');
    await page.fill('#o0-bonusTarget', '10%');
    await page.selectOption('#o0-companyType', 'public');
    await page.fill('#o0-equityGrant', '200000');
    await page.click('#add-offer');
    await page.fill('#o1-base', '165000');
    await page.selectOption('#o1-companyType', 'startup');
    await page.fill('#o1-equityGrant', '600000');
    await page.fill('#o1-signOn', '30000');
    await page.waitForSelector('#o1-average[data-value]');
    const a = callByName('OFFER', [180000, 0.1, '', 200000, 'public', '4y-1y-cliff-monthly', 0, 4]) as number;
    const b = callByName('OFFER', [165000, 0, '', 600000, 'startup', '4y-1y-cliff-monthly', 30000, 4]) as number;
    expect(await dataValue(page, '#comparison tr[data-offer="0"] td[data-col="average"]')).toBeCloseTo(a, 6);
    expect(await dataValue(page, '#comparison tr[data-offer="1"] td[data-col="average"]')).toBeCloseTo(b, 6);
    // One bar a year, split into guaranteed, conditional and at-risk parts.
    expect(await page.locator('#compare-chart rect.bar-guaranteed[data-offer="0"]').count()).toBe(4);
    expect(await page.locator('#compare-chart rect.bar-atRisk[data-offer="0"]').count()).toBeGreaterThan(0);
    // A bad entry: the message sits beside the field, and nothing is computed from it.
    await page.fill('#o1-base', '-5');
    await page.waitForSelector('#o1-base-error:not([hidden])');
    expect(await page.getAttribute('#o1-base', 'aria-invalid')).toBe('true');
    expect(await page.locator('#o1-average').count()).toBe(0);
    await page.close();
  });

  it("shows the server's message when a call fails, and escapes what the user typed", async () => {
    const sheet = new FakeSheet('Empty').select('B1');
    const addon = loadAddon({ spreadsheet: new FakeSpreadsheet([sheet]) });
    const { page } = await openSidebar(browser, addon);
    await page.click('#o0-fill');
    await page.waitForSelector('#o0-status:has-text("header row")');
    const hostile = '<img src=x onerror="window.__owned=1">';
    await page.fill('#o0-label', hostile);
    await page.fill('#o0-base', '150000');
    await page.waitForSelector('#o0-average[data-value]');
    expect(await page.locator('#offer-panel img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __owned?: number }).__owned)).toBeUndefined();
    await page.close();
  });

  it('keeps a pasted band table across a reopen, inserts it, and names the range with setNamedRange', async () => {
    const sheet = new FakeSheet('Bands').select('B2');
    const spreadsheet = new FakeSpreadsheet([sheet]);
    const addon = loadAddon({ spreadsheet });
    const { page, calls } = await openSidebar(browser, addon);
    const csv = 'role,level,min,max,as of\nLLMOps,Senior,160000,220000,2025-07-01\nLLMOps,Mid,140000,180000,2025-07-01';
    await page.fill('#band-table-text', csv);
    await page.fill('#band-table-name', 'MyBands');
    await until(() => (addon.global.getPanelState() as { bandTableName?: string } | null)?.bandTableName === 'MyBands');
    await page.close();

    // Reopened: the paste and the name are back, read again, ready to insert.
    const again = await openSidebar(browser, addon);
    expect(await again.page.inputValue('#band-table-text')).toBe(csv);
    expect(await again.page.inputValue('#band-table-name')).toBe('MyBands');
    expect(await again.page.textContent('#band-table-summary')).toBe('2 rows read, no problems.');
    await again.page.click('#band-table-insert');
    await again.page.waitForSelector('#band-table-status:has-text("Inserted")');
    expect(await again.page.textContent('#band-table-status')).toBe(
      'Inserted at Bands!B2:F4 and named MyBands: later formulas in this workbook can use it by that name.',
    );
    expect(await again.page.textContent('#band-table-usage')).toBe(
      'Use it as the source: =AIBAND("LLMOps","Senior","mid",,MyBands)',
    );
    expect(again.calls.filter((c) => c === 'writeCells' || c === 'nameRange')).toEqual(['writeCells', 'nameRange']);
    expect(spreadsheet.namedRangeLog).toEqual([{ name: 'MyBands', address: 'Bands!B2:F4' }]);
    // figures as numbers, the as-of date as a date (issue 18 item 5)
    expect(sheet.getRange('B3:F3').getValues()).toEqual([
      ['LLMOps', 'Senior', 160000, 220000, new Date(Date.UTC(2025, 6, 1))],
    ]);
    expect(calls.concat(again.calls).filter((c) => c.startsWith('NETWORK'))).toEqual([]);
    await again.page.close();
  });
});
