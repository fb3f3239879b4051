/**
 * The Sheets server read as if its client were hostile: writeCells takes only text, numbers and the
 * formulas the panel builds, all or nothing; nameRange names only a written block by Sheets' rules.
 * Every refusal is a message and leaves the sheet and its names as they were.
 */
import { buildInsertBlock } from '../../panel/insert-block';
import { loadAddon } from '../../testkit/sheets/addon';
import { FakeSheet, FakeSpreadsheet } from '../../testkit/sheets/spreadsheet';

function setup(fill?: (sheet: FakeSheet) => void) {
  const sheet = new FakeSheet('Offers 2026');
  fill?.(sheet);
  sheet.select('B2');
  const spreadsheet = new FakeSpreadsheet([sheet]);
  return { addon: loadAddon({ spreadsheet }), sheet, spreadsheet };
}

describe('writeCells accepts what the panel builds', () => {
  it('an offer block with every kind of argument, and labels that look like formulas', () => {
    const block = buildInsertBlock(
      [
        {
          label: '=not a formula',
          input: {
            base: 200000,
            bonusTarget: 0.15,
            bonusPayout: [0.8, 1.1],
            equityGrant: { shares: 1000, strike: 2, price: 10 },
            companyType: 'startup',
            schedule: '4y-1y-cliff-monthly',
            signOn: 20000,
            years: 4,
          },
        },
        {
          label: '-5% offer',
          input: { base: 150000, bonusTarget: 0, equityGrant: 0, companyType: 'public', discount: 0.3 },
        },
      ],
      'sheets',
    );
    if ('error' in block) throw new Error(block.error);
    const formulas = block.formulas.flat().filter((cell) => cell.startsWith('='));
    expect(formulas.length).toBe(2);
    expect(formulas.some((f) => f.includes('AIOPTION('))).toBe(true);
    const { addon, sheet } = setup();
    expect(addon.global.writeCells({ formulas: block.formulas, overwrite: false }).written).toBe(true);
    // the apostrophe is the typed escape: the cell holds the text itself, not a formula
    expect(sheet.getRange('B2').getValue()).toBe('=not a formula');
    expect(sheet.getRange('B2').getFormulas()).toEqual([['']]);
  });

  it('a band table: text, numbers (negative, exponent) and references', () => {
    const { addon } = setup();
    const cells = [
      ['role', 'level', 'min'],
      ['LLMOps', 'Senior', '-160000'],
      ["'=x", '1e+21', '=AIBAND($C$2,B4,,,MyBands)'],
      ['', '=AIBLEND(Sheet1!A1:C1,{1;2;3})', '=AISOURCE(\'Offers 2026\'!$C$2,"Senior")'],
    ];
    expect(addon.global.writeCells({ formulas: cells, overwrite: false })).toEqual({
      written: true,
      address: "'Offers 2026'!B2:D5",
    });
  });
});

