/**
 * Issue 15 item 7: Fill from the selected row maps tracker headers by meaning. A band column, a
 * date (by header or by cell) and years of experience never feed an amount or the horizon; a
 * header that is a field's name beats one that only contains it; between equals the first column
 * wins and the user is told which column fed which field and why the others fed none.
 */
import { describeFill, fieldForHeader, fillFromRow } from '../../panel/tracker-row';

describe('fill from a tracker row, by meaning', () => {
  test('"Current salary" ahead of "Offered base": the base is the offered amount (issue 18; before: the current salary)', () => {
    const fill = fillFromRow({ Candidate: 'Ada', 'Current salary': 150000, 'Offered base': 185000 });
    expect(fill.fields.base).toBe('185000');
    expect(fill.mapping).toEqual([
      { header: 'Candidate', field: 'label' },
      { header: 'Offered base', field: 'base' },
    ]);
    expect(fill.skipped).toEqual([{ header: 'Current salary', why: "the candidate's current pay, not this offer's" }]);
    for (const current of ['Previous base salary', 'Existing bonus %', 'Prior equity', 'Current sign-on'])
      expect(fieldForHeader(current)).toBeUndefined();
    // Only the current pay in the row: the offer's base stays as it is, and the user is told why.
    expect(fillFromRow({ 'Current salary': 150000 }).fields.base).toBeUndefined();
    expect(fillFromRow({ 'Current offer base': 185000 }).fields.base).toBe('185000');
  });

  test('"Salary band min" ahead of "Base salary" is a band column: the base comes from Base salary (before: 160000 from the band)', () => {
    const fill = fillFromRow({
      Candidate: 'Ada',
      'Salary band min': 160000,
      'Salary band max': 220000,
      'Base salary': 190000,
    });
    expect(fill.fields.base).toBe('190000');
    expect(fill.mapping).toEqual([
      { header: 'Candidate', field: 'label' },
      { header: 'Base salary', field: 'base' },
    ]);
    expect(fill.skipped).toEqual([
      { header: 'Salary band min', why: 'a band column (min, mid, max), never an offer amount' },
      { header: 'Salary band max', why: 'a band column (min, mid, max), never an offer amount' },
    ]);
  });

  test('"Years of experience" is not the horizon (before: the horizon became 7)', () => {
    const fill = fillFromRow({ 'Base salary': 190000, 'Years of experience': 7 });
    expect(fill.fields.years).toBeUndefined();
    expect(fill.skipped[0]).toEqual({
      header: 'Years of experience',
      why: 'years of experience, not the horizon or an amount',
    });
    expect(fillFromRow({ Years: 3 }).fields.years).toBe('3');
    expect(fillFromRow({ 'Horizon (years)': 5 }).fields.years).toBe('5');
  });

  test('a "Sign-on date", or any cell holding a date, is never an amount (before: a $46,204 sign-on)', () => {
    const fill = fillFromRow({
      'Base salary': 190000,
      'Sign-on date': '2026-07-01',
      'Sign-on': 25000,
      Grant: '2026-03-01',
    });
    expect(fill.fields.signOn).toBe('25000');
    expect(fill.fields.equityGrant).toBeUndefined();
    expect(fill.skipped).toEqual([
      { header: 'Sign-on date', why: 'a date column, never an amount' },
      { header: 'Grant', why: 'holds a date, never an amount' },
    ]);
    // the serial number Excel holds for a date, under a date header
    expect(fillFromRow({ 'Sign-on date': 46204 }).fields.signOn).toBeUndefined();
    expect(fieldForHeader('signOnDate')).toBeUndefined();
  });

  test('band words in any form: Min, Mid, Max, Midpoint, P50, Range, Grade', () => {
    for (const header of [
      'Min base',
      'Base (mid)',
      'Max salary',
      'Salary midpoint',
      'P50 base',
      'Salary range',
      'Grade',
    ]) {
      expect([header, fieldForHeader(header)]).toEqual([header, undefined]);
    }
    expect(fieldForHeader('Midwest base')).toBe('base'); // a word containing "mid" is not a band word
  });

  test('a repeated header: the first column wins, in both hosts, and the user is told (before: Excel kept the last, Sheets the first)', () => {
    // Both hosts pass the second "Base salary" as "Base salary (column F)".
    const fill = fillFromRow({ 'Base salary': 190000, 'Base salary (column F)': 210000 });
    expect(fill.fields.base).toBe('190000');
    expect(fill.skipped).toEqual([
      { header: 'Base salary (column F)', why: 'Base salary already fills Base salary (the first column wins)' },
    ]);
  });

  test("a header that is a field's name beats one that only contains it, wherever it stands", () => {
    const fill = fillFromRow({ 'Bonus notes': 'discretionary', 'Target bonus': 0.15 });
    expect(fill.fields.bonusTarget).toBe('0.15');
    expect(fill.skipped).toEqual([
      { header: 'Bonus notes', why: 'Target bonus names Bonus target exactly, so it fills it' },
    ]);
  });

  test('the message says which column fed which field, and why the others fed none', () => {
    const fill = fillFromRow({
      Company: 'Acme AI',
      'Salary band min': 160000,
      'Base salary': 190000,
      'Sign-on date': 46204,
      Notes: 'x',
      Refresh: '',
    });
    expect(describeFill(fill)).toBe(
      'Filled from Company → Offer name; Base salary → Base salary; ignored Salary band min (a band column (min, mid, max), never an offer amount), Sign-on date (a date column, never an amount), Notes (no field of that name).',
    );
  });
});
