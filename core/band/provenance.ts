/**
 * How a figure is described to users (AI.SOURCE, the panel): publisher, report, article, date and
 * seed file, and whether it is reported or derived.
 */
import { Figure } from '../../data/figure';
import { figure } from '../../data/figures';
import { ARTICLES } from '../../data/sources';

export function citeFigure(id: string): string {
  const f: Figure = figure(id);
  const article = ARTICLES[f.article];
  return `${f.source}; in "${article.title}" (${article.publisher}, ${article.date}; seed ${article.seedFile})`;
}

// One formatter each, made once (`toLocaleString` builds a new formatter per call), and on first
// use, not at load: the first Intl.NumberFormat in a fresh process loads ICU's number data (10-30 ms
// on the 2-core machine), which made it most of Code.js's cold load.
let dollarsAndCents: Intl.NumberFormat | undefined;
let wholeDollars: Intl.NumberFormat | undefined;

export function formatUsd(value: number): string {
  const format = Math.abs(value) < 1000
    ? (dollarsAndCents ??= new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }))
    : (wholeDollars ??= new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 0 }));
  return `$${format.format(value)}`;
}
