/**
 * Which file in ../shared/seeds/ holds each article. Only `npm run check:seeds` and tests import this
 * file, so no bundle carries an article's file name (tests/bundles/no-seed-names.test.ts holds it).
 */
import type { ArticleId } from './sources';

export const SEED_FILES: Readonly<Record<ArticleId, string>> = {
  'payscale-skills-based': '000_6dc00317f3e2f228.txt',
  'aitechconnect-2026': '001_71833305616487ce.txt',
  'ai-pay-drivers': '002_99266dd4fa2392d5.txt',
  'nexus-2026-guide': '003_c65e828b3b81ff42.txt',
};
