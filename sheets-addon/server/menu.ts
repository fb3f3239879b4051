/**
 * The add-on menu. An editor add-on's onOpen runs in AuthMode.NONE until the user has used the
 * add-on in this document (and in LIMITED or FULL after): in NONE it may build the menu and nothing
 * else, no document, no PropertiesService. The menu below touches neither, so it is the same in every
 * mode, and each item's work happens when it is clicked (by then the add-on is authorised).
 */

/** The menu items and the global function each one calls (names the generated Code.js defines). */
export const MENU_ITEMS: readonly { readonly caption: string; readonly functionName: string }[] = [
  { caption: 'Open offer panel', functionName: 'showOfferPanel' },
  { caption: 'Insert band table for a role…', functionName: 'insertBandTable' },
  { caption: 'About and data sources', functionName: 'showAbout' },
];

export function buildMenu(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  void e;
  buildMenu();
}

/** Installing from the Marketplace does not run onOpen for the open document: build the menu here too. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
