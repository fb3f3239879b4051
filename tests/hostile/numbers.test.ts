/**
 * Hostile classes 2, 3 and 6 (issue 15 items 3 and 9), in the core and both built hosts:
 * - numbers written the European way (dot-grouped thousands, decimal comma, a currency sign) are
 *   read as the stated number or refused with a message, never read 1,000x wrong, in every number
 *   parameter of every function; a semicolon CSV reads 160.000 as 160,000;
 * - every fraction parameter refuses 50 (meaning 50%) with the one "0.15 for 15%, not 15" message;
 * - huge and tiny magnitudes give a finite value or an error with a message.
 */
import { CATALOG, FunctionSpec } from '../../core';
import { FRACTION_HINT } from '../../core/coerce';
import { FieldSpec, OFFER_FIELDS } from '../../core/offer/fields';
import { bandTableSheetCells, parseBandTableCsv } from '../../core/band/band-table-csv';
import { Arg, exampleArgs, isError, Paths, PATHS, Result, single, wholeError } from './paths';

const paths = new Paths();
const numberParams = (spec: FunctionSpec): number[] =>
  spec.params.flatMap((p, i) => (p.cellType === 'number' ? [i] : []));

/** Text a European spreadsheet or CSV holds, beside the number it can only mean if it is read at all. */
const EUROPEAN: readonly [string, number][] = [
  ['€200.000', 200000],
  ['160.000', 160000],
  ['1.234,56', 1234.56],
  ['200.000,00', 200000],
  ['1.234.567', 1234567],
  ['€ 95,50', 95.5],
  ['0,15', 0.15],
];

const same = (a: Result, b: Result): boolean => JSON.stringify(a.grid) === JSON.stringify(b.grid);
const refused = (r: Result): boolean =>
  r.thrown !== undefined ||
  (r.grid !== undefined && r.grid.flat().every(isError) && r.grid.flat().every((c) => isError(c) && c.msg.length > 0));

