/**
 * One reading and one wording of every offer field (issue 24 item 6, issue 18 items 4 and 7):
 * - a table of mistakes, each through every offer function that takes the field and through the
 *   panel, gives the same words everywhere (the field's label and its rule, built once);
 * - a table of payout-history texts gives the same figure in the panel, in a formula and through
 *   fill-from-row, by the cell reader's list grammar (`1,2` is 1.2, never the two years 1 and 2);
 * - bonus targets and volatilities a typo makes 10x are refused, by bounds stated as our choice.
 */
import { callByName, getFunction, isSheetError } from '../../core';
import { FIELDS, MAX_BONUS_TARGET, MAX_VOLATILITY, OFFER_FIELDS } from '../../core/offer/fields';
import { readOffer } from '../../panel/offer-input';
import { blankOffer, OfferInputs, restoreState } from '../../panel/state';
import { fillFromRow } from '../../panel/tracker-row';

/** The panel's message for one field typed as `text` (the other fields a valid offer). */
function panelMessage(field: keyof OfferInputs, text: string): string {
  const inputs: OfferInputs = { ...blankOffer(0), base: '200000', [field]: text };
  if (field === 'shares' || field === 'strike' || field === 'price')
    Object.assign(inputs, { equityMode: 'options', shares: '1000', strike: '1', price: '2', [field]: text });
  const reading = readOffer(inputs);
  if (reading.status !== 'invalid') throw new Error(`the panel took ${field} = ${text}`);
  return reading.errors[field]!;
}

/** The message of a catalog function given `cell` for the parameter named `param`, the rest valid. */
function formulaMessage(name: string, param: string, cell: unknown): string {
  // a bonus target too: a call whose every input is blank is a blank row, not a message (issue 23 item 6)
  const VALID: Record<string, unknown> = {
    base: 200000,
    bonusTarget: 0.15,
    companyType: 'public',
    target: 300000,
    annualValue: 100000,
    shares: 1000,
    strike: 1,
    price: 2,
    exitPrices: [[10]],
    probabilities: [[0.5]],
    grant: 400000,
    year: 1,
    value: 1000,
    perRound: 0.2,
    rounds: 2,
  };
  const params = getFunction(name)!.params;
  const args = params.map((p) => (p.name === param ? cell : (VALID[p.name] ?? null)));
  const out = callByName(name, args);
  if (!isSheetError(out)) throw new Error(`AI.${name} took ${param} = ${String(cell)}`);
  return out.message;
}

/** Every catalog function with a parameter of this name. */
const takers = (param: string): string[] =>
  [
    'BONUS',
    'EQUITY',
    'OPTION',
    'EXITVALUE',
    'VEST',
    'DILUTE',
    'OFFER',
    'OFFERTABLE',
    'MATCHBASE',
    'MATCHSIGNON',
  ].filter((name) => getFunction(name)!.params.some((p) => p.name === param));

const MISTAKES: [keyof OfferInputs, string][] = [
  ['base', '-1'],
  ['base', 'lots'],
  ['bonusTarget', '15'],
  ['bonusTarget', '1.5'],
  ['bonusPayout', '80'],
  ['equityGrant', '-5'],
  ['companyType', 'unicorn'],
  ['discount', '1.5'],
  ['schedule', 'soon'],
  ['signOn', 'abc'],
  ['years', '2.5'],
  ['years', '40'],
  ['refresh', '-1'],
  ['shares', '2e10'],
  ['strike', '-2'],
];

describe('the same mistake gives the same words in every offer function and in the panel', () => {
  test.each(MISTAKES)('%s = %s', (field, text) => {
    const words = panelMessage(field, text);
    expect(words.startsWith(`${FIELDS[field as keyof typeof FIELDS].label}`)).toBe(true);
    const functions = takers(field);
    // every field is a parameter of at least one function (shares, strike and price of AI.OPTION)
    expect(functions.length).toBeGreaterThan(0);
    for (const name of functions) expect([name, formulaMessage(name, field, text)]).toEqual([name, words]);
  });

  test('a blank where a value is needed: the same words in a formula and the panel', () => {
    expect(formulaMessage('OFFER', 'base', null)).toBe('Base salary is needed, e.g. 180000');
    expect(formulaMessage('BONUS', 'base', null)).toBe('Base salary is needed, e.g. 180000');
    const reading = readOffer({ ...blankOffer(0), bonusTarget: '0.1' });
    expect(reading.status === 'invalid' && reading.errors.base).toBe('Base salary is needed, e.g. 180000');
  });

  test('=AI.BONUS(200000,) is 0: a blank target is no bonus, as its help says', () => {
    expect(callByName('BONUS', [200000, null])).toBe(0);
    expect(callByName('BONUS', [200000, ''])).toBe(0);
  });
});

