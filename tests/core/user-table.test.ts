/**
 * Issue 7: a user's own band table stands in for the embedded data. Tables are passed the way the
 * hosts hand ranges over: Excel gives numbers as numbers and blanks as null (or ''), Sheets gives
 * blanks as '' and date cells as Date objects; CSV imports and text-formatted cells give numbers as
 * text. Everything goes through `callByName`, the hosts' entry into the core.
 */
import fc from 'fast-check';
import { callByName, isSheetError, SheetError } from '../../core';
import {
  matchHeader,
  parseUserBandTable,
  readBandTable,
  userSeniorityCurve,
  userSeniorityRatio,
  UserBandTable,
} from '../../core/band/user-table';
import { bandTableSheetCells, parseBandTableCsv, parseCsvRecords } from '../../core/band/band-table-csv';
import { lookupBand } from '../../core/band/embedded-bands';
import { BAND_TABLES } from '../../data/band-tables';
import { ROLES } from '../../core/vocabulary/roles';
import { levels } from '../../core/vocabulary/levels';

const call = (name: string, ...args: unknown[]) => callByName(name, args);
const err = (value: unknown): SheetError => {
  expect(isSheetError(value)).toBe(true);
  return value as SheetError;
};

/** A company pay structure as Excel hands it over: numbers, null blanks, a serial as-of date. */
const EXCEL_TABLE = [
  ['Job Family', 'Grade', 'Range Minimum', 'Midpoint', 'Range Maximum', 'Currency', 'Market', 'Source', 'As of'],
  ['Platform Engineer', 'L4', 120000, 140000, 160000, 'USD', 'US', 'Comp team 2025', 45839], // 2025-07-01
  ['Platform Engineer', 'L5', 150000, null, 210000, 'USD', 'US', 'Comp team 2025', 45839],
  ['Platform Engineer', 'L5', 90000, 105000, 120000, 'GBP', 'UK', 'Comp team 2025', 45839],
  ['LLMOps', 'Senior', 160000, 190000, 220000, 'USD', 'US', 'Comp team 2025', 45839],
  [null, null, null, null, null, null, null, null, null],
];

/** A survey export as Sheets hands it over: every figure as text, '' blanks, a Date cell. */
const SHEETS_TABLE = [
  ['role', 'level', 'P10', '25th Percentile', 'Median', '75th pct', 'p90', 'currency', 'as-of date'],
  ['ML engineer', 'Mid', '140,000', '150,000', '$165,000', '180,000', '', 'usd', new Date(2025, 0, 1)],
  ['ML engineer', 'Senior', '170000', '185000', '200000', '230000', '260000', 'USD', new Date(2025, 0, 1)],
  ['', '', '', '', '', '', '', '', ''],
];

describe('headers are matched loosely', () => {
  test.each([
    ['Role', 'role'],
    ['JOB FAMILY', 'role'],
    ['Job Title', 'role'],
    ['grade', 'level'],
    ['Career Level', 'level'],
    ['Minimum', 'min'],
    ['Base Salary Min (USD)', 'min'],
    ['Range Minimum', 'min'],
    ['MIDPOINT', 'mid'],
    ['Mid-point', 'mid'],
    ['Maximum', 'max'],
    ['Median', 'p50'],
    ['50th Percentile', 'p50'],
    ['Base P25', 'p25'],
    ['10th', 'p10'],
    ['p90', 'p90'],
    ['75th pct', 'p75'],
    ['Currency', 'currency'],
    ['Country', 'market'],
    ['Survey', 'source'],
    ['As of', 'asOf'],
    ['Effective Date', 'asOf'],
  ])('%s reads as %s', (header, key) => {
    expect(matchHeader(header)).toBe(key);
  });

  test('columns lookups do not read are ignored, not errors', () => {
    expect(matchHeader('Incumbents')).toBeUndefined();
    const reading = readBandTable([
      ['Role', 'Level', 'Mid', 'Incumbents'],
      ['LLMOps', 'Senior', 100, 12],
    ]);
    expect(reading.problems).toEqual([]);
    expect(reading.ignoredHeaders).toEqual(['Incumbents']);
  });
});

