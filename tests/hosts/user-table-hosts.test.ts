/**
 * Your own band table through the built hosts (moved from tests/core, which runs without a build):
 * Sheets' Code.js and Excel's functions script read the same table the same way.
 * Needs `npm run build:sheets` and `npm run build:excel`.
 */
import { loadAddon, sheetsDate } from '../../testkit/sheets/addon';
import { loadFunctionsScript } from '../../testkit/excel/built';

describe('through the built hosts: Sheets Code.js and the Excel functions script', () => {
  // The built bundles, loaded as each host runs them (testkit/sheets, testkit/excel/built).

  test("Sheets: AIBAND and AISOURCE with a range of text figures, '' blanks and a Date cell", () => {
    const addon = loadAddon();
    const table = [
      ['Job Family', 'Grade', 'Minimum', 'Maximum', 'As of'],
      ['Platform Engineer', 'L5', '150,000', '210,000', sheetsDate(addon, '2025-07-01T00:00:00')],
      ['', '', '', '', ''],
    ];
    expect(addon.global.AIBAND('Platform Engineer', 'L5', 'mid', '', table)).toBe(180000);
    expect(
      addon.global.AIBAND([['platform engineer'], [''], ['Nobody']], [['l5'], [''], ['L5']], 'max', '', table),
    ).toEqual([[210000], [''], [expect.stringMatching(/^#N\/A: your band table has no role "Nobody"/)]]);
    expect(addon.global.AISOURCE('Platform Engineer', 'L5', 'mid', '', table)).toMatch(
      /derived: the table states no mid/,
    );
    // A bad table fails the whole formula: Sheets shows #ERROR! with the message.
    expect(() =>
      addon.global.AIBAND('Platform Engineer', 'L5', 'mid', '', [
        ['Role', 'Level', 'Min', 'Max'],
        ['Platform Engineer', 'L5', 210000, 150000],
      ]),
    ).toThrow(/row 2, column "Min": min 210000 is above max 150000/);
  });

  test('Excel: AI.BAND with numbers, null blanks and an omitted market as null', () => {
    const { associated } = loadFunctionsScript();
    const band = associated.get('BAND')!;
    const table = [
      ['Role', 'Level', 'Min', 'Mid', 'Max', 'Currency'],
      ['LLMOps', 'Senior', 160000, 190000, 220000, 'USD'],
      [null, null, null, null, null, null],
    ];
    expect(band([['MLOps']], [['Sr']], [[null]], [[null]], table)).toEqual([[160000, 190000, 220000]]);
    expect(band([['LLMOps']], [['Senior']], [['max']], null, table)).toEqual([[220000]]);
    const bad = band([['LLMOps']], [['Senior']], [['max']], null, [
      ['Role', 'Level', 'Max', 'Currency'],
      ['LLMOps', 'Senior', 1, 'Dollars'],
    ]);
    expect(bad[0][0]).toMatchObject({
      code: '#VALUE!',
      message: expect.stringMatching(/row 2, column "Currency": expected a three-letter ISO 4217 currency code/),
    });
  });
});

describe('a range given as source is read as a table, so its problems are named once', () => {
  test('a blank header cell past the table (one column too many selected) is ignored', () => {
    const table = [
      ['Role', 'Level', 'Min', 'Max', ''],
      ['LLMOps', 'Senior', 100, 200, ''],
      ['LLMOps', 'Mid', 80, 120, null],
    ];
    expect(callByName('BAND', ['LLMOps', 'Senior', null, null, table])).toEqual([[100, 150, 200]]);
  });
  test('a table without a header row is one #VALUE! saying so, not an error per cell', () => {
    const out = callByName('BAND', [
      'LLMOps',
      'Senior',
      null,
      null,
      [
        ['LLMOps', 'Senior', 100, 200],
        ['LLMOps', 'Mid', 80, 120],
      ],
    ]) as SheetError;
    expect(isSheetError(out)).toBe(true);
    expect(out.message).toMatch(/row 1 is not a header row/);
  });
});

describe('AI.LOCALBAND over a table keeps currencies apart', () => {
  const table = [
    ['Role', 'Level', 'Mid', 'Currency'],
    ['Eng', 'L5', 100, 'GBP'],
    ['Eng', 'L6', 150, 'USD'],
    ['Eng', 'L7', 180, 'GBP'],
  ];
  test('a curve between two currencies is refused with what would be right', () => {
    const e = callByName('LOCALBAND', [100, 'L5', 'L6', table]) as SheetError;
    expect(e.kind).toBe('VALUE');
    expect(e.message).toMatch(/L5 in GBP and at L6 in USD: a seniority curve needs both levels in one currency/);
  });
  test('a curve within one currency is used', () => {
    expect(callByName('LOCALBAND', [100, 'L5', 'L7', table])).toBeCloseTo(180, 10);
  });
});
