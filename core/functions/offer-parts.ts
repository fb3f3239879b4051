/** The parts of an offer one at a time: AI.BONUS, AI.EQUITY, AI.OPTION and AI.EXITVALUE. */
import { defineFunction, FunctionSpec } from '../function-spec';
import { badNumber, badValue } from '../errors';
import { expected } from '../messages';
import { expectedBonus } from '../offer/bonus';
import { riskAdjustedEquity } from '../offer/company-types';
import { FIELDS } from '../offer/fields';
import { blackScholesCall, exitValue, intrinsicValue } from '../offer/options';
import { fieldParam, fieldParams } from './offer-params';
import { commonPrice, exitStackParam } from './equity-stack';

export const BONUS = defineFunction({
  name: 'BONUS',
  summary:
    'Expected bonus: base x target x the mean actual payout ratio, as AI Tech Connect (2026) advises; with no history the target (our choice: nothing to weight by).',
  params: [fieldParam('base'), fieldParam('bonusTarget'), fieldParam('bonusPayout', true)],
  result: 'cell',
  example: [200000, 0.15, [[0.8, 1]]],
  run: (base, target, history) => expectedBonus(base, target, history),
});

export const EQUITY = defineFunction({
  name: 'EQUITY',
  summary:
    'Risk-adjusted equity value: public RSUs at value, private or startup equity at half by default (AI Tech Connect 2026 advises half or more); enterprise at value, growth at half: our choices (AI.SOURCE("growth", , "default")); a discount overrides it.',
  params: fieldParams(['annualValue', 'companyType', 'discount'], 2),
  result: 'cell',
  example: [100000, 'startup'],
  run: (value, companyType, discount) => riskAdjustedEquity(value, companyType, discount),
});

export const OPTION = defineFunction({
  name: 'OPTION',
  summary:
    'Option value: intrinsic, shares x max(price - strike, 0); Black-Scholes (European call, with dividend yield) when volatility is given.',
  params: fieldParams(['shares', 'strike', 'price', 'expiry', 'volatility', 'rate', 'dividendYield'], 3),
  result: 'cell',
  example: [1000, 40, 42, 0.5, 0.2, 0.1],
  run(shares, strike, price, years, volatility, rate, dividendYield) {
    if (volatility === undefined) {
      if (rate !== 0 || dividendYield !== 0)
        return badValue(
          `${FIELDS.volatility.label}: expected a volatility (e.g. 0.4 for 40%) when a rate or dividend yield is given, since only Black-Scholes uses them; omit all three for intrinsic value`,
        );
      return intrinsicValue(shares, strike, price);
    }
    if (years === undefined)
      return badValue(
        `${FIELDS.expiry.label}: expected the years to expiry (e.g. 4) when a volatility is given, for Black-Scholes`,
      );
    return shares * blackScholesCall({ price, strike, years, volatility, rate, dividendYield });
  },
});

export const EXITVALUE = defineFunction({
  name: 'EXITVALUE',
  summary:
    'Probability-weighted value of private options over exit scenarios, discounted to today: shares x sum(p x max(exit - strike, 0)) / (1 + discountRate)^years; with a stack, exits are company values priced per share by AI.COMMONPRICE.',
  params: [
    ...fieldParams(['shares', 'strike', 'exitPrices', 'probabilities', 'exitYears', 'discountRate'], 4),
    exitStackParam,
  ],
  result: 'cell',
  example: [10000, 2, [[0, 10, 40]], [[0.5, 0.3, 0.2]], 5, 0.1],
  run(shares, strike, exitsOrValues, probabilities, years, discountRate, stack) {
    const exits = stack ? exitsOrValues.map((value) => commonPrice(stack, value)) : exitsOrValues;
    if (exits.length === 0) return badValue(expected(FIELDS.exitPrices.label, 'at least one exit price', null));
    if (probabilities.length !== exits.length)
      return badValue(
        `${FIELDS.probabilities.label}: expected one probability for each of the ${exits.length} exit prices, received ${probabilities.length}`,
      );
    const total = probabilities.reduce((a, b) => a + b, 0);
    if (total > 1 + 1e-9)
      return badNumber(
        `${FIELDS.probabilities.label}: expected probabilities adding up to at most 1 (the rest is no exit), received a total of ${total}`,
      );
    if (discountRate > 0 && years === undefined)
      return badValue(
        `${FIELDS.exitYears.label}: expected the years until the exit (e.g. 5) when a discount rate is given`,
      );
    return exitValue(shares, strike, exits, probabilities, years ?? 0, discountRate);
  },
});

export const OFFER_PART_FUNCTIONS: readonly FunctionSpec[] = [BONUS, EQUITY, OPTION, EXITVALUE];
