/**
 * The counter-offer in the panel (issues 13 and 24): what another offer would need to match a
 * rival, on one measure at a time (core/offer/counter-offer.ts, the code AI.MATCHBASE and
 * AI.MATCHSIGNON run), in words, and the live formulas Insert writes for it.
 *
 * Both offers are valued over the comparison's one horizon (`horizon`). The answers the panel
 * offers as alternatives match the same thing: a base, or a one-time sign-on, each bringing the
 * offer's risk-adjusted average a year level with the rival's; then what a sign-on matching year 1
 * alone leaves behind in the later years. Every formula Insert writes is live: the rival's figure
 * is a formula over the rival's own terms (its AI.OFFER, or AI.OFFERTABLE's average row when the
 * rival has a refresh grant AI.OFFER has no parameter for), never a typed number.
 */
import {
  counterOffer,
  CounterOffer,
  Measure,
  decomposeOffer,
  OfferDecomposition,
  errorText,
  isSheetError,
  SheetError,
  Output,
  OutputCell,
} from '../core/index';
import { formatMoney } from './format';
import { CellContent, HostName, spellFormula } from './bridge';
import { asLabel, Arg, FunctionCall, InsertBlock, labelOf, ModelInput, offerCall } from './insert-block';

export interface MatchOffer {
  readonly label: string;
  readonly input: ModelInput;
  readonly d: OfferDecomposition;
}

/** The offer valued over `years`, its input saying so, so the panel and the formulas value the same thing. */
export function overHorizon(offer: MatchOffer, years: number): MatchOffer {
  if (offer.d.horizonYears === years) return offer;
  return {
    ...offer,
    input: { ...offer.input, years },
    d: decomposeOffer({ ...offer.d.offer, years }, offer.d.schedule),
  };
}

export const matchOf = (rival: MatchOffer, own: MatchOffer, measure: Measure = 'average'): CounterOffer =>
  counterOffer(rival.d.offer, own.d.offer, measure);

const cellOf = (output: Output): OutputCell => (Array.isArray(output) ? (output[0]?.[0] ?? '') : output);
const show = (cell: OutputCell): CellContent => (isSheetError(cell) ? errorText(cell) : cell);
const bare = (call: FunctionCall): string => call.formula.replace(/^=/, '');

/**
 * The rival's figure on a measure as a live formula over its terms. year1: AI.OFFER over one year
 * (the first year's total, which no refresh reaches). average: AI.OFFER, or, when AI.OFFER cannot
 * carry every term (a refresh grant), the average row of AI.OFFERTABLE, second from the bottom.
 */
function rivalTarget(rival: MatchOffer, measure: Measure): { formula: string; value: unknown } {
  const offer = offerCall('OFFER', measure === 'year1' ? { ...rival.input, years: 1 } : rival.input);
  if (!offer) throw new Error('this build has no AI.OFFER in its catalog, so there is no live target to write');
  const carries = offer.dropped.every((field) => measure === 'year1' && field === 'refresh');
  if (carries) return { formula: bare(offer), value: cellOf(offer.result) };
  const table = offerCall('OFFERTABLE', rival.input);
  if (!table || table.dropped.length > 0)
    throw new Error(`AI.OFFERTABLE cannot carry ${rival.label}'s ${table?.dropped.map(labelOf).join(', ')}`);
  const grid = Array.isArray(table.result) ? table.result : [[table.result]];
  return {
    formula: `INDEX(${bare(table)},ROWS(${bare(table)})-1,2)`,
    value: grid[grid.length - 2]?.[1] ?? table.result,
  };
}

/** The fields each function leaves out on purpose: what it solves for. */
const SOLVED: Readonly<Record<'MATCHBASE' | 'MATCHSIGNON', string>> = { MATCHBASE: 'base', MATCHSIGNON: 'signOn' };

