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
import { BandTableCsvReading, parseBandTableCsv, rangeNameProblem } from '../core/index';
import { HostBridge } from './bridge';
import { clear } from './dom';
import { ActionStatus, statusLine, withBusy } from './busy';
import { blockRefusal } from './host-limits';
import { ImportElements, buildImportElements, layOutImport } from './band-table-import/elements';
import { clearPreview, renderReading } from './band-table-import/preview';
import { writeTable } from './band-table-import/write';

export { rangeNameProblem };
export { PREVIEW_ROWS_SHOWN, PROBLEMS_SHOWN } from './band-table-import/preview';

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
/**
 * Text longer than this is read, then held out of the text box: a browser lays out and edits a
 * multi-megabyte text box slowly (about 1.5 s a keystroke at 6 MB), and nobody edits 100,000 rows
 * there. The box comes back on request ("Edit as text").
 */
export const LARGE_TEXT_CHARS = 500_000;

// Its styles are in panel.css: the standalone page's CSP (style-src 'self') blocks an inline <style>.

/** What the importer holds between events. */
interface ImportState {
  current: BandTableCsvReading | undefined;
  parses: number;
  parseTimer: ReturnType<typeof setTimeout> | undefined;
  held: string | undefined; // a large text, read but kept out of the box
  refusalOf: { reading: BandTableCsvReading | undefined; refused: string | undefined } | undefined;
  editingLarge: boolean; // the user asked for the large text in the box: leave it there
}

interface Importer {
  readonly container: HTMLElement;
  readonly bridge: HostBridge;
  readonly options: BandTableImportOptions;
  readonly ui: ImportElements;
  readonly status: ActionStatus;
  readonly state: ImportState;
}

const textOf = (im: Importer): string => im.state.held ?? im.ui.textArea.value;

function render(im: Importer): void {
  const { ui, state } = im;
  const text = textOf(im);
  clearPreview(ui);
  ui.usage.hidden = true;
  if (text.trim() === '') {
    state.current = undefined;
    ui.summary.textContent = '';
    updateButton(im);
    return;
  }
  state.current = parseBandTableCsv(text);
  state.parses += 1;
  im.container.dataset.parses = String(state.parses);
  renderReading(ui, state.current);
  updateButton(im);
}

function updateButton(im: Importer): void {
  const { ui, state, bridge } = im;
  const problem = rangeNameProblem(ui.nameInput.value.trim(), bridge.hostName);
  ui.nameProblem.textContent = problem ?? '';
  ui.nameProblem.hidden = !problem;
  // What the host would refuse is said before the click, not after a round trip.
  // Checked once per reading: a name keystroke must not walk 100,000 rows.
  const current = state.current;
  if (state.refusalOf?.reading !== current)
    state.refusalOf = {
      reading: current,
      refused: current?.table ? blockRefusal(current.grid, bridge.hostName) : undefined,
    };
  const refused = state.refusalOf?.refused;
  ui.refusal.textContent = refused ?? '';
  ui.refusal.hidden = !refused;
  ui.insertButton.disabled =
    state.parseTimer !== undefined || !current?.table || problem !== undefined || refused !== undefined;
}

function hold(im: Importer, large: string | undefined): void {
  const { ui } = im;
  im.state.held = large;
  if (large !== undefined) {
    ui.textArea.value = '';
    const lines = large.split('\n').length;
    ui.heldNote.textContent = `Pasted text: ${lines.toLocaleString('en-US')} lines, ${(large.length / 1e6).toFixed(1)} million characters, read below and kept out of the text box so the panel stays quick. Edit it in a spreadsheet or text editor and paste it again, or edit it here (slow).`;
  }
  ui.textArea.hidden = large !== undefined;
  ui.heldBar.hidden = large === undefined;
}

function readNow(im: Importer): void {
  const { ui, state } = im;
  if (state.parseTimer) clearTimeout(state.parseTimer);
  state.parseTimer = undefined;
  if (state.held === undefined && !state.editingLarge && ui.textArea.value.length > LARGE_TEXT_CHARS)
    hold(im, ui.textArea.value);
  render(im);
  // After render, so a listener that asks for reading() sees this text's reading.
  const note = im.options.onTextChange?.(textOf(im));
  ui.savedNote.textContent = note ?? '';
  ui.savedNote.hidden = !note;
}

function wireHeldButtons(im: Importer): void {
  const { ui, state } = im;
  ui.editButton.addEventListener('click', () => {
    const large = state.held ?? '';
    state.editingLarge = true;
    hold(im, undefined);
    ui.textArea.value = large;
    ui.textArea.focus();
  });
  ui.clearButton.addEventListener('click', () => {
    state.editingLarge = false;
    hold(im, undefined);
    ui.textArea.value = '';
    ui.confirmNode.hidden = true;
    readNow(im);
    ui.textArea.focus();
  });
}

function wireFileInput(im: Importer): void {
  const { ui } = im;
  ui.fileInput.addEventListener('change', () => {
    const file = ui.fileInput.files?.[0];
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => {
      hold(im, undefined);
      ui.textArea.value = typeof reader.result === 'string' ? reader.result : '';
      ui.confirmNode.hidden = true;
      readNow(im);
    };
    reader.onerror = () =>
      im.status.show(`Could not read ${file.name}: ${reader.error?.message ?? 'the browser gave no reason'}`, 'error');
    reader.readAsText(file);
  });
}

export function mountBandTableImport(
  container: HTMLElement,
  bridge: HostBridge,
  options: BandTableImportOptions = {},
): BandTableImport {
  clear(container);
  container.classList.add('band-table-import');
  const ui = buildImportElements();
  ui.textArea.value = options.initialText ?? '';
  ui.nameInput.value = options.initialName ?? '';
  layOutImport(container, ui);
  const state: ImportState = {
    current: undefined,
    parses: 0,
    parseTimer: undefined,
    held: undefined,
    refusalOf: undefined,
    editingLarge: false,
  };
  const im: Importer = { container, bridge, options, ui, status: statusLine(ui.statusNode), state };

  // A keystroke only schedules the reading: a 100,000-row paste is read once, when typing pauses.
  const onInput = (): void => {
    ui.confirmNode.hidden = true;
    if (state.parseTimer) clearTimeout(state.parseTimer);
    state.parseTimer = setTimeout(() => readNow(im), PARSE_DELAY_MS);
    ui.insertButton.disabled = true;
  };
  ui.textArea.addEventListener('input', onInput);
  wireHeldButtons(im);
  const onNameInput = (): void => {
    options.onNameChange?.(ui.nameInput.value);
    updateButton(im);
  };
  ui.nameInput.addEventListener('input', onNameInput);
  wireFileInput(im);
  const writeContext = { ui, bridge, status: im.status, reading: () => state.current };
  ui.insertButton.addEventListener(
    'click',
    () => void withBusy(ui.insertButton, im.status, 'Inserting…', () => writeTable(writeContext, false)),
  );
  if (ui.textArea.value.length > LARGE_TEXT_CHARS) hold(im, ui.textArea.value);
  render(im);

  return {
    reading: () => state.current,
    parses: () => state.parses,
    destroy: () => {
      if (state.parseTimer) clearTimeout(state.parseTimer);
      ui.textArea.removeEventListener('input', onInput);
      ui.nameInput.removeEventListener('input', onNameInput);
      clear(container);
    },
  };
}
