/** The trackers every bench uses, so the core, Sheets and Excel figures are over the same data. */
import { SAMPLE_LEVELS, SAMPLE_ROLES } from '../examples/sample-offers';
import { OfferColumns } from './offer-floor';

const TYPES = ['public', 'startup', 'private', 'growth', 'enterprise'];
const SCHEDULES = ['4y-1y-cliff-monthly', '5/15/40/40', '3y', '4y-1y-cliff-quarterly'];

/** A tracker's role and level columns: a handful of names repeated, as real trackers are. */
export function bandColumns(rows: number): { roles: string[][]; levels: string[][] } {
  const roles: string[][] = new Array(rows);
  const levels: string[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    roles[i] = [SAMPLE_ROLES[i % SAMPLE_ROLES.length]];
    levels[i] = [SAMPLE_LEVELS[(i * 7) % SAMPLE_LEVELS.length]];
  }
  return { roles, levels };
}

/** AI.OFFER's seven columns; the payout history is two columns, one list per row (each row its own history). */
export function offerColumns(rows: number): OfferColumns {
  const col = <T>(f: (i: number) => T): T[][] => Array.from({ length: rows }, (_, i) => [f(i)]);
  return [
    col((i) => 150000 + (i % 97) * 1000),
    col((i) => (i % 4) * 0.05),
    Array.from({ length: rows }, (_, i) => [0.7 + (i % 5) * 0.1, 0.9 + (i % 3) * 0.1]),
    col((i) => (i % 7) * 50000),
    col((i) => TYPES[i % TYPES.length]),
    col((i) => SCHEDULES[i % SCHEDULES.length]),
    col((i) => (i % 3) * 10000),
  ];
}
