/**
 * A waterfall written the long way, for the property tests only: for one convert/hold choice per
 * class, pay the holders' preferences by seniority, then share the rest per share among common,
 * the converted classes and the participating holders (each participating holder until its cap,
 * the excess going to the others). A choice is stable when no class gains by switching alone.
 * Nothing here is shared with core/equity/waterfall.ts, which works by breakpoints instead.
 */
import { StackTerms } from '../../../core/equity/waterfall';

export function payoutsForChoice(terms: StackTerms, converts: readonly boolean[], exit: number): number[] {
  const classes = terms.preferred;
  const out = new Array<number>(classes.length + 1).fill(0);
  let left = exit;
  const ranks = [...new Set(classes.map((c) => c.seniority))].sort((a, b) => a - b);
  for (const rank of ranks) {
    const members = classes.map((c, j) => j).filter((j) => !converts[j] && classes[j].seniority === rank);
    const owed = members.reduce((a, j) => a + classes[j].multiple * classes[j].invested, 0);
    const paid = Math.min(left, owed);
    for (const j of members) out[j] = owed === 0 ? 0 : (paid * classes[j].multiple * classes[j].invested) / owed;
    left -= paid;
  }
  // The pool: who shares what is left, and how much more each capped participant may take.
  const pool: { j: number; shares: number; room: number }[] = [
    { j: classes.length, shares: terms.commonShares, room: Infinity },
  ];
  classes.forEach((c, j) => {
    if (converts[j]) pool.push({ j, shares: c.shares, room: Infinity });
    else if (c.participating)
      pool.push({ j, shares: c.shares, room: c.cap === undefined ? Infinity : c.cap * c.invested - out[j] });
  });
  pool.sort((a, b) => a.room / a.shares - b.room / b.shares);
  let shares = pool.reduce((a, p) => a + p.shares, 0);
  let k = 0;
  while (k < pool.length && pool[k].room !== Infinity && (left * pool[k].shares) / shares >= pool[k].room) {
    out[pool[k].j] += pool[k].room;
    left -= pool[k].room;
    shares -= pool[k].shares;
    k++;
  }
  for (; k < pool.length; k++) out[pool[k].j] += (left * pool[k].shares) / shares;
  return out;
}

/** Every convert/hold choice from which no class gains by switching alone, with its payouts. */
export function stableChoices(
  terms: StackTerms,
  exit: number,
  tolerance: number,
): { converts: boolean[]; payouts: number[] }[] {
  const n = terms.preferred.length;
  const found: { converts: boolean[]; payouts: number[] }[] = [];
  for (let mask = 0; mask < 1 << n; mask++) {
    const converts = Array.from({ length: n }, (_, j) => (mask & (1 << j)) !== 0);
    const payouts = payoutsForChoice(terms, converts, exit);
    const stable = converts.every((_, j) => {
      const switched = converts.map((v, i) => (i === j ? !v : v));
      return payoutsForChoice(terms, switched, exit)[j] <= payouts[j] + tolerance;
    });
    if (stable) found.push({ converts, payouts });
  }
  return found;
}
