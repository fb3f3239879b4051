/**
 * The sample offer tracker's rows: SYNTHETIC offers, made up to exercise the functions at tracker
 * scale, not market data. Roles and levels are the catalog's own; each base salary is placed
 * around the role's band midpoint as the core computes it (AI.BAND ... "mid"), so the sample reads
 * like real offers without inventing a market figure. A seeded generator keeps every run identical.
 */
import { callByName } from '../core/registry';

export interface SampleOffer {
  readonly candidate: string;
  readonly role: string;
  readonly level: string;
  readonly base: number;
  /** bonus target as a fraction of base */
  readonly bonusTarget: number;
  /** the employer's mean actual bonus payout ratio (1 = paid at target) */
  readonly bonusPayout: number;
  /** the equity grant's value over its whole vesting schedule, USD */
  readonly equityGrant: number;
  readonly companyType: (typeof SAMPLE_COMPANY_TYPES)[number];
  readonly schedule: string;
  readonly signOn: number;
}

/** Roles with a US band in the embedded data (the others are #N/A by design). */
export const SAMPLE_ROLES = [
  'AI Engineer',
  'AI API Integration',
  'LLMOps',
  'Machine Learning',
  'AI-assisted Coding',
  'Back-end Developer',
] as const;
/** The levels the default band table states. */
export const SAMPLE_LEVELS = ['Entry', 'Mid', 'Senior'] as const;
const BONUS_TARGETS = [0.1, 0.125, 0.15, 0.2] as const;
const PAYOUTS = [0.8, 0.9, 1, 1, 1.1, 1.2] as const;
const SIGN_ONS = [0, 0, 10000, 15000, 25000] as const;
/** Vesting schedules and company types as the offer functions read them (core/offer/vesting.ts, company-types.ts). */
export const SAMPLE_SCHEDULES = [
  '4y-1y-cliff-monthly',
  '4y-1y-cliff-monthly',
  '4y-1y-cliff-quarterly',
  '3y',
  '5/15/40/40',
] as const;
export const SAMPLE_COMPANY_TYPES = ['public', 'public', 'private', 'startup', 'growth', 'enterprise'] as const;

/** A small deterministic generator (mulberry32), so the sample is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const roundTo = (value: number, step: number): number => Math.round(value / step) * step;

export function sampleOffers(count: number, seed = 20260601): SampleOffer[] {
  const random = seededRandom(seed);
  const mids = new Map<string, number>();
  const offers: SampleOffer[] = [];
  for (let i = 0; i < count; i++) {
    const role = pick(random, SAMPLE_ROLES);
    const level = pick(random, SAMPLE_LEVELS);
    const key = `${role}|${level}`;
    if (!mids.has(key)) mids.set(key, callByName('BAND', [role, level, 'mid']) as number);
    // Offers land between 85% and 115% of the band midpoint, in $1,000 steps, as offers are quoted.
    const base = roundTo(mids.get(key)! * (0.85 + 0.3 * random()), 1000);
    const companyType = pick(random, SAMPLE_COMPANY_TYPES);
    offers.push({
      candidate: `Candidate ${String(i + 1).padStart(4, '0')}`,
      role,
      level,
      base,
      bonusTarget: pick(random, BONUS_TARGETS),
      bonusPayout: pick(random, PAYOUTS),
      // A four-year grant worth 20% to 100% of base, in $5,000 steps.
      equityGrant: roundTo(base * (0.2 + 0.8 * random()), 5000),
      companyType,
      schedule: pick(random, SAMPLE_SCHEDULES),
      signOn: pick(random, SIGN_ONS),
    });
  }
  return offers;
}
