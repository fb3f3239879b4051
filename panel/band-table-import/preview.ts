/** Shows one reading: the problem list, the summary line and the preview grid with problems marked. */
import { BandTableCsvReading } from '../../core/index';
import { clear, el } from '../dom';

/** Rows and problems shown; every row is still read and checked, and the rest are counted. */
export const PREVIEW_ROWS_SHOWN = 50;
export const PROBLEMS_SHOWN = 50;

type ProblemsByCell = Map<string, string[]>;

function problemsByCell(reading: BandTableCsvReading): ProblemsByCell {
  const byCell: ProblemsByCell = new Map();
  for (const problem of reading.problems) {
    const key = `${problem.row}|${problem.column}`;
    const held = byCell.get(key);
    if (held) held.push(problem.message);
    else byCell.set(key, [problem.message]);
  }
  return byCell;
}

function renderProblemList(problemList: HTMLElement, reading: BandTableCsvReading): void {
  problemList.append(
    ...reading.problems
      .slice(0, PROBLEMS_SHOWN)
      .map((problem) => el('li', { 'data-row': problem.row, 'data-column': problem.column, text: problem.message })),
  );
  if (reading.problems.length > PROBLEMS_SHOWN)
    problemList.append(
      el('li', { className: 'bt-more', text: `and ${reading.problems.length - PROBLEMS_SHOWN} more problems` }),
    );
}

export function rowsInTable(reading: BandTableCsvReading): number {
  return reading.preview.rows.length + reading.preview.hiddenRows;
}

export function summaryText(reading: BandTableCsvReading): string {
  const rows = rowsInTable(reading);
  return reading.table
    ? `${rows} row${rows === 1 ? '' : 's'} read, no problems.`
    : `${reading.problems.length} problem${reading.problems.length === 1 ? '' : 's'}: fix ${reading.problems.length === 1 ? 'it' : 'them'} in the text (or the file) and the preview updates.`;
}

function marker(byCell: ProblemsByCell) {
  return (cell: HTMLElement, row: number, column: number): HTMLElement => {
    const messages = [...(byCell.get(`${row}|${column}`) ?? [])];
    if (messages.length) {
      cell.classList.add('bt-problem');
      cell.setAttribute('title', messages.join('\n'));
      cell.setAttribute('aria-invalid', 'true');
    }
    return cell;
  };
}

function renderGrid(preview: HTMLElement, reading: BandTableCsvReading, byCell: ProblemsByCell): void {
  const mark = marker(byCell);
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
  const notShown = rowsInTable(reading) - shown.length;
  if (notShown > 0)
    preview.append(
      el('p', {
        className: 'hint',
        id: 'band-table-more',
        text: `and ${notShown.toLocaleString('en-US')} more rows (all were checked)`,
      }),
    );
}

export interface PreviewNodes {
  readonly preview: HTMLElement;
  readonly problemList: HTMLElement;
  readonly summary: HTMLElement;
}

export function renderReading(nodes: PreviewNodes, reading: BandTableCsvReading): void {
  renderProblemList(nodes.problemList, reading);
  nodes.summary.textContent = summaryText(reading);
  renderGrid(nodes.preview, reading, problemsByCell(reading));
}

export function clearPreview(nodes: PreviewNodes): void {
  clear(nodes.preview);
  clear(nodes.problemList);
}