describe('typos a bound catches (our bounds, stated in the help)', () => {
  test('a bonus target of 1.5 or 2 and a volatility of 4 are refused, in the formulas and the panel', () => {
    expect(MAX_BONUS_TARGET).toBe(1);
    expect(MAX_VOLATILITY).toBe(2);
    for (const target of [1.5, 2])
      expect(formulaMessage('OFFER', 'bonusTarget', target)).toContain('fraction from 0 to 1 (0.15 for 15%, not 15)');
    expect(panelMessage('bonusTarget', '2')).toContain('fraction from 0 to 1');
    expect(formulaMessage('OPTION', 'volatility', 4)).toBe(
      'Volatility: expected an annual volatility as a fraction from 0 to 2 (0.15 for 15%, not 15), received 4',
    );
    expect(callByName('OPTION', [1000, 40, 42, 0.5, 1.2])).toBeGreaterThan(0);
    expect(getFunction('OPTION')!.params.find((p) => p.name === 'volatility')!.description).toContain('our bound');
    expect(getFunction('OFFER')!.params.find((p) => p.name === 'bonusTarget')!.description).toContain('our bound');
  });
  test('AI.OPTION refuses 2e10 shares, as AI.OFFER and the panel do', () => {
    expect(formulaMessage('OPTION', 'shares', 2e10)).toBe(panelMessage('shares', '2e10'));
  });
});

/** Payout-history texts and what they mean: ratios, or the one refusal. */
const PAYOUTS: [string, number[] | string][] = [
  ['1,2', [1.2]],
  ['1,0', [1]],
  ['0.9; 1.1', [0.9, 1.1]],
  ['0.9;1.1', [0.9, 1.1]],
  ['90% 110%', [0.9, 1.1]],
  ['0.8 1', [0.8, 1]],
  ['0,8; 1,1', [0.8, 1.1]],
  ['0.8, 1.1', 'separate them with semicolons or spaces (0.8; 1.1)'],
  ['1, 2', 'separate them with semicolons or spaces (1; 2)'],
];

const BASE = 200000;
const TARGET = 0.15;
const figureFor = (ratios: number[]): number =>
  BASE + BASE * TARGET * (ratios.reduce((a, b) => a + b, 0) / ratios.length);

describe('a payout history reads one way in the panel, a formula and fill-from-row', () => {
  test.each(PAYOUTS)('%s', (text, meaning) => {
    const inputs: OfferInputs = {
      ...blankOffer(0),
      base: String(BASE),
      bonusTarget: String(TARGET),
      bonusPayout: text,
    };
    const panel = readOffer(inputs);
    const formula = callByName('OFFER', [BASE, TARGET, text, null, 'public']);
    const fill = fillFromRow({ Company: 'Acme', 'Base salary': BASE, 'Target bonus': TARGET, 'Payout history': text });
    const filled = readOffer({ ...blankOffer(0), ...fill.fields });
    if (typeof meaning === 'string') {
      const words = panel.status === 'invalid' ? panel.errors.bonusPayout : undefined;
      expect(words).toContain(meaning);
      expect(words!.startsWith('Payout history: ')).toBe(true);
      expect(isSheetError(formula) && formula.message).toBe(words);
      expect(filled.status === 'invalid' && filled.errors.bonusPayout).toBe(words);
      return;
    }
    const expected = figureFor(meaning);
    expect(panel.status === 'valid' && panel.decomposition.riskAdjustedAverageAnnual).toBeCloseTo(expected, 6);
    expect(formula).toBeCloseTo(expected, 6);
    expect(filled.status === 'valid' && filled.decomposition.riskAdjustedAverageAnnual).toBeCloseTo(expected, 6);
  });
});

describe('one name per field, and nothing typed is lost by the rename', () => {
  test('a panel state saved under the former name bonusPayouts restores into bonusPayout, as typed', () => {
    const saved = {
      version: 1,
      offers: [{ label: 'Acme', base: '200000', bonusPayouts: '0.9, 1.1', companyType: 'public' }],
    };
    const [offer] = restoreState(saved).offers;
    expect(offer.bonusPayout).toBe('0.9, 1.1');
    expect(offer.base).toBe('200000');
    expect(Object.keys(offer)).not.toContain('bonusPayouts');
  });

  test("a field's name is the same as model key, catalog parameter and panel input", () => {
    for (const name of ['OFFER', 'OFFERTABLE', 'MATCHBASE', 'MATCHSIGNON', 'BONUS', 'EQUITY']) {
      for (const param of getFunction(name)!.params)
        if (param.name in FIELDS) expect(param.description).toBe(FIELDS[param.name as keyof typeof FIELDS].description);
    }
    const inputs = blankOffer(0);
    for (const key of Object.keys(OFFER_FIELDS)) expect(Object.keys(inputs)).toContain(key);
  });
});
