/** The parts of an offer one at a time: AI.BONUS, AI.EQUITY, AI.OPTION and AI.EXITVALUE. */
import { defineFunction, FunctionSpec, withDefault } from '../function-spec';
import { fractionRule } from '../coerce';
import { badNumber, badValue } from '../errors';
import { expectedBonus } from '../offer/bonus';
import { riskAdjustedEquity } from '../offer/company-types';
import { blackScholesCall, exitValue, intrinsicValue } from '../offer/options';
import { listOf, numberParam } from './params';
import { baseParam, companyTypeParam, fraction, money, payoutParam, targetParam } from './offer-params';
import { commonPrice, exitStackParam } from './equity-stack';

export const BONUS = defineFunction({
  name: 'BONUS',
  summary:
    'Expected bonus: base x target x the mean actual payout ratio, as AI Tech Connect (2026) advises; with no history the target (our choice: nothing to weight by).',
  params: [baseParam, targetParam('target'), payoutParam('payoutHistory', true)],
  result: 'cell',
  example: [200000, 0.15, [[0.8, 1]]],
  run: (base, target, history) => expectedBonus(base, target, history),
});

export const EQUITY = defineFunction({
  name: 'EQUITY',
  summary:
    'Risk-adjusted equity value: public RSUs at value and private or startup equity at half by default (AI Tech Connect 2026 advises half or more); enterprise at value and growth at half are our choices, not a source\'s (AI.SOURCE("growth", , "default")); an explicit discount overrides it (1 means worthless).',
  params: [
    numberParam('annualValue', 'the paper value of the equity for a year, e.g. grant / 4', money('an equity value')),
    companyTypeParam,
    numberParam(
      'discount',
      'a discount that overrides the company type default, from 0 (at value) to 1 (worthless)',
      fraction('a discount'),
      true,
    ),
  ],
  result: 'cell',
  example: [100000, 'startup'],
  run: (value, companyType, discount) => riskAdjustedEquity(value, companyType, discount),
});

export const OPTION = defineFunction({
  name: 'OPTION',
  summary:
    'Option value: intrinsic, shares x max(price - strike, 0); Black-Scholes (European call, with dividend yield) when volatility is given.',
  params: [
    numberParam('shares', 'the number of options (or RSUs, strike 0)', money('a number of shares')),
    numberParam('strike', 'the strike (exercise) price per share; 0 for RSUs', money('a strike price')),
    numberParam('price', 'the price or fair value per share today', money('a share price')),
    numberParam(
      'years',
      'years to expiry (needed with volatility)',
      { min: 0, max: 100, what: 'a number of years' },
      true,
    ),
    numberParam(
      'volatility',
      'annual volatility as a fraction, e.g. 0.4 for 40%; omit for intrinsic value',
      fractionRule('a volatility', 5),
      true,
    ),
    withDefault(
      numberParam(
        'rate',
        'risk-free rate, continuously compounded, as a fraction (our choice of default: no source gives one and nothing is fetched; enter the current rate)',
        fractionRule('a rate', 1, -1),
        true,
      ),
      0,
    ),
    withDefault(
      numberParam(
        'dividendYield',
        'dividend yield as a fraction (our choice of default: most companies granting options pay none)',
        fractionRule('a dividend yield', 1),
        true,
      ),
      0,
    ),
  ],
  result: 'cell',
  example: [1000, 40, 42, 0.5, 0.2, 0.1],
  run(shares, strike, price, years, volatility, rate, dividendYield) {
    if (volatility === undefined) {
      if (rate !== 0 || dividendYield !== 0)
        return badValue(
          'volatility: expected a volatility (e.g. 0.4 for 40%) when a rate or dividend yield is given, since only Black-Scholes uses them; omit all three for intrinsic value',
        );
      return intrinsicValue(shares, strike, price);
    }
    if (years === undefined)
      return badValue('years: expected the years to expiry (e.g. 4) when a volatility is given, for Black-Scholes');
    return shares * blackScholesCall({ price, strike, years, volatility, rate, dividendYield });
  },
});

export const EXITVALUE = defineFunction({
  name: 'EXITVALUE',
  summary:
    "Probability-weighted value of private options over exit scenarios, discounted to today: shares x sum(p x max(exit - strike, 0)) / (1 + discountRate)^years. With a preference stack, the exits are company exit values, each turned into common's price per share by AI.COMMONPRICE.",
  params: [
    numberParam('shares', 'the number of options or shares', money('a number of shares')),
    numberParam('strike', 'the strike price per share (0 for shares)', money('a strike price')),
    listOf(
      numberParam('exitPrices', 'the price per share in each exit scenario (a row or column)', money('an exit price')),
    ),
    listOf(
      numberParam(
        'probabilities',
        'the probability of each scenario, same count; what they leave below 1 is no exit (worth nothing)',
        fraction('a probability'),
      ),
    ),
    numberParam(
      'years',
      'years until the exit (default 0: no discounting)',
      { min: 0, max: 100, what: 'a number of years' },
      true,
    ),
    withDefault(
      numberParam(
        'discountRate',
        'annual discount rate as a fraction, e.g. 0.1 for 10%',
        fractionRule('a discount rate', 1),
        true,
      ),
      0,
    ),
    exitStackParam,
  ],
  result: 'cell',
  example: [10000, 2, [[0, 10, 40]], [[0.5, 0.3, 0.2]], 5, 0.1],
  run(shares, strike, exitsOrValues, probabilities, years, discountRate, stack) {
    const exits = stack ? exitsOrValues.map((value) => commonPrice(stack, value)) : exitsOrValues;
    if (exits.length === 0) return badValue('exitPrices: expected at least one exit price, received none');
    if (probabilities.length !== exits.length)
      return badValue(
        `probabilities: expected one probability for each of the ${exits.length} exit prices, received ${probabilities.length}`,
      );
    const total = probabilities.reduce((a, b) => a + b, 0);
    if (total > 1 + 1e-9)
      return badNumber(
        `probabilities: expected probabilities adding up to at most 1 (the rest is no exit), received a total of ${total}`,
      );
    if (discountRate > 0 && years === undefined)
      return badValue('years: expected the years until the exit (e.g. 5) when a discount rate is given');
    return exitValue(shares, strike, exits, probabilities, years ?? 0, discountRate);
  },
});

export const OFFER_PART_FUNCTIONS: readonly FunctionSpec[] = [BONUS, EQUITY, OPTION, EXITVALUE];
