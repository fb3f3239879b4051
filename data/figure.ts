/**
 * One figure from a seed article, with everything needed to say where it comes from.
 * The zod schema is the contract; tests validate every record against it. Only tests use the
 * schema: runtime code imports the `Figure` type alone (`import type`), so no bundle carries it.
 */
import * as z from 'zod/mini';
import { ARTICLES, ArticleId } from './sources';

export const MEASURES = [
  'annual-base', // yearly base salary
  'total-compensation', // base plus bonus and equity (and other cash where the source says so)
  'equity', // yearly value of an equity grant (RSUs or options)
  'hourly-rate', // contractor hourly rate
  'premium', // pay uplift as a fraction of a reference pay
  'growth', // year-over-year change as a fraction
  'days-to-fill', // vacancy length
  'count', // engagements, countries
  'ratio', // a ratio between two pays
  'discount', // fraction taken off a value
  'rank', // a position in a ranking
  'change', // a change in dollars
  'illustrative', // a number used as an example in prose, not a benchmark
] as const;

export const STATISTICS = ['average', 'median', 'floor', 'top', 'low', 'high', 'point'] as const;

const articleIds = Object.keys(ARTICLES) as [ArticleId, ...ArticleId[]];

export const figureSchema = z
  .strictObject({
    id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
    // z.number() refuses NaN and Infinity
    value: z.number(),
    unit: z.enum(['USD/year', 'USD/hour', 'USD', 'fraction', 'days', 'count', 'rank']),
    measures: z.enum(MEASURES),
    statistic: z.enum(STATISTICS),
    /** a role id from core/vocabulary/roles.ts, or null where the figure is not about one role */
    role: z.nullable(z.string()),
    level: z.nullable(z.string()),
    /** years of experience as the source states them, e.g. "0–2 years" */
    experience: z.nullable(z.string()),
    market: z.enum(['US', 'global contractor', 'any']),
    /** the publisher and report as the article names them */
    source: z.string().check(z.minLength(3)),
    article: z.enum(articleIds),
    basis: z.enum(['reported', 'derived']),
    /** for derived figures: the formula over other figures' ids */
    derivation: z.optional(z.string()),
    /** where the article is ambiguous: the reading chosen and the other one */
    reading: z.optional(z.string()),
    note: z.optional(z.string()),
    /**
     * the article's own short name for what is measured (e.g. "MLOps developers"), where it differs
     * from ours or qualifies the figure ("can reach"); AI.SOURCE shows it, and npm run check:seeds
     * finds it in the same sentence as the value
     */
    label: z.optional(z.string()),
    /**
     * where the article gives the figure open-ended ("$269,000+", "can exceed", "regularly clears"),
     * its own words for that: the figure is a lower edge with no upper figure, never a cap
     */
    openEnded: z.optional(z.string()),
    /** a word or two of the sentence that holds the figure, for npm run check:seeds only (not shown) */
    cue: z.optional(z.string()),
  })
  .check(
    z.refine((f) => (f.basis === 'derived') === (f.derivation !== undefined), {
      error: 'a derived figure needs its derivation, and only a derived figure has one',
    }),
  );

export type Figure = z.output<typeof figureSchema>;
