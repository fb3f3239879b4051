/**
 * Issue 18 item 6: in Excel's shared runtime the task pane shares the custom functions' thread, so
 * one long call froze the pane for its whole length. A call over ASYNC_ROWS rows now answers with a
 * Promise and works in steps, the event loop turning between them; its result is the same as the
 * call in one go (rows are independent), and a whole-call error is still one error. Through the
 * built functions.js in a context of its own, with timers as Excel's runtime has.
 */
import { callByName, isSheetError, SheetError } from '../../core';
import { loadFunctionsScript, LoadedFunctions, ShimError } from '../../testkit/excel/built';

let loaded: LoadedFunctions;
beforeAll(() => {
  loaded = loadFunctionsScript();
});

const ROWS = 12_000;
const roles = Array.from({ length: ROWS }, (_, i) => [i % 997 === 0 ? `Title ${i}` : ['LLMOps', 'AI Engineer'][i % 2]]);
const levels = Array.from({ length: ROWS }, (_, i) => [i % 1001 === 0 ? '' : ['Senior', 'Mid', 'Entry'][i % 3]]);

/** The core's grid as Excel shows it: an error cell is an Excel error with the core's message. */
const asExcel = (grid: unknown[][]) =>
  grid.map((row) =>
    row.map((cell) => (isSheetError(cell) ? { code: '#VALUE!', message: (cell as SheetError).message } : cell)),
  );
const shown = (grid: unknown[][]) =>
  grid.map((row) => row.map((cell) => (cell instanceof ShimError ? { code: cell.code, message: cell.message } : cell)));

test('a 12,000-row call lets the event loop turn before it answers, and answers as the core does', async () => {
  const order: string[] = [];
  setTimeout(() => order.push('another task ran'), 0);
  const answer = loaded.associated.get('BAND')!(roles, levels, [['mid']], null, null);
  expect(typeof (answer as { then?: unknown }).then).toBe('function'); // a Promise of the runtime's realm
  const result = (await answer) as unknown[][];
  order.push('answered');
  expect(order).toEqual(['another task ran', 'answered']);
  expect(shown(result)).toEqual(asExcel(callByName('BAND', [roles, levels, 'mid']) as unknown[][]));
  expect(result).toHaveLength(ROWS);
});

test('a bad band table is one error for the whole call, as in one go', async () => {
  const table = [
    ['Role', 'Level', 'Mid'],
    ['LLMOps', 'Senior', 'lots'],
  ];
  const result = (await loaded.associated.get('BAND')!(roles, levels, [['mid']], null, table)) as unknown[][];
  const small = loaded.associated.get('BAND')!(roles.slice(0, 10), levels.slice(0, 10), [['mid']], null, table);
  expect(shown(result)).toEqual(shown(small as unknown[][]));
  expect(result).toHaveLength(1);
});

test('a call of a few thousand rows still answers at once', () => {
  const answer = loaded.associated.get('BAND')!(roles.slice(0, 3000), levels.slice(0, 3000), [['mid']], null, null);
  expect(Array.isArray(answer)).toBe(true);
});
