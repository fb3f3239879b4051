/**
 * CI's short, seed-pinned fuzz pass of every catalog function through both built hosts
 * (`npm run fuzz` runs the long one). See fuzz-seeds.ts for what is generated and host-results.ts for what must hold.
 */
import { CATALOG, ExcelFuzzer, fuzz, SheetsFuzzer } from '../../testkit/host-fuzz';
import { excelResultProblem, sheetsResultProblem } from '../../testkit/host-results';
import { ShimError } from '../../testkit/excel/built';

const RUNS = 150;
const SEED = 20261123;

describe('through the Sheets bundle (Code.js)', () => {
  const sheets = new SheetsFuzzer();
  test.each(CATALOG.map((spec) => [spec.name, spec]))('AI%s', (_name, spec) => {
    const counts = fuzz(sheets, spec, RUNS, SEED);
    expect(counts.cases).toBe(RUNS);
  });
});

describe('through the Excel functions script (functions.js)', () => {
  const excel = new ExcelFuzzer();
  test.each(CATALOG.map((spec) => [spec.name, spec]))('AI.%s', (_name, spec) => {
    const counts = fuzz(excel, spec, RUNS, SEED);
    expect(counts.cases).toBe(RUNS);
  });
});

describe('the checks catch what they must', () => {
  test('Sheets: NaN, Infinity, objects, ragged or empty grids, bare error codes', () => {
    for (const bad of [
      NaN,
      Infinity,
      [[1, NaN]],
      [[{}]],
      [[1], [1, 2]],
      [],
      [[]],
      [['#N/A']],
      '#VALUE!',
      null,
      undefined,
    ]) {
      expect(sheetsResultProblem(bad)).toBeDefined();
    }
    for (const good of [1, 'text', true, [[1, '#N/A: no data for X', '']], [['a'], ['b']]])
      expect(sheetsResultProblem(good)).toBeUndefined();
  });
  test('Excel: scalars instead of grids, NaN, unknown codes, errors without a message', () => {
    for (const bad of [
      1,
      [[NaN]],
      [[-Infinity]],
      [[new ShimError('#WHAT?', 'why')]],
      [[new ShimError('#N/A', '')]],
      [[new ShimError('#N/A')]],
      [[undefined]],
    ]) {
      expect(excelResultProblem(bad)).toBeDefined();
    }
    expect(excelResultProblem([[1, '', new ShimError('#N/A', 'no data for X')]])).toBeUndefined();
  });
});