describe.each(PATHS)('European number text in every number parameter, via %s', (path) => {
  const specs = CATALOG.filter((s) => numberParams(s).length > 0);
  test.each(specs.map((s) => [s.name, s]))('AI.%s', (_n, spec) => {
    const base = exampleArgs(spec);
    const problems: string[] = [];
    for (const i of numberParams(spec)) {
      for (const [text, meant] of EUROPEAN) {
        const asText: Arg[] = [...base];
        asText[i] = text;
        const asNumber: Arg[] = [...base];
        asNumber[i] = meant;
        const r = paths.call(path, spec.name, asText);
        if (r.problem) problems.push(`${spec.params[i].name}="${text}": ${r.problem}`);
        else if (!refused(r) && !same(r, paths.call(path, spec.name, asNumber))) {
          problems.push(
            `${spec.params[i].name}="${text}" gave ${JSON.stringify(r.grid).slice(0, 120)}, which is neither an error nor the result for ${meant}`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe.each(PATHS)('the cases the issue names, via %s', (path) => {
  test('AI.HOURLY("€200.000", 1) is 200,000 or an error that says why, never 200', () => {
    const out = single(paths.call(path, 'HOURLY', ['€200.000', 1]));
    expect(out).toBeDefined();
    if (isError(out!)) expect(out.msg).toMatch(/200\.000/);
    else expect(out!.v).toBe(200000);
  });
  test('AI.OFFER with a base of "160.000" is the offer at 160,000 or an error that names the base', () => {
    const args: Arg[] = ['160.000', 0.15, null, 0, 'public', null, 0];
    const r = paths.call(path, 'OFFER', args);
    const error = wholeError(r);
    if (error !== undefined) expect(error).toMatch(/Base salary/);
    else expect(r.grid).toEqual(paths.call(path, 'OFFER', [160000, 0.15, null, 0, 'public', null, 0]).grid);
  });
});

describe.each(PATHS)('a semicolon CSV band table is read by its locale, via %s', (path) => {
  test('160.000;190.000;220.000 is 160,000 / 190,000 / 220,000, and AI.BAND answers 190,000 from it', () => {
    const reading = parseBandTableCsv(
      'role;level;min;mid;max\nLLMOps;Senior;160.000;190.000;220.000\nMLOps;Mid;"98.500,50";110.000;130.000\n',
    );
    expect(reading.problems).toEqual([]);
    const cells = bandTableSheetCells(reading);
    expect(cells[1].slice(2)).toEqual([160000, 190000, 220000]);
    expect(cells[2].slice(2)).toEqual([98500.5, 110000, 130000]);
    expect(single(paths.call(path, 'BAND', ['LLMOps', 'Senior', 'mid', null, cells as Arg]))).toEqual({ v: 190000 });
  });
  test('a comma CSV reads "160.000" as 160,000 or names the problem, never 160', () => {
    const reading = parseBandTableCsv('role,level,min,mid,max\nLLMOps,Senior,160.000,190.000,220.000\n');
    if (reading.problems.length > 0) expect(reading.problems[0].message).toMatch(/160\.000/);
    else expect(bandTableSheetCells(reading)[1].slice(2)).toEqual([160000, 190000, 220000]);
  });
});

/**
 * The fraction parameters: the registry's bounds say so, or (AI.OFFER's family, whose bounds live
 * in the offer field table) the field the parameter carries does.
 */
function fractionParams(spec: FunctionSpec): number[] {
  const offerFraction = (description: string) =>
    Object.values(OFFER_FIELDS).some((f: FieldSpec) => f.rule?.fraction && f.description === description);
  return spec.params.flatMap((p, i) => (p.bounds?.fraction || offerFraction(p.description) ? [i] : []));
}
const FRACTIONS = CATALOG.flatMap((spec) =>
  fractionParams(spec).map((i) => [`${spec.name}.${spec.params[i].name}`, spec, i] as const),
);

test('the fraction parameters are found (bonus target, markup, discounts, rates, probabilities)', () => {
  const names = FRACTIONS.map(([n]) => n);
  for (const n of [
    'BONUS.bonusTarget',
    'OFFER.bonusTarget',
    'OFFER.discount',
    'BILLRATE.markup',
    'PAYRATE.markup',
    'EQUITY.discount',
    'EXITVALUE.probabilities',
    'EXITVALUE.discountRate',
    'AGE.annualRate',
    'OPTION.rate',
    'DILUTE.perRound',
    'MATCHSIGNON.bonusTarget',
  ]) {
    expect(names).toContain(n);
  }
});

describe.each(PATHS)('50 for 50%% is refused with the one message, via %s', (path) => {
  test.each(FRACTIONS)('%s', (_n, spec, i) => {
    for (const fifty of [50, '50', 15] as const) {
      const args: Arg[] = exampleArgs(spec);
      args[i] = fifty;
      const r = paths.call(path, spec.name, args);
      expect(r.problem).toBeUndefined();
      const message = wholeError(r);
      expect(message).toContain(FRACTION_HINT);
    }
  });
});

describe.each(PATHS)('a multiplier typed as a percentage is refused, via %s', (path) => {
  // AI.LOADED's burden had no upper bound: 130 (for 130%) gave 23.4M on a 180,000 salary.
  test.each([30, 130, '130'])('AI.LOADED(180000, %p)', (burden) => {
    expect(wholeError(paths.call(path, 'LOADED', [180000, burden]))).toMatch(/burden.*at most 3/);
  });
  test('AI.LOADED(180000, 1.3) is 234,000 (the control)', () => {
    expect(single(paths.call(path, 'LOADED', [180000, 1.3]))).toEqual({ v: 234000 });
  });
});

/** Magnitudes at the edge of a double: each number parameter, one at a time. */
const HUGE = [1e308, -1e308, Number.MAX_VALUE, 5e-324, Number.MAX_SAFE_INTEGER, '1e308', '9'.repeat(400)];

describe.each(PATHS)('huge numbers give a finite value or an error with a message, via %s', (path) => {
  test.each(CATALOG.filter((s) => numberParams(s).length > 0).map((s) => [s.name, s]))('AI.%s', (_n, spec) => {
    const base = exampleArgs(spec);
    const problems: string[] = [];
    for (const i of numberParams(spec)) {
      for (const v of HUGE) {
        const args: Arg[] = [...base];
        args[i] = v;
        const r = paths.call(path, spec.name, args);
        if (r.problem) problems.push(`${spec.params[i].name}=${String(v).slice(0, 12)}: ${r.problem}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('AI.BLEND with 1e308 figures and weights, AI.OFFER with a 1e308 base', () => {
    const blend = single(paths.call(path, 'BLEND', [[[1e308, 1e308, 1e308]], [[1e308, 1e308, 1]]]));
    expect(blend).toBeDefined();
    if (!isError(blend!)) expect(blend!.v).toBeCloseTo(1e308, -300);
    const offer = wholeError(paths.call(path, 'OFFER', [1e308, 0.15, null, 0, 'public', null, 0]));
    expect(offer).toMatch(/Base salary/);
  });
});
