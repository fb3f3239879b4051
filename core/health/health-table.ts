/**
 * AI.HEALTH's table: how a population sits against its ranges, a row per group (first seen first)
 * and a total row. One pass tallies every row; percentiles sort each group's compa-ratios once.
 * Rows with a blank or unreadable figure are counted in their own columns, never in the measures;
 * empty rows (every per-row input blank: the unused tail of a tracker range) are nobody's and
 * appear nowhere, so each row's headcount = rows counted + blank rows + error rows.
 */
import { OutputCell } from '../cells';
import { notAvailable } from '../errors';
import { BLANK_ROW, COUNTED, ERROR_ROW, Population } from './population';
import { isBand, zoneIndex } from './position';
import { percentileInc } from './percentile';

/** The compa-ratio percentiles reported, as PERCENTILE.INC's k. */
export const HEALTH_PERCENTILES = [0.1, 0.25, 0.5, 0.75, 0.9] as const;

/** The header row; the two flag columns name the thresholds the call used. */
export function healthHeader(lowCompa: number, highCompa: number): string[] {
  return [
    'group',
    'headcount',
    'rows counted',
    'blank rows',
    'error rows',
    'below min',
    'below min share',
    'above max',
    'above max share',
    'compa mean',
    ...HEALTH_PERCENTILES.map((k) => `compa p${Math.round(k * 100)}`),
    `compa below ${lowCompa}`,
    `compa above ${highCompa}`,
    'Q1',
    'Q2',
    'Q3',
    'Q4',
    'cost to min',
    'pay above max',
  ];
}

class Tally {
  headcount = 0;
  counted = 0;
  blank = 0;
  errors = 0;
  low = 0;
  high = 0;
  /** by zone index: below min, Q1..Q4, above max */
  readonly zones = [0, 0, 0, 0, 0, 0];
  compaSum = 0;
  toMin = 0;
  overMax = 0;
  readonly compas: number[] = [];

  row(label: OutputCell, what: string): OutputCell[] {
    const counts = [this.headcount, this.counted, this.blank, this.errors];
    if (this.counted === 0) {
      const none = notAvailable(
        `no rows counted in ${what}: every row has a blank or unreadable pay, min, mid or max (AI.POSITION shows why, row by row)`,
      );
      return [label, ...counts, 0, none, 0, none, none, ...HEALTH_PERCENTILES.map(() => none), 0, 0, 0, 0, 0, 0, 0, 0];
    }
    const sorted = Float64Array.from(this.compas).sort();
    const z = this.zones;
    return [
      label,
      ...counts,
      z[0],
      z[0] / this.counted,
      z[5],
      z[5] / this.counted,
      this.compaSum / this.counted,
      ...HEALTH_PERCENTILES.map((k) => percentileInc(sorted, k)),
      this.low,
      this.high,
      z[1],
      z[2],
      z[3],
      z[4],
      this.toMin,
      this.overMax,
    ];
  }
}

/**
 * The table for a population read as [pay, min, mid, max]; `grouped` false gives the header and the
 * total row only. A row whose band is not min <= mid <= max (max above min) is an error row.
 */
export function healthTable(
  population: Population,
  grouped: boolean,
  lowCompa: number,
  highCompa: number,
): OutputCell[][] {
  const { rows, status, group, labels } = population;
  const [pay, min, mid, max] = population.figures;
  const tallies = labels.map(() => new Tally());
  const total = new Tally();
  for (let r = 0; r < rows; r++) {
    const state = status[r];
    if (state > ERROR_ROW) continue;
    const tally = grouped ? tallies[group[r]] : total;
    tally.headcount++;
    if (state === BLANK_ROW) tally.blank++;
    else if (state === COUNTED && isBand(min[r], mid[r], max[r])) {
      const p = pay[r];
      const compa = p / mid[r];
      tally.counted++;
      tally.compaSum += compa;
      tally.compas.push(compa);
      if (compa < lowCompa) tally.low++;
      if (compa > highCompa) tally.high++;
      tally.zones[zoneIndex(p, min[r], max[r])]++;
      if (p < min[r]) tally.toMin += min[r] - p;
      if (p > max[r]) tally.overMax += p - max[r];
    } else tally.errors++;
  }
  const table: OutputCell[][] = [healthHeader(lowCompa, highCompa)];
  if (grouped) {
    for (let g = 0; g < tallies.length; g++) {
      table.push(tallies[g].row(labels[g], `group ${String(labels[g])}`));
      merge(total, tallies[g]);
    }
  }
  table.push(total.row('Total', 'the range'));
  return table;
}

function merge(into: Tally, from: Tally): void {
  into.headcount += from.headcount;
  into.counted += from.counted;
  into.blank += from.blank;
  into.errors += from.errors;
  into.low += from.low;
  into.high += from.high;
  for (let z = 0; z < 6; z++) into.zones[z] += from.zones[z];
  into.compaSum += from.compaSum;
  into.toMin += from.toMin;
  into.overMax += from.overMax;
  for (const compa of from.compas) into.compas.push(compa);
}