describe('any text a user writes is a name, even one that looks like a marker', () => {
  // A role, level, market or source beginning with '!' was once taken for an error message.
  const TABLE = [
    ['Role', 'Level', 'Min', 'Max', 'Market', 'Source'],
    ['!Staff', '!L1', 100000, 140000, '!HQ', '!internal'],
    ['Platform Engineer', 'L4', 120000, 160000, '!HQ', 'Comp team'],
  ];

  test('a table with a !Staff role reads whole, and the row answers by its own names', () => {
    const reading = readBandTable(TABLE);
    expect(reading.problems).toEqual([]);
    expect(reading.table!.rows.map((r) => [r.role, r.level, r.market, r.source])).toEqual([
      ['!Staff', '!L1', '!HQ', '!internal'],
      ['Platform Engineer', 'L4', '!HQ', 'Comp team'],
    ]);
    expect(call('BAND', '!Staff', '!L1', 'mid', '!HQ', TABLE)).toBe(120000);
    expect(call('BAND', 'Platform Engineer', 'L4', 'min', null, TABLE)).toBe(120000);
  });

  test('a real problem in such a table is still reported, with its own message', () => {
    const e = err(parseUserBandTable([TABLE[0], ['!Staff', '!L1', 'lots', 140000, '!HQ', '!internal']]));
    expect(e.message).toMatch(/row 2, column "Min": expected a pay figure above 0/);
  });
});

