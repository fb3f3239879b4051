/** Menu item "Open offer panel": the shared offer panel (panel/) in the Sheets sidebar. */

/** The file the build writes beside Code.js; clasp pushes it as an HTML file named `Sidebar`. */
export const SIDEBAR_FILE = 'Sidebar';

export function showOfferPanel(): void {
  // createHtmlOutputFromFile, not a template: the inlined panel script is never read for scriptlets.
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle('Offer panel');
  SpreadsheetApp.getUi().showSidebar(html);
}
