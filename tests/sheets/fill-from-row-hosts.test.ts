/**
 * Issue 15 item 7 through both built hosts: the same tracker row (a band column before the base, a
 * date-formatted "Sign-on date", years of experience, a repeated header) fills the same fields with
 * the same message in the Sheets sidebar (Code.js in a vm) and the Excel task pane (fake Office.js).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { loadAddon } from '../../testkit/sheets/addon';
import { launchChromium, openSidebar } from '../../testkit/sheets/browser';
import { FakeSheet, FakeSpreadsheet } from '../../testkit/sheets/spreadsheet';
import { distFile, DIST } from '../../testkit/excel/built';

const HEADERS = [
  'Candidate',
  'Salary band min',
  'Base salary',
  'Years of experience',
  'Sign-on date',
  'Sign-on',
  'Base salary',
  'Equity grant',
];
const ROW = ['Acme AI', 160000, 190000, 7, '2026-07-01', 25000, 210000, 300000];
const FIELDS = ['label', 'base', 'years', 'signOn', 'equityGrant'] as const;

let browser: Browser;
beforeAll(async () => {
  distFile('taskpane.html');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function filled(page: Page): Promise<{ fields: Record<string, string>; message: string }> {
  await page.click('#o0-fill');
  await page.click('#o0-fill-apply', { timeout: 10000 });
  await page.waitForSelector('#o0-status:has-text("Filled from")', { timeout: 10000 });
  const fields: Record<string, string> = {};
  for (const field of FIELDS) fields[field] = await page.inputValue(`#o0-${field}`);
  return { fields, message: (await page.textContent('#o0-status')) ?? '' };
}

async function inSheets() {
  const sheet = new FakeSheet('Offers');
  // Sheets hands a date-formatted cell to the script as a Date
  sheet.fill('A1', [HEADERS, ROW.map((v) => (v === '2026-07-01' ? new Date(Date.UTC(2026, 6, 1)) : v))]).select('C2');
  const { page } = await openSidebar(browser, loadAddon({ spreadsheet: new FakeSpreadsheet([sheet]) }));
  const result = await filled(page);
  await page.close();
  return result;
}

async function inExcel() {
  const letters = 'ABCDEFGH';
  const cells: Record<string, { value: unknown; formula: unknown; format?: string }> = {};
  HEADERS.forEach((h, c) => {
    cells[`${letters[c]}1`] = { value: h, formula: h };
  });
  // Excel holds the date as its serial number (46204 is 2026-07-01), shown through a date format
  ROW.forEach((v, c) => {
    cells[`${letters[c]}2`] =
      v === '2026-07-01' ? { value: 46204, formula: 46204, format: 'm/d/yyyy' } : { value: v, formula: v };
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(
    (setup) => {
      (window as unknown as { __fakeSetup: unknown }).__fakeSetup = setup;
    },
    { cells, active: { row: 1, col: 2 } },
  );
  const fake = fs.readFileSync(path.join(__dirname, '../excel/fake-office.js'), 'utf8');
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js')
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: fake });
    const file = path.join(DIST, new URL(url).pathname);
    if (url.startsWith('https://addin.test/') && fs.existsSync(file) && fs.statSync(file).isFile()) {
      return route.fulfill({
        status: 200,
        contentType: file.endsWith('.html') ? 'text/html' : file.endsWith('.css') ? 'text/css' : 'text/javascript',
        body: fs.readFileSync(file),
      });
    }
    return route.abort();
  });
  await page.goto('https://addin.test/taskpane.html');
  await page.waitForFunction(() => document.body.dataset.host === 'excel', undefined, { timeout: 20000 });
  const result = await filled(page);
  await context.close();
  return result;
}

describe('fill from the selected row: the same mapping in both hosts', () => {
  it('fills the base from Base salary, never from the band, the date or the repeated column, and says so the same way', async () => {
    const sheets = await inSheets();
    const excel = await inExcel();
    // years stays the panel's default 4, not 7 (years of experience)
    expect(sheets.fields).toEqual({
      label: 'Acme AI',
      base: '190000',
      years: '4',
      signOn: '25000',
      equityGrant: '300000',
    });
    expect(excel.fields).toEqual(sheets.fields);
    expect(sheets.message).toBe(
      'Filled from Candidate → Offer name; Base salary → Base salary; Sign-on → Sign-on; Equity grant → Equity grant; ' +
        'ignored Salary band min (a band column (min, mid, max), never an offer amount), Years of experience (years of experience, not the horizon or an amount), ' +
        'Sign-on date (a date column, never an amount), Base salary (column G) (Base salary already fills Base salary (the first column wins)).',
    );
    expect(excel.message).toBe(sheets.message);
  });
});
