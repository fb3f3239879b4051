/**
 * AI.COMPRESSION's table: per group (first seen first) and in total, the median pay of new hires
 * (hired inside the window before asOf) over the median pay of everyone else. A ratio at or above
 * 1 is compression: new hires paid at or above the incumbents of their group. Blank and error rows
 * are counted as in AI.HEALTH (core/health/population.ts).
 */
import { OutputCell } from '../cells';
import { notAvailable } from '../errors';
import { BLANK_ROW, COUNTED, ERROR_ROW, Population } from './population';
import { median } from './percentile';

export const COMPRESSION_HEADER = [
  'group',
  'headcount',
  'new hires',
  'others',
  'blank rows',
  'error rows',
  'new hire median pay',
  'others median pay',
  'new hire / others',
] as const;

const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/** EDATE: the same day `months` months away, the last day of the month where that day does not exist. */
export function addMonths(serial: number, months: number): number {
  const date = new Date(SERIAL_EPOCH_MS + serial * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Math.round((Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)) - SERIAL_EPOCH_MS) / MS_PER_DAY);
}

/** The latest hire date of the counted rows: asOf's default (data/population-defaults.ts). */
export function latestHire(population: Population): number | undefined {
  const hired = population.figures[1];
  let latest: number | undefined;
  for (let r = 0; r < population.rows; r++)
    if (population.status[r] === COUNTED && (latest === undefined || hired[r] > latest)) latest = hired[r];
  return latest;
}

class Tally {
  headcount = 0;
  blank = 0;
  errors = 0;
  readonly recent: number[] = [];
  readonly others: number[] = [];

  row(label: OutputCell, what: string): OutputCell[] {
    const middle = (pays: number[], who: string): OutputCell =>
      pays.length ? median(Float64Array.from(pays).sort()) : notAvailable(`no ${who} in ${what}`);
    const recent = middle(this.recent, 'new hires inside the window');
    const others = middle(this.others, 'hires before the window');
    let ratio: OutputCell;
    if (typeof recent !== 'number') ratio = recent;
    else if (typeof others !== 'number') ratio = others;
    else
      ratio = others > 0 ? recent / others : notAvailable(`the median pay of hires before the window in ${what} is 0`);
    const counts = [this.headcount, this.recent.length, this.others.length, this.blank, this.errors];
    return [label, ...counts, recent, others, ratio];
  }
}

/**
 * The table for a population read as [pay, hireDate] with its groups: new hires are those hired
 * after addMonths(asOf, -windowMonths), later than asOf included (accepted offers).
 */
export function compressionTable(population: Population, asOf: number, windowMonths: number): OutputCell[][] {
  const { rows, status, group, labels } = population;
  const [pay, hired] = population.figures;
  const start = addMonths(asOf, -windowMonths);
  const tallies = labels.map(() => new Tally());
  const total = new Tally();
  for (let r = 0; r < rows; r++) {
    const state = status[r];
    if (state > ERROR_ROW) continue;
    const tally = tallies[group[r]];
    tally.headcount++;
    total.headcount++;
    if (state === BLANK_ROW) {
      tally.blank++;
      total.blank++;
    } else if (state === COUNTED) {
      const pays = hired[r] > start ? 'recent' : 'others';
      tally[pays].push(pay[r]);
      total[pays].push(pay[r]);
    } else {
      tally.errors++;
      total.errors++;
    }
  }
  const table: OutputCell[][] = [[...COMPRESSION_HEADER]];
  for (let g = 0; g < tallies.length; g++) table.push(tallies[g].row(labels[g], `group ${String(labels[g])}`));
  table.push(total.row('Total', 'the range'));
  return table;
}
