/**
 * The add-on menu in every AuthMode an editor add-on is opened in, and its two actions that touch
 * the sheet: the band table (never over non-empty cells without asking) and About.
 */
import { CATALOG, callByName, sheetsName } from '../../core';
import { LEVELS } from '../../core/vocabulary/levels';
import { loadAddon } from '../../testkit/sheets/addon';
import { recalculate } from '../../testkit/sheets/recalculate';
import { FakeSheet, FakeSpreadsheet } from '../../testkit/sheets/spreadsheet';

const MENU = [
  { caption: 'Enable functions in this spreadsheet', functionName: 'enableFunctions' },
  { caption: 'Open offer panel', functionName: 'showOfferPanel' },
  { caption: 'Insert band table for a role…', functionName: 'insertBandTable' },
  { caption: 'About and data sources', functionName: 'showAbout' },
];

describe('onOpen and onInstall', () => {
  it.each(['NONE', 'LIMITED', 'FULL'] as const)(
    'build the add-on menu in AuthMode.%s, touching nothing else',
    (mode) => {
      const addon = loadAddon({ authMode: mode });
      const event = { authMode: addon.evaluate(`ScriptApp.AuthMode.${mode}`), source: undefined };
      addon.global.onOpen(event);
      addon.global.onInstall({ authMode: event.authMode });
      expect(addon.denied).toEqual([]);
      expect(addon.ui.menus).toHaveLength(2);
      for (const menu of addon.ui.menus) {
        expect(menu.kind).toBe('addon');
        expect(menu.items).toEqual(MENU);
      }
      expect(addon.properties.store.size).toBe(0);
    },
  );

  it('names only functions Code.js defines at the top level', () => {
    const addon = loadAddon();
    addon.global.onOpen({ authMode: 'FULL' });
    for (const item of addon.ui.menus[0].items) expect(typeof addon.global[item.functionName]).toBe('function');
  });
});

describe('Enable functions in this spreadsheet', () => {
  // Sheets runs a menu item with the add-on authorised, but the item must not depend on it: it is
  // the first thing a user clicks in a new spreadsheet.
  it.each(['NONE', 'LIMITED', 'FULL'] as const)(
    'runs in AuthMode.%s, says the functions now work here, and touches nothing',
    (mode) => {
      const addon = loadAddon({ authMode: mode });
      addon.global.onOpen({ authMode: mode });
      const item = addon.ui.menus[0].items.find((i) => i.caption === 'Enable functions in this spreadsheet')!;
      addon.global[item.functionName]();
      expect(addon.denied).toEqual([]);
      expect(addon.ui.dialogs).toHaveLength(1);
      const { title, text, buttons } = addon.ui.dialogs[0];
      expect(title).toBe('AI comp functions');
      expect(buttons).toBe('OK');
      expect(text).toMatch(
        /^The \d+ AI comp functions now work in this spreadsheet: type =AIBAND\("LLMOps","Senior"\)/,
      );
      for (const spec of CATALOG) expect(text).toContain(sheetsName(spec));
      expect(text).toContain(`The ${CATALOG.length} AI comp functions`);
      expect(addon.properties.store.size).toBe(0);
      expect(addon.spreadsheet.getActiveSheet().log).toEqual([]);
    },
  );
});

