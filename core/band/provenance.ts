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

// One formatter each, made once: `toLocaleString` builds a new formatter per call, which made the
// source sentences built at load time the larger part of Code.js's start-up in Sheets.
const DOLLARS_AND_CENTS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const WHOLE_DOLLARS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 0 });

export function formatUsd(value: number): string {
  return `$${(Math.abs(value) < 1000 ? DOLLARS_AND_CENTS : WHOLE_DOLLARS).format(value)}`;
}
