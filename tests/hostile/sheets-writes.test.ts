/**
 * Issue 18 items 3 and 7 through the built Code.js with the Apps Script fakes (testkit/sheets),
 * which read text as typed input, keep number formats, refuse input a data-validation rule rejects,
 * fail part way and spill arrays as Sheets does:
 *
 * - a refused overwrite puts back each cell as it was: formula, value and number format; text that
 *   looks like a formula or a number stays text; a spilled array spills again;
 * - a data-validation rule that rejects input refuses the block before any cell changes;
 * - the menu's "Insert band table" never clears first, so a refusal leaves the user's cells;
 * - the server writes over cells only for a check it issued (a forged one names another sheet);
 *   only a block it wrote can be named; a chart that was inserted is reported as added.
 */
import { blockFingerprint, cellsFingerprint } from '../../core/sheet-write';
import { loadAddon, Addon } from '../../testkit/sheets/addon';
import { AUTOMATIC_FORMAT, CellValue } from '../../testkit/sheets/range';
import { FakeSheet, FakeSpreadsheet } from '../../testkit/sheets/spreadsheet';

const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** The panel's offer block: a label, a header, formula rows; '' where a formula spills. */
const block: string[][] = [
  ['Offer A', '', ''],
  ['component', 'year 1', 'year 2'],
  ['base', '=AIHOURLY(200000)', ''],
  ['bonus', '=AIHOURLY(100000)', ''],
];

/** Every cell of the sheet as Sheets keeps it: what was entered, its format, and what it shows. */
function state(
  sheet: FakeSheet,
): Record<string, { formula: string; value: CellValue; format: string; shown: CellValue }> {
  const all: Record<string, { formula: string; value: CellValue; format: string; shown: CellValue }> = {};
  const range = sheet.getRange(1, 1, 12, 8);
  const shown = range.getValues();
  const formulas = range.getFormulas();
  const formats = range.getNumberFormats();
  shown.forEach((line, r) =>
    line.forEach((value, c) => {
      const cell = sheet.cell(r + 1, c + 1);
      if (!cell && value === '' && formats[r][c] === AUTOMATIC_FORMAT) return;
      all[`${String.fromCharCode(65 + c)}${r + 1}`] = {
        formula: formulas[r][c],
        value: cell?.value ?? '',
        format: formats[r][c],
        shown: value,
      };
    }),
  );
  return all;
}

/** A sheet of every kind of cell in B2:D5, where the block goes. */
function everyKind(): { sheet: FakeSheet; addon: Addon } {
  const sheet = new FakeSheet('Offers');
  sheet
    .enter('B2', { value: '=not a formula' }) // text typed with an apostrophe
    .enter('C2', { value: '0042' }) // text, not the number 42
    .enter('D2', { value: 0.25, format: '0.00%' })
    .enter('B3', { value: new Date(Date.UTC(2026, 0, 31)), format: 'dd/mm/yyyy' })
    .enter('C3', { value: true })
    .enter('D3', { formula: '=C2*2' })
    .enter('B4', { value: '0042', format: '@' }) // a plain-text cell
    .enter('C4', { value: 'TRUE' }) // text that reads as a boolean
    // an array formula in the block spills down into D5; one left of it spills into B5:C5
    .enter('D4', { formula: '=ARRAYFORMULA(G1:G2)' })
    .computes('=ARRAYFORMULA(G1:G2)', [[5], [6]])
    .enter('A5', { formula: '=ARRAYFORMULA(F1:F3*2)' })
    .computes('=ARRAYFORMULA(F1:F3*2)', [[2, 4, 6]]);
  sheet.select('B2');
  const addon = loadAddon({ spreadsheet: new FakeSpreadsheet([sheet]) });
  return { sheet, addon };
}

function askThenConfirm(addon: Addon, formulas: string[][] = block): () => unknown {
  const asked = wire(addon.global.writeCells(wire({ formulas, overwrite: false })));
  expect(asked.written).toBe(false);
  return () => addon.global.writeCells(wire({ formulas, overwrite: true, checked: asked.check }));
}

