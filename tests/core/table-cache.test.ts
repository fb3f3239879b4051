import { callByName } from '../../core';
import { readUserBandTable } from '../../core/band/table-cache';

const table = (): unknown[][] => [
  ['Role', 'Level', 'Min', 'Mid', 'Max'],
  ['Widget Engineer', 'Senior', 100000, 120000, 140000],
];

describe('a user band table is read once', () => {
  test('the same cells in a new range give the table already read', () => {
    const first = readUserBandTable(table() as never);
    expect(readUserBandTable(table() as never)).toBe(first);
  });
  test('a changed cell is read afresh, and the formula sees the change', () => {
    const grid = table();
    expect(callByName('BAND', ['Widget Engineer', 'Senior', 'mid', null, grid])).toBe(120000);
    const edited = table();
    edited[1][3] = 125000;
    expect(callByName('BAND', ['Widget Engineer', 'Senior', 'mid', null, edited])).toBe(125000);
    expect(callByName('BAND', ['Widget Engineer', 'Senior', 'mid', null, table()])).toBe(120000);
  });
  test('a table with one more row is not the same table', () => {
    const longer = [...table(), ['Widget Engineer', 'Mid', 80000, 90000, 100000]];
    expect(callByName('BAND', ['Widget Engineer', 'Mid', 'mid', null, longer])).toBe(90000);
    expect(callByName('BAND', ['Widget Engineer', 'Mid', 'mid', null, table()])).not.toBe(90000);
  });
});
