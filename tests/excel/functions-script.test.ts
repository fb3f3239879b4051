/**
 * The built functions script (dist/excel-addin/functions.js) loaded with a CustomFunctions shim and
 * called the way Excel calls it: every argument a 2-D array (a matrix parameter gets a single cell
 * as [[value]]), omitted optional parameters as null, error cells as CustomFunctions.Error. Results
 * must be 2-D arrays with core errors mapped per cell to the matching ErrorCode and the core's message.
 */
import { CATALOG, callByName, ERROR_CODES, isSheetError, Output, SheetError } from '../../core';
import {
  callAsExcel,
  cellValueErrorCell,
  FunctionsMetadata,
  loadFunctionsScript,
  LoadedFunctions,
  loadMetadata,
  RuntimeErrorCell,
  ShimError,
} from '../../testkit/excel/built';
import { exampleValues } from '../../core/examples';

let loaded: LoadedFunctions;
let metadata: FunctionsMetadata;
beforeAll(() => {
  loaded = loadFunctionsScript();
  metadata = loadMetadata();
});

/** What Excel passes for a call written with `given` arguments to a function of `arity` parameters. */
function excelArgs(arity: number, ...given: unknown[]): unknown[] {
  const args: unknown[] = given.map((arg) => (Array.isArray(arg) ? arg : [[arg]]));
  while (args.length < arity) args.push(null);
  return args;
}

function callExcel(name: string, ...given: unknown[]): unknown[][] {
  const spec = CATALOG.find((s) => s.name === name)!;
  const fn = loaded.associated.get(name);
  if (!fn) throw new Error(`functions.js did not associate ${name}`);
  return fn(...excelArgs(spec.params.length, ...given));
}

/** The core's output as Excel should show it: 2-D, errors as {code, message}. */
function expectedExcel(output: Output): unknown[][] {
  const grid = Array.isArray(output) ? output : [[output]];
  return grid.map((row) =>
    row.map((cell) => (isSheetError(cell) ? { code: ERROR_CODES[cell.kind], message: cell.message } : cell)),
  );
}

function plain(grid: unknown[][]): unknown[][] {
  return grid.map((row) =>
    row.map((cell) => (cell instanceof ShimError ? { code: cell.code, message: cell.message } : cell)),
  );
}

test('every catalog function is associated once, under its catalog id', () => {
  expect([...loaded.associated.keys()].sort()).toEqual(CATALOG.map((s) => s.name).sort());
  expect(loaded.associateCalls.length).toBe(CATALOG.length);
});

describe('AI.BAND over a tracker column', () => {
  const roles = [['LLMOps'], ['AI Engineer'], ['Data Wizard'], [null], ['mlops']];
  const levels = [['Senior'], ['Mid'], ['Senior'], [null], ['junior']];

  test('one row min, mid, max per input row, equal to the core', () => {
    const result = callExcel('BAND', roles, levels);
    expect(result).toHaveLength(5);
    expect(result.every((row) => row.length === 3)).toBe(true);
    expect(plain(result)).toEqual(expectedExcel(callByName('BAND', [roles, levels])));
    expect(result[1]).toEqual([160000, 180000, 200000]);
  });

  test('the bad row is an error in its own row only, with the core message and the #N/A or #VALUE! code', () => {
    const result = callExcel('BAND', roles, levels);
    const bad = result[2];
    const core = callByName('BAND', ['Data Wizard', 'Senior', 'mid']) as SheetError;
    expect(isSheetError(core)).toBe(true);
    for (const cell of bad) {
      expect(cell).toBeInstanceOf(ShimError);
      expect((cell as ShimError).code).toBe(ERROR_CODES[core.kind]);
      expect((cell as ShimError).message).toBe(core.message);
      expect((cell as ShimError).message).toMatch(/Data Wizard/);
    }
    expect(result[0].every((cell) => typeof cell === 'number')).toBe(true);
    expect(result[4].every((cell) => typeof cell === 'number')).toBe(true);
  });

  test('a blank input row gives a blank output row ("" in every cell, never 0)', () => {
    expect(callExcel('BAND', roles, levels)[3]).toEqual(['', '', '']);
  });

  test('a single cell with stat gives one value; omitted optionals arrive as null', () => {
    expect(callExcel('BAND', 'AI Engineer', 'Senior', 'mid')).toEqual([[230625]]);
    const fn = loaded.associated.get('BAND')!;
    expect(fn([['AI Engineer']], [['Senior']], [['max']], null, null)).toEqual([[269000]]);
    expect(fn([['AI Engineer']], [['Senior']], null, null, null)).toEqual([[200000, 230625, 269000]]);
  });
});

