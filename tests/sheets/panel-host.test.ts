/**
 * The server functions the sidebar calls through google.script.run, in the built Code.js: inputs
 * kept per document, the selected tracker row read by header, and writes that never go over
 * non-empty cells without the user's yes. Arguments and results cross as JSON, as they do in Apps Script.
 */
import { loadAddon } from '../../testkit/sheets/addon';
import { saveWhole } from '../../testkit/sheets/panel-saves';
import { FakeSheet, FakeSpreadsheet } from '../../testkit/sheets/spreadsheet';

/** google.script.run carries JSON-like values only. */
const overTheWire = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)));

describe('panel state per document', () => {
  it('is null the first time, then what was saved', () => {
    const addon = loadAddon();
    expect(addon.global.getPanelState()).toBeNull();
    const state = {
      version: 1,
      offers: [{ label: 'Offer A', base: '200,000', bonusTarget: '15' }],
      benchmark: { role: 'LLMOps', level: 'Senior', offerIndex: 0 },
    };
    saveWhole(addon.global, overTheWire(state));
    expect(overTheWire(addon.global.getPanelState())).toEqual(state);
    expect([...addon.properties.store.keys()]).toEqual(['aiComp.offerPanel', 'aiComp.offerPanel.part.1']);
  });

  it('splits inputs larger than one property (a pasted band table) across properties, and reads them back whole', () => {
    const addon = loadAddon();
    // ~30 KB of CSV, with characters of 2, 3 and 4 bytes so a split inside a character would show.
    const rows = Array.from(
      { length: 600 },
      (_, i) => `Rôle ${i},Senior,${100000 + i},${150000 + i},EUR,Zürich €,\u{1F4B6}`,
    );
    const big = {
      version: 1,
      offers: [{ label: 'Offer A', base: '200000' }],
      benchmark: { role: 'LLMOps', level: 'Senior', offerIndex: 0 },
      bandTableCsv: ['role,level,min,max,currency,market,note', ...rows].join('\n'),
      bandTableName: 'MyBands',
    };
    saveWhole(addon.global, overTheWire(big));
    expect(overTheWire(addon.global.getPanelState())).toEqual(big);
    const keys = [...addon.properties.store.keys()];
    expect(keys.length).toBeGreaterThan(3);
    for (const key of keys)
      expect(Buffer.byteLength(addon.properties.store.get(key)!, 'utf8')).toBeLessThanOrEqual(9000);
    // Saved again, then small again: the parts of earlier saves are removed.
    const bigger = { ...big, bandTableName: 'Other' };
    saveWhole(addon.global, overTheWire(bigger));
    expect(overTheWire(addon.global.getPanelState())).toEqual(bigger);
    expect([...addon.properties.store.keys()]).toHaveLength(keys.length);
    const small = { version: 1, offers: [], bandTableCsv: '' };
    saveWhole(addon.global, small);
    expect(addon.global.getPanelState()).toEqual(small);
    expect([...addon.properties.store.keys()]).toEqual(['aiComp.offerPanel', 'aiComp.offerPanel.part.1']);
  });

  it('refuses inputs above what a document keeps with a message naming the pasted table, keeping what was there', () => {
    const addon = loadAddon();
    saveWhole(addon.global, { version: 1, offers: [] });
    const huge = { version: 1, offers: [], bandTableCsv: 'role,level,mid\n' + 'LLMOps,Senior,190000\n'.repeat(25000) };
    expect(() => saveWhole(addon.global, huge)).toThrow(
      /more than the 240,000 a document can keep for this add-on, so this change was not saved \(what was saved before is kept\): the pasted band table alone is [\d,]+ bytes: insert it into the sheet/,
    );
    expect(() => saveWhole(addon.global, { version: 1, offers: [{ label: 'x'.repeat(500000) }] })).toThrow(
      /shorten the labels or remove an offer/,
    );
    expect(addon.global.getPanelState()).toEqual({ version: 1, offers: [] });
  });

  it('opens blank when a part of a split state is missing', () => {
    const addon = loadAddon();
    saveWhole(addon.global, { version: 1, offers: [], bandTableCsv: 'x'.repeat(20000) });
    const part = [...addon.properties.store.keys()].find((key) => key.endsWith('.2'))!;
    addon.properties.store.delete(part);
    expect(addon.global.getPanelState()).toBeNull();
  });

  it('opens blank rather than failing on a property it cannot read', () => {
    const addon = loadAddon();
    addon.properties.store.set('aiComp.offerPanel', '{"version":1,');
    expect(addon.global.getPanelState()).toBeNull();
  });
});

