/**
 * Issue 15 item 1 through the built Sidebar.html and Code.js (headless Chromium, google.script.run
 * bridged to the vm): the Overwrite the user confirms lands on the block that was checked, whatever
 * is selected by then; adding an offer while the question is open withdraws it. Issue 13 item 7:
 * the insert adds an EmbeddedChartBuilder chart beside the block.
 */
import type { Browser } from 'playwright-core';
import { loadAddon } from '../../testkit/sheets/addon';
import { launchChromium, openSidebar } from '../../testkit/sheets/browser';
import { FakeSheet, FakeSpreadsheet } from '../../testkit/sheets/spreadsheet';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function sidebarWithOffer(sheet: FakeSheet) {
  const addon = loadAddon({ spreadsheet: new FakeSpreadsheet([sheet]) });
  const session = await openSidebar(browser, addon);
  await session.page.fill('#o0-label', 'Acme AI');
  await session.page.fill('#o0-base', '200000');
  await session.page.fill('#o0-equityGrant', '400000');
  await session.page.waitForSelector('#o0-average[data-value]');
  return { addon, ...session };
}

describe('Sheets sidebar: the overwrite goes where it was checked, or nowhere', () => {
  it('checked at A1, the user selects H20 and answers Overwrite: A1 gets the block, H20 and I21 keep theirs (before: H20 replaced, I21 cleared)', async () => {
    const sheet = new FakeSheet('Offers')
      .fill('B2', [['old']])
      .fill('H20', [['CONFIDENTIAL']])
      .fill('I21', [['keep']])
      .select('A1');
    const { page } = await sidebarWithOffer(sheet);
    await page.click('#insert');
    await page.waitForSelector('#insert-confirm:not([hidden])');
    expect(await page.textContent('#insert-confirm')).toContain('B2');
    sheet.select('H20');
    await page.click('#confirm-overwrite');
    await page.waitForSelector('#insert-status:has-text("Inserted 1 offer")');
    expect(await page.textContent('#insert-status')).toContain('Offers!A1:');
    expect(sheet.getRange('A1').getValue()).toBe('Acme AI');
    expect(sheet.getRange('A2').getFormulas()[0][0]).toMatch(/^=AIOFFERTABLE\(/);
    expect(sheet.getRange('H20').getValue()).toBe('CONFIDENTIAL');
    expect(sheet.getRange('I21').getValue()).toBe('keep');
    await page.close();
  });

  it('an offer added while the question is open withdraws it; the next insert checks the grown block anew', async () => {
    const sheet = new FakeSheet('Offers')
      .fill('A3', [['mine']])
      .fill('A20', [['below the first block']])
      .select('A1');
    const { page } = await sidebarWithOffer(sheet);
    await page.click('#insert');
    await page.waitForSelector('#insert-confirm:not([hidden])');
    await page.click('#add-offer');
    await page.fill('#o1-base', '150000');
    await page.waitForSelector('#insert-confirm', { state: 'hidden' });
    expect(await page.textContent('#insert-status')).toContain('nothing was written');
    expect(sheet.log).toEqual([]);
    expect(sheet.getRange('A20').getValue()).toBe('below the first block');
    // Inserting again asks about the grown block, which now reaches A20 too.
    await page.click('#insert');
    await page.waitForSelector('#insert-confirm:not([hidden])');
    const asked = await page.textContent('#insert-confirm');
    expect(asked).toContain('A3');
    expect(asked).toContain('A20');
    await page.click('#cancel-overwrite');
    expect(sheet.log).toEqual([]);
    await page.close();
  });

  it('inserts a stacked column chart of each offer beside the block', async () => {
    const sheet = new FakeSheet('Offers').select('B2');
    const { page } = await sidebarWithOffer(sheet);
    await page.click('#insert');
    await page.waitForSelector('#insert-status:has-text("Inserted 1 offer")');
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({
      chartType: 'COLUMN',
      transpose: true,
      ranges: ['B3:F7'],
      options: { isStacked: true, title: 'Acme AI' },
      position: { row: 2, column: 8 },
    });
    expect(await page.textContent('#insert-status')).toContain('A chart beside it: Offers!H2:M13');
    await page.close();
  });
});
