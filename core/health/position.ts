/**
 * Where one pay sits in its range (issue 23), by the measures a range review uses: compa-ratio
 * (pay / mid), range penetration ((pay - min) / (max - min)), the zone (below the minimum, one of
 * four penetration quartiles, above the maximum: range quartiles, not headcount quartiles), the
 * raise that reaches the minimum and the pay above the maximum; and the inverse, the pay at a
 * target compa-ratio or penetration. No figures: every number comes from the user's cells.
 */
import { compaRatio, rangePenetration } from '../band/range-math';
import { badValue, SheetError } from '../errors';

/** Zones in order; a quartile holds its lower edge (penetration 0.25 is Q2), Q4 holds the maximum. */
export const ZONES = ['below min', 'Q1', 'Q2', 'Q3', 'Q4', 'above max'] as const;
export type Zone = (typeof ZONES)[number];

export const POSITION_MEASURES = ['compa', 'penetration', 'zone', 'tomin', 'overmax'] as const;
export type PositionMeasure = (typeof POSITION_MEASURES)[number];

/** The measures AI.PAYFOR inverts (a zone or an amount has no single pay). */
export const TARGET_MEASURES = ['compa', 'penetration'] as const;
export type TargetMeasure = (typeof TARGET_MEASURES)[number];

/** Whether min <= mid <= max with max above min: a band a position can be measured in. */
export const isBand = (min: number, mid: number, max: number): boolean => max > min && mid >= min && mid <= max;

/** Why a band row is not one (see isBand), or undefined. */
export function bandProblem(min: number, mid: number, max: number): SheetError | undefined {
  if (max <= min)
    return badValue(
      `max: expected a range maximum above the minimum (${min}), received ${max}; check that min and max are not swapped`,
    );
  if (mid < min || mid > max)
    return badValue(
      `mid: expected a midpoint from the minimum (${min}) to the maximum (${max}), received ${mid}; check that the band columns are min, mid, max in that order`,
    );
  return undefined;
}

/** The zone's index in ZONES. */
export function zoneIndex(pay: number, min: number, max: number): number {
  if (pay < min) return 0;
  if (pay > max) return 5;
  const penetration = rangePenetration(pay, min, max);
  return penetration < 0.25 ? 1 : penetration < 0.5 ? 2 : penetration < 0.75 ? 3 : 4;
}

/** The row compa, penetration, zone, tomin, overmax (AI.POSITION's columns, in POSITION_MEASURES order). */
export function positionRow(
  pay: number,
  min: number,
  mid: number,
  max: number,
): [number, number, Zone, number, number] {
  return [
    compaRatio(pay, mid),
    rangePenetration(pay, min, max),
    ZONES[zoneIndex(pay, min, max)],
    pay < min ? min - pay : 0,
    pay > max ? pay - max : 0,
  ];
}

/** The pay at a target compa-ratio (target x mid) or penetration (min + target x (max - min)). */
export function payFor(target: number, measure: TargetMeasure, min: number, mid: number, max: number): number {
  return measure === 'compa' ? target * mid : min + target * (max - min);
}
