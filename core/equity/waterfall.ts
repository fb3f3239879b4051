/**
 * What each class of a preference stack receives at an exit (issue 20), as practitioners compute a
 * liquidation waterfall:
 * - below the sum of every preference, preferences are paid by seniority (rank 1 first); classes of
 *   equal rank share what is left for their rank pro rata to their preference amounts, and common
 *   receives nothing;
 * - above it, what is left is shared per share: by common, by each participating class (on top of
 *   its preference, until its cap binds) and by each class that converted. A class converts when
 *   converting gives it more than holding: a non-participating class when common's price passes its
 *   preference per share, a capped participating class when it passes its cap per share.
 *
 * That choice is the stable one (no class gains by switching alone): with common's price P, a class
 * holding has preference/shares >= P and by converting would pull P toward that figure, never past
 * it; a class converted gets more than its preference and keeps it. tests/core/equity checks it
 * against every convert/hold combination.
 *
 * Every payout is continuous and piecewise linear in the exit value, so the whole waterfall is a
 * few breakpoints: computed once per stack, then each exit value is a binary search and one
 * interpolation (10,000 exit values cost about as much as a hand-written loop over the same points).
 */

export interface PreferredClass {
  readonly name: string;
  /** shares as converted to common */
  readonly shares: number;
  readonly invested: number;
  /** the preference multiple: the preference is multiple x invested */
  readonly multiple: number;
  readonly participating: boolean;
  /** for a participating class: the most it receives in all, as a multiple of invested; undefined is no cap */
  readonly cap?: number;
  /** 1 is paid first; equal ranks share pro rata */
  readonly seniority: number;
}

export interface StackTerms {
  /** in the stack's order */
  readonly preferred: readonly PreferredClass[];
  /** the fully diluted common shares, options included */
  readonly commonShares: number;
}

/** Where common's payout changes slope, and why. */
export interface Breakpoint {
  readonly exitValue: number;
  readonly label: string;
}

/**
 * The waterfall as breakpoints: at `exits[k]` class j receives `payouts[k][j]` (preferred in the
 * stack's order, common last), linear in between, and past the last point each class gains
 * `slopes[j]` per dollar.
 */
export interface PayoutCurve {
  readonly exits: readonly number[];
  readonly payouts: readonly (readonly number[])[];
  readonly slopes: readonly number[];
  /** where common's payout changes slope, in exit order */
  readonly breakpoints: readonly Breakpoint[];
}

const preferenceOf = (c: PreferredClass): number => c.multiple * c.invested;
const capAmountOf = (c: PreferredClass): number | undefined =>
  c.participating && c.cap !== undefined ? c.cap * c.invested : undefined;

