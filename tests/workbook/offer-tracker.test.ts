/**
 * The sample offer tracker (2,000+ offers, one array formula per column) evaluated by HyperFormula
 * through the catalog plugin: values agree with the core, a bad row shows its errors in its own
 * cells only, blank rows stay blank, and an edit recalculates the dependent cells.
 */
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { registerCatalog } from '../../hyperformula-plugin';
import { callByName, InputCell, isSheetError, Output, OutputCell, SheetError } from '../../core';
import { sampleOffers, SampleOffer } from '../../examples/sample-offers';
import { FORMULA_COLUMNS, TRACKER_HEADERS, trackerSheet } from '../../examples/offer-tracker';

registerCatalog();

const OFFERS = 2_000;
const TAIL = 25;
const BAD_ROLE_ROW = 700; // 0-based offer index
const BAD_BASE_ROW = 1_300;

const offers: SampleOffer[] = sampleOffers(OFFERS).map((offer, i) => {
  if (i === BAD_ROLE_ROW) return { ...offer, role: 'Chief Vibes Officer' };
  if (i === BAD_BASE_ROW) return { ...offer, base: 'lots' as unknown as number };
  return offer;
});

const col = (header: string): number => TRACKER_HEADERS.indexOf(header);
const hf = HyperFormula.buildFromArray(trackerSheet(offers, { blankTail: TAIL }), {
  licenseKey: 'gpl-v3',
  smartRounding: false,
});
afterAll(() => hf.destroy());

function column(header: string, rows = OFFERS + TAIL): unknown[] {
  const c = col(header);
  return hf
    .getRangeValues({ start: { sheet: 0, col: c, row: 1 }, end: { sheet: 0, col: c, row: rows } })
    .map((r) => r[0]);
}

/** The core's answer for each formula column, fed the inputs the same way the sheet does. */
function coreColumns(list: readonly SampleOffer[]): Record<string, OutputCell[]> {
  const asColumn = (get: (o: SampleOffer) => InputCell): InputCell[][] => list.map((o) => [get(o)]);
  const flat = (out: Output): OutputCell[] => (out as OutputCell[][]).map((r) => r[0]);
  const role = asColumn((o) => o.role);
  const level = asColumn((o) => o.level);
  const base = asColumn((o) => o.base);
  const target = asColumn((o) => o.bonusTarget);
  const payout = asColumn((o) => o.bonusPayout);
  const grant = asColumn((o) => o.equityGrant);
  const type = asColumn((o) => o.companyType);
  const schedule = asColumn((o) => o.schedule);
  const signOn = asColumn((o) => o.signOn);
  const min = callByName('BAND', [role, level, 'min']);
  const mid = callByName('BAND', [role, level, 'mid']);
  const max = callByName('BAND', [role, level, 'max']);
  const vest1 = callByName('VEST', [grant, 1, schedule]);
  return {
    'Band min': flat(min),
    'Band mid': flat(mid),
    'Band max': flat(max),
    'Compa-ratio': flat(callByName('COMPA', [base, mid])),
    Penetration: flat(callByName('PENETRATION', [base, min, max])),
    'Expected bonus': flat(callByName('BONUS', [base, target, payout])),
    'Equity year 1': flat(vest1),
    'Equity year 1, risk-adjusted': flat(callByName('EQUITY', [vest1, type])),
    'Offer value a year': flat(callByName('OFFER', [base, target, payout, grant, type, schedule, signOn])),
  };
}

const expected = coreColumns(offers);

function sameCell(actual: unknown, want: OutputCell): boolean {
  if (isSheetError(want))
    return (
      actual instanceof DetailedCellError && actual.value === { NA: '#N/A', VALUE: '#VALUE!', NUM: '#NUM!' }[want.kind]
    );
  return actual === want;
}

