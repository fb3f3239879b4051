/**
 * Vesting schedules: how a grant is released year by year.
 *
 * A schedule is written as text so a spreadsheet cell can hold it:
 * - `4y-1y-cliff-monthly` (the default): four years, nothing until a one-year cliff, which releases
 *   the months accrued so far, then monthly. `quarterly` and `annually` are the other periods.
 * - `4y-6m-cliff`, `4y-18m-cliff-quarterly`: a custom cliff (in months or years); monthly unless named.
 * - `3y`: even over N years.
 * - `5/15/40/40`: back-loaded (or any) percentages a year, which must add up to 100.
 *
 * A schedule is kept as whole units a year (months, or percentage points scaled to integers), so
 * the split is exact fractions of the grant; `vestGrant` gives the remainder to the last year so
 * the rows add back to the grant (the way dinero.js `distribute` allocates).
 */
import { SheetError, badValue, badNumber } from '../errors';
import { describeCell } from '../messages';

export interface VestingSchedule {
  /** the schedule as the user wrote it, normalised (e.g. `4y-1y-cliff-monthly`, `5/15/40/40`) */
  readonly name: string;
  /** whole units vesting in each year (year 1 first); their sum is `totalUnits` */
  readonly unitsByYear: readonly number[];
  readonly totalUnits: number;
}

export const DEFAULT_VESTING = '4y-1y-cliff-monthly';

// Maps, not object literals: a schedule is user text, and "constructor" must not find Object's.
const PERIOD_MONTHS: ReadonlyMap<string, number> = new Map([
  ['monthly', 1],
  ['quarterly', 3],
  ['annually', 12],
  ['annual', 12],
  ['yearly', 12],
]);

export const VESTING_HELP =
  'a schedule such as "4y-1y-cliff-monthly" (the default, our choice: 4 years, 1-year cliff, then monthly), "3y" (even over 3 years), "4y-6m-cliff", or yearly percentages adding up to 100 such as "5/15/40/40"';

const ALIASES: ReadonlyMap<string, string> = new Map([
  ['default', DEFAULT_VESTING],
  ['standard', DEFAULT_VESTING],
]);

const CLIFF_PATTERN =
  /^(\d+)\s*y(?:ears?|rs?)?(?:[\s-]+(\d+(?:\.\d+)?)\s*(y|m)(?:ears?|rs?|onths?|os?)?[\s-]*cliff)?(?:[\s-]+(monthly|quarterly|annually|annual|yearly))?$/;
const PERCENT_PATTERN = /^\d+(\.\d+)?%?(\s*\/\s*\d+(\.\d+)?%?)+$/;

/** Years, cliff and period → units (months) per year. */
function cliffSchedule(
  label: string,
  name: string,
  years: number,
  cliffMonths: number,
  periodMonths: number,
): VestingSchedule | SheetError {
  const total = years * 12;
  if (years < 1 || years > 30)
    return badNumber(`${label}: expected a vesting length from 1 to 30 years, received ${describeCell(name)}`);
  if (!Number.isInteger(cliffMonths))
    return badValue(
      `${label}: expected a cliff of whole months, received ${describeCell(name)}; write "18m-cliff" rather than "1.5y-cliff" if it is not whole years`,
    );
  if (cliffMonths > total)
    return badNumber(
      `${label}: the cliff (${cliffMonths} months) is longer than the vesting (${total} months); expected a cliff of at most ${years}y`,
    );
  // Cumulative months vested by month t: nothing before the cliff, then whatever the last vesting
  // date (the cliff, then every period after it, and the final month) has reached.
  const vestedBy = (t: number): number => {
    if (t < cliffMonths || t <= 0) return 0;
    if (t >= total) return total;
    const start = cliffMonths;
    return start + Math.floor((t - start) / periodMonths) * periodMonths;
  };
  const unitsByYear: number[] = [];
  for (let y = 1; y <= years; y++) unitsByYear.push(vestedBy(12 * y) - vestedBy(12 * (y - 1)));
  return Object.freeze({ name, unitsByYear: Object.freeze(unitsByYear), totalUnits: total });
}