/** What each class receives once every preference is paid and common's price is `price`. */
function payoutsAtPrice(terms: StackTerms, price: number): number[] {
  const out = terms.preferred.map((c) => {
    const preference = preferenceOf(c);
    const asCommon = c.shares * price;
    if (!c.participating) return Math.max(preference, asCommon);
    const cap = capAmountOf(c);
    const participating = preference + asCommon;
    return cap === undefined ? participating : Math.max(Math.min(participating, cap), asCommon);
  });
  out.push(terms.commonShares * price);
  return out;
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** Preferences paid by seniority up to `exit` (below the sum of every preference). */
function seniorityPayouts(terms: StackTerms, exit: number): number[] {
  const out = new Array<number>(terms.preferred.length + 1).fill(0);
  const ranks = [...new Set(terms.preferred.map((c) => c.seniority))].sort((a, b) => a - b);
  let left = exit;
  for (const rank of ranks) {
    const members = terms.preferred.map((c, j) => ({ c, j })).filter(({ c }) => c.seniority === rank);
    const owed = sum(members.map(({ c }) => preferenceOf(c)));
    const paid = Math.min(left, owed);
    for (const { c, j } of members) out[j] = owed === 0 ? 0 : (paid * preferenceOf(c)) / owed;
    left -= paid;
  }
  return out;
}

/** The prices at which a class's payout changes slope, each with what happens there. */
function priceEvents(terms: StackTerms): { price: number; label: string }[] {
  const events: { price: number; label: string }[] = [];
  for (const c of terms.preferred) {
    const cap = capAmountOf(c);
    if (!c.participating) {
      events.push({ price: preferenceOf(c) / c.shares, label: `${c.name} converts to common` });
    } else if (cap !== undefined) {
      events.push({ price: (cap - preferenceOf(c)) / c.shares, label: `${c.name} reaches its ${c.cap}x cap` });
      events.push({ price: cap / c.shares, label: `${c.name} converts to common (above its cap)` });
    }
  }
  // A stable sort: equal prices keep the stack's order.
  return events.sort((a, b) => a.price - b.price);
}

/** The stack's waterfall as breakpoints (see PayoutCurve). */
export function payoutCurve(terms: StackTerms): PayoutCurve {
  const exits: number[] = [0];
  const payouts: number[][] = [seniorityPayouts(terms, 0)];
  const push = (exit: number, at: number[]): void => {
    if (exit > exits[exits.length - 1]) {
      exits.push(exit);
      payouts.push(at);
    }
  };
  // Seniority tiers: each rank's preferences paid in full, in turn.
  const ranks = [...new Set(terms.preferred.map((c) => c.seniority))].sort((a, b) => a - b);
  let paid = 0;
  for (const rank of ranks) {
    paid += sum(terms.preferred.filter((c) => c.seniority === rank).map(preferenceOf));
    push(paid, seniorityPayouts(terms, paid));
  }
  const allPreferences = paid;
  const breakpoints: Breakpoint[] = [];
  if (allPreferences > 0) breakpoints.push({ exitValue: allPreferences, label: 'common starts to receive' });
  for (const event of priceEvents(terms)) {
    const at = payoutsAtPrice(terms, event.price);
    const exit = sum(at);
    push(exit, at);
    breakpoints.push({ exitValue: exit, label: event.label });
  }
  // Far enough up every class holds common (converted or participating uncapped): each gains its
  // share of the fully diluted count per dollar.
  const shares = [...terms.preferred.map((c) => c.shares), terms.commonShares];
  const fullyDiluted = sum(shares);
  return { exits, payouts, slopes: shares.map((s) => s / fullyDiluted), breakpoints };
}

/** The index of the last breakpoint at or below `exit` (a binary search; breakpoints ascend from 0). */
function segmentStart(exits: readonly number[], exit: number): number {
  let low = 0;
  let high = exits.length;
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    if (exits[mid] <= exit) low = mid;
    else high = mid;
  }
  return low;
}

/** Class `j`'s payout at `exit` (common is the last class). */
export function payoutAt(curve: PayoutCurve, exit: number, j: number): number {
  const { exits, payouts } = curve;
  const k = segmentStart(exits, exit);
  const from = payouts[k][j];
  if (k === exits.length - 1) return from + curve.slopes[j] * (exit - exits[k]);
  return from + (payouts[k + 1][j] - from) * ((exit - exits[k]) / (exits[k + 1] - exits[k]));
}

/** What each class receives at `exit` (preferred in the stack's order, common last). */
export function payoutsAt(curve: PayoutCurve, exit: number): number[] {
  const { exits, payouts, slopes } = curve;
  const k = segmentStart(exits, exit);
  const from = payouts[k];
  const out = new Array<number>(from.length);
  // Plain loops, no objects: this runs once per exit value of a 10,000-row column (bench/waterfall.bench.ts).
  if (k === exits.length - 1) {
    const over = exit - exits[k];
    for (let j = 0; j < from.length; j++) out[j] = from[j] + slopes[j] * over;
  } else {
    const to = payouts[k + 1];
    const t = (exit - exits[k]) / (exits[k + 1] - exits[k]);
    for (let j = 0; j < from.length; j++) out[j] = from[j] + (to[j] - from[j]) * t;
  }
  return out;
}
