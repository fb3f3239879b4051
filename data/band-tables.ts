/**
 * The two US level tables the seeds give for the generic AI engineer, as band tables.
 *
 * A cell of a band is a stated figure, a documented derivation from stated figures, or absent.
 * The tables disagree (their years of experience differ and their figures are different statistics:
 * ranges and a median in one, averages in the other), so both are kept; `DEFAULT_BAND_SOURCE`
 * is used unless the `source` argument picks the other.
 *
 * Default: AI Tech Connect's table (seed 001), because it states ranges (a floor, a range, a median
 * and a top), which is what a band is; nexus IT group's table (seed 003) states one average per level
 * but covers Lead and Principal, which the default does not.
 */
import type { AssumptionId } from './assumptions';

export type BandStat = 'min' | 'mid' | 'max';

export type BandCell =
  | { readonly kind: 'figure'; readonly id: string }
  | { readonly kind: 'mean'; readonly of: readonly [string, string]; readonly why: string }
  /** another figure's value read into this cell: an estimate when it rests on `assumes` */
  | { readonly kind: 'same-as'; readonly id: string; readonly why: string; readonly assumes?: readonly AssumptionId[] }
  | { readonly kind: 'midpoint'; readonly why: string };

export interface BandRow {
  readonly level: string;
  /** years of experience as the source states them, and the range used to map years to a level */
  readonly years: string;
  readonly fromYears: number;
  readonly toYears: number; // exclusive; Infinity for "and above"
  readonly cells: Partial<Record<BandStat, BandCell>>;
}

export interface BandTable {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** what the numbers are, for AI.SOURCE */
  readonly describes: string;
  readonly rows: readonly BandRow[];
  /** only reported and derived figures; an estimate is #N/A naming the assumption it would need */
  readonly strict?: boolean;
}

export const BAND_TABLES: readonly BandTable[] = [
  {
    id: 'aitechconnect',
    name: 'AI Tech Connect 2026',
    aliases: ['default', 'KORE1', 'AI Tech Connect', 'ATC', 'ranges'],
    describes:
      'US base pay ranges by level, 2026 (AI Tech Connect, compiling KORE1, MRJ Recruitment, Robert Half and JobsPikr)',
    rows: [
      {
        level: 'entry',
        years: '0–2 years',
        fromYears: 0,
        toYears: 3,
        cells: {
          min: { kind: 'figure', id: 'us-ai-engineer-entry-base-floor' },
          max: {
            kind: 'same-as',
            id: 'us-ai-engineer-mid-base-low',
            assumes: ['contiguous-levels'],
            why: "the source states Entry only as a floor with no top; we take its top to be the Mid range's low end",
          },
          mid: { kind: 'midpoint', why: 'halfway between min and max' },
        },
      },
      {
        level: 'mid',
        years: '3–6 years',
        fromYears: 3,
        toYears: 7,
        cells: {
          min: { kind: 'figure', id: 'us-ai-engineer-mid-base-low' },
          max: { kind: 'figure', id: 'us-ai-engineer-mid-base-high' },
          mid: { kind: 'midpoint', why: 'halfway between the stated low and high ends' },
        },
      },
      {
        level: 'senior',
        years: '7+ years',
        fromYears: 7,
        toYears: Infinity,
        cells: {
          min: {
            kind: 'same-as',
            id: 'us-ai-engineer-mid-base-high',
            assumes: ['contiguous-levels'],
            why: "the source states a Senior median and top but no floor; we take the floor to be the Mid range's high end",
          },
          mid: { kind: 'figure', id: 'us-ai-engineer-senior-base-median' },
          max: { kind: 'figure', id: 'us-ai-engineer-senior-base-top' },
        },
      },
    ],
  },
  {
    id: 'nexus',
    name: 'nexus IT group 2026',
    aliases: ['nexus IT group', 'nexus IT', 'averages', 'experience'],
    describes:
      'US average base salary by years of experience, 2026 (nexus IT group, "AI Engineer Salary in US: 2026 Compensation Guide"); one average per level and no range, so mid is that average, not a midpoint',
    rows: [
      {
        level: 'entry',
        years: '1–3 years',
        fromYears: 0,
        toYears: 4,
        cells: { mid: { kind: 'figure', id: 'nexus-entry-average-base' } },
      },
      {
        level: 'mid',
        years: '4–6 years',
        fromYears: 4,
        toYears: 7,
        cells: { mid: { kind: 'figure', id: 'nexus-mid-average-base' } },
      },
      {
        level: 'senior',
        years: '7–9 years',
        fromYears: 7,
        toYears: 10,
        cells: { mid: { kind: 'figure', id: 'nexus-senior-average-base' } },
      },
      {
        level: 'lead',
        years: '10–14 years',
        fromYears: 10,
        toYears: 15,
        cells: { mid: { kind: 'figure', id: 'nexus-lead-average-base' } },
      },
      {
        level: 'principal',
        years: '15+ years',
        fromYears: 15,
        toYears: Infinity,
        cells: { mid: { kind: 'figure', id: 'nexus-principal-average-base' } },
      },
    ],
  },
];

export const DEFAULT_BAND_SOURCE = 'aitechconnect';

/** The role the band tables describe; other roles are scaled from it (core/band/role-relativity.ts). */
export const BAND_TABLE_ROLE = 'ai-engineer';

/**
 * Where nexus IT group's $200,000 senior base threshold applies (the figure `us-senior-base-floor-competitive`).
 * The article names it for senior AI engineers. Roles: the generic AI engineer and the three AI
 * engineering profiles of Payscale's article; not AI-assisted coding (that article says it is not an
 * AI engineer role) nor the back-end developer. Levels: Senior and the levels above it, which the
 * threshold for senior hires covers a fortiori (our reading). Nowhere else is a figure warned against it.
 */
export const SENIOR_FLOOR_SCOPE = {
  figure: 'us-senior-base-floor-competitive',
  roles: ['ai-engineer', 'ai-api-integration', 'llmops', 'machine-learning'],
  levels: ['senior', 'strong-senior', 'lead', 'principal'],
} as const;
