/**
 * The floor for AI.OFFER over a tracker: a hand-written loop that reads the same seven columns,
 * checks every cell against the same bounds (finite, in range, a known company type and schedule)
 * and returns the same numbers in the same 2-D shape, with an error string in a bad row. It uses the
 * core's own vesting split and discounts, and adds the components in the core's order, so its
 * results are bit-identical to AI.OFFER's (the bench counts any difference).
 */
import { parseVestingSchedule, vestGrant, VestingSchedule } from '../core/offer/vesting';
import { COMPANY_TYPES, equityDiscountFor, CompanyType } from '../core/offer/company-types';
import { isSheetError } from '../core/errors';
import { MAX_AMOUNT, MAX_BASE, MAX_BONUS_TARGET } from '../core/offer/fields';
import { MAX_PAYOUT_RATIO } from '../core/offer/bonus';

const HORIZON = 4;

export type OfferColumns = readonly [
  unknown[][],
  unknown[][],
  unknown[][],
  unknown[][],
  unknown[][],
  unknown[][],
  unknown[][],
];

const money = (cell: unknown, max = MAX_AMOUNT): number | undefined =>
  typeof cell === 'number' && cell >= 0 && cell <= max ? cell : undefined;

/** A payout history's mean ratio (1 for none), or undefined when a ratio is not a number in bounds. */
function payoutFactor(history: readonly unknown[]): number | undefined {
  let sum = 0;
  for (const ratio of history) {
    if (typeof ratio !== 'number' || !(ratio >= 0 && ratio <= MAX_PAYOUT_RATIO)) return undefined;
    sum += ratio;
  }
  return history.length ? sum / history.length : 1;
}

export function offerFloor(columns: OfferColumns): unknown[][] {
  const [base, target, payout, grant, type, schedule, signOn] = columns;
  const schedules = new Map<unknown, VestingSchedule | undefined>();
  const discounts = new Map<unknown, number>();
  for (const t of COMPANY_TYPES) discounts.set(t, equityDiscountFor(t as CompanyType, undefined));
  const out: unknown[][] = new Array(base.length);
  for (let i = 0; i < base.length; i++) {
    const b = money(base[i][0], MAX_BASE);
    const tg = target[i][0];
    const g = money(grant[i][0]);
    const s = money(signOn[i][0]);
    const discount = discounts.get(type[i][0]);
    let plan = schedules.get(schedule[i][0]);
    if (plan === undefined && !schedules.has(schedule[i][0])) {
      const parsed = parseVestingSchedule(String(schedule[i][0]), 'Vesting schedule');
      plan = isSheetError(parsed) ? undefined : parsed;
      schedules.set(schedule[i][0], plan);
    }
    const factor = payoutFactor(payout[i]);
    if (
      b === undefined ||
      g === undefined ||
      s === undefined ||
      typeof tg !== 'number' ||
      !(tg >= 0 && tg <= MAX_BONUS_TARGET) ||
      discount === undefined ||
      plan === undefined ||
      factor === undefined
    ) {
      out[i] = ['#VALUE!'];
      continue;
    }
    const bonus = b * tg * factor;
    const vesting = vestGrant(g, plan);
    let total = 0;
    for (let y = 1; y <= HORIZON; y++) {
      const equity = (vesting[y - 1] ?? 0) * (1 - discount);
      total += b + (y === 1 ? s : 0) + bonus + (equity + 0);
    }
    out[i] = [total / HORIZON];
  }
  return out;
}

/** How many rows of two results differ (not bit-identical). */
export function differences(a: unknown[][], b: unknown[][]): number {
  let count = 0;
  for (let i = 0; i < a.length; i++)
    if (!Object.is(a[i][0], b[i]?.[0]) && !(typeof a[i][0] !== 'number' && typeof b[i]?.[0] !== 'number')) count++;
  return count;
}

