/**
 * Blank rows through the built hosts (moved from tests/core, which runs without a build): a tracker's
 * blank tail sent as 0, null or "" is blank in every column, in Sheets' Code.js and Excel's functions script.
 * Needs `npm run build:sheets` and `npm run build:excel`.
 */
import { loadAddon } from '../../testkit/sheets/addon';
import { loadFunctionsScript } from '../../testkit/excel/built';
import { callByName } from '../../core';

const call = (name: string, ...args: unknown[]) => callByName(name, args);

describe('through the built hosts: blank rows sent as 0, null or ""', () => {
  test('Excel: AI.BAND over a tracker whose blank rows arrive as 0', () => {
    const band = loadFunctionsScript().associated.get('BAND')!;
    expect(band([['LLMOps'], [0], [null], ['']], [['Senior'], [0], [null], [0]], [['mid']], null, null)).toEqual([
      [call('BAND', 'LLMOps', 'Senior', 'mid')],
      [''],
      [''],
      [''],
    ]);
  });
  test('Sheets: AIBAND over the same rows', () => {
    const addon = loadAddon();
    expect(addon.global.AIBAND([['LLMOps'], [0], [''], ['']], [['Senior'], [0], [''], [0]], 'mid')).toEqual([
      [call('BAND', 'LLMOps', 'Senior', 'mid')],
      [''],
      [''],
      [''],
    ]);
  });
  test('both hosts: the exit table means the same beside 2 and 3 grants', () => {
    const exits = loadFunctionsScript().associated.get('EXITVALUE')!;
    const two = exits([[1000], [1000]], [[2]], [[0], [10], [40]], [[0.5], [0.3], [0.2]], null, null);
    const three = exits([[1000], [1000], [1000]], [[2]], [[0], [10], [40]], [[0.5], [0.3], [0.2]], null, null);
    expect(three[0][0]).toBe(two[0][0]);
    const addon = loadAddon();
    const sheets = addon.global.AIEXITVALUE(
      [[1000], [1000], [1000]],
      2,
      [[0], [10], [40]],
      [[0.5], [0.3], [0.2]],
    ) as number[][];
    expect(sheets.map((r) => r[0])).toEqual([two[0][0], two[0][0], two[0][0]]);
  });
});
