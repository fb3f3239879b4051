/**
 * Startup equity through the user's own preference stack (issue 20): AI.WATERFALL, AI.COMMONPRICE,
 * AI.BREAKPOINTS and AI.STAKE. The stack is read whole once per call (core/equity/stack.ts), so a
 * column of 10,000 exit values is one read and 10,000 interpolations.
 */
import { InputCell } from '../cells';
import { defineFunction, ExampleArg, FunctionSpec, ParamSpec } from '../function-spec';
import { badNumber, badValue } from '../errors';
import { payoutAt, payoutsAt } from '../equity/waterfall';
import { PreferenceStack, readPreferenceStack } from '../equity/stack';
import { aboveZero, atLeastZero, numberParam } from './params';

/** The stack argument: read only as a range with a header row; a single cell says what it needs. */
export const stackParam: ParamSpec<PreferenceStack> = {
  name: 'stack',
  kind: 'tableOrLifted',
  cellType: 'any',
  description:
    'the preference stack: a range with a header row and a row per class: class, shares (as converted to common), invested, preference multiple, participating (yes/no), seniority (1 is paid first; equal ranks share pro rata) and optionally participation cap (a multiple of invested; blank is no cap); the row whose class is Common holds the fully diluted common shares, options included. No term has a default',
  parse: (cell: InputCell) =>
    badValue(
      `stack: expected a range with a header row (class, shares, invested, preference multiple, participating, seniority) and a row per class, received ${cell === null || cell === undefined ? 'a blank cell' : 'one cell'}`,
    ),
  parseTable: (grid) => readPreferenceStack(grid),
};

/** AI.EXITVALUE's optional last argument: with it, its exit prices are company exit values. */
export const exitStackParam: ParamSpec<PreferenceStack | undefined, PreferenceStack> = {
  ...stackParam,
  optional: true,
  description: `with exitPrices as company exit values (each turned into common's price per share), ${stackParam.description}`,
};

const exitValueParam = {
  ...numberParam(
    'exitValue',
    "the company's exit value (what the buyer pays for the whole company), e.g. 30000000",
    atLeastZero('an exit value'),
  ),
  zeroIsBlank: 'never',
} as const;

/**
 * A made-up two-round stack (labelled as an example wherever it is shown): Series A as in issue 20's
 * worked example, and a seed round paid after it.
 */
export const EXAMPLE_STACK: ExampleArg = {
  ref: 'A1:F4',
  sample: [
    ['Class', 'Shares', 'Invested', 'Preference multiple', 'Participating', 'Seniority'],
    ['Series A', 5_000_000, 10_000_000, 1, 'no', 1],
    ['Seed', 2_000_000, 2_000_000, 1, 'no', 2],
    ['Common', 13_000_000, '', '', '', ''],
  ],
};

export const WATERFALL = defineFunction({
  name: 'WATERFALL',
  summary:
    "What each class of a preference stack receives at an exit value, in the stack's order with common last (a row per exit value): preferences by seniority, then per share; a preferred class converts when that gives it more.",
  params: [exitValueParam, stackParam],
  result: 'column',
  example: [30_000_000, EXAMPLE_STACK],
  run: (exit, stack) => payoutsAt(stack.curve, exit),
});

export const COMMONPRICE = defineFunction({
  name: 'COMMONPRICE',
  summary:
    "The price a common share (so an exercised option, before its strike) receives at a company exit value, through the preference stack: common's payout / its fully diluted shares. Usable as AI.OPTION's price.",
  params: [exitValueParam, stackParam],
  result: 'cell',
  example: [30_000_000, EXAMPLE_STACK],
  run: (exit, stack) => commonPrice(stack, exit),
});

/** Common's price per share at a company exit value (AI.EXITVALUE uses it too). */
export function commonPrice(stack: PreferenceStack, exit: number): number {
  return payoutAt(stack.curve, exit, stack.preferred.length) / stack.commonShares;
}

export const BREAKPOINTS = defineFunction({
  name: 'BREAKPOINTS',
  summary:
    "The exit values where common's payout changes slope (common starts to receive; each class converts; each cap binds), a row each: the exit value, then what happens there.",
  params: [stackParam],
  result: 'table',
  example: [EXAMPLE_STACK],
  run: (stack) =>
    stack.curve.breakpoints.length === 0
      ? badValue(
          'the stack has no breakpoints: no class has a preference, so common receives its share of every dollar',
        )
      : stack.curve.breakpoints.map((b) => [b.exitValue, b.label]),
});

export const STAKE = defineFunction({
  name: 'STAKE',
  summary:
    'The share of the company a number of shares or options is: shares / fully diluted shares, a fraction (format the cell as a percentage).',
  params: [
    numberParam('shares', 'the shares or options granted', atLeastZero('a number of shares')),
    numberParam(
      'fullyDilutedShares',
      'the fully diluted share count (every share, option and convertible as converted)',
      aboveZero('a fully diluted share count'),
    ),
  ],
  result: 'cell',
  example: [80_000, 20_000_000],
  run: (shares, fullyDiluted) =>
    shares > fullyDiluted
      ? badNumber(
          `shares: expected at most the fully diluted count ${fullyDiluted}, received ${shares} (check the two are not swapped)`,
        )
      : shares / fullyDiluted,
});

export const EQUITY_STACK_FUNCTIONS: readonly FunctionSpec[] = [WATERFALL, COMMONPRICE, BREAKPOINTS, STAKE];
