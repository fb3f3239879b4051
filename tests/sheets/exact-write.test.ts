/**
 * Issue 15 item 1 through the built Code.js: a write goes exactly to the address and block the user
 * confirmed, or nowhere. The server answers a refusal with a check (address, block, contents); a
 * confirmed write goes to the checked address whatever is selected by then, and only if nothing
 * changed; a write is whole or leaves the sheet as it was. And issue 13 item 7: the native chart
 * beside the block (EmbeddedChartBuilder), through the fake's record of the builder calls.
 */
import { loadAddon } from '../../testkit/sheets/addon';
import { FakeSheet, FakeSpreadsheet } from '../../testkit/sheets/spreadsheet';

const overTheWire = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)));

const block = (rows: number): string[][] => [
  ['Offer A', '', ''],
  ['component', 'year 1', 'year 2'],
  ...Array.from({ length: rows - 2 }, (_, i) => [`row ${i + 1}`, '=AIHOURLY(200000)', '']),
];

function sheetWith(cells: Record<string, string>): { sheet: FakeSheet; addon: ReturnType<typeof loadAddon> } {
  const sheet = new FakeSheet('Offers');
  for (const [a1, value] of Object.entries(cells)) sheet.fill(a1, [[value]]);
  return { sheet, addon: loadAddon({ spreadsheet: new FakeSpreadsheet([sheet]) }) };
}

/** Every cell of the sheet as A1 -> value/formula, to compare before and after. */
function snapshot(sheet: FakeSheet): Record<string, string> {
  const all: Record<string, string> = {};
  const range = sheet.getRange(1, 1, 40, 26);
  const values = range.getValues();
  const formulas = range.getFormulas();
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      const text = formulas[r][c] || String(value);
      if (text) all[`${String.fromCharCode(65 + c)}${r + 1}`] = text;
    }),
  );
  return all;
}

describe('a confirmed overwrite goes to the checked block, or nowhere', () => {
  it('writes at the checked address when the selection has moved (before: at H20, over CONFIDENTIAL)', () => {
    const { sheet, addon } = sheetWith({ A2: 'old', H20: 'CONFIDENTIAL', I21: 'keep' });
    sheet.select('A1');
    const asked = overTheWire(addon.global.writeCells(overTheWire({ formulas: block(4), overwrite: false })));
    expect(asked).toMatchObject({ written: false, address: 'Offers!A1:C4', nonEmpty: ['A2'] });
    sheet.select('H20'); // the user clicks elsewhere, then answers Overwrite
    const done = overTheWire(
      addon.global.writeCells(overTheWire({ formulas: block(4), overwrite: true, checked: asked.check })),
    );
    expect(done).toEqual({ written: true, address: 'Offers!A1:C4' });
    expect(sheet.getRange('A2').getValue()).toBe('component');
    expect(sheet.getRange('H20').getValue()).toBe('CONFIDENTIAL');
    expect(sheet.getRange('I21').getValue()).toBe('keep');
    expect(sheet.log).toEqual([{ op: 'setValues', address: 'A1:C4' }]); // one write, no clearing first
  });

  it('refuses a block that grew between the question and the yes, and asks again; nothing is written', () => {
    const { sheet, addon } = sheetWith({ B2: 'old', A9: 'below the checked block' });
    sheet.select('A1');
    const asked = overTheWire(addon.global.writeCells({ formulas: block(4), overwrite: false }));
    const before = snapshot(sheet);
    const grown = overTheWire(
      addon.global.writeCells(overTheWire({ formulas: block(11), overwrite: true, checked: asked.check })),
    );
    expect(grown).toMatchObject({ written: false, address: 'Offers!A1:C11', nonEmpty: ['B2', 'A9'] });
    expect(grown.changed).toMatch(/no longer fits Offers!A1:C4/);
    expect(grown.check.address).toBe('Offers!A1:C11');
    expect(snapshot(sheet)).toEqual(before);
    expect(sheet.log).toEqual([]);
  });

  it('refuses a block whose content changed (same shape), and a target whose cells changed; the new check then writes', () => {
    const { sheet, addon } = sheetWith({ B2: 'old' });
    sheet.select('A1');
    const asked = overTheWire(addon.global.writeCells({ formulas: block(4), overwrite: false }));
    const other = block(4).map((row) => row.map((cell) => cell.replace('200000', '999999')));
    const rebuilt = overTheWire(
      addon.global.writeCells(overTheWire({ formulas: other, overwrite: true, checked: asked.check })),
    );
    expect(rebuilt).toMatchObject({
      written: false,
      changed: 'what the panel would write has changed since you were asked',
    });

    sheet.fill('C3', [['typed meanwhile']]);
    const edited = overTheWire(
      addon.global.writeCells(overTheWire({ formulas: block(4), overwrite: true, checked: asked.check })),
    );
    expect(edited).toMatchObject({
      written: false,
      nonEmpty: ['B2', 'C3'],
      changed: 'the cells in Offers!A1:C4 have changed since you were asked',
    });
    expect(sheet.getRange('C3').getValue()).toBe('typed meanwhile');
    expect(sheet.log).toEqual([]);

    const again = overTheWire(
      addon.global.writeCells(overTheWire({ formulas: block(4), overwrite: true, checked: edited.check })),
    );
    expect(again).toEqual({ written: true, address: 'Offers!A1:C4' });
    expect(sheet.getRange('C3').getFormulas()[0][0]).toBe('');
  });

  it('writes nothing over cells without a check (a client that only says overwrite: true)', () => {
    const { sheet, addon } = sheetWith({ A1: 'keep' });
    sheet.select('A1');
    expect(() => addon.global.writeCells({ formulas: block(4), overwrite: true })).toThrow(
      /needs the address and contents the panel checked/,
    );
    expect(() =>
      addon.global.writeCells({ formulas: block(4), overwrite: true, checked: { address: 'Offers!A1:C4' } }),
    ).toThrow(/needs the address/);
    expect(sheet.getRange('A1').getValue()).toBe('keep');
    expect(sheet.log).toEqual([]);
  });
});