describe('a refused overwrite puts back exactly what was there', () => {
  it.each([0, 3, 7, 11])(
    'a time-out after %i cells: every kind of cell comes back with its formula, value and format (before: =not a formula ran, 0042 became 42, the spill was blocked)',
    (afterCells) => {
      const { sheet, addon } = everyKind();
      const before = state(sheet);
      expect(before.B5.shown).toBe(4); // the array spills into the block
      const confirm = askThenConfirm(addon);
      sheet.failWrites = 'Service Spreadsheets timed out while accessing document';
      sheet.failAfterCells = afterCells;
      expect(confirm).toThrow(/the cells were put back as they were/);
      expect(state(sheet)).toEqual(before);
      expect(sheet.getRange('B2').getFormulas()[0][0]).toBe('');
      expect(sheet.getRange('C2').getValue()).toBe('0042');
      expect(sheet.getRange('A5').getValue()).toBe(2); // still spilled, not #REF!
      expect(sheet.getRange('D5').getValue()).toBe(6);
    },
  );

  it('a data-validation rule that rejects input refuses the block before any cell changes (before: cleared, then refused part way)', () => {
    const { sheet, addon } = everyKind();
    sheet.validate('C4', (value) => value === 'TRUE' || value === 'FALSE');
    const before = state(sheet);
    const confirm = askThenConfirm(addon);
    expect(confirm).toThrow(/C4 has a data-validation rule that rejects input.*nothing was written/);
    expect(state(sheet)).toEqual(before);
    expect(sheet.log).toEqual([]);
  });

  it('a rule that only warns does not stop the block', () => {
    const { sheet, addon } = everyKind();
    sheet.validate('C4', () => false, true);
    const confirm = askThenConfirm(addon);
    expect(wire(confirm())).toMatchObject({ written: true, address: 'Offers!B2:D5' });
    expect(sheet.getRange('C4').getFormulas()[0][0]).toBe('=AIHOURLY(200000)');
  });

  it('a block writes its text as text and its numbers as numbers (before: "0042" and "2026" were re-typed)', () => {
    const sheet = new FakeSheet('Bands');
    sheet.select('A1');
    const addon = loadAddon({ spreadsheet: new FakeSpreadsheet([sheet]) });
    const table = [
      ['Role', 'Level', 'Min', 'Code'],
      ['LLMOps', '2026', 160000, '0042'],
      ["'=HYPERLINK(1)", 'TRUE', 1.5, '1/2/2026'],
    ];
    expect(wire(addon.global.writeCells(wire({ formulas: table, overwrite: false })))).toMatchObject({
      written: true,
    });
    expect(sheet.getRange('A1:D3').getValues()).toEqual([
      ['Role', 'Level', 'Min', 'Code'],
      ['LLMOps', '2026', 160000, '0042'],
      ['=HYPERLINK(1)', 'TRUE', 1.5, '1/2/2026'],
    ]);
    expect(
      sheet
        .getRange('A1:D3')
        .getFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
  });
});

describe("the menu's band table never clears the user's cells first", () => {
  it('a refusal part way leaves the cells as they were, and says so (before: cleared, then neither)', () => {
    const sheet = new FakeSheet('Bands 2026');
    sheet.enter('C4', { value: '0042' }).enter('D5', { formula: '=1+1' }).enter('E6', { value: 7, format: '0.0' });
    sheet.select('B2');
    const addon = loadAddon({ spreadsheet: new FakeSpreadsheet([sheet]) });
    const before = state(sheet);
    addon.ui.promptAnswers.push({ button: 'OK', text: 'LLMOps' });
    addon.ui.alertAnswers.push('YES', 'OK');
    sheet.failWrites = 'Service Spreadsheets timed out';
    sheet.failAfterCells = 9;
    try {
      addon.global.insertBandTable();
    } catch {
      // the old code let the refusal escape; the sheet is what matters
    }
    expect(state(sheet)).toEqual(before);
    expect(sheet.log.map((entry) => entry.op)).not.toContain('clearContent');
    expect(addon.ui.dialogs.at(-1)?.text).toMatch(/put back as they were.*Nothing was inserted/);
  });
});

describe('the server checks the target itself', () => {
  function twoSheets(): { offers: FakeSheet; secret: FakeSheet; addon: Addon } {
    const offers = new FakeSheet('Offers');
    const secret = new FakeSheet('Secret');
    secret.enter('A1', { value: 'salary' }).enter('B2', { value: 250000 });
    offers.select('A1');
    return { offers, secret, addon: loadAddon({ spreadsheet: new FakeSpreadsheet([offers, secret]) }) };
  }

  it('a forged check naming another sheet writes nothing there (before: Secret!A1:C4 was overwritten)', () => {
    const { offers, secret, addon } = twoSheets();
    const target = secret.getRange('A1:C4');
    const forged = {
      address: 'Secret!A1:C4',
      block: blockFingerprint(block),
      cells: cellsFingerprint(target.getFormulas(), target.getValues()),
    };
    const answer = wire(addon.global.writeCells(wire({ formulas: block, overwrite: true, checked: forged })));
    expect(answer).toMatchObject({ written: false, address: 'Offers!A1:C4' });
    expect(answer.changed).toMatch(/Secret!A1:C4 is not a block this spreadsheet asked you about/);
    expect(secret.getRange('A1').getValue()).toBe('salary');
    expect(secret.getRange('B2').getValue()).toBe(250000);
    expect(secret.log).toEqual([]);
    expect(offers.log).toEqual([]);
  });

  it('a forged check over empty cells of another sheet writes nothing either; the check the server answers then works', () => {
    const { offers, secret, addon } = twoSheets();
    const empty = secret.getRange('E10:G13');
    const forged = {
      address: 'Secret!E10:G13',
      block: blockFingerprint(block),
      cells: cellsFingerprint(empty.getFormulas(), empty.getValues()),
    };
    const answer = wire(addon.global.writeCells(wire({ formulas: block, overwrite: true, checked: forged })));
    expect(answer.written).toBe(false);
    expect(secret.log).toEqual([]);
    const again = wire(addon.global.writeCells(wire({ formulas: block, overwrite: true, checked: answer.check })));
    expect(again).toEqual({ written: true, address: 'Offers!A1:C4' });
    expect(offers.getRange('A2').getValue()).toBe('component');
  });

  it('a check the cache has forgotten makes the panel ask again; nothing is written', () => {
    const { offers, addon } = twoSheets();
    offers.enter('B2', { value: 'mine' });
    const confirm = askThenConfirm(addon);
    addon.cache.evict();
    const answer = wire(confirm()) as { written: boolean; changed: string };
    expect(answer.written).toBe(false);
    expect(answer.changed).toMatch(/not a block this spreadsheet asked you about/);
    expect(offers.getRange('B2').getValue()).toBe('mine');
  });

  it('only a block the panel wrote can be named (before: any range holding something, such as Secret!A1:B2)', () => {
    const { offers, addon } = twoSheets();
    expect(() => addon.global.nameRange('Secret!A1:B2', 'Salaries')).toThrow(
      /Secret!A1:B2 is not a table the panel has inserted here.*nothing was named/,
    );
    expect(addon.spreadsheet.namedRangeLog).toEqual([]);
    const done = wire(addon.global.writeCells(wire({ formulas: block, overwrite: false })));
    expect(done.written).toBe(true);
    addon.global.nameRange(done.address, 'TableA');
    expect(addon.spreadsheet.namedRangeLog).toEqual([{ name: 'TableA', address: 'Offers!A1:C4' }]);
    expect(() => addon.global.nameRange('Offers!A1:C3', 'TableB')).toThrow(/not a table the panel has inserted/);
    expect(offers.getRange('A1').getValue()).toBe('Offer A');
  });

  it('a chart Sheets inserted near the last row is reported where it is, not "not added"', () => {
    const sheet = new FakeSheet('Offers', 12, 26);
    sheet.select('A7');
    const addon = loadAddon({ spreadsheet: new FakeSpreadsheet([sheet]) });
    const chart = { title: 'Offer A', source: { row: 1, column: 0, rows: 3, columns: 3 }, beside: { row: 0, rows: 4 } };
    const done = wire(addon.global.writeCells(wire({ formulas: block, overwrite: false, charts: [chart] })));
    expect(sheet.charts).toHaveLength(1);
    expect(done.charts).toHaveLength(1);
    expect(done.charts[0]).toMatch(/^Offers!E7:J12/);
  });
});