describe('AI.BAND with a table shaped as Excel passes it', () => {
  test("the user's own role and level names, in any case and spacing", () => {
    expect(call('BAND', 'Platform Engineer', 'L4', 'mid', null, EXCEL_TABLE)).toBe(140000);
    expect(call('BAND', 'platform-engineer', ' l4 ', 'min', null, EXCEL_TABLE)).toBe(120000);
    expect(call('BAND', 'LLMOps', 'Senior', null, null, EXCEL_TABLE)).toEqual([[160000, 190000, 220000]]);
  });

  test("our aliases work when the user's names are ours", () => {
    expect(call('BAND', 'MLOps', 'Sr', 'max', null, EXCEL_TABLE)).toBe(220000);
  });

  test("an unknown name is #N/A naming the table's names and the closest", () => {
    const e = err(call('BAND', 'Platform Engg', 'L4', 'mid', null, EXCEL_TABLE));
    expect(e.kind).toBe('NA');
    expect(e.message).toMatch(/your band table has no role "Platform Engg"/);
    expect(e.message).toMatch(/closest: Platform Engineer/);
    const level = err(call('BAND', 'Platform Engineer', 'L7', 'mid', null, EXCEL_TABLE));
    expect(level.message).toMatch(/no level "L7".*closest: L4|no level "L7".*closest: L5/);
    const noRow = err(call('BAND', 'LLMOps', 'L4', 'mid', null, EXCEL_TABLE));
    expect(noRow.message).toMatch(/no row for LLMOps at level L4 \(it has LLMOps at Senior\)/);
  });

  test('a missing mid is derived from min and max, and AI.SOURCE says so', () => {
    expect(call('BAND', 'Platform Engineer', 'L5', 'mid', null, EXCEL_TABLE)).toBe(180000);
    const text = call('SOURCE', 'Platform Engineer', 'L5', 'mid', null, EXCEL_TABLE) as string;
    expect(text).toMatch(
      /derived: the table states no mid, so the midpoint of its min 150,000 USD \(column "Range Minimum"\) and max 210,000 USD \(column "Range Maximum"\), \(min \+ max\) \/ 2/,
    );
    expect(text).toMatch(/row 3 of your band table/);
    expect(text).toMatch(/source "Comp team 2025"; as of 2025-07-01/);
  });

  test('a stated figure is reported by the table, with its row and column', () => {
    const text = call('SOURCE', 'Platform Engineer', 'L4', 'mid', 'US', EXCEL_TABLE) as string;
    expect(text).toMatch(
      /^reported: Platform Engineer, L4, mid: 140,000 USD\. Reported by row 2 of your band table; currency USD; market US/,
    );
    expect(text).toMatch(/column "Midpoint"/);
  });

  test('the market picks the row; US is the default; a market the table lacks is #N/A', () => {
    expect(call('BAND', 'Platform Engineer', 'L5', 'min', 'UK', EXCEL_TABLE)).toBe(90000);
    expect(call('BAND', 'Platform Engineer', 'L5', 'min', 'United Kingdom', EXCEL_TABLE)).toBe(90000);
    expect(call('BAND', 'Platform Engineer', 'L5', 'min', null, EXCEL_TABLE)).toBe(150000);
    const e = err(call('BAND', 'Platform Engineer', 'L5', 'min', 'India', EXCEL_TABLE));
    expect(e.kind).toBe('NA');
    expect(e.message).toMatch(/no Platform Engineer L5 row for market "India" \(it has markets "US", "UK"\)/);
  });

  test('the as-of date, for ageing', () => {
    expect(call('BAND', 'LLMOps', 'Senior', 'asof', null, EXCEL_TABLE)).toBe(45839);
    expect(call('SOURCE', 'LLMOps', 'Senior', 'asof', null, EXCEL_TABLE)).toMatch(/as-of date: 2025-07-01/);
    const embedded = err(call('BAND', 'LLMOps', 'Senior', 'asof'));
    expect(embedded.kind).toBe('NA');
    expect(embedded.message).toMatch(/dated by year only/);
  });

  test('a tracker column lifts over the table: one result per row, blank rows blank, a bad row alone', () => {
    const rolesCol = [['Platform Engineer'], ['LLMOps'], [''], ['Nobody'], ['MLOps']];
    const levelsCol = [['L4'], ['Senior'], [''], ['L4'], ['senior']];
    const out = call('BAND', rolesCol, levelsCol, 'mid', null, EXCEL_TABLE) as unknown[][];
    expect(out.map((r) => r[0]).slice(0, 3)).toEqual([140000, 190000, '']);
    expect(err(out[3][0]).kind).toBe('NA');
    expect(out[4][0]).toBe(190000);
    const rows = call('BAND', rolesCol, levelsCol, null, null, EXCEL_TABLE) as unknown[][];
    expect(rows[0]).toEqual([120000, 140000, 160000]);
    expect(rows[2]).toEqual(['', '', '']);
  });

  test('the embedded data stays the default: without a table, the seeds answer', () => {
    expect(call('BAND', 'AI Engineer', 'Senior', 'mid')).toBe(230625);
    expect(call('BAND', 'AI Engineer', 'Senior', 'median')).toBe(230625);
    expect(err(call('BAND', 'AI Engineer', 'Senior', 'p90')).message).toMatch(/states no percentiles/);
    expect(err(call('BAND', 'Platform Engineer', 'L4', 'mid')).kind).toBe('VALUE');
  });
});

