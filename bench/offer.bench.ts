/**
 * Issue 3: offer valuations per second, scalar (the model and AI.OFFER one call at a time) and a
 * 10,000-row AI.OFFER array call, beside the same-run Map baseline of the lookups bench.
 */
import { callByName } from '../core';
import { decomposeOffer, parseOffer } from '../core/offer/model';
import { mapLookupBaseline, measure, printTable } from './harness';

const TYPES = ['public', 'startup', 'private', 'growth', 'enterprise'];
const SCHEDULES = ['4y-1y-cliff-monthly', '5/15/40/40', '3y', '4y-18m-cliff'];

/** A tracker of offers: one column per AI.OFFER argument. */
export function offerTracker(rows: number) {
  const col = <T>(f: (i: number) => T): T[][] => Array.from({ length: rows }, (_, i) => [f(i)]);
  return {
    base: col((i) => 150000 + (i % 97) * 1000),
    target: col((i) => (i % 4) * 0.05),
    payout: col((i) => 0.7 + (i % 5) * 0.1),
    grant: col((i) => (i % 7) * 50000),
    type: col((i) => TYPES[i % TYPES.length]),
    schedule: col((i) => SCHEDULES[i % SCHEDULES.length]),
    signOn: col((i) => (i % 3) * 10000),
  };
}

export function run(): void {
  const rows = 10_000;
  const t = offerTracker(rows);
  const keys = t.type.map((r, i) => `${r[0]}|${t.schedule[i][0]}`);
  const baseline = measure('Map lookup (floor)', rows, mapLookupBaseline(keys));
  const model = measure('parseOffer + decomposeOffer, one at a time', rows, () => {
    for (let i = 0; i < rows; i++) {
      const parsed = parseOffer({ base: t.base[i][0], bonusTarget: t.target[i][0], bonusPayoutHistory: [t.payout[i][0]], equity: t.grant[i][0], companyType: t.type[i][0], vesting: t.schedule[i][0], signOn: t.signOn[i][0] });
      if (parsed.ok) decomposeOffer(parsed.offer);
    }
  });
  const scalar = measure('AI.OFFER scalar calls', rows, () => {
    for (let i = 0; i < rows; i++) callByName('OFFER', [t.base[i][0], t.target[i][0], t.payout[i][0], t.grant[i][0], t.type[i][0], t.schedule[i][0], t.signOn[i][0]]);
  });
  const array = measure('AI.OFFER 10,000-row array call', rows, () => callByName('OFFER', [t.base, t.target, t.payout, t.grant, t.type, t.schedule, t.signOn]));
  const table = measure('AI.OFFERTABLE scalar calls (4 years, refresh)', 1000, () => {
    for (let i = 0; i < 1000; i++) callByName('OFFERTABLE', [t.base[i][0], t.target[i][0], t.payout[i][0], t.grant[i][0], t.type[i][0], t.schedule[i][0], t.signOn[i][0], 4, 50000]);
  });
  printTable('Offer math (issue 3)', [baseline, model, scalar, array, table]);
}
