/**
 * Issue 18 item 5: tables keep their types. A band table the panel writes goes into the sheet with
 * numbers as numbers, dates as dates and text as text the host keeps (through the built Code.js with
 * the Apps Script fakes, which re-type text as Sheets does), and reads back into the same table. A
 * semicolon CSV that previews clean is usable in the panel's blend and benchmark.
 */
import { parseBandTableCsv } from '../../core/band/band-table-csv';
import { readBandTable } from '../../core/band/user-table-read';
import { callByName } from '../../core/registry';
import { bandTableBlock } from '../../panel/band-table-import/write';
import { blendSources, userBlendSource } from '../../panel/blend-sources';
import { blankBlend } from '../../panel/state';
import { userSourceGrid, WHOLE_TABLE_ROWS } from '../../panel/user-source';
import { loadAddon } from '../../testkit/sheets/addon';
import { FakeSheet, FakeSpreadsheet } from '../../testkit/sheets/spreadsheet';

const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value));

const CSV = [
  'role,level,min,mid,max,as of,source',
  'LLMOps,Senior,160000,180000,200000,2025-07-01,Survey 2025',
  'LLMOps,2,140000,150000,170000,2025-07,0042', // a level and a source that look like numbers
  '"=HYPERLINK(""x"")",Mid,"120,000",130000,140000,2026-01-31,TRUE', // text that looks like a formula, a boolean
].join('\n');

describe('a band table written into the sheet reads back into the same table', () => {
  it('numbers as numbers, dates as dates, text as text (before: the level 2 became a number, 0042 became 42, TRUE a boolean)', () => {
    const reading = parseBandTableCsv(CSV);
    expect(reading.problems).toEqual([]);
    const sheet = new FakeSheet('Bands');
    sheet.select('B2');
    const addon = loadAddon({ spreadsheet: new FakeSpreadsheet([sheet]) });
    const written = wire(addon.global.writeCells(wire({ formulas: bandTableBlock(reading), overwrite: false })));
    expect(written).toEqual({ written: true, address: 'Bands!B2:H5' });
    const values = sheet.getRange('B2:H5').getValues();
    expect(values[2][1]).toBe('2');
    expect(values[2][6]).toBe('0042');
    expect(values[3][6]).toBe('TRUE');
    expect(values[3][0]).toBe('=HYPERLINK("x")');
    expect(sheet.getRange('B5').getFormulas()[0][0]).toBe('');
    expect(values[3][2]).toBe(120000);
    expect(values[1][5]).toEqual(new Date(Date.UTC(2025, 6, 1)));
    expect(values[2][5]).toEqual(new Date(Date.UTC(2025, 6, 1)));
    expect(sheet.getRange('G3').getNumberFormat()).toBe('yyyy-mm-dd');
    const again = readBandTable(values);
    expect(again.problems).toEqual([]);
    expect(again.table!.rows).toEqual(reading.table!.rows);
  });
});

describe('a semicolon CSV that previews clean is usable in blend and benchmark', () => {
  const SEMICOLON = [
    'role;level;min;mid;max;as of',
    'LLMOps;Senior;160.000;180.000;200.000;2025-07',
    'LLMOps;Mid;140.000,5;150.000;170.000;2025-07',
  ].join('\n');

  it('the benchmark (AI.BAND over the table) reads 180.000 as 180,000 (before: "the band table cannot be used ... 160.000 is ambiguous")', () => {
    const reading = parseBandTableCsv(SEMICOLON);
    expect(reading.problems).toEqual([]);
    const grid = userSourceGrid(reading, 'LLMOps');
    expect(callByName('BAND', ['LLMOps', 'Senior', 'mid', null, grid])).toEqual(180000);
    expect(callByName('BAND', ['LLMOps', 'Mid', 'min', null, grid])).toEqual(140000.5);
  });

  it('the blend takes the table as a part (before: the part was an error and left out)', () => {
    const reading = parseBandTableCsv(SEMICOLON);
    const outcome = blendSources('LLMOps', 'Senior', blankBlend(), [
      userBlendSource(userSourceGrid(reading, 'LLMOps') as string[][]),
    ]);
    expect(outcome.parts[0].value).toBe(180000);
    expect(outcome.included).toEqual(['user']);
  });

  it(`a table of more than ${WHOLE_TABLE_ROWS} lines, handed over by role, reads the same way`, () => {
    const lines = ['role;level;min;mid;max'];
    for (let i = 0; i < WHOLE_TABLE_ROWS + 50; i++) lines.push(`Role ${i};Senior;100.000;110.000;120.000`);
    lines.push('LLMOps;Senior;160.000;180.000;200.000');
    const reading = parseBandTableCsv(lines.join('\n'));
    expect(reading.problems).toEqual([]);
    expect(callByName('BAND', ['LLMOps', 'Senior', 'mid', null, userSourceGrid(reading, 'LLMOps')])).toEqual(180000);
  });
});
