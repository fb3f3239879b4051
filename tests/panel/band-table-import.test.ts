/**
 * Issue 7 in the panel: the band-table import section of the built panel (dist/panel) in headless
 * Chromium, with the recording fake host. What is written is checked against the core reading the
 * same table (callByName on the written cells).
 */
import { callByName } from '../../core/registry';
import { FakeHost, reload, usePanelBrowser, waitFor } from './panel-harness';

const { open, openStandalone } = usePanelBrowser(420);

const BAD_CSV = [
  'Job Family,Grade,Minimum,Maximum,Currency,Notes',
  'LLMOps,Senior,"160,000",220000,USD,ok',
  'LLMOps,Mid,210000,150000,USD,swapped',
  '<img src=x onerror=window.pwned=1>,Entry,1,2,Dollars,',
].join('\n');

const GOOD_CSV = [
  'Job Family,Grade,Minimum,Maximum,Currency,Notes',
  'LLMOps,Senior,"160,000",220000,USD,=HYPERLINK("http://example.invalid")',
  'LLMOps,Mid,140000,180000,USD,',
].join('\n');

describe('band table import', () => {
  test('a bad table: each problem listed and marked at its row and column; nothing can be inserted; user text stays text', async () => {
    const host = new FakeHost('excel');
    const page = await open(host);
    await page.fill('#band-table-text', BAD_CSV);
    await page.waitForSelector('#band-table-grid');
    const problems = await page.locator('#band-table-problems li').allTextContents();
    expect(problems.some((p) => /row 3, column "Minimum": min 210000 is above max 150000/.test(p))).toBe(true);
    expect(
      problems.some((p) => /row 4, column "Currency": expected a three-letter ISO 4217 currency code/.test(p)),
    ).toBe(true);
    // The marked cells are the ones the messages name.
    expect(await page.locator('tr[data-row="3"] td.bt-problem').allTextContents()).toEqual(['210000']);
    expect(await page.locator('tr[data-row="4"] td.bt-problem').allTextContents()).toEqual(['Dollars']);
    expect(await page.locator('#band-table-summary').textContent()).toMatch(/^2 problems/);
    expect(await page.locator('#band-table-insert').isDisabled()).toBe(true);
    // The column readings are shown under each header; the unknown column is "not used".
    expect(await page.locator('#band-table-grid thead .bt-reading').allTextContents()).toEqual([
      'role',
      'level',
      'min',
      'max',
      'currency',
      'not used',
    ]);
    // A CSV cell is shown as its characters, never as markup.
    expect(await page.locator('#band-table-grid img').count()).toBe(0);
    expect(await page.locator('tr[data-row="4"] td').first().textContent()).toBe('<img src=x onerror=window.pwned=1>');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(host.callsOf('writeCells')).toHaveLength(0);
  });

  test('a good table is inserted through writeCells, figures as numbers, formula-like text as text, and the formula to use is shown', async () => {
    const host = new FakeHost('sheets');
    host.canNameRanges = false;
    const page = await open(host);
    await page.fill('#band-table-text', GOOD_CSV);
    await page.waitForSelector('#band-table-grid');
    expect(await page.locator('#band-table-summary').textContent()).toBe('2 rows read, no problems.');
    await page.fill('#band-table-name', 'B2');
    expect(await page.locator('#band-table-name-problem').textContent()).toMatch(/reads as a cell reference/);
    expect(await page.locator('#band-table-insert').isDisabled()).toBe(true);
    await page.fill('#band-table-name', 'TableA');
    await page.click('#band-table-insert');
    await page.waitForSelector('#band-table-usage:not([hidden])');
    const writes = host.callsOf('writeCells');
    expect(writes).toHaveLength(1);
    const request = writes[0].arg as { formulas: string[][]; overwrite: boolean };
    expect(request.overwrite).toBe(false);
    expect(request.formulas[1]).toEqual([
      'LLMOps',
      'Senior',
      160000, // a figure goes as a number, so no host re-reads its text
      220000,
      'USD',
      `'=HYPERLINK("http://example.invalid")`,
    ]);
    // What was written reads back as the same table in the core.
    expect(callByName('BAND', ['LLMOps', 'Senior', 'mid', null, request.formulas])).toBe(190000);
    expect(await page.locator('#band-table-usage').textContent()).toBe(
      'Use it as the source: =AIBAND("LLMOps","Senior","mid",,Sheet1!A1:F3)',
    );
    expect(await page.locator('#band-table-status').textContent()).toMatch(
      /Inserted at Sheet1!A1:F3; name it TableA in the sheet/,
    );
  });

  test('after the table is written, the host names that range (nameRange with the written address), and formulas use the name', async () => {
    const host = new FakeHost('excel');
    const page = await open(host);
    await page.fill('#band-table-text', GOOD_CSV);
    await page.fill('#band-table-name', 'MyBands');
    await page.click('#band-table-insert');
    await page.waitForSelector('#band-table-usage:not([hidden])');
    const order = host.calls.map((c) => c.method).filter((m) => m === 'writeCells' || m === 'nameRange');
    expect(order).toEqual(['writeCells', 'nameRange']);
    expect(host.callsOf('nameRange')[0].arg).toEqual(['Sheet1!A1:F3', 'MyBands']);
    expect([...host.names]).toEqual([['MyBands', 'Sheet1!A1:F3']]);
    expect(await page.locator('#band-table-status').textContent()).toBe(
      'Inserted at Sheet1!A1:F3 and named MyBands: later formulas in this workbook can use it by that name.',
    );
    expect(await page.locator('#band-table-usage').textContent()).toBe(
      'Use it as the source: =AI.BAND("LLMOps","Senior","mid",,MyBands)',
    );
    // No name typed: the table is written and nothing is named.
    host.cells.clear();
    await page.fill('#band-table-name', '');
    await page.click('#band-table-insert');
    await page.waitForSelector('#band-table-status:has-text("Inserted at Sheet1!A1:F3.")');
    expect(host.callsOf('nameRange')).toHaveLength(1);
  });

  test('names either host would refuse are refused beside the field with what would be right; nothing is asked of the host', async () => {
    const host = new FakeHost('sheets');
    const page = await open(host);
    await page.fill('#band-table-text', GOOD_CSV);
    const cases: [string, RegExp][] = [
      ['A1', /"A1" reads as a cell reference \(like A1 or R1C1\); choose another name, e\.g\. Table_A1/],
      ['xfd1048576', /reads as a cell reference/],
      ['R1C1', /reads as a cell reference/],
      ['rc', /reads as a cell reference/],
      ['C', /reads as a cell reference/],
      ['My Bands', /has no spaces: expected letters, digits and _, e\.g\. My_Bands/],
      ['2026Bands', /starts with a letter or _, not a digit/],
      ['Bands-2026', /only letters, digits and _ .*remove -/],
      ['Q3.bands', /remove \./],
      ['TRUE', /is a logical value/],
      ['x'.repeat(251), /at most 250 characters; this one has 251/],
    ];
    for (const [name, message] of cases) {
      await page.fill('#band-table-name', name);
      expect(await page.locator('#band-table-name-problem').textContent()).toMatch(message);
      expect(await page.locator('#band-table-name-problem').isVisible()).toBe(true);
      expect(await page.locator('#band-table-insert').isDisabled()).toBe(true);
    }
    // Excel takes 255 characters, Sheets 250: the limit follows the host.
    const excel = await open(new FakeHost('excel'));
    await excel.fill('#band-table-text', GOOD_CSV);
    await excel.fill('#band-table-name', 'x'.repeat(255));
    expect(await excel.locator('#band-table-name-problem').isVisible()).toBe(false);
    await excel.fill('#band-table-name', 'x'.repeat(256));
    expect(await excel.locator('#band-table-name-problem').textContent()).toMatch(/at most 255 characters/);
    for (const fine of ['_bands', 'Bands2026', 'TableA', 'ABCD1']) {
      await page.fill('#band-table-name', fine);
      expect(await page.locator('#band-table-name-problem').isVisible()).toBe(false);
      expect(await page.locator('#band-table-insert').isDisabled()).toBe(false);
    }
    expect(host.callsOf('nameRange')).toHaveLength(0);
    expect(host.callsOf('writeCells')).toHaveLength(0);
  });

  test('when the host cannot give the name, the table stays written and the status says both', async () => {
    const host = new FakeHost('excel');
    host.reject.nameRange = 'the name MyBands already refers to Sheet1!$A$1:$C$9';
    const page = await open(host);
    await page.fill('#band-table-text', GOOD_CSV);
    await page.fill('#band-table-name', 'MyBands');
    await page.click('#band-table-insert');
    await page.waitForSelector('#band-table-status.status-error');
    expect(await page.locator('#band-table-status').textContent()).toBe(
      'Inserted at Sheet1!A1:F3, but it was not named MyBands: the name MyBands already refers to Sheet1!$A$1:$C$9',
    );
    expect(host.cells.get('1,0')).toBe('LLMOps');
    expect(await page.locator('#band-table-usage').textContent()).toBe(
      'Use it as the source: =AI.BAND("LLMOps","Senior","mid",,Sheet1!A1:F3)',
    );
  });

  test('the pasted table and its range name survive closing and reopening the panel', async () => {
    const host = new FakeHost('excel');
    const page = await open(host);
    await page.fill('#band-table-text', BAD_CSV);
    await page.fill('#band-table-name', 'MyBands');
    await waitFor(
      () => (host.state as { bandTableName?: string } | null)?.bandTableName === 'MyBands',
      'the debounced save',
    );
    expect(host.state).toMatchObject({ bandTableCsv: BAD_CSV, bandTableName: 'MyBands' });
    await reload(page);
    expect(await page.inputValue('#band-table-text')).toBe(BAD_CSV);
    expect(await page.inputValue('#band-table-name')).toBe('MyBands');
    // Read again on reopening: the same problems are marked, nothing was lost or half-used.
    expect(await page.locator('#band-table-summary').textContent()).toMatch(/^2 problems/);
    expect(await page.locator('tr[data-row="3"] td.bt-problem').allTextContents()).toEqual(['210000']);
  });

  test('over non-empty cells it asks first, and writes only when told to', async () => {
    const host = new FakeHost('excel');
    host.cells.set('1,2', 'keep me');
    const page = await open(host);
    await page.fill('#band-table-text', GOOD_CSV);
    await page.click('#band-table-insert');
    await page.waitForSelector('#band-table-confirm:not([hidden])');
    expect(await page.locator('#band-table-confirm p').textContent()).toMatch(/is not empty \(C2\)/);
    expect(host.cells.get('1,2')).toBe('keep me');
    await page.click('#band-table-cancel');
    expect(await page.locator('#band-table-status').textContent()).toBe('Nothing was written.');
    expect(host.cells.get('1,2')).toBe('keep me');
    await page.click('#band-table-insert');
    await page.click('#band-table-overwrite');
    await page.waitForSelector('#band-table-usage:not([hidden])');
    const last = host.callsOf('writeCells').pop()!.arg as { overwrite: boolean };
    expect(last.overwrite).toBe(true);
    expect(host.cells.get('1,2')).toBe(160000);
  });

  test('a file chosen with the file input is read like a paste', async () => {
    const host = new FakeHost('excel');
    const page = await open(host);
    await page.setInputFiles('#band-table-file', {
      name: 'bands.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('role;level;mid\nLLMOps;Senior;190000\n'),
    });
    await page.waitForSelector('#band-table-grid');
    expect(await page.inputValue('#band-table-text')).toMatch(/^role;level;mid/);
    expect(await page.locator('#band-table-summary').textContent()).toBe('1 row read, no problems.');
  });
});

