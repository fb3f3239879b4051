/**
 * One reader for cells (issue 11 item 2, issue 15 item 3): the grammar of core/cell-reader.ts, and
 * one table of awkward inputs fed through a formula (callByName) and through the panel's reader,
 * which must give the same answer: the same figure, or the same message.
 */
import { callByName, isSheetError, SheetError } from '../../core';
import { readNumberText } from '../../core/cell-reader';
import { readOffer } from '../../panel/offer-input';
import { blankOffer, OfferInputs } from '../../panel/state';
import { fillFromRow } from '../../panel/tracker-row';
import { parseBandTableCsv, bandTableSheetCells } from '../../core/band/band-table-csv';

const value = (text: string, mark: '.' | ',' = '.') => {
  const r = readNumberText(text, mark);
  return r && 'value' in r ? r.value : r && 'problem' in r ? 'ambiguous' : 'not a number';
};

describe('the number grammar', () => {
  test.each([
    ['120,000', 120000],
    ['$95.50', 95.5],
    ['15%', 0.15],
    ['15 %', 0.15],
    ['1 000', 1000],
    ['1\u202f000\u00a0000', 1000000],
    ['1e3', 1000],
    ['2.5E+5', 250000],
    ['€200,000', 200000],
    ['USD 120000', 120000],
    ['120000 eur', 120000],
    ['£1,234.50', 1234.5],
    ['(1,200)', -1200],
    ['-$5', -5],
    ['$-5', -5],
    ['1.234.567', 1234567],
    ['1.234,56', 1234.56],
    ['1,234.56', 1234.56],
    ['0.150', 0.15],
    ['1234.567', 1234.567],
    ['.5', 0.5],
    ['1,5', 1.5],
    ['€200.000', 'ambiguous'],
    ['160.000', 'ambiguous'],
    ['2.125', 'ambiguous'],
    ['abc', 'not a number'],
    ['--5', 'not a number'],
    ['$15%', 'not a number'],
    ['1,23,456', 'not a number'],
    ['1e400', 'not a number'],
    ['', 'not a number'],
    ['12 34', 'not a number'],
  ])('%s reads as %s with a decimal point', (text, expected) => {
    expect(value(text)).toBe(expected);
  });
  test.each([
    ['160.000', 160000],
    ['€200.000', 200000],
    ['1.234,56', 1234.56],
    ['0,15', 0.15],
    ['160,000', 'ambiguous'],
    ['1 000,5', 1000.5],
  ])('%s reads as %s with a decimal comma', (text, expected) => {
    expect(value(text, ',')).toBe(expected);
  });
  test('an ambiguous figure says both readings and how to write each', () => {
    const e = callByName('HOURLY', ['€200.000', 1]) as SheetError;
    expect(e.kind).toBe('VALUE');
    expect(e.message).toBe(
      'annual: "200.000" is ambiguous: a dot before three digits is a decimal mark in some countries (200) and a thousands separator in others (200,000); write 200000 for 200,000, or 200.0000 for the decimal',
    );
  });
});

describe('a semicolon CSV is read with decimal commas (issue 15 item 3)', () => {
  test('160.000 in a semicolon CSV is 160000, in the table and in the cells written', () => {
    const reading = parseBandTableCsv('role;level;min;mid;max\nLLMOps;Senior;160.000;190.000;220.000\n');
    expect(reading.problems).toEqual([]);
    expect(bandTableSheetCells(reading)[1].slice(2)).toEqual([160000, 190000, 220000]);
    expect(callByName('BAND', ['LLMOps', 'Senior', 'mid', null, bandTableSheetCells(reading)])).toBe(190000);
  });
  test('160.000 in a comma CSV is refused with why, not read as 160', () => {
    const reading = parseBandTableCsv('role,level,min,mid,max\nLLMOps,Senior,160.000,190000,220000\n');
    expect(reading.table).toBeUndefined();
    expect(reading.problems.map((p) => p.message).join(' ')).toContain('ambiguous');
  });
});

const offer = (fields: Partial<OfferInputs>): OfferInputs => ({ ...blankOffer(0), companyType: 'public', ...fields });
/** The panel's answer: the figure, or the message beside the field. */
function panelAnswer(fields: Partial<OfferInputs>): number | string {
  const reading = readOffer(offer(fields));
  if (reading.status === 'valid') return reading.decomposition.riskAdjustedAverageAnnual;
  if (reading.status === 'invalid') return Object.values(reading.errors)[0]!;
  return 'empty';
}
/** The formula's answer for the same offer: AI.OFFER(base, bonusTarget, , , "public"). */
function formulaAnswer(base: string, bonusTarget: string | null): number | string {
  const out = callByName('OFFER', [base, bonusTarget, null, null, 'public', null, null, 4]);
  return isSheetError(out) ? out.message : (out as number);
}

