/**
 * The counter-offer in the panel (issue 13 item 5): what another offer would need to match a rival,
 * read off the core's `counterOffer` (core/offer/counter-offer.ts, the code AI.MATCHBASE and
 * AI.MATCHSIGNON run), and the two live formulas Insert writes for it.
 *
 * The formulas' own terms are the offer's, argument by argument as "Insert into sheet" writes them
 * (`offerCall`). The base's target is the rival's own AI.OFFER formula nested inside, so the answer
 * follows the rival when the sheet changes, unless AI.OFFER cannot carry all the rival's terms (a
 * refresh grant), when it is the rival's figure as the panel computed it. The sign-on's target is
 * the rival's first-year total as a figure: no catalog function returns that one cell.
 */
import { CounterOffer, counterOffer } from '../core/offer/counter-offer';
import { OfferDecomposition } from '../core/offer/model';
import { errorText, isSheetError } from '../core/errors';
import { Output, OutputCell } from '../core/cells';
import { CellContent, HostName, spellFormula } from './bridge';
import { asLabel, FunctionCall, InsertBlock, ModelInput, offerCall } from './insert-block';

export interface MatchOffer {
  readonly label: string;
  readonly input: ModelInput;
  readonly d: OfferDecomposition;
}

export const matchOf = (rival: MatchOffer, own: MatchOffer): CounterOffer => counterOffer(rival.d.offer, own.d.offer);

const cellOf = (output: Output): OutputCell => (Array.isArray(output) ? (output[0]?.[0] ?? '') : output);
const show = (cell: OutputCell): CellContent => (isSheetError(cell) ? errorText(cell) : cell);

/** The fields each function leaves out on purpose: what it solves for, and (sign-on) what cannot move year 1. */
const SOLVED: Readonly<Record<string, readonly string[]>> = { MATCHBASE: ['base'], MATCHSIGNON: ['signOn', 'years'] };

function call(
  name: 'MATCHBASE' | 'MATCHSIGNON',
  target: string,
  arg: { formula: string; value: unknown },
  own: MatchOffer,
  notes: string[],
): FunctionCall {
  const built = offerCall(name, own.input, { [target]: arg });
  if (!built)
    throw new Error(`this build has no AI.${name} in its catalog, so there is no counter-offer formula to insert`);
  const left = built.dropped.filter((field) => !SOLVED[name].includes(field));
  if (left.length)
    notes.push(
      `AI.${name} has no parameter for ${left.join(', ')}, so the sheet's answer leaves ${left.length === 1 ? 'it' : 'them'} out and differs from the panel's`,
    );
  return built;
}

/** The block Insert writes: a label and AI.MATCHBASE, then a label and AI.MATCHSIGNON, spelled for the host. */
export function counterOfferBlock(rival: MatchOffer, own: MatchOffer, host: HostName): InsertBlock {
  const notes: string[] = [];
  const rivalCall = offerCall('OFFER', rival.input);
  const average = rival.d.riskAdjustedAverageAnnual;
  const baseTarget =
    rivalCall && rivalCall.dropped.length === 0
      ? { formula: rivalCall.formula.replace(/^=/, ''), value: cellOf(rivalCall.result) }
      : { formula: String(average), value: average };
  const base = call('MATCHBASE', 'targetValue', baseTarget, own, notes);
  const firstYear = rival.d.firstYearTotal;
  const signOn = call('MATCHSIGNON', 'targetFirstYear', { formula: String(firstYear), value: firstYear }, own, notes);
  const baseLabel = `${own.label} to match ${rival.label}: base`;
  return {
    formulas: [
      [asLabel(baseLabel), spellFormula(base.formula, host)],
      [asLabel('or sign-on'), spellFormula(signOn.formula, host)],
    ],
    values: [
      [baseLabel, show(cellOf(base.result))],
      ['or sign-on', show(cellOf(signOn.result))],
    ],
    notes,
    charts: [],
  };
}
