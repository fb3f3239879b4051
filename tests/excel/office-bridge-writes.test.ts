/// <reference types="office-js" />
// The bridge under test is typed against Office.js; its globals come from the fake (testkit/excel/office.ts).
/**
 * Issue 18 items 3, 5 and 7 in the Excel task pane's bridge (excel-addin/src/office-bridge.ts),
 * over the Excel API fake (testkit/excel/office.ts), which reads text as typed input, keeps number
 * formats, spills dynamic arrays and runs a batch's commands in order without undoing the ones
 * before a failure, as Excel does:
 *
 * - a refused overwrite puts back each cell's formula, value and number format; text that looks
 *   like a number or a formula stays text; a spilled array spills again;
 * - a band table goes in with numbers as numbers, dates as dates and text as text;
 * - a chart Excel added is reported where it is, never "not added".
 */
import { parseBandTableCsv } from '../../core/band/band-table-csv';
import { readBandTable } from '../../core/band/user-table-read';
import { createOfficeBridge } from '../../excel-addin/src/office-bridge';
import { bandTableBlock } from '../../panel/band-table-import/write';
import type { WriteRequest, WriteResult } from '../../panel/bridge';
import { fakeExcel, GENERAL, XlSheet, XlWorkbook } from '../../testkit/excel/office';

const block: string[][] = [
  ['Offer A', '', ''],
  ['component', 'year 1', 'year 2'],
  ['base', '=AI.HOURLY(200000)', ''],
  ['bonus', '=AI.HOURLY(100000)', ''],
];

function setup(sheet = new XlSheet('Sheet1')): {
  book: XlWorkbook;
  sheet: XlSheet;
  write: (r: WriteRequest) => Promise<WriteResult>;
} {
  const book = new XlWorkbook([sheet]);
  (globalThis as unknown as { Excel: unknown }).Excel = fakeExcel(book);
  const bridge = createOfficeBridge();
  return { book, sheet, write: (request) => bridge.writeCells(request) };
}

/** Every cell as Excel keeps it: what was entered, its format, and what it shows. */
function state(sheet: XlSheet): Record<string, unknown> {
  const all: Record<string, unknown> = {};
  for (let r = 0; r < 10; r++)
    for (let c = 0; c < 8; c++) {
      const cell = sheet.cells.get(`${r},${c}`);
      const shown = sheet.shown(r, c);
      const format = sheet.format(r, c);
      if (!cell && shown === '' && format === GENERAL) continue;
      all[`${String.fromCharCode(65 + c)}${r + 1}`] = { cell, shown, format };
    }
  return all;
}

function everyKind(): XlSheet {
  const sheet = new XlSheet('Sheet1');
  sheet
    .enter('B2', { value: '=not a formula' })
    .enter('C2', { value: '0042' })
    .enter('D2', { value: 0.25, format: '0.00%' })
    .enter('B3', { value: 46053, format: 'dd/mm/yyyy' })
    .enter('C3', { value: true })
    .enter('D3', { formula: '=C2*2' })
    .enter('B4', { value: '0042', format: '@' })
    .enter('C4', { value: 'TRUE' })
    .enter('D4', { formula: '=SEQUENCE(2)' })
    .enter('A5', { formula: '=SEQUENCE(1,3)' });
  sheet.arrays.set('=SEQUENCE(2)', [[1], [2]]);
  sheet.arrays.set('=SEQUENCE(1,3)', [[1, 2, 3]]);
  return sheet;
}

describe('Excel: a refused overwrite puts back exactly what was there', () => {
  it.each([0, 4, 9])(
    'refused after %i cells: every kind of cell comes back (before: 0042 became 42, =not a formula ran, the spill was blocked)',
    async (afterCells) => {
      const { book, sheet, write } = setup(everyKind());
      book.active = { row: 1, column: 1 }; // B2
      const before = state(sheet);
      expect(sheet.shown(4, 1)).toBe(2); // A5's array spills into B5
      const asked = await write({ formulas: block, overwrite: false });
      expect(asked.written).toBe(false);
      book.failNextWrite = { message: 'GeneralException: the request timed out', afterCells };
      await expect(write({ formulas: block, overwrite: true, checked: asked.check })).rejects.toThrow(
        /Excel refused the block \(GeneralException: the request timed out\); the cells were put back as they were/,
      );
      expect(state(sheet)).toEqual(before);
    },
  );

  it('a band table goes in typed: numbers, dates and text that looks like a number stay what they are (before: 0042 and 2026 re-typed)', async () => {
    const { book, sheet, write } = setup();
    book.active = { row: 0, column: 0 };
    const table = [
      ['Role', 'Level', 'Min', 'As of', 'Code'],
      ['LLMOps', '2026', 160000, { date: '2025-07-01' }, '0042'],
      ["'=HYPERLINK(1)", 'TRUE', 1.5, { date: '2026-01-31' }, '1.50'],
    ];
    expect(await write({ formulas: table, overwrite: false })).toEqual({ written: true, address: 'Sheet1!A1:E3' });
    expect([0, 1, 2].map((r) => [0, 1, 2, 3, 4].map((c) => sheet.shown(r, c)))).toEqual([
      ['Role', 'Level', 'Min', 'As of', 'Code'],
      ['LLMOps', '2026', 160000, 45839, '0042'],
      ['=HYPERLINK(1)', 'TRUE', 1.5, 46053, '1.50'],
    ]);
    expect(sheet.format(1, 3)).toBe('yyyy-mm-dd');
    expect(sheet.cells.get('2,0')?.formula).toBe('');
  });
});

describe('Excel: a band table written by the panel reads back into the same table', () => {
  it('through the bridge: figures, as-of dates and text that looks like a number (before: the level 2 came back as a number)', async () => {
    const reading = parseBandTableCsv(
      [
        'role,level,min,mid,max,as of,source',
        'LLMOps,Senior,160000,180000,200000,2025-07-01,Survey 2025',
        'LLMOps,2,140000,150000,170000,2025-07,0042',
      ].join('\n'),
    );
    expect(reading.problems).toEqual([]);
    const { book, sheet, write } = setup();
    book.active = { row: 1, column: 1 };
    expect(await write({ formulas: bandTableBlock(reading), overwrite: false })).toEqual({
      written: true,
      address: 'Sheet1!B2:H4',
    });
    const values = [1, 2, 3].map((r) => [1, 2, 3, 4, 5, 6, 7].map((c) => sheet.shown(r, c)));
    expect(values[2][1]).toBe('2');
    expect(values[2][6]).toBe('0042');
    const again = readBandTable(values);
    expect(again.problems).toEqual([]);
    expect(again.table!.rows).toEqual(reading.table!.rows);
  });
});

describe('Excel: a chart that was added is reported added', () => {
  it('a block near the last row: the chart is placed within the grid and reported there (before: added, then reported "not added")', async () => {
    const { book, sheet, write } = setup();
    book.active = { row: 1_048_570, column: 0 }; // A1048571
    const chart = { title: 'Offer A', source: { row: 1, column: 0, rows: 3, columns: 3 }, beside: { row: 0, rows: 4 } };
    const done = await write({ formulas: block, overwrite: false, charts: [chart] });
    expect(done.written).toBe(true);
    expect(sheet.charts).toHaveLength(1);
    expect(done.charts).toEqual(['Sheet1!E1048571:J1048576']);
    expect(sheet.charts[0].position).toEqual(['E1048571', 'J1048576']);
  });
});
