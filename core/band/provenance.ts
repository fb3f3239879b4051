/**
 * How a figure is described to users (AI.SOURCE, the panel): the report, the article's publisher
 * and date, its grade, and the notes that qualify it. Seed files stay in the data records: no
 * sentence built here names one.
 */
import { Figure } from '../../data/figure';
import { figure } from '../../data/figures';
import { citeArticle } from '../../data/sources';
import { ASSUMPTIONS, AssumptionId } from '../../data/assumptions';
import { SENIOR_FLOOR_SCOPE } from '../../data/band-tables';

/**
 * Every number a catalog function returns has one of these grades:
 * - reported: a named source states this figure;
 * - derived: arithmetic over figures of one source (the formula is shown);
 * - estimate: rests on at least one assumption of ours that no source states (each is named).
 */
export type Grade = 'reported' | 'derived' | 'estimate';

/** The worse of two grades: an estimate anywhere makes the whole an estimate. */
export function combineGrades(...grades: Grade[]): Grade {
  if (grades.includes('estimate')) return 'estimate';
  return grades.includes('derived') ? 'derived' : 'reported';
}

export function citeFigure(id: string): string {
  const f: Figure = figure(id);
  return `${f.source}; in ${citeArticle(f.article)}`;
}

/** What qualifies a record: the article's own label for it, and our note. */
export function figureNotes(id: string): string {
  const f = figure(id);
  const parts: string[] = [];
  if (f.label) parts.push(`the article's label: "${f.label}"`);
  if (f.note) parts.push(f.note);
  if (f.openEnded) parts.push(openEndedNote(f));
  if (f.statistic !== 'point') parts.push(`statistic: ${f.statistic}`);
  return parts.length ? ` (${parts.join('; ')})` : '';
}

/**
 * An open-ended figure ("$269,000+") is the lowest value the source puts there, not a cap; where it
 * is a band's max, say what that does to AI.PENETRATION.
 */
export function openEndedNote(f: Figure): string {
  return `open-ended: the article writes "${f.openEnded}", so this is a lower edge with no upper figure, not a cap`;
}

/** The assumptions an estimate rests on, numbered, as one passage. */
export function explainAssumptions(ids: readonly AssumptionId[]): string {
  const unique = [...new Set(ids)];
  if (!unique.length) return '';
  const sentences = unique.map((id, i) => `(${i + 1}) ${ASSUMPTIONS[id].sentence}`);
  return `It rests on ${unique.length === 1 ? 'an assumption' : `${unique.length} assumptions`} of ours that no source states: ${sentences.join(' ')}`;
}

/** "the assumption of X" or "the assumptions of X; Y", for #N/A messages. */
export function assumptionNames(ids: readonly AssumptionId[]): string {
  const names = [...new Set(ids)].map((id) => ASSUMPTIONS[id].name);
  return `${names.length > 1 ? 'the assumptions' : 'the assumption'} of ${names.join('; ')}`;
}

// One formatter each, made once (`toLocaleString` builds a new formatter per call), and on first
// use, not at load: the first Intl.NumberFormat in a fresh process loads ICU's number data (10-30 ms
// on the 2-core machine), which made it most of Code.js's cold load.
let dollarsAndCents: Intl.NumberFormat | undefined;
let wholeDollars: Intl.NumberFormat | undefined;

export function formatUsd(value: number): string {
  const format =
    Math.abs(value) < 1000
      ? (dollarsAndCents ??= new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }))
      : (wholeDollars ??= new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 0 }));
  return `$${format.format(value)}`;
}

const DAYS_ID = 'senior-time-to-fill-below-floor';

/** The senior base a source names as a hiring threshold for AI engineers (nexus IT group: $200,000). */
export const SENIOR_BASE_FLOOR = figure(SENIOR_FLOOR_SCOPE.figure).value;

/** Whether the threshold applies to this role and level (data/band-tables.ts SENIOR_FLOOR_SCOPE says why). */
export function seniorFloorApplies(roleId: string, levelId: string): boolean {
  return (
    (SENIOR_FLOOR_SCOPE.roles as readonly string[]).includes(roleId) &&
    (SENIOR_FLOOR_SCOPE.levels as readonly string[]).includes(levelId)
  );
}

/**
 * The warning for a senior base figure under the threshold: it says what the threshold is, that it
 * is a hiring threshold (not the bottom of a range), and the time-to-fill figures behind it.
 */
export function seniorFloorSentence(value: number, subject = `${formatUsd(value)} is`): string {
  const low = figure('senior-time-to-fill-excess-low').value * 100;
  const high = figure('senior-time-to-fill-excess-high').value * 100;
  return `Below the senior AI engineer floor: ${subject} under the ${formatUsd(SENIOR_BASE_FLOOR)} base that nexus IT group (2026) names as the threshold for hiring senior AI engineers; it reports that senior searches offering less take ${figure(DAYS_ID).value} days on average to fill, ${low}% to ${high}% longer than competitive offers. A hiring threshold, not the bottom of a pay range.`;
}
