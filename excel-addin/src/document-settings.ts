/** The document-settings key the offer panel's inputs are kept under in a workbook (no Office types here, so tests can import it). */
export const SETTINGS_KEY = 'aiComp.offerPanel';