describe('error cells in an input range: each stays in its own row (allowErrorForDataTypeAny)', () => {
  const five = (cell: unknown) => [['LLMOps'], ['AI Engineer'], [cell], ['Machine Learning'], ['LLMOps']];
  const levels = [['Senior'], ['Senior'], ['Senior'], ['Mid'], ['Junior']];
  const call = (roles: unknown[][]) => callAsExcel(loaded, metadata, 'BAND', [roles, levels, [['mid']], null, null]);

  test.each([
    ['as CustomFunctions.Error (the runtime with allowErrorForDataTypeAny)', new RuntimeErrorCell('#N/A')],
    ['as the cell value {type: "Error", basicValue} (custom data types on too)', cellValueErrorCell('#N/A')],
  ])('a 5-row column with one #N/A %s: #N/A in that row, the other four computed', (_shape, errorCell) => {
    const result = call(five(errorCell));
    expect(result).toHaveLength(5);
    expect(result[2][0]).toBeInstanceOf(ShimError);
    expect((result[2][0] as ShimError).code).toBe('#N/A');
    expect((result[2][0] as ShimError).message).toMatch(/#N\/A/);
    const rows = [0, 1, 3, 4];
    for (const r of rows) expect(result[r]).toEqual([callByName('BAND', [five(null)[r][0], levels[r][0], 'mid'])]);
    expect(rows.every((r) => typeof result[r][0] === 'number')).toBe(true);
  });

  test('Excel reaches the function only because functions.json allows errors and every parameter is any', () => {
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
    for (const fn of metadata.functions)
      for (const p of fn.parameters)
        expect({ fn: fn.id, p: p.name, type: p.type ?? 'any' }).toEqual({ fn: fn.id, p: p.name, type: 'any' });
    // Without the flag Excel answers the whole formula with the one error: the column collapses.
    const without = { ...metadata, allowErrorForDataTypeAny: false };
    expect(
      callAsExcel(loaded, without, 'BAND', [five(new RuntimeErrorCell('#N/A')), levels, [['mid']], null, null]),
    ).toEqual([[new ShimError('#N/A')]]);
  });

  test('the error code passes through where Excel lets a function return it; #REF! and #NAME? come back as #VALUE! naming them', () => {
    const annual = (cell: unknown) => [[208000], [cell], [104000]];
    for (const code of ['#DIV/0!', '#NUM!', '#NULL!', '#VALUE!']) {
      const result = callAsExcel(loaded, metadata, 'HOURLY', [annual(new RuntimeErrorCell(code)), null]);
      expect(result[0]).toEqual([100]);
      expect(result[2]).toEqual([50]);
      expect((result[1][0] as ShimError).code).toBe(code);
    }
    for (const code of ['#REF!', '#NAME?']) {
      const [, [cell]] = callAsExcel(loaded, metadata, 'HOURLY', [annual(cellValueErrorCell(code)), null]);
      expect((cell as ShimError).code).toBe('#VALUE!');
      expect((cell as ShimError).message).toContain(code);
    }
  });

  // Issue 19: a number another add-in formatted arrives as a FormattedNumber cell value: a number.
  test('a formatted number (or a Double cell value) from another add-in reads as the number, in its row', () => {
    const formatted = { type: 'FormattedNumber', basicValue: 208000, basicType: 'Double', numberFormat: '$#,##0' };
    const double = { type: 'Double', basicValue: 416000, basicType: 'Double' };
    const result = callAsExcel(loaded, metadata, 'HOURLY', [[[formatted], [double], [104000]], null]);
    expect(result).toEqual([[100], [200], [50]]);
    expect(callAsExcel(loaded, metadata, 'HOURLY', [formatted, null])).toEqual([[100]]);
  });

  test('an entity (a data type, not an error) is a #VALUE! saying so, in its row', () => {
    const entity = { type: 'Entity', text: 'Seattle', basicType: 'Error', basicValue: '#VALUE!', properties: {} };
    const result = callAsExcel(loaded, metadata, 'HOURLY', [[[208000], [entity]], null]);
    expect(result[0]).toEqual([100]);
    expect((result[1][0] as ShimError).code).toBe('#VALUE!');
    expect((result[1][0] as ShimError).message).toMatch(/data type/);
  });
});

/**
 * Older Excel builds pass a blank cell as 0 (office-js #4702, #5262, #1951). Where 0 can never be a
 * valid value (a role, level, skill, company type or schedule), the core reads 0 as blank. These go
 * through the built script: a 0 must give exactly what a blank (null) cell gives.
 */
describe('0 for a blank cell in a name parameter gives what a blank gives', () => {
  test('AI.BAND and AI.RATE over a tracker column with 0 for a blank row: a blank row', () => {
    const roles = (blank: unknown) => [['LLMOps'], [blank], ['AI Engineer'], [blank]];
    const levels = (blank: unknown) => [['Senior'], [blank], ['Mid'], ['Senior']];
    for (const name of ['BAND', 'RATE']) {
      const zero = callExcel(name, roles(0), levels(0));
      expect({ name, result: zero }).toEqual({ name, result: callExcel(name, roles(null), levels(null)) });
      expect(zero[1].every((cell) => cell === '')).toBe(true);
      expect(typeof zero[0][0]).toBe('number');
    }
  });

  test('AI.PREMIUM with 0 for a blank skill: a blank row', () => {
    const skills = (blank: unknown) => [['LLM fine-tuning'], [blank]];
    const zero = callExcel('PREMIUM', skills(0));
    expect(zero).toEqual(callExcel('PREMIUM', skills(null)));
    expect(zero[1].every((cell) => cell === '')).toBe(true);
  });

  test('company type and schedule as 0 read as blank (AI.EQUITY, AI.VEST, AI.OFFER)', () => {
    expect(callExcel('EQUITY', 100000, 0)).toEqual(callExcel('EQUITY', 100000, null));
    expect(callExcel('VEST', 400000, 1, 0)).toEqual(callExcel('VEST', 400000, 1, null));
    const offer = (blank: unknown) => callExcel('OFFER', 200000, 0.15, [[0.8, 1]], 400000, blank, blank, 20000);
    expect(offer(0)).toEqual(offer(null));
  });
});

describe('error kinds map to Excel error codes, keeping the message', () => {
  test('a number out of its domain (core #NUM!) is #VALUE!, the code Excel shows a message on, with the message', () => {
    const [[cell]] = callExcel('HOURLY', -5);
    const core = callByName('HOURLY', [-5]) as SheetError;
    expect(core.kind).toBe('NUM');
    expect(cell).toEqual(new ShimError('#VALUE!', `#NUM! ${core.message}`));
  });

  test('#VALUE! for text where a number belongs', () => {
    const [[cell]] = callExcel('HOURLY', 'lots');
    expect(cell).toBeInstanceOf(ShimError);
    expect((cell as ShimError).code).toBe('#VALUE!');
    expect((cell as ShimError).message).toMatch(/annual/);
  });

  test('ranges of different shapes are one #VALUE! saying so', () => {
    const result = callExcel('BAND', [['LLMOps'], ['LLMOps']], [['Senior'], ['Senior'], ['Mid']], 'mid');
    expect(result).toHaveLength(1);
    expect((result[0][0] as ShimError).code).toBe('#VALUE!');
    expect((result[0][0] as ShimError).message).toMatch(/different shapes/);
  });
});

test('vocabularies spill as a column', () => {
  const roles = callExcel('ROLES');
  expect(roles.length).toBeGreaterThan(3);
  expect(roles.every((row) => row.length === 1 && typeof row[0] === 'string')).toBe(true);
  expect(roles).toEqual(expectedExcel(callByName('ROLES', [])));
});

test('a numeric column lifts: AI.HOURLY over 3 rows with the default hours', () => {
  expect(callExcel('HOURLY', [[208000], [104000], ['']])).toEqual([[100], [50], ['']]);
});

/**
 * Each catalog example (core/examples.ts gives its arguments as Excel passes them: every argument a
 * 2-D array, a DATE as its serial number, a nested call as its result) is called through the Excel
 * entry point and through the core: the results must agree cell for cell.
 */
const asExcelArg = (value: unknown): unknown => (Array.isArray(value) ? value : [[value]]);

test('every catalog example gives the core result through the Excel entry point', () => {
  let compared = 0;
  for (const spec of CATALOG) {
    const args = exampleValues(spec).map(asExcelArg);
    const full = [...args];
    while (full.length < spec.params.length) full.push(null);
    const excel = plain(loaded.associated.get(spec.name)!(...full));
    expect({ name: spec.name, result: excel }).toEqual({
      name: spec.name,
      result: expectedExcel(callByName(spec.name, args)),
    });
    compared++;
  }
  expect(compared).toBe(CATALOG.length);
});
