/**
 * Menu item "Insert band table for a role": a table of live `=AIBAND` formulas, one row per level,
 * at the selection. The role goes in a cell that every formula reads, so the user can change the
 * role afterwards without re-inserting the table; AIBAND spills min, mid and max across three cells,
 * and AISOURCE says where each row's figures come from (DESIGN.md §5).
 */
import { isSheetError, spellFormula, LEVELS, roles } from '../../core/index';
import {
  blockAddress,
  blockAtSelection,
  cellAddress,
  describeCells,
  nonEmptyCells,
  selectionAnchor,
} from './sheet-block';
import { contentsOf, writeWhole } from './write-block';

const TITLE = 'Insert band table';
export const BAND_TABLE_HEADER = ['Level', 'Min', 'Mid', 'Max', 'Source'];

/**
 * The cells of the table anchored at (row, column): a role line, a header, then one line per level.
 * Cells AIBAND spills into are '' so they stay empty. Labels never start with '=' (they come from
 * the vocabulary), so `setFormulas` writes them as text.
 */
export function bandTableBlock(roleName: string, row: number, column: number): string[][] {
  const roleCell = `$${cellAddress(row, column + 1).replace(/(\d+)$/, '$$$1')}`;
  const block: string[][] = [['Role', roleName, '', '', ''], [...BAND_TABLE_HEADER]];
  LEVELS.forEach((level, index) => {
    const levelCell = cellAddress(row + 2 + index, column);
    block.push([
      level.name,
      spellFormula(`=AI.BAND(${roleCell},${levelCell})`, 'sheets'),
      '',
      '',
      spellFormula(`=AI.SOURCE(${roleCell},${levelCell})`, 'sheets'),
    ]);
  });
  return block;
}

export function insertBandTable(): void {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(
    TITLE,
    'Which role? For example LLMOps, Machine Learning, AI API Integration or AI Engineer (=AIROLES() lists them all).',
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const role = roles.find(answer.getResponseText().trim());
  if (isSheetError(role)) {
    ui.alert(TITLE, `${role.message}. Nothing was inserted.`, ui.ButtonSet.OK);
    return;
  }
  const sheet = SpreadsheetApp.getActiveSheet();
  const { row, column } = selectionAnchor(sheet);
  const block = bandTableBlock(role.name, row, column);
  let target: GoogleAppsScript.Spreadsheet.Range;
  try {
    target = blockAtSelection(sheet, block.length, block[0].length);
  } catch (error) {
    ui.alert(TITLE, (error as Error).message, ui.ButtonSet.OK);
    return;
  }
  const before = contentsOf(target);
  const taken = nonEmptyCells(target);
  if (taken.length > 0) {
    const reply = ui.alert(
      TITLE,
      `The table needs ${blockAddress(sheet, target)}, and ${taken.length} of its cells are not empty (${describeCells(taken)}). Write over them?`,
      ui.ButtonSet.YES_NO,
    );
    if (reply !== ui.Button.YES) return;
  }
  // One write: its '' cells clear AIBAND's spill cells, and a refusal puts back what was there.
  try {
    writeWhole(target, block, before);
  } catch (error) {
    ui.alert(TITLE, `${(error as Error).message} Nothing was inserted.`, ui.ButtonSet.OK);
  }
}
