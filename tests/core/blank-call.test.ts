/**
 * Issue 23 item 6: a per-row formula over a row whose every input is blank is blank, whatever the
 * call's shape. `=AI.BAND(B2,C2)` over two blank cells was `#VALUE! role is required` while the
 * same row inside `=AI.BAND(B2:B3,C2:C3)` was blank; a tracker's formulas filled down over its
 * empty tail must show blanks. Checked for every per-row catalog function, in the core and through
 * the built Code.js and Excel functions.
 */
import { callByName, CATALOG, isSheetError, sheetsName } from '../../core';
import { loadAddon } from '../../testkit/sheets/addon';
import { callAsExcel, loadFunctionsScript, loadMetadata } from '../../testkit/excel/built';

/** Functions that give a cell or a row per input row: some argument is read cell by cell. */
const perRow = CATALOG.filter(
  (spec) =>
    (spec.result === 'cell' || spec.result === 'row') &&
    spec.params.some((p) => p.kind === undefined || p.kind === 'lifted' || p.kind === 'tableOrLifted'),
);

describe('a call whose every input is blank is a blank row', () => {
  test.each(perRow.map((spec) => [spec.name, spec] as const))(
    '%s: single blank cells give what a blank row of a range gives',
    (_, spec) => {
      const inRange = callByName(
        spec.name,
        spec.params.map(() => [[''], ['']]),
      );
      expect(Array.isArray(inRange) && inRange[0].every((cell) => cell === '')).toBe(true);
      // Excel passes a blank cell (and an omitted argument) as null, Sheets a blank cell as ''.
      expect(
        callByName(
          spec.name,
          spec.params.map(() => null),
        ),
      ).toBe('');
      expect(
        callByName(
          spec.name,
          spec.params.map(() => ''),
        ),
      ).toBe('');
      expect(callByName(spec.name, [''])).toBe('');
    },
  );
  test('one input given and a required one blank still says what is missing; so does a call with nothing passed', () => {
    const half = callByName('BAND', ['', 'Senior']);
    expect(isSheetError(half) && half.message).toMatch(/^role is required/);
    const none = callByName('HOURLY', []);
    expect(isSheetError(none) && none.message).toMatch(/^annual is required/);
    // Lists alone are not a row: AI.BLEND over blank figures still says it has none to blend.
    const blend = callByName('BLEND', [[['', '', '']]]);
    expect(isSheetError(blend) && blend.message).toMatch(/expected at least one figure/);
  });
  test('functions that return a table or a list are not rows: AI.HEALTH over blank cells still reports its counts', () => {
    expect(Array.isArray(callByName('HEALTH', ['', '', '', '']))).toBe(true);
  });
});

describe('through the built hosts', () => {
  test('Sheets Code.js: =AIBAND(B2,C2) over two blank cells is blank; =AIHOURLY() throws what is required', () => {
    const addon = loadAddon();
    expect(addon.global[sheetsName({ name: 'BAND' })]('', '')).toBe('');
    expect(addon.global.AIPOSITION('', '', '', '')).toBe('');
    expect(() => addon.global.AIHOURLY()).toThrow(/annual is required/);
  });
  test('Excel functions.js: =AI.BAND(B2,C2) over two blank cells is blank', () => {
    const loaded = loadFunctionsScript();
    const metadata = loadMetadata();
    expect(callAsExcel(loaded, metadata, 'BAND', [[[null]], [[null]], null, null, null])).toEqual([['']]);
    expect(callAsExcel(loaded, metadata, 'COMPA', [[[null]], [[null]]])).toEqual([['']]);
  });
});
