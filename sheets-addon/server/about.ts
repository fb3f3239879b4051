/** Menu item "About and data sources": what the add-on is, and the articles every figure comes from. */
import { ARTICLES } from '../../data/sources';

export function aboutText(): string {
  const articles = Object.values(ARTICLES).map((a) => `• ${a.title} (${a.publisher}, ${a.date})`);
  return [
    'AI comp prices AI engineering roles and takes job offers apart, with functions such as =AIBAND("LLMOps","Senior") and the offer panel.',
    '',
    'Every figure is reported (a named source states it), derived (computed from reported figures by a documented formula) or not available (#N/A with a message). =AISOURCE(role, level) says which for any band figure.',
    '',
    'The data is embedded; nothing is sent over the network. It comes from these articles and the reports they cite:',
    ...articles,
  ].join('\n');
}

export function showAbout(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert('About AI comp', aboutText(), ui.ButtonSet.OK);
}