describe('Insert band table for a role', () => {
  function setup(fill?: (sheet: FakeSheet) => void) {
    const sheet = new FakeSheet('Bands 2026');
    fill?.(sheet);
    sheet.select('B2');
    const addon = loadAddon({ spreadsheet: new FakeSpreadsheet([sheet]) });
    return { addon, sheet };
  }

  it("writes AIBAND formulas for each level at the selection, which compute the core's figures", () => {
    const { addon, sheet } = setup();
    addon.ui.promptAnswers.push({ button: 'OK', text: 'mlops' });
    addon.global.insertBandTable();
    const formulas = sheet.getRange(2, 2, 2 + LEVELS.length, 5).getFormulas();
    const values = sheet.getRange(2, 2, 2 + LEVELS.length, 5).getValues();
    expect(values[0].slice(0, 2)).toEqual(['Role', 'LLMOps']);
    expect(values[1]).toEqual(['Level', 'Min', 'Mid', 'Max', 'Source']);
    LEVELS.forEach((level, i) => {
      expect(values[2 + i][0]).toBe(level.name);
      expect(formulas[2 + i][1]).toBe(`=AIBAND($C$2,B${4 + i})`);
      expect(formulas[2 + i][4]).toBe(`=AISOURCE($C$2,B${4 + i})`);
      // spill cells left empty
      expect(formulas[2 + i].slice(2, 4)).toEqual(['', '']);
      expect(values[2 + i].slice(2, 4)).toEqual(['', '']);
    });
    const shown = recalculate(addon, sheet);
    const senior = 2 + LEVELS.findIndex((l) => l.name === 'Senior');
    const band = callByName('BAND', ['LLMOps', 'Senior']) as number[][];
    expect([3, 4, 5].map((c) => shown.get(`${2 + senior},${c}`))).toEqual(band[0]);
    expect(shown.get(`${2 + senior},6`)).toBe(callByName('SOURCE', ['LLMOps', 'Senior']));
    // A level without data says so in its cells, never a number.
    const strong = 2 + LEVELS.findIndex((l) => l.name === 'Strong Senior');
    expect(String(shown.get(`${2 + strong},3`))).toMatch(/^#ERROR!: .*no Strong Senior/);
    expect(addon.ui.dialogs.filter((d) => d.kind === 'alert')).toEqual([]);
  });

  it('asks before writing over non-empty cells, and writes nothing when told no', () => {
    const { addon, sheet } = setup((s) => s.fill('D5', [['keep me']]));
    addon.ui.promptAnswers.push({ button: 'OK', text: 'LLMOps' });
    addon.ui.alertAnswers.push('NO');
    addon.global.insertBandTable();
    const question = addon.ui.dialogs.find((d) => d.kind === 'alert')!;
    expect(question.buttons).toBe('YES_NO');
    expect(question.text).toContain('D5');
    expect(question.text).toContain("'Bands 2026'!B2:F9");
    expect(sheet.getRange('D5').getValue()).toBe('keep me');
    expect(sheet.log).toEqual([]);
  });

  it('writes over them when told yes, leaving the spill cells empty', () => {
    const { addon, sheet } = setup((s) => s.fill('D5', [['old']]));
    addon.ui.promptAnswers.push({ button: 'OK', text: 'LLMOps' });
    addon.ui.alertAnswers.push('YES');
    addon.global.insertBandTable();
    expect(sheet.getRange('D5').getValue()).toBe('');
    expect(sheet.getRange('C5').getFormulas()[0][0]).toBe('=AIBAND($C$2,B5)');
    expect(recalculate(addon, sheet).get('5,4')).toEqual(expect.any(Number));
  });

  it('writes nothing for a cancelled prompt, and explains an unknown role with the closest names', () => {
    const { addon, sheet } = setup();
    addon.ui.promptAnswers.push({ button: 'CANCEL', text: 'LLMOps' });
    addon.global.insertBandTable();
    addon.ui.promptAnswers.push({ button: 'OK', text: 'LLM Opps' });
    addon.global.insertBandTable();
    expect(sheet.getLastRow()).toBe(0);
    const alert = addon.ui.dialogs.find((d) => d.kind === 'alert')!;
    expect(alert.text).toMatch(/LLMOps/);
    expect(alert.text).toMatch(/Nothing was inserted/);
  });

  it('says so when the table would run off the sheet', () => {
    const sheet = new FakeSheet('Small', 5, 5).select('A1');
    const addon = loadAddon({ spreadsheet: new FakeSpreadsheet([sheet]) });
    addon.ui.promptAnswers.push({ button: 'OK', text: 'LLMOps' });
    addon.global.insertBandTable();
    expect(addon.ui.dialogs.find((d) => d.kind === 'alert')!.text).toMatch(/past the edge of the sheet/);
    expect(sheet.getLastRow()).toBe(0);
  });
});

describe('About and data sources', () => {
  it('names every seed article and says the data is embedded', () => {
    const addon = loadAddon();
    addon.global.showAbout();
    const text = addon.ui.dialogs[0].text;
    for (const title of [
      'skills-based compensation',
      'AI Tech Connect, untitled article',
      'CompTIA SecAI+',
      '2026 Compensation Guide',
    ])
      expect(text).toContain(title);
    expect(text).toMatch(/nothing is sent over the network/);
  });
});

describe('Open offer panel', () => {
  it('shows Sidebar.html, the file pushed beside Code.js, as the sidebar', () => {
    const addon = loadAddon();
    addon.global.showOfferPanel();
    expect(addon.ui.sidebars).toHaveLength(1);
    expect(addon.ui.sidebars[0].title).toBe('Offer panel');
    expect(addon.ui.sidebars[0].content).toContain('<div id="offer-panel">');
  });
});
