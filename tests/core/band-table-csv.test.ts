import { parseCsvRecords } from '../../core/band/band-table-csv';

describe('CSV records', () => {
  test('a quote opens a quoted field only at its start (spaces before it allowed)', () => {
    expect(parseCsvRecords('a,  "b,c"\n', ',').records).toEqual([['a', 'b,c']]);
    expect(parseCsvRecords('x"y,z\n', ',').records).toEqual([['x"y', 'z']]);
  });
  test('quotes inside a long unquoted field stay text, whatever their number', () => {
    const field = `x${'a"'.repeat(10_000)}`;
    expect(parseCsvRecords(`${field},Senior\n`, ',').records).toEqual([[field, 'Senior']]);
  });
});