function matchCall(
  name: 'MATCHBASE' | 'MATCHSIGNON',
  target: Arg,
  measure: Measure,
  own: MatchOffer,
  notes: string[],
): FunctionCall {
  const given: Record<string, Arg> = { target, measure: { formula: `"${measure}"`, value: measure } };
  const built = offerCall(name, own.input, given);
  if (!built)
    throw new Error(`this build has no AI.${name} in its catalog, so there is no counter-offer formula to insert`);
  const left = built.dropped.filter((field) => field !== SOLVED[name]);
  if (left.length)
    notes.push(
      `AI.${name} has no parameter for ${left.map(labelOf).join(', ')}, so the sheet's answer leaves ${left.length === 1 ? 'it' : 'them'} out and differs from the panel's`,
    );
  return built;
}

/**
 * The block Insert writes: the base and the one-time sign-on that match the rival's average a year,
 * then the sign-on that matches year 1 only; every target a live formula over the rival's terms.
 */
export function counterOfferBlock(rival: MatchOffer, own: MatchOffer, host: HostName): InsertBlock {
  const notes: string[] = [];
  const average = rivalTarget(rival, 'average');
  const firstYear = rivalTarget(rival, 'year1');
  const years = own.d.horizonYears;
  const lines: [string, FunctionCall][] = [
    [
      `${own.label} to match ${rival.label} over ${years} years: base`,
      matchCall('MATCHBASE', average, 'average', own, notes),
    ],
    ['or a one-time sign-on', matchCall('MATCHSIGNON', average, 'average', own, notes)],
    ['year 1 only: sign-on', matchCall('MATCHSIGNON', firstYear, 'year1', own, notes)],
  ];
  return {
    formulas: lines.map(([label, call]) => [asLabel(label), spellFormula(call.formula, host)]),
    values: lines.map(([label, call]) => [label, show(cellOf(call.result))]),
    notes: [...new Set(notes)],
    charts: [],
  };
}

const said = (answer: number | SheetError, say: (value: number) => string): string =>
  isSheetError(answer) ? `none can (${answer.message})` : say(answer);

/**
 * The line for one offer against the rival, both over `years`: "To match Hyperscaler RSU over 4
 * years: base $336,000 (+$161,000), or a one-time sign-on of $644,000. Year 1 only: sign-on
 * $198,500; years 2-4 stay $148,500 behind." Or, ahead already, "already ahead by $X a year".
 */
export function matchSentence(rival: MatchOffer, own: MatchOffer): string {
  const years = own.d.horizonYears;
  const average = matchOf(rival, own, 'average');
  if (average.own >= average.target)
    return `${own.label} is already ahead of ${rival.label} by ${formatMoney(average.own - average.target)} a year over ${years} years; nothing to match.`;
  const base = said(average.base, (b) => `base ${formatMoney(b)} (+${formatMoney(b - own.d.offer.base)})`);
  const signOn = said(average.signOn, (s) => `a one-time sign-on of ${formatMoney(s)}`);
  let text = `${own.label} - to match ${rival.label} over ${years} years: ${base}, or ${signOn}.`;
  const firstYear = matchOf(rival, own, 'year1');
  const yearOne = said(firstYear.signOn, (s) => (s === 0 ? 'no sign-on needed' : `sign-on ${formatMoney(s)}`));
  text += ` Year 1 only: ${yearOne}`;
  if (years > 1) {
    // What stays behind after year 1: the rival's later years less the offer's, a year
    const gaps = rival.d.years.slice(1).map((y, k) => y.total - own.d.years[k + 1].total);
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    const even = gaps.every((g) => Math.abs(g - mean) < 0.5);
    const later = years === 2 ? 'year 2' : `years 2-${years}`;
    text +=
      mean > 0
        ? `; ${later} stay ${formatMoney(mean)} ${even ? '' : 'a year on average '}behind.`
        : `; ${later} are level or ahead.`;
  } else text += '.';
  return text;
}
