/**
 * "Your band table": import a pasted or uploaded CSV (a survey export, a company pay structure),
 * preview it with each problem marked at its row and column, and insert it into the sheet, where
 * AI.BAND and AI.SOURCE read it as their `source` argument (issue 7). Reading and checking are the
 * core's (`parseBandTableCsv`); this file only shows them and asks the host to write.
 *
 * Text goes into the DOM through `el` (textContent only), so a CSV cell such as `<img onerror=...>`
 * shows as those characters; cells a spreadsheet would run as formulas are written as text
 * (`bandTableSheetCells`). Writing asks before covering non-empty cells, as every panel write does.
 */
import { BandTableCsvReading, bandTableSheetCells, parseBandTableCsv } from '../core/band/band-table-csv';
import { HostBridge, WriteResult, rejectionMessage } from './bridge';
import { clear, el } from './dom';
import { statusLine, withBusy } from './busy';
import { rangeNameProblem, spellFormula } from '../core/index';
import { blockRefusal } from './host-limits';

export { rangeNameProblem };

export interface BandTableImportOptions {
  /** the text to show at first (the panel's saved state), so the user's paste survives a reopen */
  readonly initialText?: string;
  /**
   * called with the text once it is read (not per keystroke), for the panel to save with its
   * state; answers a note for the user when the text is not kept (too large to save)
   */
  readonly onTextChange?: (text: string) => string | void;
  /** the range name to show at first (saved with the panel's state) */
  readonly initialName?: string;
  /** called with the range name on every edit */
  readonly onNameChange?: (name: string) => void;
}

export interface BandTableImport {
  /** the current reading (undefined until there is text) */
  reading(): BandTableCsvReading | undefined;
  /** how many times the text has been read since mounting (a paste is read once, after typing pauses) */
  parses(): number;
  destroy(): void;
}

/** How long after the last edit the text is read: a paste or a burst of typing is read once. */
export const PARSE_DELAY_MS = 250;
/** Rows and problems shown; every row is still read and checked, and the rest are counted. */
export const PREVIEW_ROWS_SHOWN = 50;
export const PROBLEMS_SHOWN = 50;
/**
 * Text longer than this is read, then held out of the text box: a browser lays out and edits a
 * multi-megabyte text box slowly (about 1.5 s a keystroke at 6 MB), and nobody edits 100,000 rows
 * there. The box comes back on request ("Edit as text").
 */
export const LARGE_TEXT_CHARS = 500_000;

// Its styles are in panel.css: the standalone page's CSP (style-src 'self') blocks an inline <style>.

