/**
 * Local bands for markets without verified data, projected along the US seniority curve.
 *
 * Seed 001 (AI Tech Connect, "What the US numbers mean for India and the UK"): "The shape — entry to
 * mid to senior — and the rough multiples between bands hold up across markets even where the
 * absolute pay differs. If a senior US role is worth roughly 1.5 to 1.8 times an entry-level one,
 * expect a broadly similar ratio locally." So a local figure for `level` is the local anchor times
 * the US curve's ratio between `level` and the anchor's level:
 *   local(level) = anchor x US(level) / US(anchorLevel),
 * where US(...) is the band midpoint of the generic AI Engineer in the default band table. The curve
 * is read in one place (`seniorityCurvePoint`) so a user's own band table can stand in for it later.
 */
import { BandTable } from '../../data/band-tables';
import { figure } from '../../data/figures';
import { citeFigure } from './provenance';
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
  readonly source: string;
}

/** The US curve at one level: the AI Engineer band midpoint in `table` (the default table unless given). */
export function seniorityCurvePoint(level: LevelRef, table: BandTable = DEFAULT_TABLE): CurvePoint | SheetError {
  if (isSheetError(CURVE_ROLE)) return CURVE_ROLE;
  const row = lookupBandRow(CURVE_ROLE, level, table);
  if (isSheetError(row)) {
    const what = 'years' in level ? `${level.years} years of experience` : `the ${level.level.name} level`;
    return notAvailable(`the US seniority curve (AI Engineer band midpoints, ${table.name}) has no point for ${what}, so no local figure can be projected to or from it: ${row.message}`);
  }
  const mid = row.mid;
  if (isSheetError(mid)) return mid;
  return { value: mid.value, source: mid.source };
}

/** local(level) = anchor x US(level) / US(anchorLevel). */
export function projectLocalBand(anchor: number, anchorLevel: LevelRef, level: LevelRef, table: BandTable = DEFAULT_TABLE): number | SheetError {
  const from = seniorityCurvePoint(anchorLevel, table);
  if (isSheetError(from)) return from;
  const to = seniorityCurvePoint(level, table);
  if (isSheetError(to)) return to;
  return (anchor * to.value) / from.value;
}
