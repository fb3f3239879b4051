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
