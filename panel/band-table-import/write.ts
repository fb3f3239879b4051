/** Inserting a checked table: asks before covering non-empty cells, then names the range if it can. */
import {
  BandTableCsvReading,
  bandTableSheetCells,
  readCell,
  CellContent,
  dateCell,
  spellFormula,
} from '../../core/index';
import { HostBridge, WriteResult, rejectionMessage } from '../bridge';
import { ActionStatus, withBusy } from '../busy';
import { clear, el } from '../dom';
import { blockRefusal } from '../host-limits';
import { ImportElements } from './elements';

export interface WriteContext {
  readonly ui: ImportElements;
  readonly bridge: HostBridge;
  readonly status: ActionStatus;
  readonly reading: () => BandTableCsvReading | undefined;
}

interface Naming {
  reference: string;
  named: string;
  namingFailed?: string;
}

async function nameWritten(ctx: WriteContext, result: WriteResult, address: string): Promise<Naming> {
  const { bridge } = ctx;
  const name = ctx.ui.nameInput.value.trim();
  const naming: Naming = { reference: result.address ?? 'the range', named: '' };
  if (name && bridge.nameRange && result.address) {
    try {
      await bridge.nameRange(result.address, name);
      naming.reference = name;
      naming.named = ` and named ${name}: later formulas in this workbook can use it by that name`;
    } catch (reason) {
      // The table is in the sheet either way; say both facts rather than lose the first.
      naming.namingFailed = `Inserted at ${address}, but it was not named ${name}: ${rejectionMessage(reason)}`;
    }
  } else if (name) {
    naming.named = `; name it ${name} in the sheet (Excel: Formulas › Define Name; Sheets: Data › Named ranges), since this host cannot name ranges from the panel`;
  }
  return naming;
}

/**
 * The table as the block to write, each cell in its type: figures as numbers (read in the CSV's own
 * locale: a semicolon CSV's 160.000 is 160000), as-of dates as dates, and everything else as text
 * the host keeps as typed (a role "0042" stays "0042"), so the sheet reads back into the same table.
 */
export function bandTableBlock(reading: BandTableCsvReading): CellContent[][] {
  const asOf = reading.preview.columns.map((column) => column.key === 'asOf');
  return bandTableSheetCells(reading).map((row, r) =>
    row.map((cell, c) => {
      if (r === 0 || !asOf[c] || cell === '') return cell;
      const read = readCell('asOf', reading.grid[r][c]);
      return 'value' in read ? dateCell(read.value as number) : cell;
    }),
  );
}

export async function writeTable(
  ctx: WriteContext,
  overwrite: boolean,
  checked?: WriteResult['check'],
): Promise<string> {
  const { ui, bridge } = ctx;
  const reading = ctx.reading();
  if (!reading?.table) return 'Nothing to insert: the table has problems.';
  const refused = blockRefusal(reading.grid, bridge.hostName);
  if (refused) throw new Error(refused);
  const cells = bandTableBlock(reading);
  const result: WriteResult = await bridge.writeCells({
    formulas: cells,
    values: cells,
    overwrite,
    checked,
  });
  if (!result.written) {
    showConfirm(ctx, result);
    return '';
  }
  ui.confirmNode.hidden = true;
  const address = result.address ?? 'the selected cells';
  const { reference, named, namingFailed } = await nameWritten(ctx, result, address);
  const first = reading.table.rows[0];
  ui.usage.textContent = `Use it as the source: ${spellFormula(`=AI.BAND("${first.role.replace(/"/g, '""')}","${first.level.replace(/"/g, '""')}","mid",,${reference})`, bridge.hostName)}`;
  ui.usage.hidden = false;
  if (namingFailed) throw new Error(namingFailed);
  return `Inserted at ${address}${named}.`;
}

function showConfirm(ctx: WriteContext, result: WriteResult): void {
  const { confirmNode } = ctx.ui;
  const { status } = ctx;
  clear(confirmNode);
  const cells = result.nonEmpty ?? [];
  const shown = cells.slice(0, 8).join(', ') + (cells.length > 8 ? ` and ${cells.length - 8} more` : '');
  const yes = el('button', {
    type: 'button',
    className: 'danger',
    id: 'band-table-overwrite',
    text: 'Write over them',
  });
  const no = el('button', { type: 'button', className: 'secondary', id: 'band-table-cancel', text: 'Cancel' });
  const where = result.address ?? 'The target';
  // A refused yes says why (the cells changed, or the host did not know the question) before asking again.
  const why = result.changed ? `Nothing was written: ${result.changed}. ` : '';
  const question = cells.length
    ? `${where} is not empty (${shown}). Write the table over those cells?`
    : `Write the table at ${where}?`;
  confirmNode.append(el('p', { text: `${why}${question}` }), yes, no);
  confirmNode.hidden = false;
  yes.addEventListener(
    'click',
    () => void withBusy(yes, status, 'Writing…', () => writeTable(ctx, true, result.check)),
  );
  no.addEventListener('click', () => {
    confirmNode.hidden = true;
    status.show('Nothing was written.', 'info');
  });
}