const YEAR_LABELS = ['component', 'year 1', 'year 2', 'year 3', 'year 4'];
const REFRESH_LABELS = [1, 2, 3].map((k) => `equity: refresh ${k} (granted end of year ${k}, risk-adjusted)`);

/**
 * The floor for AI.OFFERTABLE: one offer's cells (4 years, an annual refresh), checked as
 * `offerFloor` checks them, laid out as the same table (labels, a column a year, the three padded
 * summary rows), with the core's vesting split and the core's order of additions.
 */
export function offerTableFloor(
  base: unknown,
  target: unknown,
  payouts: readonly unknown[],
  grant: unknown,
  type: unknown,
  scheduleText: unknown,
  signOn: unknown,
  refresh: number,
): unknown[][] | string {
  const b = money(base, MAX_BASE);
  const g = money(grant);
  const s = money(signOn);
  const discount =
    typeof type === 'string' && (COMPANY_TYPES as readonly string[]).includes(type)
      ? equityDiscountFor(type as CompanyType, undefined)
      : undefined;
  const plan = typeof scheduleText === 'string' ? parseVestingSchedule(scheduleText, 'Vesting schedule') : undefined;
  const factor = payoutFactor(payouts);
  if (
    b === undefined ||
    g === undefined ||
    s === undefined ||
    typeof target !== 'number' ||
    !(target >= 0 && target <= MAX_BONUS_TARGET) ||
    discount === undefined ||
    plan === undefined ||
    isSheetError(plan) ||
    factor === undefined
  )
    return '#VALUE!';
  const keep = 1 - discount;
  const bonus = b * target * factor;
  const initial = vestGrant(g, plan);
  const refreshes = vestGrant(refresh, plan);
  const rows: unknown[][] = [YEAR_LABELS, ['base'], ['expected bonus'], ['equity: initial grant (risk-adjusted)']];
  for (let k = 1; k < HORIZON; k++) rows.push([REFRESH_LABELS[k - 1]]);
  const signOns: unknown[] = ['sign-on'];
  const totals: unknown[] = ['total'];
  const guaranteed: unknown[] = ['guaranteed (base + sign-on)'];
  let sumTotal = 0;
  for (let y = 1; y <= HORIZON; y++) {
    const equity = (initial[y - 1] ?? 0) * keep;
    let equityRefresh = 0;
    for (let k = 1; k < HORIZON; k++) {
      const amount = (refreshes[y - k - 1] ?? 0) * keep;
      rows[3 + k].push(amount);
      equityRefresh += amount;
    }
    const signOnYear = y === 1 ? s : 0;
    const total = b + signOnYear + bonus + (equity + equityRefresh);
    sumTotal += total;
    rows[1].push(b);
    rows[2].push(bonus);
    rows[3].push(equity);
    signOns.push(signOnYear);
    totals.push(total);
    guaranteed.push(b + signOnYear);
  }
  rows.push(signOns, totals, guaranteed);
  rows.push(['first-year total (risk-adjusted)', totals[1], '', '', '']);
  rows.push([`risk-adjusted average a year over ${HORIZON} years`, sumTotal / HORIZON, '', '', '']);
  rows.push([
    'annualised total (comparison-site reading: base + target bonus + grant / vesting years + sign-on / 4, undiscounted)',
    b + b * target + g / plan.unitsByYear.length + s / 4,
    '',
    '',
    '',
  ]);
  return rows;
}

/** How many cells of two tables differ (not bit-identical); an error against an error counts as equal. */
export function tableDifferences(a: unknown, b: unknown): number {
  if (!Array.isArray(a) || !Array.isArray(b)) return Array.isArray(a) === Array.isArray(b) ? 0 : 1;
  let count = 0;
  for (let r = 0; r < Math.max(a.length, b.length); r++) {
    for (let c = 0; c < Math.max(a[r]?.length ?? 0, b[r]?.length ?? 0); c++)
      if (!Object.is(a[r]?.[c], b[r]?.[c])) count++;
  }
  return count;
}
