/**
 * The server functions the sidebar calls through google.script.run, in the built Code.js: inputs
 * kept per document, the selected tracker row read by header, and writes that never go over
 * non-empty cells without the user's yes. Arguments and results cross as JSON, as they do in Apps Script.
 */
import { loadAddon } from './fakes/addon';
import { FakeSheet, FakeSpreadsheet } from './fakes/spreadsheet';

/** google.script.run carries JSON-like values only. */
const overTheWire = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)));

describe('panel state per document', () => {
  it('is null the first time, then what was saved', () => {
    const addon = loadAddon();
    expect(addon.global.getPanelState()).toBeNull();
    const state = { version: 1, offers: [{ label: 'Offer A', base: '200,000', bonusTarget: '15' }], benchmark: { role: 'LLMOps', level: 'Senior', offerIndex: 0 } };
    addon.global.savePanelState(overTheWire(state));
    expect(overTheWire(addon.global.getPanelState())).toEqual(state);
    expect([...addon.properties.store.keys()]).toHaveLength(1);
  });

  it('refuses inputs too large for a document property with a message, keeping what was there', () => {
    const addon = loadAddon();
    addon.global.savePanelState({ version: 1, offers: [] });
    expect(() => addon.global.savePanelState({ version: 1, offers: [{ label: 'x'.repeat(10000) }] })).toThrow(/more than the 9,000 a document can keep/);
    expect(addon.global.getPanelState()).toEqual({ version: 1, offers: [] });
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
    expect(overTheWire(addon.global.readSelectedRow())).toEqual({ Candidate: 'Ada', Base: 200000, 'Bonus target': 0.15, 'Start date': '2026-03-01', 'Company type': 'startup' });
  });

  it('uses the spreadsheet time zone for dates (a date cell is midnight there)', () => {
    const sheet = tracker().fill('D2', [[new Date('2026-03-01T00:00:00-08:00')]]).select('A2');
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
    expect(sheet.getRange('C3:E4').getValues()).toEqual([['Offer A', 'Year 1', 'Year 2'], ['Base', '', '']]);
    expect(sheet.getRange('C3:E4').getFormulas()).toEqual([['', '', ''], ['', '=AIHOURLY(200000)', '']]);
    expect(sheet.log).toEqual([{ op: 'setFormulas', address: 'C3:E4' }]);
  });

  it('writes nothing over non-empty cells (a spill cell included) and names them, until told to overwrite', () => {
    const sheet = new FakeSheet('Offers').fill('E4', [['note']]).fill('C3', [['old']]).select('C3');
    const addon = loadAddon({ spreadsheet: new FakeSpreadsheet([sheet]) });
    const refused = overTheWire(addon.global.writeCells({ formulas: block, overwrite: false }));
    expect(refused).toEqual({ written: false, address: 'Offers!C3:E4', nonEmpty: ['C3', 'E4'] });
    expect(sheet.log).toEqual([]);
    expect(sheet.getRange('E4').getValue()).toBe('note');
    const forced = overTheWire(addon.global.writeCells({ formulas: block, overwrite: true }));
    expect(forced).toEqual({ written: true, address: 'Offers!C3:E4' });
    expect(sheet.getRange('E4').getValue()).toBe('');
    expect(sheet.getRange('C3').getValue()).toBe('Offer A');
  });

  it('refuses a block that is not rows of cells, or runs off the sheet, with a message', () => {
    const sheet = new FakeSheet('Small', 3, 3).select('B2');
    const addon = loadAddon({ spreadsheet: new FakeSpreadsheet([sheet]) });
    expect(() => addon.global.writeCells({ formulas: [], overwrite: false })).toThrow(/nothing to write/);
    expect(() => addon.global.writeCells({ formulas: [['a', 'b'], ['c']], overwrite: false })).toThrow(/Row 2 of the block has 1 cells, expected 2/);
    expect(() => addon.global.writeCells({ formulas: block, overwrite: false })).toThrow(/past the edge of the sheet/);
    expect(sheet.log).toEqual([]);
  });
});