describe('a write is whole or leaves the sheet as it was', () => {
  it('refuses a cell over 50,000 characters before clearing anything (before: the area was cleared, then the write failed)', () => {
    const { sheet, addon } = sheetWith({ A2: 'old', B3: 'older' });
    sheet.select('A1');
    const formulas = block(4);
    const asked = overTheWire(addon.global.writeCells({ formulas, overwrite: false }));
    const huge = formulas.map((row) => row.slice());
    huge[3][0] = 'x'.repeat(50001);
    const before = snapshot(sheet);
    expect(() =>
      addon.global.writeCells(overTheWire({ formulas: huge, overwrite: true, checked: asked.check })),
    ).toThrow(/Nothing was written: .*row 4 .*50,001 characters, more than the 50,000/);
    expect(snapshot(sheet)).toEqual(before);
    expect(sheet.log).toEqual([]);
  });

  it('puts the cells back when Sheets refuses part way, and says so', () => {
    const { sheet, addon } = sheetWith({ A2: 'old' });
    sheet.fill('B3', [[42]]);
    sheet.getRange('C4').setFormula('=B3*2');
    sheet.select('A1');
    const asked = overTheWire(addon.global.writeCells({ formulas: block(4), overwrite: false }));
    const before = snapshot(sheet);
    sheet.failWrites = 'Service Spreadsheets timed out';
    expect(() =>
      addon.global.writeCells(overTheWire({ formulas: block(4), overwrite: true, checked: asked.check })),
    ).toThrow(
      'Sheets refused the block (Service Spreadsheets timed out); the cells were put back as they were (formulas, values and number formats).',
    );
    expect(snapshot(sheet)).toEqual(before);
    expect(sheet.getRange('C4').getFormulas()[0][0]).toBe('=B3*2');
  });
});

describe('a native chart beside the block', () => {
  const chart = { title: 'Offer A', source: { row: 1, column: 0, rows: 3, columns: 3 }, beside: { row: 0, rows: 4 } };

  it('builds a stacked column chart over the components, a series a row, right of the block', () => {
    const { sheet, addon } = sheetWith({});
    sheet.select('B2');
    const done = overTheWire(
      addon.global.writeCells(overTheWire({ formulas: block(4), overwrite: false, charts: [chart] })),
    );
    expect(done).toEqual({ written: true, address: 'Offers!B2:D5', charts: ['Offers!F2:K13'] });
    expect(sheet.charts).toHaveLength(1);
    const [made] = sheet.charts;
    expect(made.chartType).toBe('COLUMN');
    expect(made.ranges).toEqual(['B3:D5']);
    expect(made.options).toMatchObject({ isStacked: true, title: 'Offer A' });
    expect(made.transpose).toBe(true); // rows are series: one column a year, stacked by component
    expect(made.numHeaders).toBe(1);
    expect(made.position).toEqual({ row: 2, column: 6, offsetX: 0, offsetY: 0 });
  });

  it('moves the chart right past cells that hold something, and says so when no empty area is found', () => {
    const { sheet, addon } = sheetWith({ H5: 'a note' });
    sheet.select('B2');
    const done = overTheWire(
      addon.global.writeCells(overTheWire({ formulas: block(4), overwrite: false, charts: [chart] })),
    );
    expect(done.charts).toEqual(['Offers!L2:Q13']);
    expect(sheet.charts[0].position).toMatchObject({ row: 2, column: 12 });

    const crowded = sheetWith({ G2: 'x', M3: 'x', S4: 'x', Y5: 'x' });
    crowded.sheet.select('B2');
    const over = overTheWire(
      crowded.addon.global.writeCells(overTheWire({ formulas: block(4), overwrite: false, charts: [chart] })),
    );
    expect(over.charts[0]).toMatch(/^Offers!F2:K13 \(over cells that hold something/);
  });

  it('a chart Sheets refuses is reported in words; the block is written', () => {
    const { sheet, addon } = sheetWith({});
    sheet.select('A1');
    sheet.failCharts = 'Charts are not allowed here';
    const done = overTheWire(
      addon.global.writeCells(overTheWire({ formulas: block(4), overwrite: false, charts: [chart] })),
    );
    expect(done).toMatchObject({ written: true, address: 'Offers!A1:C4' });
    expect(done.charts).toEqual(['not added: Sheets could not draw the chart (Charts are not allowed here)']);
    expect(sheet.getRange('A2').getValue()).toBe('component');
  });

  it('ignores a chart request outside the block (a client could send anything)', () => {
    const { sheet, addon } = sheetWith({});
    sheet.select('A1');
    const outside = { ...chart, source: { row: 2, column: 0, rows: 9, columns: 3 } };
    const done = overTheWire(
      addon.global.writeCells(
        overTheWire({ formulas: block(4), overwrite: false, charts: [outside, { title: 'x' }, 'nonsense'] }),
      ),
    );
    expect(done).toEqual({ written: true, address: 'Offers!A1:C4' });
    expect(sheet.charts).toEqual([]);
  });
});