function percentSchedule(label: string, name: string): VestingSchedule | SheetError {
  const parts = name.split('/').map((p) => p.trim().replace(/%$/, ''));
  const decimals = Math.max(...parts.map((p) => (p.split('.')[1] ?? '').length));
  const scale = 10 ** decimals;
  const units = parts.map((p) => Math.round(Number(p) * scale));
  const total = units.reduce((a, b) => a + b, 0);
  if (total !== 100 * scale) {
    return badNumber(
      `${label}: yearly percentages must add up to 100, but ${describeCell(name)} adds up to ${total / scale}; e.g. "5/15/40/40" or "25/25/25/25"`,
    );
  }
  if (units.length > 30) return badNumber(`${label}: expected at most 30 yearly percentages, received ${units.length}`);
  return Object.freeze({ name: parts.join('/'), unitsByYear: Object.freeze(units), totalUnits: total });
}

// Parsing is pure and a tracker repeats a handful of schedules thousands of times; results are
// frozen, so they can be shared. Bounded so a sheet of distinct texts cannot grow it without end.
const PARSED = new Map<string, VestingSchedule | SheetError>();
const MAX_CACHED = 1000;

/**
 * Reads a schedule's text; an unknown schedule is #VALUE! with the forms that are understood, its
 * message led by `label` (the field's, from core/offer/fields.ts).
 */
export function parseVestingSchedule(text: string, label: string): VestingSchedule | SheetError {
  const key = `${label}\u0000${text}`;
  let parsed = PARSED.get(key);
  if (parsed === undefined) {
    parsed = readSchedule(text, label);
    if (PARSED.size >= MAX_CACHED) PARSED.clear();
    PARSED.set(key, parsed);
  }
  return parsed;
}

function readSchedule(text: string, label: string): VestingSchedule | SheetError {
  const raw = text.trim().toLowerCase();
  const key = ALIASES.get(raw.replace(/[\s_-]+/g, '')) ?? raw;
  if (PERCENT_PATTERN.test(key)) return percentSchedule(label, key);
  const match = CLIFF_PATTERN.exec(key.replace(/_/g, '-'));
  if (!match) return badValue(`${label}: expected ${VESTING_HELP}; received ${describeCell(text)}`);
  const years = Number(match[1]);
  const cliffMonths = match[2] === undefined ? 0 : match[3] === 'y' ? Number(match[2]) * 12 : Number(match[2]);
  const period = match[4] ?? (match[2] === undefined ? 'annually' : 'monthly');
  const periodMonths = PERIOD_MONTHS.get(period) ?? 12;
  const name =
    match[2] === undefined && match[4] === undefined
      ? `${years}y`
      : `${years}y-${match[2] === undefined ? '0m' : match[3] === 'y' ? `${match[2]}y` : `${match[2]}m`}-cliff-${period === 'annual' || period === 'yearly' ? 'annually' : period}`;
  return cliffSchedule(label, name, years, cliffMonths, periodMonths);
}

/** The schedule's length in years (the last year anything vests). */
export const scheduleYears = (schedule: VestingSchedule): number => schedule.unitsByYear.length;

/**
 * The amount vesting in each year of the schedule. The remainder goes to the last year, so the
 * rows add back to the grant.
 */
export function vestGrant(grant: number, schedule: VestingSchedule): number[] {
  const { unitsByYear, totalUnits } = schedule;
  const amounts: number[] = new Array(unitsByYear.length);
  let allocated = 0;
  let last = unitsByYear.length - 1;
  while (last > 0 && unitsByYear[last] === 0) last--;
  for (let y = 0; y < unitsByYear.length; y++) {
    if (y === last) continue;
    amounts[y] = (grant * unitsByYear[y]) / totalUnits;
    allocated += amounts[y];
  }
  amounts[last] = grant - allocated;
  return amounts;
}

/** The amount vesting in year `year` (1-based); nothing before year 1 or after the schedule ends. */
export function vestInYear(grant: number, schedule: VestingSchedule, year: number): number {
  if (year < 1 || year > schedule.unitsByYear.length) return 0;
  return vestGrant(grant, schedule)[year - 1];
}