describe("standalone page (the panel's own bridge)", () => {
  test('inserts the table into the preview sheet and records the range name; the CSV survives a reload from localStorage', async () => {
    const page = await openStandalone(360);
    await page.waitForSelector('.ai-panel[data-ready="true"]');
    await page.fill('#band-table-text', GOOD_CSV);
    await page.fill('#band-table-name', 'MyBands');
    await page.click('#band-table-insert');
    await page.waitForSelector('#band-table-status:has-text("Inserted")');
    expect(await page.locator('#band-table-status').textContent()).toBe(
      'Inserted at Preview!A1:F3 and named MyBands: later formulas in this workbook can use it by that name.',
    );
    expect(await page.locator('#preview .preview-names').textContent()).toBe('Named ranges: MyBands = Preview!A1:F3');
    // A name the standalone bridge already holds for another range is not moved.
    expect(
      await page.evaluate(() => {
        const bridge = (
          window as unknown as {
            AIPanel: { createStandaloneBridge(): { nameRange(a: string, n: string): Promise<void> } };
          }
        ).AIPanel.createStandaloneBridge();
        return bridge
          .nameRange('Preview!A1:B2', 'T')
          .then(() => bridge.nameRange('Preview!C1:D2', 't'))
          .then(
            () => 'moved',
            (e: Error) => e.message,
          );
      }),
    ).toBe('the name T already refers to Preview!A1:B2; choose another name, or remove that one first');
    await page.waitForFunction(() => (localStorage.getItem('ai-offer-panel:state') ?? '').includes('MyBands'));
    await page.reload();
    await page.waitForSelector('.ai-panel[data-ready="true"]');
    expect(await page.inputValue('#band-table-text')).toBe(GOOD_CSV);
    expect(await page.inputValue('#band-table-name')).toBe('MyBands');
    await page.selectOption('#bench-role', 'LLMOps');
    await page.selectOption('#bench-level', 'Senior');
    await page.waitForSelector('#blend-mid-user[data-value]');
    await page.screenshot({ path: '/tmp/panel-blend-360.png', fullPage: true });
  });
});