describe(`a ${OFFERS.toLocaleString('en-US')}-offer tracker, one array formula per column`, () => {
  test('the tracker has every input the issue names and one formula per computed column', () => {
    expect(TRACKER_HEADERS).toEqual(
      expect.arrayContaining([
        'Role',
        'Level',
        'Base',
        'Bonus target',
        'Bonus payout',
        'Equity grant',
        'Company type',
        'Schedule',
        'Sign-on',
      ]),
    );
    for (const fc of FORMULA_COLUMNS) {
      const formulas = column(fc.header)
        .map((_, r) => hf.getCellFormula({ sheet: 0, col: col(fc.header), row: r + 1 }))
        .filter(Boolean);
      expect(formulas).toHaveLength(1);
      expect(formulas[0]).toMatch(new RegExp(`^=AI\\.${fc.fn}\\(`));
    }
  });

  test.each(FORMULA_COLUMNS.map((fc) => [fc.header]))('%s agrees with the core on every row', (header) => {
    const actual = column(header, OFFERS);
    const want = expected[header];
    const mismatches = actual.map((v, i) => (sameCell(v, want[i]) ? -1 : i)).filter((i) => i >= 0);
    expect(mismatches.slice(0, 5).map((i) => ({ row: i + 2, actual: actual[i], want: want[i] }))).toEqual([]);
    expect(actual.filter((v) => typeof v === 'number').length).toBeGreaterThan(OFFERS * 0.9);
  });

  test('a bad role shows errors in its own row, in the columns that read the role, and nowhere else', () => {
    const readsRole = ['Band min', 'Band mid', 'Band max', 'Compa-ratio', 'Penetration'];
    for (const fc of FORMULA_COLUMNS) {
      const values = column(fc.header, OFFERS);
      const errorRows = values.map((v, i) => (v instanceof DetailedCellError ? i : -1)).filter((i) => i >= 0);
      const expectedRows = [
        ...(readsRole.includes(fc.header) ? [BAD_ROLE_ROW] : []),
        ...(['Band min', 'Band mid', 'Band max', 'Equity year 1', 'Equity year 1, risk-adjusted'].includes(fc.header)
          ? []
          : [BAD_BASE_ROW]),
      ].sort((a, b) => a - b);
      expect({ header: fc.header, errorRows }).toEqual({ header: fc.header, errorRows: expectedRows });
    }
    const bandMid = column('Band mid', OFFERS)[BAD_ROLE_ROW] as DetailedCellError;
    expect(bandMid.value).toBe('#VALUE!');
    expect(bandMid.message).toMatch(/unknown role "Chief Vibes Officer"/);
    const bonus = column('Expected bonus', OFFERS)[BAD_BASE_ROW] as DetailedCellError;
    expect(bonus.message).toBe((callByName('BONUS', ['lots', 0.1]) as SheetError).message);
  });

  test('the blank rows under the last offer stay blank in every formula column', () => {
    for (const fc of FORMULA_COLUMNS) {
      const tail = column(fc.header).slice(OFFERS);
      expect(tail).toHaveLength(TAIL);
      expect(tail.every((v) => v === null)).toBe(true);
    }
  });

  test('an edit recalculates the dependent cells of that row, and only those change', () => {
    const row = 42;
    const before = Object.fromEntries(FORMULA_COLUMNS.map((fc) => [fc.header, column(fc.header, OFFERS)]));
    const edited = offers.map((o, i) =>
      i === row ? { ...o, level: o.level === 'Senior' ? 'Entry' : 'Senior', base: o.base + 20000 } : o,
    );
    hf.batch(() => {
      hf.setCellContents({ sheet: 0, col: col('Level'), row: row + 1 }, [[edited[row].level]]);
      hf.setCellContents({ sheet: 0, col: col('Base'), row: row + 1 }, [[edited[row].base]]);
    });
    const want = coreColumns(edited);
    for (const fc of FORMULA_COLUMNS) {
      const after = column(fc.header, OFFERS);
      expect(sameCell(after[row], want[fc.header][row])).toBe(true);
      const changed = after
        .map((v, i) =>
          v === before[fc.header][i] ||
          (v instanceof DetailedCellError && before[fc.header][i] instanceof DetailedCellError)
            ? -1
            : i,
        )
        .filter((i) => i >= 0);
      const dependsOnEdit = !['Equity year 1', 'Equity year 1, risk-adjusted'].includes(fc.header);
      expect({ header: fc.header, changed }).toEqual({ header: fc.header, changed: dependsOnEdit ? [row] : [] });
    }
  });
});
