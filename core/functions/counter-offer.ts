/**
 * The counter-offer catalog entries (issue 13): AI.MATCHBASE and AI.MATCHSIGNON. They read the
 * offer's terms with AI.OFFER's own parameters (core/functions/offer-params.ts), build the offer
 * through the same `offerOfArgs`, and solve through core/offer/counter-offer.ts, which the panel
 * uses too.
 *
 * Parameter lists, and why:
 * - AI.MATCHBASE takes AI.OFFER's list with `base` (what it solves for) replaced by `targetValue`
 *   in first place, so a recruiter can copy an AI.OFFER formula, swap its first argument for the
 *   rival's AI.OFFER, and get the base that matches: `AI.MATCHBASE(AI.OFFER(b, ...), ...)` is b.
 * - AI.MATCHSIGNON takes the rival's first-year total, then the own offer's terms in AI.OFFER's
 *   order without `signOn` (what it solves for) and without `years` (the horizon cannot change a
 *   first-year total, and a parameter that changes nothing would mislead); `discount` stays last,
 *   as in AI.OFFER, because it changes the equity vesting in year 1.
 * Blank cells are read exactly as AI.OFFER reads them: the same parameter specs.
 */
import { FunctionSpec, ParamSpec } from '../function-spec';
import { OutputCell } from '../cells';
import { CompanyType } from '../offer/company-types';
import { VestingSchedule } from '../offer/vesting';
import { matchBase, matchSignOn } from '../offer/counter-offer';
import { discountParam, offerParams } from './offer-params';
import { offerOfArgs } from './offer';
import { numberParam } from './params';

const offerParam = (name: string): ParamSpec => {
  const param = offerParams.find((p) => p.name === name);
  if (!param) throw new Error(`offerParams has no parameter ${name}`);
  return param;
};

export const MATCHBASE: FunctionSpec = {
  name: 'MATCHBASE',
  summary:
    "The counter-offer base: the base salary at which AI.OFFER with the other terms equals targetValue (e.g. a rival offer's AI.OFFER). #NUM! when the other terms alone already exceed the target.",
  params: [
    numberParam('targetValue', "the risk-adjusted average a year to match, e.g. the rival offer's AI.OFFER", {
      min: 0,
      what: 'a value a year',
    }),
    ...offerParams.filter((p) => p.name !== 'base'),
    discountParam,
  ],
  result: 'cell',
  example: [304700, 0.15, [[0.8, 1]], 400000, 'startup', '4y-1y-cliff-monthly', 20000],
  run(
    targetValue: number,
    bonusTarget: number,
    bonusPayout: number[] | undefined,
    equityGrant: number,
    companyType: CompanyType,
    schedule: VestingSchedule,
    signOn: number,
    years: number | undefined,
    discount?: number,
  ): OutputCell {
    const offer = offerOfArgs(
      0,
      bonusTarget,
      bonusPayout,
      equityGrant,
      companyType,
      schedule,
      signOn,
      years,
      undefined,
      discount,
    );
    return matchBase(targetValue, offer);
  },
};

export const MATCHSIGNON: FunctionSpec = {
  name: 'MATCHSIGNON',
  summary:
    "The counter-offer sign-on: the sign-on at which this offer's first-year total (risk-adjusted, as in AI.OFFERTABLE) equals targetFirstYear, e.g. a rival's. 0 when there is no gap: no sign-on is needed.",
  params: [
    numberParam(
      'targetFirstYear',
      'the first-year total to match, e.g. the rival offer\'s "first-year total" row of AI.OFFERTABLE',
      { min: 0, what: 'a first-year total' },
    ),
    ...['base', 'bonusTarget', 'bonusPayout', 'equityGrant', 'companyType', 'schedule'].map(offerParam),
    discountParam,
  ],
  result: 'cell',
  example: [320000, 200000, 0.15, [[0.8, 1]], 400000, 'startup', '4y-1y-cliff-monthly'],
  run(
    targetFirstYear: number,
    base: number,
    bonusTarget: number,
    bonusPayout: number[] | undefined,
    equityGrant: number,
    companyType: CompanyType,
    schedule: VestingSchedule,
    discount?: number,
  ): OutputCell {
    const offer = offerOfArgs(
      base,
      bonusTarget,
      bonusPayout,
      equityGrant,
      companyType,
      schedule,
      0,
      undefined,
      undefined,
      discount,
    );
    return matchSignOn(targetFirstYear, offer);
  },
};

export const COUNTER_OFFER_FUNCTIONS: readonly FunctionSpec[] = [MATCHBASE, MATCHSIGNON];
