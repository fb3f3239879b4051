/**
 * The add-on menu. An editor add-on's onOpen runs in AuthMode.NONE until the user has used the
 * add-on in this document (and in LIMITED or FULL after): in NONE it may build the menu and nothing
 * else, no document, no PropertiesService. The menu below touches neither, so it is the same in every
 * mode, and each item's work happens when it is clicked (by then the add-on is authorised).
 *
 * Sheets offers an add-on's custom functions in a spreadsheet only once the add-on has been used
 * there (any menu item run enables it for that file); until then `=AIBAND(...)` is an unknown
 * function. "Enable functions in this spreadsheet" is that first use, made explicit.
 */
import { CATALOG, sheetsName } from '../../core/index';

/** The menu items and the global function each one calls (names the generated Code.js defines). */
export const MENU_ITEMS: readonly { readonly caption: string; readonly functionName: string }[] = [
  { caption: 'Enable functions in this spreadsheet', functionName: 'enableFunctions' },
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

export const ENABLE_TITLE = 'AI comp functions';

export function enableFunctionsText(): string {
  const names = CATALOG.map((spec) => sheetsName(spec));
  return [
    `The ${names.length} AI comp functions now work in this spreadsheet: type =AIBAND("LLMOps","Senior") in a cell, or =AI to pick one from the list.`,
    '',
    `They are ${names.join(', ')}.`,
    '',
    'A formula typed before now may still show #NAME?: re-enter it (select the cell, press Enter). Each spreadsheet needs this step once.',
  ].join('\n');
}

/**
 * Running any menu item is what enables the add-on in this spreadsheet; this one only says so. It
 * touches neither the document nor its properties, so it cannot fail in whatever mode it runs.
 */
export function enableFunctions(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(ENABLE_TITLE, enableFunctionsText(), ui.ButtonSet.OK);
}
