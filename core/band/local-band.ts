/**
 * Local bands for markets without verified data, projected along the US seniority curve.
 *
 * Seed 001 (AI Tech Connect, on using US data in India and the UK) says the shape of the curve from
 * entry to senior, and the rough multiples between levels, hold up broadly across markets even though
 * the amounts do not, and gives roughly 1.5 to 1.8 for senior over entry pay; it gives no local
 * figures itself. Applying one exact US ratio locally is our assumption (`local-curve`), so every
 * projection is graded estimate. A local figure for `level` is the local anchor times the US
 * curve's ratio between `level` and the anchor's level:
 *   local(level) = anchor x US(level) / US(anchorLevel),
 * where US(...) is the band midpoint of the generic AI Engineer in the default band table, read in one
 * place (`seniorityCurvePoint`). A user's own band table has its own curve (`userSeniorityRatio` in
 * user-table-curve.ts); AI.LOCALBAND picks one or the other.
 */
import { BandTable } from '../../data/band-tables';
import { figure } from '../../data/figures';
import { citeFigure, combineGrades, explainAssumptions, formatUsd, Grade } from './provenance';
import { AssumptionId } from '../../data/assumptions';
import { SheetError, isSheetError, notAvailable } from '../errors';
import { roles } from '../vocabulary/roles';
import { DEFAULT_TABLE, LevelRef, lookupBandRow } from './embedded-bands';

/** Seed 001's stated range for senior over entry pay (data/figures.ts records). */
export const SENIOR_TO_ENTRY_RANGE = Object.freeze({
  low: figure('seniority-ratio-senior-entry-low').value,
  high: figure('seniority-ratio-senior-entry-high').value,
  source: citeFigure('seniority-ratio-senior-entry-low'),
});

const CURVE_ROLE = roles.find('AI Engineer');

export interface CurvePoint {
  readonly value: number;
  /** what the curve point is: "median", "midpoint", "average" */
  readonly statistic: string;
  readonly source: string;
  readonly grade: Grade;
  readonly assumptions: readonly AssumptionId[];
}

/** The US curve at one level: the AI Engineer band midpoint in `table` (the default table unless given). */
export function seniorityCurvePoint(level: LevelRef, table: BandTable = DEFAULT_TABLE): CurvePoint | SheetError {
  if (isSheetError(CURVE_ROLE)) return CURVE_ROLE;
  const row = lookupBandRow(CURVE_ROLE, level, table);
  if (isSheetError(row)) {
    const what = 'years' in level ? `${level.years} years of experience` : `the ${level.level.name} level`;
    return notAvailable(
      `the US seniority curve (AI Engineer band midpoints, ${table.name}) has no point for ${what}, so no local figure can be projected to or from it: ${row.message}`,
    );
  }
  const mid = row.mid;
  if (isSheetError(mid)) return mid;
  return {
    value: mid.value,
    statistic: mid.statistic ?? 'figure',
    source: mid.source,
    grade: mid.basis,
    assumptions: mid.assumptions ?? [],
  };
}

export interface CurveRatio {
  readonly factor: number;
  /** always estimate: applying a US ratio to a local market is the `local-curve` assumption */
  readonly grade: Grade;
  readonly assumptions: readonly AssumptionId[];
  readonly from: CurvePoint;
  readonly to: CurvePoint;
}

/** US(level) / US(anchorLevel), graded estimate: the ratio is arithmetic, carrying it to a local market is not. */
export function seniorityRatio(
  anchorLevel: LevelRef,
  level: LevelRef,
  table: BandTable = DEFAULT_TABLE,
): CurveRatio | SheetError {
  const from = seniorityCurvePoint(anchorLevel, table);
  if (isSheetError(from)) return from;
  const to = seniorityCurvePoint(level, table);
  if (isSheetError(to)) return to;
  return {
    factor: to.value / from.value,
    grade: combineGrades('estimate', from.grade, to.grade),
    assumptions: [...new Set<AssumptionId>(['local-curve', ...from.assumptions, ...to.assumptions])],
    from,
    to,
  };
}

const levelText = (level: LevelRef): string => ('years' in level ? `${level.years} years` : level.level.name);

/** Which statistics a ratio divides, said plainly when they differ (a median over a midpoint). */
export function statisticsMixed(to: string, from: string): string {
  return to === from
    ? `Both points are ${to}s.`
    : `It divides a ${to} by a ${from}: different statistics, so the ratio mixes them.`;
}

/**
 * AI.SOURCE(anchorLevel, level, "local"): the ratio AI.LOCALBAND applies, graded, with the curve
 * points it divides and, for senior over entry, where it sits against the 1.5 to 1.8 the source
 * gives and what reported figures alone would give.
 */
export function explainLocalRatio(
  anchorLevel: LevelRef,
  level: LevelRef,
  table: BandTable = DEFAULT_TABLE,
): string | SheetError {
  const ratio = seniorityRatio(anchorLevel, level, table);
  if (isSheetError(ratio)) return ratio;
  const parts = [
    `${ratio.grade}: AI.LOCALBAND from ${levelText(anchorLevel)} to ${levelText(level)} multiplies the local anchor by ${ratio.factor.toFixed(4)}, the US AI Engineer mid at ${levelText(level)} (${formatUsd(ratio.to.value)}, ${ratio.to.statistic}) over the mid at ${levelText(anchorLevel)} (${formatUsd(ratio.from.value)}, ${ratio.from.statistic}) in ${table.name}.`,
    statisticsMixed(ratio.to.statistic, ratio.from.statistic),
    `AI Tech Connect (2026) says only that the rough multiples between levels hold up broadly in other markets, and gives no local figures (${SENIOR_TO_ENTRY_RANGE.source}).`,
  ];
  if (ratio.assumptions.length) parts.push(explainAssumptions(ratio.assumptions));
  const ids = ['years' in anchorLevel ? '' : anchorLevel.level.id, 'years' in level ? '' : level.level.id];
  const seniorOverEntry =
    ids[0] === 'entry' && ids[1] === 'senior'
      ? ratio.factor
      : ids[0] === 'senior' && ids[1] === 'entry'
        ? 1 / ratio.factor
        : undefined;
  if (seniorOverEntry !== undefined) {
    const inside = seniorOverEntry >= SENIOR_TO_ENTRY_RANGE.low && seniorOverEntry <= SENIOR_TO_ENTRY_RANGE.high;
    parts.push(
      `Senior over entry here is ${seniorOverEntry.toFixed(2)}, ${inside ? 'inside' : 'outside'} the roughly ${SENIOR_TO_ENTRY_RANGE.low} to ${SENIOR_TO_ENTRY_RANGE.high} the source gives.`,
    );
    const floor = figure('us-ai-engineer-entry-base-floor').value;
    const median = figure('us-ai-engineer-senior-base-median').value;
    parts.push(
      `From reported figures alone (the AI Tech Connect senior median ${formatUsd(median)} over its entry floor ${formatUsd(floor)}) it would be ${(median / floor).toFixed(2)}; with source "nexus" (averages) it is ${(figure('nexus-senior-average-base').value / figure('nexus-entry-average-base').value).toFixed(2)}.`,
    );
  }
  return parts.join(' ');
}
