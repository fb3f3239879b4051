/**
 * How much of an equity grant's paper value an offer counts, by company type.
 *
 * Sourced guidance (seed 001, AI Tech Connect, its section on reading an offer): listed-company
 * stock has a value one can know and private-company options do not; private-company equity should
 * count at half its paper value or less, and at nothing if the offer only works with it. So: public
 * at value (discount 0), private and startup discounted by half (0.5, the least the seed advises).
 *
 * Our defaults, not sourced figures (no seed gives a discount for these two types):
 * - enterprise: at value, like public RSUs. Seed 003 (nexus IT group) describes enterprise packages as
 *   heavier on cash and simpler to value, and contrasts "RSUs at a mature company" with startup
 *   options; seed 002 has mature enterprises paying "steadier base salaries". We read an enterprise
 *   as a mature company whose stock has a value one can know. A private enterprise should pass its own
 *   discount (or companyType "private").
 * - growth: discounted by half, like private. Growth-stage firms (seed 002: "competitive cash plus
 *   meaningful equity") are usually not yet listed, so their equity is private-company equity in the
 *   sense of seed 001. A listed growth company should use companyType "public".
 * An explicit discount (0..1, 1 meaning worthless) always overrides these.
 */
import { figure } from '../../data/figures';
import { citeFigure } from '../band/provenance';

export const COMPANY_TYPES = ['public', 'private', 'startup', 'growth', 'enterprise'] as const;
export type CompanyType = (typeof COMPANY_TYPES)[number];

export interface EquityDiscountDefault {
  readonly discount: number;
  readonly basis: 'seed guidance' | 'our default';
  readonly why: string;
}

/** Seed 001's "by half or more", as the data record states it (data/figures.ts `private-equity-discount`). */
const PRIVATE_DISCOUNT_ID = 'private-equity-discount';
const PRIVATE_DISCOUNT = figure(PRIVATE_DISCOUNT_ID).value;
const SEED_001 = `listed-company stock has a value one can know, private-company equity counts at half or less (${citeFigure(PRIVATE_DISCOUNT_ID)})`;

export const DEFAULT_EQUITY_DISCOUNT: Readonly<Record<CompanyType, EquityDiscountDefault>> = Object.freeze({
  public: { discount: 0, basis: 'seed guidance', why: `public RSUs at value, ${SEED_001}` },
  private: {
    discount: PRIVATE_DISCOUNT,
    basis: 'seed guidance',
    why: `private equity discounted by half, ${SEED_001}`,
  },
  startup: {
    discount: PRIVATE_DISCOUNT,
    basis: 'seed guidance',
    why: `startup equity is private-company equity, discounted by half, ${SEED_001}`,
  },
  growth: {
    discount: PRIVATE_DISCOUNT,
    basis: 'our default',
    why: 'our default, not a sourced figure: growth-stage companies are usually private, so treated as private (discounted by half)',
  },
  enterprise: {
    discount: 0,
    basis: 'our default',
    why: 'our default, not a sourced figure: a mature enterprise is treated like a public company (RSUs at value; nexus IT group, 2026, calls enterprise packages simpler to value)',
  },
});

export const COMPANY_TYPE_SYNONYMS: Readonly<Record<string, CompanyType>> = {
  listed: 'public',
  'public company': 'public',
  rsu: 'public',
  rsus: 'public',
  'private company': 'private',
  'early stage': 'startup',
  'early-stage': 'startup',
  seed: 'startup',
  'growth stage': 'growth',
  'growth-stage': 'growth',
  'late stage': 'growth',
  scaleup: 'growth',
  'scale-up': 'growth',
  mature: 'enterprise',
  faang: 'public',
  'big tech': 'public',
};

const DISCOUNT_BY_TYPE: ReadonlyMap<string, number> = new Map(
  COMPANY_TYPES.map((type) => [type, DEFAULT_EQUITY_DISCOUNT[type].discount]),
);

/** The discount an offer applies: the explicit one when given, else the company type's default. */
export function equityDiscountFor(companyType: CompanyType, explicit?: number): number {
  if (explicit !== undefined) return explicit;
  // A Map: a lookup per offer by a varying key was a slow keyed property load on a tracker.
  const discount = DISCOUNT_BY_TYPE.get(companyType);
  if (discount === undefined) throw new Error(`no equity discount for company type ${String(companyType)}`);
  return discount;
}

/** Risk-adjusted equity: the paper value less the discount (1 means worthless). */
export function riskAdjustedEquity(value: number, companyType: CompanyType, explicit?: number): number {
  return value * (1 - equityDiscountFor(companyType, explicit));
}
