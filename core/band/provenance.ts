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

export function formatUsd(value: number): string {
  const digits = Math.abs(value) < 1000 ? 2 : 0;
  return `$${value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
}