describe('AI.BAND with a survey export shaped as Sheets passes it (numbers as text, Date cells)', () => {
  test('percentiles, and the median read as the mid when the table has no range', () => {
    expect(call('BAND', 'ML engineer', 'Mid', 'p10', '', SHEETS_TABLE)).toBe(140000);
    expect(call('BAND', 'ML engineer', 'Mid', 'median', '', SHEETS_TABLE)).toBe(165000);
    expect(call('BAND', 'ML engineer', 'Senior', 'p90', '', SHEETS_TABLE)).toBe(260000);
    expect(call('BAND', 'Machine Learning', 'Senior', 'mid', '', SHEETS_TABLE)).toBe(200000);
    expect(call('SOURCE', 'ML engineer', 'Senior', 'mid', '', SHEETS_TABLE)).toMatch(
      /its median \(column "Median"\) is read as the midpoint/,
    );
    expect(call('BAND', 'ML engineer', 'Senior', 'asof', '', SHEETS_TABLE)).toBe(45658); // 2025-01-01
  });

  test('a figure the row leaves blank is #N/A saying which cell and what it has', () => {
    const e = err(call('BAND', 'ML engineer', 'Mid', 'p90', '', SHEETS_TABLE));
    expect(e.kind).toBe('NA');
    expect(e.message).toMatch(
      /gives no p90 for ML engineer at Mid \(row 2: its "p90" cell is blank; it states p10, p25, p50, p75/,
    );
    const noMin = err(call('BAND', 'ML engineer', 'Mid', 'min', '', SHEETS_TABLE));
    expect(noMin.message).toMatch(/the table has no min column/);
  });
});

describe('a bad table is an error naming the row and column and what would be right; none of it is used', () => {
  const good = ['LLMOps', 'Senior', 160000, 220000, 'USD'];
  const header = ['Role', 'Level', 'Min', 'Max', 'Currency'];
  const bandOf = (table: unknown[][]) => call('BAND', 'LLMOps', 'Senior', 'min', null, table);

  test('no header row', () => {
    const e = err(
      bandOf([
        ['LLMOps', 'Senior', '160000', '220000'],
        ['Machine Learning', 'Senior', '150000', '200000'],
      ]),
    );
    expect(e.kind).toBe('VALUE');
    expect(e.message).toMatch(/row 1 is not a header row: expected column names such as role, level, min, mid, max/);
    expect(e.message).toMatch(/found "LLMOps", "Senior"/);
  });

  test('a header without a role or level column', () => {
    expect(
      err(
        bandOf([
          ['Title', 'Min'],
          ['LLMOps', 1],
        ]),
      ).message,
    ).toMatch(/no level column: expected a header such as "level", "grade"/);
    expect(
      err(
        bandOf([
          ['Level', 'Min'],
          ['Senior', 1],
        ]),
      ).message,
    ).toMatch(/no role column/);
    expect(
      err(
        bandOf([
          ['Role', 'Level'],
          ['LLMOps', 'Senior'],
        ]),
      ).message,
    ).toMatch(/no pay column/);
  });

  test('text in a number column', () => {
    const e = err(bandOf([header, good, ['LLMOps', 'Mid', 'about 150 thousand', 200000, 'USD']]));
    expect(e.message).toMatch(/row 3, column "Min": expected a pay figure above 0 .*received "about 150 thousand"/);
    expect(err(bandOf([header, ['LLMOps', 'Mid', '150k', 200000, 'USD']])).message).toMatch(
      /write thousands out in full/,
    );
    expect(err(bandOf([header, ['LLMOps', 'Mid', -5, 200000, 'USD']])).message).toMatch(
      /row 2, column "Min": expected a pay figure above 0/,
    );
  });

  test('min above max', () => {
    const e = err(bandOf([header, good, ['LLMOps', 'Mid', 210000, 150000, 'USD']]));
    expect(e.message).toMatch(
      /row 3, column "Min": min 210000 is above max 150000: a band needs min ≤ mid ≤ max; check the columns are not swapped/,
    );
  });

  test('percentiles out of order', () => {
    const e = err(
      call('BAND', 'A', 'B', 'p50', null, [
        ['role', 'level', 'p25', 'p50'],
        ['A', 'B', 200, 100],
      ]),
    );
    expect(e.message).toMatch(/row 2, column "p25": p25 200 is above p50 100: percentiles must rise/);
  });

  test('duplicate role and level (in any spelling)', () => {
    const e = err(bandOf([header, good, ['llmops', 'SENIOR', 170000, 230000, 'USD']]));
    expect(e.message).toMatch(
      /row 3 repeats role "llmops" and level "SENIOR" \(first at row 2\): keep one row per role and level; to combine two surveys, put each in its own table and blend them with AI.BLEND/,
    );
  });

  test('an unknown currency', () => {
    const e = err(bandOf([header, good, ['LLMOps', 'Mid', 150000, 200000, 'US$']]));
    expect(e.message).toMatch(
      /row 3, column "Currency": expected a three-letter ISO 4217 currency code such as USD, EUR, GBP/,
    );
  });

  test('two columns that mean the same thing', () => {
    expect(
      err(
        bandOf([
          ['Role', 'Level', 'Median', 'P50'],
          ['LLMOps', 'Senior', 1, 1],
        ]),
      ).message,
    ).toMatch(/columns "Median" and "P50" both read as p50/);
  });

  test('every problem is reported at once, and the good rows of a bad table are not used', () => {
    const table = [
      header,
      good,
      ['LLMOps', 'Mid', 'x', 200000, 'USD'],
      ['LLMOps', 'Lead', 1, 2, 'EURO'],
      ['', 'Entry', 1, 2, 'USD'],
      ['LLMOps', 'Staff', 3, 2, 'USD'],
    ];
    const e = err(bandOf(table));
    expect(e.message).toMatch(/^the band table cannot be used \(none of it was read\)/);
    expect(e.message).toMatch(/and 1 more problem$/);
    const reading = readBandTable(table);
    expect(reading.table).toBeUndefined();
    expect(reading.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 3],
      [4, 5],
      [5, 1],
      [6, 3],
    ]);
    // A whole-formula error, not a value read from the good row 2.
    const lifted = call('BAND', [['LLMOps'], ['LLMOps']], [['Senior'], ['Senior']], 'min', null, table);
    expect(isSheetError(lifted)).toBe(true);
  });
});