describe('writeCells refuses anything else, writing nothing', () => {
  const hostile: [string, string, RegExp][] = [
    [
      'another function',
      '=IMPORTXML("https://example.com","//a")',
      /IMPORTXML, which is not one of the add-on's functions/,
    ],
    [
      'a function inside ours',
      '=AIBAND(IMPORTRANGE("x","A1"),"Senior")',
      /IMPORTRANGE, which is not one of the add-on's functions/,
    ],
    ['more after the call', '=AIBAND("LLMOps","Senior")&HYPERLINK("https://example.com")', /goes on after the call/],
    ['an operator in an argument', '=AIBAND(A1+1,"Senior")', /where , or \) was expected/],
    ['a formula in an array', '=AIBLEND({1,NOW()})', /array \{ \} may hold only numbers/],
    ['a bare formula', '=1+1', /not a function call/],
    [
      'text Sheets may read as a formula',
      '+IMPORTXML("https://example.com","//a")',
      /starts with \+ but is not a number/,
    ],
    ['an @ mention', '@IMPORTXML', /starts with @ but is not a number/],
    ['a cell too long for Sheets', 'x'.repeat(50_001), /50,001 characters, more than the 50,000 a Sheets cell holds/],
  ];

  it.each(hostile)('%s', (_what, cell, message) => {
    // Over non-empty cells with overwrite: the issue's case, where the target was cleared and then the write failed.
    const { addon, sheet } = setup((s) =>
      s.fill('B2', [
        ['keep', 'this'],
        ['and', 'that'],
      ]),
    );
    expect(() =>
      addon.global.writeCells({
        formulas: [
          ['ok', 'fine'],
          ['=AIBAND("LLMOps","Senior")', cell],
        ],
        overwrite: true,
      }),
    ).toThrow(message);
    expect(() =>
      addon.global.writeCells({
        formulas: [
          ['ok', 'fine'],
          ['=AIBAND("LLMOps","Senior")', cell],
        ],
        overwrite: true,
      }),
    ).toThrow(/^Nothing was written: the cell 2 of row 2 of the block cannot go into the sheet/);
    expect(sheet.log).toEqual([]);
    expect(sheet.getRange('B2:C3').getValues()).toEqual([
      ['keep', 'this'],
      ['and', 'that'],
    ]);
  });

  it('refuses a request of the wrong shape or size', () => {
    const { addon, sheet } = setup();
    expect(() => addon.global.writeCells({ formulas: [['a']], overwrite: 'yes' })).toThrow(
      /clear yes or no to overwriting/,
    );
    expect(() => addon.global.writeCells({ formulas: [[{ toString: 'x' }]] })).toThrow(
      /neither text, a number nor a date/,
    );
    expect(() => addon.global.writeCells({ formulas: Array.from({ length: 501 }, () => ['a']) })).toThrow(
      /501 rows, more than the 500/,
    );
    expect(() => addon.global.writeCells({ formulas: [Array.from({ length: 101 }, () => 'a')] })).toThrow(
      /101 cells, more than the 100/,
    );
    expect(() =>
      addon.global.writeCells({
        formulas: Array.from({ length: 100 }, () => ['y'.repeat(40_000), 'y'.repeat(40_000)]),
      }),
    ).toThrow(/more than 2,000,000 characters/);
    expect(() => addon.global.writeCells(['=AIBAND()'])).toThrow(/nothing to write/);
    expect(sheet.log).toEqual([]);
  });
});

describe('nameRange refuses what the panel would never ask', () => {
  function written() {
    const context = setup();
    const { address } = context.addon.global.writeCells({
      formulas: [
        ['role', 'level', 'mid'],
        ['LLMOps', 'Senior', '190000'],
      ],
      overwrite: false,
    });
    return { ...context, address: address as string };
  }

  it('a name Sheets documents as invalid, including one starting with true or false', () => {
    const { addon, spreadsheet, address } = written();
    expect(() => addon.global.nameRange(address, 'trueBands')).toThrow(/cannot start with the word true/);
    expect(() => addon.global.nameRange(address, 'FALSE_2026')).toThrow(/cannot start with the word FALSE/);
    expect(() => addon.global.nameRange(address, 'x'.repeat(100_000))).toThrow(
      /at most 250 characters; this one has 100,000/,
    );
    expect(() => addon.global.nameRange(address, { name: 'x' })).toThrow(/A range name is needed/);
    addon.global.nameRange(address, 'Bands_true');
    expect(spreadsheet.namedRangeLog).toEqual([{ name: 'Bands_true', address: 'Offers 2026!B2:D3' }]);
  });

  it('an address that is not a written block of this spreadsheet', () => {
    const { addon, spreadsheet } = written();
    expect(() => addon.global.nameRange('B2:D3', 'Bands')).toThrow(/is not the address of a block of this spreadsheet/);
    expect(() => addon.global.nameRange("'Offers 2026'!B2:D3;A1", 'Bands')).toThrow(/is not the address of a block/);
    expect(() => addon.global.nameRange("'Offers 2026'!A1:Z1000", 'Bands')).toThrow(
      /larger than any table the panel writes/,
    );
    expect(() => addon.global.nameRange("'Offers 2026'!F10:H12", 'Bands')).toThrow(/is empty: insert the table first/);
    expect(() => addon.global.nameRange(42, 'Bands')).toThrow(/no range to name/);
    expect(spreadsheet.namedRangeLog).toEqual([]);
  });
});
