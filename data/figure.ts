/**
 * One figure from a seed article, with everything needed to say where it comes from.
 * The zod schema is the contract; tests validate every record against it.
 */
import { z } from 'zod';
import { ARTICLES, ArticleId } from './sources';

export const MEASURES = [
  'annual-base', // yearly base salary
  'total-compensation', // base plus bonus and equity (and other cash where the source says so)
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
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    value: z.number().finite(),
    unit: z.enum(['USD/year', 'USD/hour', 'USD', 'fraction', 'days', 'count', 'rank']),
    measures: z.enum(MEASURES),
    statistic: z.enum(STATISTICS),
    /** a role id from core/vocabulary/roles.ts, or null where the figure is not about one role */
    role: z.string().nullable(),
    level: z.string().nullable(),
    /** years of experience as the source states them, e.g. "0–2 years" */
    experience: z.string().nullable(),
    market: z.enum(['US', 'global contractor', 'any']),
    /** the publisher and report as the article names them */
    source: z.string().min(3),
    article: z.enum(articleIds),
    basis: z.enum(['reported', 'derived']),
    /** for derived figures: the formula over other figures' ids */
    derivation: z.string().optional(),
    /** where the article is ambiguous: the reading chosen and the other one */
    reading: z.string().optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((f) => (f.basis === 'derived') === (f.derivation !== undefined), {
    message: 'a derived figure needs its derivation, and only a derived figure has one',
  });

export type Figure = z.infer<typeof figureSchema>;