describe('readSelectedRow', () => {
  function tracker() {
    const sheet = new FakeSheet('Offers');
    sheet.fill('A1', [
      ['Candidate', 'Base', 'Bonus target', 'Start date', '', 'Company type'],
      ['Ada', 200000, 0.15, new Date(Date.UTC(2026, 2, 1)), 'ignored: no header', 'startup'],
    ]);
    return sheet;
  }

  it('gives header -> value for the selected row, dates as ISO text', () => {
    const sheet = tracker().select('C2');
    const addon = loadAddon({ spreadsheet: new FakeSpreadsheet([sheet]) });
    expect(overTheWire(addon.global.readSelectedRow())).toEqual({
      Candidate: 'Ada',
      Base: 200000,
      'Bonus target': 0.15,
      'Start date': '2026-03-01',
      'Company type': 'startup',
    });
  });

  it('uses the spreadsheet time zone for dates (a date cell is midnight there)', () => {
    const sheet = tracker()
      .fill('D2', [[new Date('2026-03-01T00:00:00-08:00')]])
      .select('A2');
    const addon = loadAddon({ spreadsheet: new FakeSpreadsheet([sheet], 'America/Los_Angeles') });
    expect(addon.global.readSelectedRow()['Start date']).toBe('2026-03-01');
  });

  it('explains what to select when the selection is the header row, or the sheet is empty', () => {
    const onHeader = loadAddon({ spreadsheet: new FakeSpreadsheet([tracker().select('B1')]) });
    expect(() => onHeader.global.readSelectedRow()).toThrow(/header row: select a cell in an offer's row below it/);
    const empty = loadAddon({ spreadsheet: new FakeSpreadsheet([new FakeSheet('Empty').select('B3')]) });
    expect(() => empty.global.readSelectedRow()).toThrow(/This sheet is empty/);
  });
});

describe('writeCells', () => {
  const block = [
    ['Offer A', 'Year 1', 'Year 2'],
    ['Base', '=AIHOURLY(200000)', ''],
  ];

  it('writes formulas and labels at the selection when every target cell is empty', () => {
    const sheet = new FakeSheet('Offers 2026').select('C3:D9');
    const addon = loadAddon({ spreadsheet: new FakeSpreadsheet([sheet]) });
    const result = overTheWire(addon.global.writeCells(overTheWire({ formulas: block, overwrite: false })));
    expect(result).toEqual({ written: true, address: "'Offers 2026'!C3:E4" });
    expect(sheet.getRange('C3:E4').getValues()).toEqual([
      ['Offer A', 'Year 1', 'Year 2'],
      ['Base', '', ''],
    ]);
    expect(sheet.getRange('C3:E4').getFormulas()).toEqual([
      ['', '', ''],
      ['', '=AIHOURLY(200000)', ''],
    ]);
    expect(sheet.log).toEqual([{ op: 'setValues', address: 'C3:E4' }]);
  });

  it('writes nothing over non-empty cells (a spill cell included) and names them, until told to overwrite', () => {
    const sheet = new FakeSheet('Offers')
      .fill('E4', [['note']])
      .fill('C3', [['old']])
      .select('C3');
    const addon = loadAddon({ spreadsheet: new FakeSpreadsheet([sheet]) });
    const refused = overTheWire(addon.global.writeCells({ formulas: block, overwrite: false }));
    expect(refused).toMatchObject({ written: false, address: 'Offers!C3:E4', nonEmpty: ['C3', 'E4'] });
    expect(refused.check.address).toBe('Offers!C3:E4');
    expect(sheet.log).toEqual([]);
    expect(sheet.getRange('E4').getValue()).toBe('note');
    const forced = overTheWire(addon.global.writeCells({ formulas: block, overwrite: true, checked: refused.check }));
    expect(forced).toEqual({ written: true, address: 'Offers!C3:E4' });
    expect(sheet.getRange('E4').getValue()).toBe('');
    expect(sheet.getRange('C3').getValue()).toBe('Offer A');
  });

  it('refuses a block that is not rows of cells, or runs off the sheet, with a message', () => {
    const sheet = new FakeSheet('Small', 3, 3).select('B2');
    const addon = loadAddon({ spreadsheet: new FakeSpreadsheet([sheet]) });
    expect(() => addon.global.writeCells({ formulas: [], overwrite: false })).toThrow(/nothing to write/);
    expect(() => addon.global.writeCells({ formulas: [['a', 'b'], ['c']], overwrite: false })).toThrow(
      /Row 2 of the block has 1 cells, expected 2/,
    );
    expect(() => addon.global.writeCells({ formulas: block, overwrite: false })).toThrow(/past the edge of the sheet/);
    expect(sheet.log).toEqual([]);
  });
});

describe('nameRange', () => {
  function written() {
    const sheet = new FakeSheet('Bands 2026').select('B2');
    const spreadsheet = new FakeSpreadsheet([new FakeSheet('Offers'), sheet]);
    spreadsheet.activeSheet = sheet;
    const addon = loadAddon({ spreadsheet });
    const { address } = addon.global.writeCells({
      formulas: [
        ['role', 'level', 'mid'],
        ['LLMOps', 'Senior', '190000'],
      ],
      overwrite: false,
    });
    return { addon, sheet, spreadsheet, address: address as string };
  }

  it('names the range writeCells answered with setNamedRange, so a formula can use it by name', () => {
    const { addon, spreadsheet, address } = written();
    expect(address).toBe("'Bands 2026'!B2:D3");
    addon.global.nameRange(address, 'MyBands');
    expect(spreadsheet.namedRangeLog).toEqual([{ name: 'MyBands', address: 'Bands 2026!B2:D3' }]);
    expect(spreadsheet.getRangeByName('mybands')!.getA1Notation()).toBe('B2:D3');
    // Naming the same range again (the table inserted again over itself) is no change.
    addon.global.nameRange(address, 'MYBANDS');
    expect(spreadsheet.namedRangeLog).toHaveLength(1);
  });

  it('refuses a name Sheets would refuse, or one that already names another range, with a message; nothing is named or moved', () => {
    const { addon, spreadsheet, address } = written();
    expect(() => addon.global.nameRange(address, 'A1')).toThrow(
      /A1 cannot name a range: "A1" reads as a cell reference/,
    );
    expect(() => addon.global.nameRange(address, 'R1C1')).toThrow(/reads as a cell reference/);
    expect(() => addon.global.nameRange(address, 'my bands')).toThrow(/has no spaces/);
    expect(() => addon.global.nameRange(address, 'Q3.bands')).toThrow(/only letters, digits and _.*remove \./);
    expect(() => addon.global.nameRange(address, 'x'.repeat(251))).toThrow(/at most 250 characters/);
    expect(() => addon.global.nameRange(address, '')).toThrow(/A range name is needed/);
    spreadsheet.setNamedRange('Taken', spreadsheet.getRange('Offers!A1:C9'));
    expect(() => addon.global.nameRange(address, 'taken')).toThrow(
      'The name taken already refers to Offers!A1:C9: choose another name, or remove that one in Data › Named ranges first.',
    );
    expect(() => addon.global.nameRange('Gone!A1:B2', 'Fine')).toThrow(/Gone!A1:B2 is not a range of this spreadsheet/);
    expect(spreadsheet.namedRangeLog).toEqual([{ name: 'Taken', address: 'Offers!A1:C9' }]);
  });
});