describe('several sources for one role and level, aged to a common date and blended', () => {
  // Worked example (core/band/README.md): two surveys of different dates, each aged to 2026-07-01
  // at 4% a year with AI.AGE from its own as-of date, then blended 60/40 with AI.BLEND:
  //   B2 =AI.AGE(AI.BAND("LLMOps","Senior","mid",,TableA), AI.BAND("LLMOps","Senior","asof",,TableA), DATE(2026,7,1), 4%)
  //   B3 =AI.AGE(AI.BAND("LLMOps","Senior","mid",,TableB), AI.BAND("LLMOps","Senior","asof",,TableB), DATE(2026,7,1), 4%)
  //   B4 =AI.BLEND(B2:B3, {0.6;0.4})
  const tableA = [
    ['Role', 'Level', 'Mid', 'Source', 'As of'],
    ['LLMOps', 'Senior', 190000, 'Survey A', '2025-07-01'],
  ];
  const tableB = [
    ['Job family', 'Grade', 'Median', 'Survey', 'Effective date'],
    ['MLOps engineer', 'Sr', '180,000', 'Survey B', '2025-01-01'],
  ];
  const toDate = '2026-07-01';

  test('each part aged from its own as-of date, then blended', () => {
    const aged = [tableA, tableB].map((table) => {
      const mid = call('BAND', 'LLMOps', 'Senior', 'mid', null, table);
      const asOf = call('BAND', 'LLMOps', 'Senior', 'asof', null, table);
      return call('AGE', mid, asOf, toDate, 0.04) as number;
    });
    // By hand: actual days / 365.25, compounded. A: 365 days; B: 546 days.
    expect(aged[0]).toBeCloseTo(190000 * Math.pow(1.04, 365 / 365.25), 6);
    expect(aged[1]).toBeCloseTo(180000 * Math.pow(1.04, 546 / 365.25), 6);
    const blended = call('BLEND', [[aged[0]], [aged[1]]], [[0.6], [0.4]]) as number;
    expect(blended).toBeCloseTo(0.6 * aged[0] + 0.4 * aged[1], 6);
    expect(blended).toBeGreaterThan(190000 * 0.6 + 180000 * 0.4);
  });

  test('a source without an as-of date cannot be aged, and says how to add one', () => {
    const e = err(
      call('BAND', 'LLMOps', 'Senior', 'asof', null, [
        ['Role', 'Level', 'Mid'],
        ['LLMOps', 'Senior', 1],
      ]),
    );
    expect(e.kind).toBe('NA');
    expect(e.message).toMatch(/no as-of date column\); add one/);
  });
});

