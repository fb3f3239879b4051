/**
 * The articles our figures come from: the four seed articles in ../shared/seeds/, each with the
 * reports it cites. Every figure record (data/figures.ts) names one of these by `article`.
 *
 * Updating: when a new article or survey is added, add it here first (and its file in
 * seed-files.ts), then its figures; never edit a figure without changing the article it cites.
 * The seed file names live in seed-files.ts, which only the seed check and tests import, so no
 * bundle carries them.
 */
export interface Article {
  readonly id: ArticleId;
  /** the article's own title; undefined where the article has none (never make one up) */
  readonly title?: string;
  /** who published the article (not the reports it cites) */
  readonly publisher: string;
  /** as precise as the article allows; none of the four gives a day */
  readonly date: string;
}

export type ArticleId = 'payscale-skills-based' | 'aitechconnect-2026' | 'ai-pay-drivers' | 'nexus-2026-guide';

export const ARTICLES: Readonly<Record<ArticleId, Article>> = {
  'payscale-skills-based': {
    id: 'payscale-skills-based',
    title: 'How to hire AI engineers with skills-based compensation',
    publisher: 'Payscale',
    date: '2026 (undated; cites Lemon.io data from January 2024 to April 2026)',
  },
  'aitechconnect-2026': {
    id: 'aitechconnect-2026',
    publisher: 'AI Tech Connect',
    date: '2026 (undated)',
  },
  'ai-pay-drivers': {
    id: 'ai-pay-drivers',
    publisher: 'an unsigned article on what drives AI pay (it promotes a CompTIA SecAI+ course)',
    date: 'undated',
  },
  'nexus-2026-guide': {
    id: 'nexus-2026-guide',
    title: 'AI Engineer Salary in US: 2026 Compensation Guide',
    publisher: 'nexus IT group',
    date: '2026 (undated; one figure in it, a median for Anthropic engineers, is dated May 2026)',
  },
};

/**
 * How user-facing text names an article: publisher and date, with the title in quotation marks only
 * where the article has one.
 */
export function citeArticle(id: ArticleId): string {
  const a = ARTICLES[id];
  return a.title ? `${a.publisher}, "${a.title}", ${a.date}` : `${a.publisher}, untitled article, ${a.date}`;
}
