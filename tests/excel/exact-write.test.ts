/**
 * Issue 15 item 1 in the Excel task pane (built, headless Chromium, fake Office.js): the overwrite
 * the user confirms goes to the block that was checked, or nowhere, whatever is selected by then;
 * editing the panel while the question is open withdraws it. Issue 13 item 7: the insert adds a
 * stacked column chart (`worksheet.charts.add`) bound to the offer's cells, beside the block.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../testkit/chromium';
import { distFile, DIST } from '../../testkit/excel/built';

const ORIGIN = 'https://addin.test';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const FAKE_OFFICE = fs.readFileSync(path.join(__dirname, 'fake-office.js'), 'utf8');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

interface Fake {
  cells: Record<string, { value: unknown; formula: unknown }>;
  writes: { address: string; formulas: string[][]; atSync: number }[];
  charts: {
    type: string;
    seriesBy: string;
    title: string;
    position: [string, string | null];
    source: string;
    atSync: number;
  }[];
  active: { row: number; col: number };
}

let browser: Browser;
beforeAll(async () => {
  distFile('taskpane.html');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function pane(
  cells: Record<string, string>,
  active: { row: number; col: number },
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(
    (setup) => {
      (window as unknown as { __fakeSetup: unknown }).__fakeSetup = setup;
    },
    {
      cells: Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, { value: v, formula: v }])),
      active,
    },
  );
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript', body: FAKE_OFFICE });
    const file = path.join(DIST, decodeURIComponent(new URL(url).pathname));
    if (url.startsWith(`${ORIGIN}/`) && file.startsWith(DIST) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      return route.fulfill({
        status: 200,
        contentType: TYPES[path.extname(file)] ?? 'application/octet-stream',
        body: fs.readFileSync(file),
      });
    }
    return route.abort();
  });
  await page.goto(`${ORIGIN}/taskpane.html`);
  await page.waitForFunction(() => document.body.dataset.host === 'excel', undefined, { timeout: 20000 });
  await page.fill('#o0-base', '200000');
  await page.fill('#o0-equityGrant', '400000');
  await page.fill('#o0-signOn', '20000');
  await page.waitForSelector('#o0-average[data-value]');
  return { page, errors };
}

const fake = (page: Page) => page.evaluate(() => (window as unknown as { __fake: Fake }).__fake);
const status = (page: Page) => page.textContent('#insert-status');

describe('Excel: the overwrite goes where it was checked, or nowhere', () => {
  test('the selection moved to H20 before Overwrite: the block goes to the checked I5, H20 and I21 are untouched (before: written at H20)', async () => {
    const { page, errors } = await pane({ J6: 'keep me', H20: 'CONFIDENTIAL', I21: 'also mine' }, { row: 4, col: 8 }); // I5
    await page.click('#insert');
    await page.waitForSelector('#insert-confirm:not([hidden])');
    expect(await page.textContent('#insert-confirm')).toContain('J6');
    await page.evaluate(() => {
      (window as unknown as { __fake: Fake }).__fake.active = { row: 19, col: 7 };
    }); // the user clicks H20
    await page.click('#confirm-overwrite');
    await page.waitForFunction(
      () => /Inserted/.test(document.getElementById('insert-status')?.textContent ?? ''),
      undefined,
      { timeout: 10000 },
    );
    const after = await fake(page);
    expect(after.writes).toHaveLength(1);
    expect(after.writes[0].address).toMatch(/^Sheet1!I5:M\d+$/);
    expect(after.cells.H20.value).toBe('CONFIDENTIAL');
    expect(after.cells.I21.value).toBe('also mine');
    expect(after.cells.J6.value).not.toBe('keep me');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a cell edited in the checked block before Overwrite: nothing is written, the panel asks again naming the change, and the second yes writes there', async () => {
    const { page, errors } = await pane({ J6: 'keep me' }, { row: 4, col: 8 });
    await page.click('#insert');
    await page.waitForSelector('#insert-confirm:not([hidden])');
    await page.evaluate(() => {
      (window as unknown as { __fake: Fake }).__fake.cells.K7 = {
        value: 'typed meanwhile',
        formula: 'typed meanwhile',
      };
    });
    await page.click('#confirm-overwrite');
    await page.waitForFunction(
      () => /changed since you were asked/.test(document.getElementById('insert-confirm')?.textContent ?? ''),
      undefined,
      { timeout: 10000 },
    );
    expect(await page.textContent('#insert-confirm')).toContain('K7');
    expect((await fake(page)).writes).toEqual([]);
    await page.click('#confirm-overwrite');
    await page.waitForFunction(
      () => /Inserted/.test(document.getElementById('insert-status')?.textContent ?? ''),
      undefined,
      { timeout: 10000 },
    );
    expect((await fake(page)).writes.map((w) => w.address.split(':')[0])).toEqual(['Sheet1!I5']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('adding an offer while the question is open withdraws it: nothing is written (before: 23 rows written after 11 were checked)', async () => {
    const { page, errors } = await pane({ I6: 'mine' }, { row: 4, col: 8 });
    await page.click('#insert');
    await page.waitForSelector('#insert-confirm:not([hidden])');
    await page.click('#add-offer');
    await page.fill('#o1-base', '150000');
    await page.waitForSelector('#insert-confirm', { state: 'hidden' });
    expect(await status(page)).toContain('nothing was written');
    expect(await page.isDisabled('#insert')).toBe(false);
    const after = await fake(page);
    expect(after.writes).toEqual([]);
    expect(after.cells.I6.value).toBe('mine');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('Excel: a stacked column chart beside the block', () => {
  test('charts.add(columnStacked, the components by year, by rows), titled with the offer, right of the block over empty cells', async () => {
    const { page, errors } = await pane({ J6: 'a note right of the block' }, { row: 1, col: 1 }); // B2
    await page.fill('#o0-label', 'Acme AI');
    await page.click('#insert');
    await page.waitForFunction(
      () => /Inserted/.test(document.getElementById('insert-status')?.textContent ?? ''),
      undefined,
      { timeout: 10000 },
    );
    const after = await fake(page);
    expect(after.writes).toHaveLength(1);
    const rows = after.writes[0].formulas;
    expect(after.writes[0].address).toBe(`Sheet1!B2:F${1 + rows.length}`); // label + the table's rows, 5 columns
    expect(after.charts).toHaveLength(1);
    const [chart] = after.charts;
    expect(chart).toMatchObject({ type: 'ColumnStacked', seriesBy: 'Rows', title: 'Acme AI' });
    // header row (B3) down to sign-on, the last component above "total": no total counted twice
    expect(chart.source).toBe('Sheet1!B3:F7'); // component, base, expected bonus, equity, sign-on
    // G is one column of space; H2:M13 holds J6 (a note), so the chart goes to the next area, N2:S13 (12 rows at least)
    expect(chart.position).toEqual(['N2', 'S13']);
    expect(chart.atSync).toBeGreaterThan(after.writes[0].atSync);
    expect(await status(page)).toContain('A chart beside it: Sheet1!N2:S13');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
