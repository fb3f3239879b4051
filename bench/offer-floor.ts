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

const HORIZON = 4;
const MAX_MONEY = 1e8;

export type OfferColumns = readonly [unknown[][], unknown[][], unknown[][], unknown[][], unknown[][], unknown[][], unknown[][]];

const money = (cell: unknown): number | undefined => (typeof cell === 'number' && cell >= 0 && cell <= MAX_MONEY ? cell : undefined);

export function offerFloor(columns: OfferColumns): unknown[][] {
  const [base, target, payout, grant, type, schedule, signOn] = columns;
  const schedules = new Map<unknown, VestingSchedule | undefined>();
  const discounts = new Map<unknown, number>();
  for (const t of COMPANY_TYPES) discounts.set(t, equityDiscountFor(t as CompanyType, undefined));
  const out: unknown[][] = new Array(base.length);
  for (let i = 0; i < base.length; i++) {
    const b = money(base[i][0]);
    const tg = target[i][0];
    const g = money(grant[i][0]);
    const s = money(signOn[i][0]);
    const discount = discounts.get(type[i][0]);
    let plan = schedules.get(schedule[i][0]);
    if (plan === undefined && !schedules.has(schedule[i][0])) {
      const parsed = parseVestingSchedule(String(schedule[i][0]));
      plan = isSheetError(parsed) ? undefined : parsed;
      schedules.set(schedule[i][0], plan);
    }
    const history = payout[i];
    let sum = 0;
    let valid = true;
    for (const ratio of history) {
      if (typeof ratio !== 'number' || !(ratio >= 0 && ratio <= 3)) valid = false;
      else sum += ratio;
    }
    if (b === undefined || g === undefined || s === undefined || typeof tg !== 'number' || !(tg >= 0 && tg <= 1) || discount === undefined || plan === undefined || !valid) {
      out[i] = ['#VALUE!'];
      continue;
    }
    const bonus = b * tg * (history.length ? sum / history.length : 1);
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
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i][0], b[i]?.[0]) && !(typeof a[i][0] !== 'number' && typeof b[i]?.[0] !== 'number')) count++;
  return count;
}
