/**
 * Equity valuation beyond a stated grant value: option value (intrinsic or Black-Scholes), the
 * probability-weighted value of private equity over exit scenarios, and dilution.
 *
 * Seed 002 (an unsigned article on AI pay drivers) tells candidates to understand strike price,
 * cliffs, refreshers and a low exit, and to ask how rounds dilute equity; seed 001 calls private
 * options a bet on a liquidity event. These are the standard formulas for those questions; none
 * carries a figure of its own: every input is the user's.
 */

/**
 * Standard normal cumulative distribution, double precision (Hart 1968, as given by G. West,
 * "Better approximations to cumulative normal functions", 2005); absolute error below 1e-14.
 */
export function normalCdf(x: number): number {
  const z = Math.abs(x);
  let tail: number;
  if (z > 37) {
    tail = 0;
  } else {
    const e = Math.exp((-z * z) / 2);
    if (z < 7.07106781186547) {
      let n = 3.52624965998911e-2 * z + 0.700383064443688;
      n = n * z + 6.37396220353165;
      n = n * z + 33.912866078383;
      n = n * z + 112.079291497871;
      n = n * z + 221.213596169931;
      n = n * z + 220.206867912376;
      let d = 8.83883476483184e-2 * z + 1.75566716318264;
      d = d * z + 16.064177579207;
      d = d * z + 86.7807322029461;
      d = d * z + 296.564248779674;
      d = d * z + 637.333633378831;
      d = d * z + 793.826512519948;
      d = d * z + 440.413735824752;
      tail = (e * n) / d;
    } else {
      let d = z + 0.65;
      d = z + 4 / d;
      d = z + 3 / d;
      d = z + 2 / d;
      d = z + 1 / d;
      tail = e / d / 2.506628274631;
    }
  }
  return x > 0 ? 1 - tail : tail;
}

/** Intrinsic value of options (or RSUs, strike 0): what exercising today would yield. */
export function intrinsicValue(shares: number, strike: number, price: number): number {
  return shares * Math.max(price - strike, 0);
}

export interface BlackScholesInputs {
  readonly price: number;
  readonly strike: number;
  /** years to expiry */
  readonly years: number;
  /** annualised volatility, 0.4 for 40% */
  readonly volatility: number;
  /** continuously compounded risk-free rate */
  readonly rate: number;
  /** continuous dividend yield */
  readonly dividendYield: number;
}

/**
 * European call, Black-Scholes-Merton with a continuous dividend yield (Merton 1973; Hull, Options,
 * Futures and Other Derivatives, ch. 15 and 17): S e^(-qT) N(d1) - K e^(-rT) N(d2).
 * The limits are taken explicitly where the formula divides by zero: no time or no volatility
 * leaves the forward intrinsic value; a zero strike is a share (an RSU) paying no dividend until T.
 */
export function blackScholesCall(i: BlackScholesInputs): number {
  const { price: s, strike: k, years: t, volatility: v, rate: r, dividendYield: q } = i;
  const carried = s * Math.exp(-q * t);
  const discounted = k * Math.exp(-r * t);
  if (k === 0) return carried;
  if (s === 0) return 0;
  if (t === 0 || v === 0) return Math.max(carried - discounted, 0);
  const sd = v * Math.sqrt(t);
  const d1 = (Math.log(s / k) + (r - q + (v * v) / 2) * t) / sd;
  const d2 = d1 - sd;
  return carried * normalCdf(d1) - discounted * normalCdf(d2);
}

/**
 * Probability-weighted value of options over exit scenarios, discounted to today:
 * shares x sum(p_i x max(exit_i - strike, 0)) / (1 + discountRate)^years. Probabilities need not
 * add up to 1: what is left is the chance of no exit, which is worth nothing.
 */
export function exitValue(
  shares: number,
  strike: number,
  exitPrices: readonly number[],
  probabilities: readonly number[],
  years: number,
  discountRate: number,
): number {
  let expected = 0;
  for (let i = 0; i < exitPrices.length; i++) expected += probabilities[i] * Math.max(exitPrices[i] - strike, 0);
  return (shares * expected) / Math.pow(1 + discountRate, years);
}

/** Value after `rounds` funding rounds that each issue new shares worth `perRound` of the company afterwards. */
export function dilute(value: number, perRound: number, rounds: number): number {
  return value * Math.pow(1 - perRound, rounds);
}
