/**
 * The defaults of the population functions (issue 23), AI.HEALTH's compa-ratio flags and
 * AI.COMPRESSION's new-hire window and date, with why: all our choice, no source states them.
 * AI.SOURCE("health", , "default") and AI.SOURCE("compression", , "default") show these lines; the
 * functions' parameters read their values from here, so help, source and code say the same.
 *
 * Updating: change a value here; the functions, their help and AI.SOURCE follow.
 */
import type { CatalogDefault } from './defaults';

export const POPULATION_DEFAULT_VALUES = { lowCompa: 0.8, highCompa: 1.2, windowMonths: 12 } as const;

const { lowCompa, highCompa, windowMonths } = POPULATION_DEFAULT_VALUES;

export const POPULATION_DEFAULTS: readonly CatalogDefault[] = [
  {
    id: 'health',
    name: 'compa-ratio flags of AI.HEALTH',
    aliases: ['range health', 'compa flags'],
    value: `below ${lowCompa} and above ${highCompa}`,
    why: `No source in the add-in's data states where a compa-ratio is too low or too high. We chose ${lowCompa} and ${highCompa} (20% either side of the midpoint), so AI.HEALTH counts rows below ${lowCompa} and above ${highCompa} unless you pass your own lowCompa and highCompa.`,
  },
  {
    id: 'health-low',
    name: 'low compa-ratio flag of AI.HEALTH (lowCompa)',
    aliases: ['lowCompa', 'health lowCompa'],
    value: `${lowCompa}`,
    why: `No source in the add-in's data states where a compa-ratio is too low. We chose ${lowCompa} (20% below the midpoint); pass your own lowCompa.`,
  },
  {
    id: 'health-high',
    name: 'high compa-ratio flag of AI.HEALTH (highCompa)',
    aliases: ['highCompa', 'health highCompa'],
    value: `${highCompa}`,
    why: `No source in the add-in's data states where a compa-ratio is too high. We chose ${highCompa} (20% above the midpoint); pass your own highCompa.`,
  },
  {
    id: 'payfor-measure',
    name: 'measure of AI.PAYFOR',
    aliases: ['payfor measure', 'payfor'],
    value: 'compa',
    why: 'With no measure AI.PAYFOR solves for a compa-ratio, the measure most ranges are read by here; "penetration" solves for a range penetration instead.',
  },
  {
    id: 'compression',
    name: 'new-hire window of AI.COMPRESSION',
    aliases: ['window', 'windowMonths', 'compression windowMonths', 'new hire window', 'asOf'],
    value: `${windowMonths} months before asOf (asOf: the latest hire date)`,
    why: `No source in the add-in's data states how recent a hire is "new". We chose ${windowMonths} months, so hires dated after asOf minus ${windowMonths} months are new hires; asOf defaults to the latest hire date in the range so the table does not change by itself from one day to the next (pass TODAY() to measure from today).`,
  },
];