describe('the seniority curve of a user table (for AI.LOCALBAND)', () => {
  const table = parseUserBandTable(EXCEL_TABLE) as UserBandTable;

  test('mid over mid, for a named role', () => {
    const ratio = userSeniorityRatio(table, 'L4', 'L5', 'Platform Engineer', 'US');
    if (isSheetError(ratio)) throw new Error(ratio.message);
    expect(ratio.factor).toBe(180000 / 140000);
    expect(ratio.explanation).toMatch(/mid at L5 over mid at L4/);
    const curve = userSeniorityCurve(table, 'Platform Engineer', 'US');
    if (isSheetError(curve)) throw new Error(curve.message);
    expect(curve.map((p) => [p.level, p.mid.value])).toEqual([
      ['L4', 140000],
      ['L5', 180000],
    ]);
  });

  test("AI.LOCALBAND projects along the user table's curve", () => {
    expect(call('LOCALBAND', 2400000, 'L4', 'L5', EXCEL_TABLE, 'Platform Engineer')).toBe(2400000 * (180000 / 140000));
    const oneRole = [
      ['Role', 'Grade', 'Min', 'Max'],
      ['Data Engineer', 'G1', 100, 140],
      ['Data Engineer', 'G2', 150, 190],
    ];
    expect(call('LOCALBAND', 60000, 'G1', 'G2', oneRole)).toBe(60000 * (170 / 120));
    expect(err(call('LOCALBAND', 60000, 'G1', 'G9', oneRole)).message).toMatch(/no level "G9"/);
    expect(err(call('LOCALBAND', 2400000, 'L4', 'L5', EXCEL_TABLE)).message).toMatch(/several roles/);
    // Without a table, the embedded US curve, as before; a role there is a mistake said plainly.
    expect(call('LOCALBAND', 2400000, 'Mid', 'Senior')).toBeCloseTo(2400000 * (230625 / 180000), 6);
    expect(err(call('LOCALBAND', 2400000, 'Mid', 'Senior', null, 'LLMOps')).message).toMatch(
      /^role: expected no role with the embedded curve/,
    );
  });

  test('a table of several roles needs the role named', () => {
    expect(err(userSeniorityRatio(table, 'L4', 'L5')).message).toMatch(/several roles .* name the role/);
  });
});

