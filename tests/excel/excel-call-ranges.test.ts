/**
 * excel-call.ts reads plain ranges as Excel gives them and copies only where a cell needs mapping
 * (an error cell or a data type in, a core error out). These tests pin what that must not change:
 * Excel's argument arrays are left as they were, a cell needing mapping is mapped in its own row
 * only, and no core error object reaches Excel unmapped. Through the built functions.js.
 */
import { callByName, ERROR_CODES, isSheetError, SheetError } from '../../core';
import { loadFunctionsScript, LoadedFunctions, ShimError } from '../../testkit/excel/built';

let loaded: LoadedFunctions;
beforeAll(() => {
  loaded = loadFunctionsScript();
});

function band(...args: unknown[]): unknown[][] {
  return loaded.associated.get('BAND')!(...args);
}

/** A deep copy of a grid, keeping error objects as they are, to compare against after a call. */
function snapshotOf(grid: unknown[][]): unknown[][] {
  return grid.map((row) => row.slice());
}

test('plain ranges: the arguments Excel passed are unchanged and the result equals the core', () => {
  const roles = [['LLMOps'], ['AI Engineer'], [''], ['mlops']];
  const levels = [['Senior'], ['Mid'], [null], ['junior']];
  const rolesBefore = snapshotOf(roles);
  const levelsBefore = snapshotOf(levels);
  const result = band(roles, levels, [['mid']], null, null);
  expect(roles).toEqual(rolesBefore);
  expect(levels).toEqual(levelsBefore);
  expect(result).toEqual(callByName('BAND', [roles, levels, 'mid']));
  expect(result[1]).toEqual([180000]);
  expect(result[2]).toEqual(['']);
  expect(result.every((row, i) => i === 2 || typeof row[0] === 'number')).toBe(true);
});

test('an error cell and a data type in a range: each maps in its own row, and the arguments stay as Excel gave them', () => {
  const excelError = new ShimError('#N/A', 'no role typed yet');
  const dataType = { type: 'Entity', text: 'LLMOps' };
  const roles = [['LLMOps'], [excelError], [dataType], ['AI Engineer']];
  const levels = [['Senior'], ['Senior'], ['Senior'], ['Mid']];
  const rolesBefore = snapshotOf(roles);
  const result = band(roles, levels, null, null, null);
  expect(roles).toEqual(rolesBefore);
  expect(roles[1][0]).toBe(excelError);
  expect(roles[2][0]).toBe(dataType);

  expect(result).toHaveLength(4);
  expect(result[0]).toEqual((callByName('BAND', ['LLMOps', 'Senior']) as unknown[][])[0]);
  expect(result[3]).toEqual([160000, 180000, 200000]);
  for (const cell of result[1]) expect(cell).toEqual(new ShimError('#N/A', 'no role typed yet'));
  for (const cell of result[2]) {
    expect(cell).toBeInstanceOf(ShimError);
    expect((cell as ShimError).code).toBe('#VALUE!');
    expect((cell as ShimError).message).toMatch(/data type/);
  }
});

test('no core error object reaches Excel: a bad row among good ones comes back as CustomFunctions.Error only', () => {
  const roles = [['LLMOps'], ['Data Wizard'], ['AI Engineer']];
  const levels = [['Senior'], ['Senior'], ['Mid']];
  const core = callByName('BAND', ['Data Wizard', 'Senior', 'mid']) as SheetError;
  expect(isSheetError(core)).toBe(true);
  const result = band(roles, levels, null, null, null);
  for (const row of result) for (const cell of row) expect(isSheetError(cell)).toBe(false);
  for (const cell of result[1]) expect(cell).toEqual(new ShimError(ERROR_CODES[core.kind], core.message));
  expect(result[0].every((cell) => typeof cell === 'number')).toBe(true);
  expect(result[2]).toEqual([160000, 180000, 200000]);
});
