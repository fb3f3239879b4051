/**
 * The catalog inside HyperFormula: every CATALOG entry is a plugin function under its Excel name,
 * ranges reach the core whole and spill back, and errors arrive as HyperFormula errors with the
 * core's message.
 */
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { registerCatalog } from '../../hyperformula-plugin';
import { predictSize } from '../../hyperformula-plugin/array-size';
import { callByName, CATALOG, excelName, getFunction, SheetError } from '../../core';

registerCatalog();
const CONFIG = { licenseKey: 'gpl-v3', smartRounding: false } as const;

function sheet(rows: (string | number | boolean | null)[][]): { hf: HyperFormula; values: unknown[][] } {
  const hf = HyperFormula.buildFromArray(rows, CONFIG);
  return { hf, values: hf.getSheetValues(0) };
}

describe('registration', () => {
  test('every catalog function is registered under its dotted Excel name', () => {
    const names = HyperFormula.getRegisteredFunctionNames('enGB');
    for (const spec of CATALOG) expect(names).toContain(excelName(spec));
  });
  test('registering twice is harmless', () => {
    expect(() => registerCatalog()).not.toThrow();
  });
});

describe('values', () => {
  test('a scalar call gives what the core gives', () => {
    const { values } = sheet([['=AI.BAND("LLMOps","Senior","mid")', '=AI.HOURLY(194000)']]);
    expect(values[0][0]).toBe(callByName('BAND', ['LLMOps', 'Senior', 'mid']));
    expect(values[0][1]).toBe(callByName('HOURLY', [194000]));
  });
  test('a row result spills to the right; a column result spills down', () => {
    const { values } = sheet([['=AI.BAND("AI Engineer","Senior")', null, null, null], ['=AI.LEVELS()']]);
    expect(values[0].slice(0, 3)).toEqual([200000, 230625, 269000]);
    const levels = callByName('LEVELS', []) as string[][];
    expect(values.slice(1, 1 + levels.length).map((r) => r[0])).toEqual(levels.map((r) => r[0]));
  });
  test('a column of inputs gives a column of results: one row each, a bad row in its own row only, blank rows blank', () => {
    const { values } = sheet([
      ['AI Engineer', 'Senior', '=AI.BAND(A1:A4,B1:B4)', null, null, '=AI.BAND(A1:A4,B1:B4,"mid")', 'after'],
      ['Nobody', 'Senior'],
      [null, null],
      ['AI Engineer', 'Mid'],
    ]);
    expect(values[0].slice(2, 5)).toEqual([200000, 230625, 269000]);
    expect(values[0][5]).toBe(230625);
    expect(values[0][6]).toBe('after');
    for (const col of [2, 3, 4, 5]) {
      const error = values[1][col] as DetailedCellError;
      expect(error).toBeInstanceOf(DetailedCellError);
      expect(error.value).toBe('#VALUE!');
      expect(error.message).toMatch(/unknown role "Nobody"/);
    }
    for (const col of [2, 3, 4, 5]) expect(values[2][col] ?? null).toBeNull();
    expect(values[3].slice(2, 6)).toEqual([160000, 180000, 200000, 180000]);
  });
  test('#N/A for missing data carries the message saying what is missing', () => {
    const { values } = sheet([['=AI.BAND("Data Scientist","Senior","mid")']]);
    const error = values[0][0] as DetailedCellError;
    expect(error.value).toBe('#N/A');
    expect(error.message).toMatch(/no source states a US band for Data Scientist/);
  });
  test('an error in an input cell stays in its own row', () => {
    const { values } = sheet([[2080, '=AI.HOURLY(A1:A3)'], ['=1/0'], [4160]]);
    expect(values[0][1]).toBe(1);
    expect((values[1][1] as DetailedCellError).value).toBe('#NUM!');
    expect((values[1][1] as DetailedCellError).message).toMatch(/#DIV\/0!/);
    expect(values[2][1]).toBe(2);
  });
  test('a required argument left out is #VALUE! with the core message, not an engine arity error', () => {
    const { values } = sheet([['=AI.HOURLY()']]);
    expect((values[0][0] as DetailedCellError).message).toMatch(/annual is required/);
  });
  test('an edit recalculates the spilled cells', () => {
    const { hf } = sheet([
      ['AI Engineer', 'Senior', '=AI.BAND(A1:A2,B1:B2,"mid")'],
      ['AI Engineer', 'Mid'],
    ]);
    hf.setCellContents({ sheet: 0, col: 1, row: 1 }, [['Entry']]);
    expect(hf.getCellValue({ sheet: 0, col: 2, row: 1 })).toBe(callByName('BAND', ['AI Engineer', 'Entry', 'mid']));
    expect(hf.getCellValue({ sheet: 0, col: 2, row: 0 })).toBe(230625);
  });
  test('a non-empty cell in the spill area is #SPILL!, not an overwrite', () => {
    const { values } = sheet([['=AI.BAND("AI Engineer","Senior")', 'mine']]);
    expect((values[0][0] as DetailedCellError).value).toBe('#SPILL!');
    expect(values[0][1]).toBe('mine');
  });
});

describe('spill size predicted from the formula', () => {
  const band = getFunction('BAND')!;
  test('literal stat: one column; no stat: the band row', () => {
    expect(
      predictSize(band, [
        { literal: false, height: 5, width: 1 },
        { literal: false, height: 5, width: 1 },
        { literal: true, value: 'mid' },
      ]),
    ).toEqual({ height: 5, width: 1 });
    expect(
      predictSize(band, [
        { literal: false, height: 5, width: 1 },
        { literal: false, height: 5, width: 1 },
      ]),
    ).toEqual({ height: 5, width: 3 });
  });
  test('a band table given as source is read whole, not lifted', () => {
    expect(
      predictSize(band, [
        { literal: true, value: 'LLMOps' },
        { literal: true, value: 'Senior' },
        { literal: true, value: 'mid' },
        { literal: true, value: undefined },
        { literal: false, height: 10, width: 6 },
      ]),
    ).toEqual({ height: 1, width: 1 });
  });
  test('list ranges are sized by the core call plan: a scenario column is one list, a payout column one value per row', () => {
    const col = (height: number) => ({ literal: false as const, height, width: 1 });
    const exitValue = getFunction('EXITVALUE')!;
    for (const grants of [2, 3, 4]) {
      expect(predictSize(exitValue, [col(grants), { literal: true, value: 2 }, col(3), col(3)])).toEqual({
        height: grants,
        width: 1,
      });
    }
    const bonus = getFunction('BONUS')!;
    expect(predictSize(bonus, [col(3), { literal: true, value: 0.1 }, col(3)])).toEqual({ height: 3, width: 1 });
    // A payout column shorter than the bases is an error, one cell.
    expect(predictSize(bonus, [col(3), { literal: true, value: 0.1 }, col(2)])).toEqual({ height: 1, width: 1 });
  });
  test('stat by reference: the widest result (the band row) is reserved and the one-column result fills its first column', () => {
    const { values } = sheet([
      ['AI Engineer', 'Senior', 'mid', '=AI.BAND(A1:A2,B1:B2,C1)'],
      ['AI Engineer', 'Mid'],
    ]);
    expect(values[0][3]).toBe(230625);
    expect(values[1][3]).toBe(180000);
    expect(values[0][4] ?? null).toBeNull();
  });
  test('a result wider than the reserved area is a #VALUE! that says why, not a crash or a cut-off row', () => {
    // year by reference: the catalog example's "all" over a 4-year schedule reserves 4 columns; a 6-year schedule needs 6.
    const { values } = sheet([
      [400000, 'all', '4y-1y-cliff-monthly', '=AI.VEST(A1:A2,B1,C1:C2)'],
      [600000, null, '6y'],
    ]);
    const error = values[0][3] as DetailedCellError;
    expect(error).toBeInstanceOf(DetailedCellError);
    expect(error.value).toBe('#VALUE!');
    expect(error.message).toMatch(/returned 2×6 cells here, but the workbook reserved 2×4.*literal/);
    // With the width-setting arguments written out, the engine reserves the right width.
    const literal = sheet([[400000, '=AI.VEST(A1:A2,"all","6y")'], [600000]]).values;
    expect(literal[1].slice(1, 7)).toEqual((callByName('VEST', [[[400000], [600000]], 'all', '6y']) as unknown[][])[1]);
  });
});

test('a band table in the workbook stands in for the embedded data (the source argument, read whole)', () => {
  const table = [
    ['role', 'level', 'min', 'mid', 'max'],
    ['LLMOps', 'Senior', 150000, 175000, 200000],
    ['LLMOps', 'Mid', 120000, 135000, 150000],
  ];
  const hf = HyperFormula.buildFromSheets(
    {
      Offers: [
        ['LLMOps', 'Senior', '=AI.BAND(A1:A3,B1:B3,"mid",,Bands!A1:E3)'],
        ['LLMOps', 'Mid'],
        ['LLMOps', 'Entry'],
      ],
      Bands: table,
    },
    CONFIG,
  );
  const values = hf.getSheetValues(hf.getSheetId('Offers')!);
  const core = callByName('BAND', [
    [['LLMOps'], ['LLMOps'], ['LLMOps']],
    [['Senior'], ['Mid'], ['Entry']],
    'mid',
    null,
    table,
  ]) as unknown[][];
  expect(values[0][2]).toBe(175000);
  expect(values[1][2]).toBe(135000);
  expect((values[2][2] as DetailedCellError).message).toBe((core[2][0] as SheetError).message);
  expect(values.every((row) => row.length <= 3)).toBe(true);
});

test('core errors map to HyperFormula error types', () => {
  const { values } = sheet([['=AI.HOURLY(-1)', '=AI.HOURLY("lots")']]);
  expect((values[0][0] as DetailedCellError).value).toBe('#NUM!');
  expect((values[0][1] as DetailedCellError).value).toBe('#VALUE!');
  expect((values[0][1] as DetailedCellError).message).toBe((callByName('HOURLY', ['lots']) as SheetError).message);
});