describe('CSV import (core, pure)', () => {
  test('quoted cells, "" escapes, CRLF and a byte-order mark', () => {
    const { records } = parseCsvRecords('\uFEFFrole,level,min\r\n"LLMOps, platform","Senior ""A""","160,000"\r\n\r\n');
    expect(records).toEqual([
      ['role', 'level', 'min'],
      ['LLMOps, platform', 'Senior "A"', '160,000'],
    ]);
  });

  test('a semicolon or tab delimiter is recognised from the header', () => {
    expect(parseCsvRecords('role;level;mid\nA;B;1').records[1]).toEqual(['A', 'B', '1']);
    expect(parseCsvRecords('role\tlevel\tmid\nA\tB\t1,5').records[1]).toEqual(['A', 'B', '1,5']);
  });

  test('a good CSV gives a table, a preview with column readings, and cells to write', () => {
    const csv =
      'Job Family,Grade,Minimum,Maximum,Currency,Notes\nLLMOps,Senior,"160,000",220000,USD,=HYPERLINK("x")\nLLMOps,Mid,-,180000,USD,\n';
    const reading = parseBandTableCsv(csv);
    expect(reading.problems).toEqual([]);
    expect(reading.table).toBeDefined();
    expect(reading.preview.columns.map((c) => c.label)).toEqual([
      'role',
      'level',
      'min',
      'max',
      'currency',
      'not used',
    ]);
    expect(reading.preview.rows.map((r) => r.rowNumber)).toEqual([2, 3]);
    expect(call('BAND', 'LLMOps', 'Senior', 'mid', null, reading.grid)).toBe(190000);
    const cells = bandTableSheetCells(reading);
    expect(cells[1]).toEqual(['LLMOps', 'Senior', 160000, 220000, 'USD', `'=HYPERLINK("x")`]);
    expect(cells[2][2]).toBe(`'-`);
  });

  test('a bad CSV gives every problem with its row and column, and no table', () => {
    const csv =
      'role,level,min,max,currency\nLLMOps,Senior,220000,160000,USD\nLLMOps,Senior,1,2,USD\nLLMOps,Mid,100000,120000,USD,extra\nLLMOps,Lead,"1,2,XXX\n';
    const reading = parseBandTableCsv(csv);
    expect(reading.table).toBeUndefined();
    const at = reading.problems.map((p) => [p.row, p.column]);
    expect(at).toContainEqual([2, 3]); // min above max
    expect(at).toContainEqual([4, 6]); // an extra cell
    expect(reading.problems.find((p) => p.row === 5)?.message).toMatch(/a quoted cell never closes/);
    expect(reading.preview.rows).toHaveLength(4);
  });

  test('empty text is a problem, not a table', () => {
    const reading = parseBandTableCsv('  \n');
    expect(reading.table).toBeUndefined();
    expect(reading.problems[0].message).toMatch(/expected a header row|the text is empty/);
  });
});

