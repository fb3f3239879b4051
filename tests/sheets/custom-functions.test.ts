/**
 * Every catalog function called through the built Code.js as Sheets calls a custom function, and
 * compared with the core's `callByName` on the same inputs: single cells as scalars, ranges as 2-D
 * arrays, blanks as '', dates as Date objects of the script's own realm, a mix of good, blank and
 * bad rows. A whole-formula failure must throw an Error with the core's message (#ERROR! in
 * Sheets); an error inside an array must be the cell text `#N/A: why`.
 */
import { CATALOG, callByName, ERROR_CODES, FunctionSpec, isSheetError, Output, sheetsName } from '../../core';
import { Addon, loadAddon } from '../../testkit/sheets/addon';
import { exampleValues } from '../../core/examples';
import { hostSpelling } from '../../core/help';

type Expected = { throws: string } | { value: unknown };

/** What Sheets must receive for a core output (DESIGN.md §4), written out independently of the add-on. */
// The core's message in Sheets' spelling (AIROLES, not AI.ROLES): issue 19.
const inSheets = (message: string) => hostSpelling(message, 'sheets');

function expectedInSheets(output: Output): Expected {
  if (isSheetError(output)) return { throws: inSheets(output.message) };
  if (!Array.isArray(output)) return { value: output };
  return {
    value: output.map((row) =>
      row.map((cell) => (isSheetError(cell) ? inSheets(`${ERROR_CODES[cell.kind]}: ${cell.message}`) : cell)),
    ),
  };
}

/** A value Sheets accepts from a custom function: a scalar, or a non-empty rectangular grid of them. */
function isValidSheetsValue(value: unknown): boolean {
  const scalar = (v: unknown) =>
    typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
  if (!Array.isArray(value)) return scalar(value);
  if (value.length === 0 || !Array.isArray(value[0]) || value[0].length === 0) return false;
  const width = value[0].length;
  return value.every((row) => Array.isArray(row) && row.length === width && row.every(scalar));
}

/** Calls the Sheets global; returns what it returned or the message it threw. */
function callSheets(addon: Addon, name: string, args: unknown[]): Expected {
  const fn = addon.global[name];
  if (typeof fn !== 'function') throw new Error(`Code.js defines no function ${name}`);
  try {
    return { value: fn(...args) };
  } catch (error) {
    return { throws: (error as Error).message };
  }
}

/** Sheets-realm and core-realm copies of the same arguments (a Date is made in each realm). */
function argumentsFor(addon: Addon, spec: FunctionSpec): { sheets: unknown[]; core: unknown[] } {
  const call = (name: string, args: unknown[]) => {
    const out = callByName(name, args);
    if (isSheetError(out)) throw new Error(out.message);
    return out;
  };
  const sheets = exampleValues(spec, { makeDate: (y, m, d) => addon.evaluate(`new Date(${y}, ${m - 1}, ${d})`), call });
  const core = exampleValues(spec, { makeDate: (y, m, d) => new Date(y, m - 1, d), call });
  return { sheets, core };
}

/** A value each parameter cannot take, to put a bad row beside good ones. */
const BAD: Record<FunctionSpec['params'][number]['cellType'], unknown> = {
  number: 'a lot',
  string: 'no such thing',
  any: true,
};

const addon = loadAddon();

describe.each(CATALOG.map((spec) => [sheetsName(spec), spec] as const))('%s through Code.js', (name, spec) => {
  const args = argumentsFor(addon, spec);

  it('has sample arguments (its example parses, or the test names some)', () => {
    expect(args).toBeDefined();
  });

  it('called with single cells (scalars), gives what the core gives, as a value Sheets accepts', () => {
    const actual = callSheets(addon, name, args!.sheets);
    expect(actual).toEqual(expectedInSheets(callByName(spec.name, args!.core)));
    if ('value' in actual) expect(isValidSheetsValue(actual.value)).toBe(true);
  });

  const lifted = spec.params
    .map((p, i) => ({ p, i }))
    .filter(
      ({ p, i }) => (p.kind ?? 'lifted') === 'lifted' && i < (args?.core.length ?? 0) && !Array.isArray(args!.core[i]),
    );
  if (lifted.length > 0) {
    it("called with ranges (good row, blank row, good row, bad row), gives the core's grid with the error in its row", () => {
      const column = (value: unknown, bad: unknown) => [[value], [''], [value], [bad]];
      const withColumns = (values: unknown[]) =>
        values.map((value, i) => {
          const at = lifted.find((l) => l.i === i);
          // The bad value goes in the first lifted column only, so the row's error has one cause.
          return at ? column(value, at === lifted[0] ? BAD[at.p.cellType] : value) : value;
        });
      const actual = callSheets(addon, name, withColumns(args!.sheets));
      const expected = expectedInSheets(callByName(spec.name, withColumns(args!.core)));
      expect(actual).toEqual(expected);
      if ('value' in actual) {
        expect(isValidSheetsValue(actual.value)).toBe(true);
        const grid = actual.value as unknown[][];
        expect(grid).toHaveLength(4);
        expect(grid[1].every((cell) => cell === '')).toBe(true);
        expect(grid[0]).toEqual(grid[2]);
      }
    });
  }
});