export function mountBandTableImport(
  container: HTMLElement,
  bridge: HostBridge,
  options: BandTableImportOptions = {},
): BandTableImport {
  clear(container);
  container.classList.add('band-table-import');
  let current: BandTableCsvReading | undefined;
  let parses = 0;
  let parseTimer: ReturnType<typeof setTimeout> | undefined;

  const textArea = el('textarea', {
    id: 'band-table-text',
    'aria-label': 'Band table as CSV',
    placeholder:
      'role,level,min,mid,max,currency,source,as of\nLLMOps,Senior,160000,190000,220000,USD,Survey A,2025-07-01',
  });
  textArea.value = options.initialText ?? '';
  let held: string | undefined; // a large text, read but kept out of the box
  let refusalOf: { reading: BandTableCsvReading | undefined; refused: string | undefined } | undefined;
  let editingLarge = false; // the user asked for the large text in the box: leave it there
  const text = (): string => held ?? textArea.value;
  const heldNote = el('span', { id: 'band-table-held-text' });
  const editButton = el('button', {
    type: 'button',
    className: 'secondary',
    id: 'band-table-edit',
    text: 'Edit as text',
  });
  const clearButton = el('button', { type: 'button', className: 'secondary', id: 'band-table-clear', text: 'Clear' });
  const heldBar = el(
    'div',
    { className: 'bt-held', id: 'band-table-held', hidden: true },
    el('p', {}, heldNote),
    el('div', { className: 'card-actions' }, editButton, clearButton),
  );
  const fileInput = el('input', {
    type: 'file',
    id: 'band-table-file',
    accept: '.csv,.tsv,.txt,text/csv,text/plain',
    'aria-label': 'Band table file',
  });
  const nameInput = el('input', {
    type: 'text',
    id: 'band-table-name',
    placeholder: 'TableA',
    'aria-label': 'Range name',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  nameInput.value = options.initialName ?? '';
  const nameProblem = el('p', { className: 'status status-error', id: 'band-table-name-problem', hidden: true });
  const summary = el('p', { className: 'hint', id: 'band-table-summary' });
  const preview = el('div', { className: 'bt-preview', id: 'band-table-preview' });
  const problemList = el('ul', { className: 'bt-problems', id: 'band-table-problems' });
  const insertButton = el('button', {
    type: 'button',
    id: 'band-table-insert',
    text: 'Insert as named range',
    disabled: true,
  });
  const confirmNode = el('div', {
    className: 'confirm',
    id: 'band-table-confirm',
    hidden: true,
    role: 'alertdialog',
    'aria-label': 'Overwrite cells?',
  });
  const statusNode = el('p', { className: 'status', id: 'band-table-status' });
  const status = statusLine(statusNode);
  const usage = el('p', { className: 'hint', id: 'band-table-usage', hidden: true });
  const refusal = el('p', { className: 'status status-error', id: 'band-table-refusal', hidden: true });
  const savedNote = el('p', { className: 'hint', id: 'band-table-saved', hidden: true });

  container.append(
    el('h2', { text: 'Your band table' }),
    el('p', {
      className: 'hint',
      text: 'Paste a CSV (or choose a file) with a header row: role, level, and any of min, mid, max, p10–p90, currency, market, source, as of. It is checked here; nothing is used until it has no problems.',
    }),
    textArea,
    heldBar,
    savedNote,
    el('div', {}, fileInput),
    summary,
    problemList,
    preview,
    el('label', {}, 'Range name ', nameInput),
    nameProblem,
    refusal,
    insertButton,
    confirmNode,
    statusNode,
    usage,
  );

  const render = (): void => {
    const text = held ?? textArea.value;
    clear(preview);
    clear(problemList);
    usage.hidden = true;
    if (text.trim() === '') {
      current = undefined;
      summary.textContent = '';
      updateButton();
      return;
    }
    current = parseBandTableCsv(text);
    parses += 1;
    container.dataset.parses = String(parses);
    const reading = current;
    const byCell = new Map<string, string[]>();
    for (const problem of reading.problems) {
      const key = `${problem.row}|${problem.column}`;
      const held = byCell.get(key);
      if (held) held.push(problem.message);
      else byCell.set(key, [problem.message]);
    }
    problemList.append(
      ...reading.problems
        .slice(0, PROBLEMS_SHOWN)
        .map((problem) => el('li', { 'data-row': problem.row, 'data-column': problem.column, text: problem.message })),
    );
    if (reading.problems.length > PROBLEMS_SHOWN)
      problemList.append(
        el('li', { className: 'bt-more', text: `and ${reading.problems.length - PROBLEMS_SHOWN} more problems` }),
      );
    const rowsInTable = reading.preview.rows.length + reading.preview.hiddenRows;
    summary.textContent = reading.table
      ? `${rowsInTable} row${rowsInTable === 1 ? '' : 's'} read, no problems.`
      : `${reading.problems.length} problem${reading.problems.length === 1 ? '' : 's'}: fix ${reading.problems.length === 1 ? 'it' : 'them'} in the text (or the file) and the preview updates.`;

    const mark = (cell: HTMLElement, row: number, column: number): HTMLElement => {
      const messages = [...(byCell.get(`${row}|${column}`) ?? [])];
      if (messages.length) {
        cell.classList.add('bt-problem');
        cell.setAttribute('title', messages.join('\n'));
        cell.setAttribute('aria-invalid', 'true');
      }
      return cell;
    };
    const head = el(
      'tr',
      { 'data-row': 1 },
      el('th', { text: '1' }),
      ...reading.preview.columns.map((column, c) =>
        mark(
          el(
            'th',
            { scope: 'col', className: column.key ? '' : 'bt-ignored' },
            column.header,
            el('br'),
            el('span', { className: 'bt-reading', text: column.label }),
          ),
          1,
          c + 1,
        ),
      ),
    );
    const shown = reading.preview.rows.slice(0, PREVIEW_ROWS_SHOWN);
    const body = shown.map((line) => {
      const whole = byCell.has(`${line.rowNumber}|0`);
      const tr = el(
        'tr',
        { 'data-row': line.rowNumber },
        el('th', { scope: 'row', text: String(line.rowNumber) }),
        ...line.cells.map((text, c) => mark(el('td', { text }), line.rowNumber, c + 1)),
      );
      if (whole) mark(tr.firstElementChild as HTMLElement, line.rowNumber, 0);
      return tr;
    });
    preview.append(el('table', { id: 'band-table-grid' }, el('thead', {}, head), el('tbody', {}, ...body)));
    const notShown = rowsInTable - shown.length;
    if (notShown > 0)
      preview.append(
        el('p', {
          className: 'hint',
          id: 'band-table-more',
          text: `and ${notShown.toLocaleString('en-US')} more rows (all were checked)`,
        }),
      );
    updateButton();
  };

  const updateButton = (): void => {
    const problem = rangeNameProblem(nameInput.value.trim(), bridge.hostName);
    nameProblem.textContent = problem ?? '';
    nameProblem.hidden = !problem;
    // What the host would refuse is said before the click, not after a round trip.
    // Checked once per reading: a name keystroke must not walk 100,000 rows.
    if (refusalOf?.reading !== current)
      refusalOf = {
        reading: current,
        refused: current?.table ? blockRefusal(current.grid, bridge.hostName) : undefined,
      };
    const refused = refusalOf?.refused;
    refusal.textContent = refused ?? '';
    refusal.hidden = !refused;
    insertButton.disabled =
      parseTimer !== undefined || !current?.table || problem !== undefined || refused !== undefined;
  };

  const hold = (large: string | undefined): void => {
    held = large;
    if (large !== undefined) {
      textArea.value = '';
      const lines = large.split('\n').length;
      heldNote.textContent = `Pasted text: ${lines.toLocaleString('en-US')} lines, ${(large.length / 1e6).toFixed(1)} million characters, read below and kept out of the text box so the panel stays quick. Edit it in a spreadsheet or text editor and paste it again, or edit it here (slow).`;
    }
    textArea.hidden = large !== undefined;
    heldBar.hidden = large === undefined;
  };
  const readNow = (): void => {
    if (parseTimer) clearTimeout(parseTimer);
    parseTimer = undefined;
    if (held === undefined && !editingLarge && textArea.value.length > LARGE_TEXT_CHARS) hold(textArea.value);
    render();
    // After render, so a listener that asks for reading() sees this text's reading.
    const note = options.onTextChange?.(text());
    savedNote.textContent = note ?? '';
    savedNote.hidden = !note;
  };
  // A keystroke only schedules the reading: a 100,000-row paste is read once, when typing pauses.
  const onInput = (): void => {
    confirmNode.hidden = true;
    if (parseTimer) clearTimeout(parseTimer);
    parseTimer = setTimeout(readNow, PARSE_DELAY_MS);
    insertButton.disabled = true;
  };
  textArea.addEventListener('input', onInput);
  editButton.addEventListener('click', () => {
    const large = held ?? '';
    editingLarge = true;
    hold(undefined);
    textArea.value = large;
    textArea.focus();
  });
  clearButton.addEventListener('click', () => {
    editingLarge = false;
    hold(undefined);
    textArea.value = '';
    confirmNode.hidden = true;
    readNow();
    textArea.focus();
  });
  const onNameInput = (): void => {
    options.onNameChange?.(nameInput.value);
    updateButton();
  };
  nameInput.addEventListener('input', onNameInput);
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => {
      hold(undefined);
      textArea.value = typeof reader.result === 'string' ? reader.result : '';
      confirmNode.hidden = true;
      readNow();
    };
    reader.onerror = () =>
      status.show(`Could not read ${file.name}: ${reader.error?.message ?? 'the browser gave no reason'}`, 'error');
    reader.readAsText(file);
  });

  const write = async (overwrite: boolean, checked?: WriteResult['check']): Promise<string> => {
    const reading = current;
    if (!reading?.table) return 'Nothing to insert: the table has problems.';
    const refused = blockRefusal(reading.grid, bridge.hostName);
    if (refused) throw new Error(refused);
    const cells = bandTableSheetCells(reading);
    const result: WriteResult = await bridge.writeCells({
      formulas: cells.map((row) => row.map(String)),
      values: cells,
      overwrite,
      checked,
    });
    if (!result.written) {
      showConfirm(result);
      return '';
    }
    confirmNode.hidden = true;
    const name = nameInput.value.trim();
    const address = result.address ?? 'the selected cells';
    let reference = result.address ?? 'the range';
    let named = '';
    let namingFailed: string | undefined;
    if (name && bridge.nameRange && result.address) {
      try {
        await bridge.nameRange(result.address, name);
        reference = name;
        named = ` and named ${name}: later formulas in this workbook can use it by that name`;
      } catch (reason) {
        // The table is in the sheet either way; say both facts rather than lose the first.
        namingFailed = `Inserted at ${address}, but it was not named ${name}: ${rejectionMessage(reason)}`;
      }
    } else if (name) {
      named = `; name it ${name} in the sheet (Excel: Formulas › Define Name; Sheets: Data › Named ranges), since this host cannot name ranges from the panel`;
    }
    const first = reading.table.rows[0];
    usage.textContent = `Use it as the source: ${spellFormula(`=AI.BAND("${first.role.replace(/"/g, '""')}","${first.level.replace(/"/g, '""')}","mid",,${reference})`, bridge.hostName)}`;
    usage.hidden = false;
    if (namingFailed) throw new Error(namingFailed);
    return `Inserted at ${address}${named}.`;
  };

  const showConfirm = (result: WriteResult): void => {
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
    confirmNode.append(
      el('p', { text: `${result.address ?? 'The target'} is not empty (${shown}). Write the table over those cells?` }),
      yes,
      no,
    );
    confirmNode.hidden = false;
    yes.addEventListener('click', () => void withBusy(yes, status, 'Writing…', () => write(true, result.check)));
    no.addEventListener('click', () => {
      confirmNode.hidden = true;
      status.show('Nothing was written.', 'info');
    });
  };

  insertButton.addEventListener('click', () => void withBusy(insertButton, status, 'Inserting…', () => write(false)));
  if (textArea.value.length > LARGE_TEXT_CHARS) hold(textArea.value);
  render();

  return {
    reading: () => current,
    parses: () => parses,
    destroy: () => {
      if (parseTimer) clearTimeout(parseTimer);
      textArea.removeEventListener('input', onInput);
      nameInput.removeEventListener('input', onNameInput);
      clear(container);
    },
  };
}