describe('the same awkward text through a formula and through the panel gives the same answer', () => {
  const bases = [
    '200000',
    '€200,000',
    '$ 200,000',
    '200 000',
    '2e5',
    '200000 USD',
    '200,000.00',
    '€200.000',
    '160.000',
    '1.234.567',
    '(200,000)',
    'abc',
    '200k',
    '15%',
    '1e9',
  ];
  test.each(bases)('base %s', (base) => {
    expect(panelAnswer({ base })).toEqual(formulaAnswer(base, null));
  });
  const targets = ['0.15', '15%', '15', '50', '1e-1', '0,15', '2', '2.5', '-0.1', 'ten', '0.150'];
  test.each(targets)('bonus target %s', (bonusTarget) => {
    expect(panelAnswer({ base: '200000', bonusTarget })).toEqual(formulaAnswer('200000', bonusTarget));
  });
  test('a bonus target of 15 gets the one message, worded with the label the user sees', () => {
    const message =
      'Bonus target: expected a target bonus as a fraction from 0 to 1 (0.15 for 15%, not 15), received 15';
    expect(formulaAnswer('200000', '15')).toBe(message);
    expect((callByName('OFFER', [200000, 15, null, null, 'public']) as SheetError).message).toBe(message);
    expect(panelAnswer({ base: '200000', bonusTarget: '15' })).toBe(message);
  });
  test('the tracker-row fill reads amounts with the same reader', () => {
    expect(fillFromRow({ 'Base salary': '$200,000', 'Sign-on': '€20 000' }).fields).toMatchObject({
      base: '200000',
      signOn: '20000',
    });
    // refused text stays as typed, so the panel shows why
    expect(fillFromRow({ 'Base salary': '€200.000' }).fields.base).toBe('€200.000');
    expect(panelAnswer({ base: fillFromRow({ 'Base salary': '€200.000' }).fields.base })).toEqual(
      formulaAnswer('€200.000', null),
    );
  });
});

describe('bounds that catch a slip (issue 15 item 6)', () => {
  const message = (out: unknown): string => (isSheetError(out) ? out.message : `not an error: ${String(out)}`);
  test('every fraction parameter past its bound says "0.15 for 15%, not 15"', () => {
    for (const [name, args] of [
      ['BONUS', [200000, 10]],
      ['BILLRATE', [60, 50]],
      ['PAYRATE', [90, 50]],
      ['EQUITY', [100000, 'startup', 50]],
      ['DILUTE', [100000, 20, 2]],
      ['AGE', [100000, '2025-01-01', '2026-01-01', 4]],
      ['OPTION', [100, 1, 2, 1, 40]],
      ['EXITVALUE', [100, 1, [[10]], [[0.5]], 2, 10]],
      ['OFFER', [200000, 15, null, 0, 'public', null, 0]],
      ['OFFER', [200000, 0.1, null, 0, 'public', null, 0, 4, 50]],
      ['RANGE', [100000, 50]],
    ] as [string, unknown[]][]) {
      expect(message(callByName(name, args))).toContain('(0.15 for 15%, not 15)');
    }
  });
  test('AI.BONUS(200000, 10) and AI.BILLRATE(60, 50) are refused, not 2,000,000 and 3,060', () => {
    expect(isSheetError(callByName('BONUS', [200000, 10]))).toBe(true);
    expect(isSheetError(callByName('BILLRATE', [60, 50]))).toBe(true);
    expect(callByName('BILLRATE', [60, 0.5])).toBe(90);
  });
  test('dates before 1900 are refused, not read as 19xx', () => {
    expect(message(callByName('AGE', [180000, '0026-01-01', '2026-01-01', 0.04]))).toContain('a date from 1900 on');
    expect(message(callByName('AGE', [180000, '1899-12-31', '2026-01-01', 0.04]))).toContain('a date from 1900 on');
  });
  test('a time-only cell is not a date', () => {
    // Sheets hands a time cell over as a Date on 1899-12-30; Excel as a fraction under 1
    expect(
      message(callByName('AGE', [180000, new Date(Date.UTC(1899, 11, 30, 10, 30)), '2026-01-01', 0.04])),
    ).toContain('time of day alone is not a date');
    expect(isSheetError(callByName('AGE', [180000, 0.4375, '2026-01-01', 0.04]))).toBe(true);
  });
  test('AI.BLEND does not overflow on huge weights or figures', () => {
    expect(callByName('BLEND', [[[100, 200]], [[1e308, 1e308]]])).toBe(150);
    expect(callByName('BLEND', [[[1e308, 1e308]]])).toBe(1e308);
    expect(callByName('BLEND', [[[100, 200]], [[1, 3]]])).toBeCloseTo(175, 9);
  });
});