describe('Sheets conventions through Code.js', () => {
  it('keeps one bad row\'s error in its own row as "#N/A: ..." text, and blank rows blank', () => {
    const roles = [['LLMOps'], [''], ['Astronaut'], ['MLOps']];
    const levels = [['Senior'], [''], ['Senior'], ['junior']];
    const grid = addon.global.AIBAND(roles, levels) as unknown[][];
    expect({ value: grid }).toEqual(expectedInSheets(callByName('BAND', [roles, levels])));
    expect(grid).toHaveLength(4);
    expect(grid[0].every((v) => typeof v === 'number')).toBe(true);
    expect(grid[1]).toEqual(['', '', '']);
    for (const cell of grid[2]) expect(cell).toMatch(/^#(N\/A|VALUE!): .*role/);
    expect(grid[3].every((v) => typeof v === 'number')).toBe(true);
  });

  it('messages name functions as Sheets spells them (AIROLES(), =AIFIGURE(...)), never as Excel does', () => {
    expect(() => addon.global.AIBAND('Astronaut', 'Senior')).toThrow(/listed by AIROLES\(\)/);
    expect(() => addon.global.AIBAND('Software Engineer', 'Principal')).toThrow(/=AIFIGURE\("payscale-swe-v/);
    const grid = addon.global.AIBAND([['Astronaut'], ['LLMOps']], [['Senior'], ['Senior']]) as unknown[][];
    expect(grid[0][0]).toMatch(/listed by AIROLES\(\)/);
    const thrown = (call: () => unknown): string => {
      try {
        call();
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error('expected the call to throw');
    };
    for (const message of [
      thrown(() => addon.global.AIBAND('Software Engineer', 'Principal')),
      thrown(() => addon.global.AIRATE('AI Engineer', 'Strong Senior')),
      thrown(() => addon.global.AIPREMIUM('astrology')),
    ])
      expect(message).not.toMatch(/\bAI\.[A-Z]/);
  });

  it("throws for a whole-formula failure, with the core's message (Sheets shows #ERROR! and the message)", () => {
    const core = callByName('BAND', ['Astronaut', 'Senior']);
    expect(isSheetError(core)).toBe(true);
    expect(() => addon.global.AIBAND('Astronaut', 'Senior')).toThrow(inSheets((core as { message: string }).message));
    expect(() => addon.global.AIBAND([['LLMOps'], ['MLOps']], [['Senior'], ['Mid'], ['Entry']])).toThrow(
      /ranges of different shapes/,
    );
    // Nothing passed says what is required; a blank cell is a blank row (issue 23 item 6).
    expect(() => addon.global.AIHOURLY()).toThrow(/annual is required/);
    expect(addon.global.AIHOURLY('')).toBe('');
  });

  it('throws once when the single row a call returns failed whole, but keeps a partly known row', () => {
    const core = callByName('BAND', ['Data Scientist', 'Senior']) as unknown[][];
    expect(core[0].every(isSheetError)).toBe(true);
    expect(() => addon.global.AIBAND('Data Scientist', 'Senior')).toThrow(
      /no source states a US band for Data Scientist/,
    );
    const partly = addon.global.AIBAND('AI Engineer', 'Lead', '', '', 'nexus') as unknown[][];
    expect(partly[0][0]).toMatch(/^#N\/A: .*gives no min for Lead/);
    expect(partly[0][1]).toBe(172361);
  });

  it('reads a one-cell range the same as the single cell Sheets usually passes', () => {
    expect(addon.global.AIBAND([['LLMOps']], [['Senior']], [['mid']])).toEqual(
      addon.global.AIBAND('LLMOps', 'Senior', 'mid'),
    );
    expect(typeof addon.global.AIBAND('LLMOps', 'Senior', 'mid')).toBe('number');
  });

  it('reads numbers typed as text and blank optionals as Sheets passes them', () => {
    expect(addon.global.AIHOURLY('194,000', '')).toBeCloseTo(194000 / 2080, 10);
    expect(addon.global.AIHOURLY(194000)).toBeCloseTo(194000 / 2080, 10);
  });

  it("reads date cells (Date objects of the script's realm), one by one and as a range", () => {
    const age = CATALOG.find((spec) => spec.name === 'AGE');
    // A date where a level belongs is refused with the same message as in the core.
    const levelDate = callByName('BAND', ['LLMOps', new Date(2026, 0, 31)]);
    expect(() => addon.global.AIBAND('LLMOps', addon.evaluate('new Date(2026, 0, 31)'))).toThrow(
      (levelDate as { message: string }).message,
    );
    if (age) {
      const from = addon.evaluate('new Date(2025, 0, 1)');
      const to = addon.evaluate('new Date(2026, 6, 1)');
      const expected = callByName('AGE', [180000, new Date(2025, 0, 1), new Date(2026, 6, 1), 0.04]);
      expect(addon.global.AIAGE(180000, from, to, 0.04)).toEqual(expected);
      expect(addon.global.AIAGE(180000, from, to, 0.04)).toBeGreaterThan(180000);
      // The third row starts after its end date: an error in that row only.
      const froms = addon.evaluate('[[new Date(2025, 0, 1)], [""], [new Date(2027, 0, 1)]]');
      const grid = addon.global.AIAGE(180000, froms, to, 0.04) as unknown[][];
      const coreGrid = callByName('AGE', [
        180000,
        [[new Date(2025, 0, 1)], [''], [new Date(2027, 0, 1)]],
        new Date(2026, 6, 1),
        0.04,
      ]);
      expect({ value: grid }).toEqual(expectedInSheets(coreGrid));
      expect(grid[0][0]).toEqual(expected);
      expect(grid[1][0]).toBe('');
    }
  });

  it("gives a blank grid for a range of blank rows (a formula over a tracker's empty tail)", () => {
    expect(addon.global.AIBAND([[''], ['']], [[''], ['']], 'mid')).toEqual([[''], ['']]);
  });
});