describe('property: a table built from the embedded data reproduces the embedded lookups exactly', () => {
  const STATS = ['min', 'mid', 'max'] as const;
  const HEADERS = {
    role: ['role', 'Role', 'JOB FAMILY', 'Job title'],
    level: ['level', 'Level', 'Grade', 'career level'],
    min: ['min', 'Minimum', 'Range Minimum', 'Base Salary Min'],
    mid: ['mid', 'Midpoint', 'MID-POINT', 'Range Mid'],
    max: ['max', 'Maximum', 'range max', 'Top'],
  } as const;
  const blank = fc.constantFrom(null, '', undefined);

  for (const source of BAND_TABLES) {
    test(`source "${source.id}": every role x level x stat`, () => {
      const keys = ROLES.flatMap((role) => source.rows.map((row) => ({ role, level: levels.byId(row.level)! })));
      fc.assert(
        fc.property(
          fc.record({
            role: fc.constantFrom(...HEADERS.role),
            level: fc.constantFrom(...HEADERS.level),
            min: fc.constantFrom(...HEADERS.min),
            mid: fc.constantFrom(...HEADERS.mid),
            max: fc.constantFrom(...HEADERS.max),
          }),
          fc.array(fc.boolean(), { minLength: keys.length * 3, maxLength: keys.length * 3 }),
          fc.array(blank, { minLength: keys.length * 3, maxLength: keys.length * 3 }),
          fc.array(fc.boolean(), { minLength: keys.length, maxLength: keys.length }),
          fc.shuffledSubarray(
            keys.map((_, i) => i),
            { minLength: keys.length, maxLength: keys.length },
          ),
          (headers, asText, blanks, upper, order) => {
            const grid: unknown[][] = [[headers.role, headers.level, headers.min, headers.mid, headers.max]];
            for (const k of order) {
              const { role, level } = keys[k];
              const cells = STATS.map((stat, s) => {
                const figure = lookupBand(role, { level }, stat, source);
                if (isSheetError(figure)) return blanks[k * 3 + s];
                return asText[k * 3 + s] ? String(figure.value) : figure.value;
              });
              grid.push([upper[k] ? role.name.toUpperCase() : role.name, level.name, ...cells]);
            }
            // One lifted call per stat over every role and level, as a tracker column would ask.
            const rolesCol = keys.map(({ role }) => [role.name]);
            const levelsCol = keys.map(({ level }) => [level.name]);
            for (const stat of STATS) {
              const embedded = call('BAND', rolesCol, levelsCol, stat, null, source.id) as unknown[][];
              const own = call('BAND', rolesCol, levelsCol, stat, null, grid) as unknown[][];
              embedded.forEach((line, i) => {
                if (isSheetError(line[0])) expect(err(own[i][0]).kind).toBe('NA');
                else expect(own[i][0]).toBe(line[0]);
              });
            }
          },
        ),
        { numRuns: 50 },
      );
    });
  }

  test('a whole tracker column gives the same figures from the rebuilt table as from the embedded one', () => {
    const source = BAND_TABLES[0];
    const grid: unknown[][] = [['Role', 'Level', 'Min', 'Mid', 'Max']];
    for (const role of ROLES) {
      for (const row of source.rows) {
        const level = levels.byId(row.level)!;
        grid.push([
          role.name,
          level.name,
          ...STATS.map((stat) => {
            const f = lookupBand(role, { level }, stat, source);
            return isSheetError(f) ? null : f.value;
          }),
        ]);
      }
    }
    const names = ['LLMOps', 'Machine Learning', 'AI API Integration', 'AI Engineer', 'AI-assisted Coding'];
    const rolesCol = Array.from({ length: 300 }, (_, i) => [names[i % names.length]]);
    const levelsCol = Array.from({ length: 300 }, (_, i) => [['Entry', 'Mid', 'Senior'][(i * 7) % 3]]);
    expect(call('BAND', rolesCol, levelsCol, null, null, grid)).toEqual(call('BAND', rolesCol, levelsCol));
  });
});

describe('a range given as source is read as a table, so its problems are named once', () => {
  test('a blank header cell past the table (one column too many selected) is ignored', () => {
    const table = [
      ['Role', 'Level', 'Min', 'Max', ''],
      ['LLMOps', 'Senior', 100, 200, ''],
      ['LLMOps', 'Mid', 80, 120, null],
    ];
    expect(callByName('BAND', ['LLMOps', 'Senior', null, null, table])).toEqual([[100, 150, 200]]);
  });
  test('a table without a header row is one #VALUE! saying so, not an error per cell', () => {
    const out = callByName('BAND', [
      'LLMOps',
      'Senior',
      null,
      null,
      [
        ['LLMOps', 'Senior', 100, 200],
        ['LLMOps', 'Mid', 80, 120],
      ],
    ]) as SheetError;
    expect(isSheetError(out)).toBe(true);
    expect(out.message).toMatch(/row 1 is not a header row/);
  });
});

describe('AI.LOCALBAND over a table keeps currencies apart', () => {
  const table = [
    ['Role', 'Level', 'Mid', 'Currency'],
    ['Eng', 'L5', 100, 'GBP'],
    ['Eng', 'L6', 150, 'USD'],
    ['Eng', 'L7', 180, 'GBP'],
  ];
  test('a curve between two currencies is refused with what would be right', () => {
    const e = callByName('LOCALBAND', [100, 'L5', 'L6', table]) as SheetError;
    expect(e.kind).toBe('VALUE');
    expect(e.message).toMatch(/L5 in GBP and at L6 in USD: a seniority curve needs both levels in one currency/);
  });
  test('a curve within one currency is used', () => {
    expect(callByName('LOCALBAND', [100, 'L5', 'L7', table])).toBeCloseTo(180, 10);
  });
});
