/** Menu item "About and data sources": what the add-on is, and the articles every figure comes from. */
import { ARTICLES, citeArticle } from '../../core/index';

export function aboutText(): string {
  const articles = Object.values(ARTICLES).map((a) => `• ${citeArticle(a.id)}`);
  return [
    'AI comp prices AI engineering roles and takes job offers apart, with functions such as =AIBAND("LLMOps","Senior") and the offer panel.',
    '',
    'Every figure is reported (a named source states it), derived (computed from one source\'s figures by a documented formula), an estimate (resting on an assumption of ours, which =AISOURCE names) or not available (#N/A with a message). =AIBAND(role, level, "grade") gives the grades; source "strict" leaves estimates out.',
    '',
    'The data is embedded; nothing is sent over the network. It comes from these articles and the reports they cite:',
    ...articles,
  ].join('\n');
}

export function showAbout(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert('About AI comp', aboutText(), ui.ButtonSet.OK);
}
