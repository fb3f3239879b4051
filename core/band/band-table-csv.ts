/**
 * A band table pasted or uploaded as CSV (a survey export, a pay structure saved from another
 * workbook), read into the same all-or-nothing reading as a range (core/band/user-table.ts), with
 * a preview the offer panel shows before anything is written into the sheet.
 *
 * CSV as RFC 4180 writes it (quoted fields, "" for a quote, line breaks inside quotes, CRLF or LF),
 * with the delimiter guessed from the header line: a comma, or the semicolon Excel writes where the
 * decimal mark is a comma, or a tab (what a copy from a spreadsheet pastes).
 */
import { InputCell } from '../cells';
import { badValue } from '../errors';
import { DecimalMark, decimalMarkForDelimiter, readNumberText } from '../cell-reader';
import { guardFormulaText } from '../sheet-rules';
import {
  TableColumn,
  TableProblem,
  TableReading,
  UserBandTable,
  COLUMN_LABELS,
  readBandTable,
  matchHeader,
  ColumnKey,
} from './user-table';

export interface PreviewColumn {
  readonly header: string;
  /** what the column is read as, or undefined for a column lookups ignore */
  readonly key?: ColumnKey;
  readonly label: string;
}

export interface BandTablePreview {
  readonly columns: readonly PreviewColumn[];
  /** the data rows as text, below the header; `rowNumber` is the 1-based line of the table (header = 1) */
  readonly rows: readonly { readonly rowNumber: number; readonly cells: readonly string[] }[];
  /** rows left out of `rows` to keep the preview small (all rows are still read and checked) */
  readonly hiddenRows: number;
}

export interface BandTableCsvReading {
  readonly table?: UserBandTable;
  readonly problems: readonly TableProblem[];
  readonly preview: BandTablePreview;
  /** the table as cells, for writing into a sheet (header included) */
  readonly grid: readonly (readonly string[])[];
  /** the decimal mark the delimiter implies: ',' for a semicolon CSV (core/cell-reader.ts) */
  readonly decimalMark: DecimalMark;
}

const FIGURE_KEYS: ReadonlySet<string> = new Set(['min', 'mid', 'max', 'p10', 'p25', 'p50', 'p75', 'p90']);

/** Whether column `index` of the header holds pay figures. */
const figureColumns = (header: readonly string[]): boolean[] =>
  header.map((text) => FIGURE_KEYS.has(matchHeader(text) ?? ''));

/** A figure cell read in the CSV's own locale: a number, an error saying why it is ambiguous, or the text as it came. */
function figureCell(cell: string, mark: DecimalMark): InputCell {
  const reading = readNumberText(cell, mark);
  if (!reading) return cell;
  return 'value' in reading ? reading.value : badValue(reading.problem);
}

/** The grid with its figure columns read in the delimiter's locale (a semicolon CSV's 160.000 is 160000). */
function withFigures(grid: readonly (readonly string[])[], mark: DecimalMark): InputCell[][] {
  const figures = figureColumns(grid[0] ?? []);
  return grid.map((row, r) =>
    r === 0 ? [...row] : row.map((cell, c) => (figures[c] && cell !== '' ? figureCell(cell, mark) : cell)),
  );
}

const PREVIEW_ROWS = 200;
const DELIMITERS = [',', ';', '\t'] as const;

/** Counts each delimiter outside quotes on the first line and takes the most frequent (comma on a tie). */
function guessDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/** RFC 4180 records; `unterminatedAt` is the 1-based record whose quote never closes. */
export function parseCsvRecords(
  text: string,
  delimiter = guessDelimiter(text),
): { records: string[][]; unterminatedAt?: number } {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  // Whether the field so far is only spaces: a quote opens a quoted field only there. Tracked as
  // a flag because trimming the growing field at every quote made a long field quadratic.
  let blank = true;
  let quoted = false;
  let quoteStartRecord = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark Excel writes at the start of "CSV UTF-8"
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"' && blank) {
      quoted = true;
      field = '';
      blank = false;
      quoteStartRecord = records.length + 1;
    } else if (ch === delimiter) {
      record.push(field);
      field = '';
      blank = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      blank = true;
    } else {
      field += ch;
      if (ch !== ' ' && ch !== '\t') blank = false;
    }
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  // Trailing blank lines are the end of the file, not rows.
  while (records.length > 0 && records[records.length - 1].every((f) => f.trim() === '')) records.pop();
  return quoted ? { records, unterminatedAt: quoteStartRecord } : { records };
}

/**
 * Reads CSV text as a band table: the table when it has no problems, every problem with its row and
 * column, and a preview. Pure: the panel shows the preview and writes `grid` into the sheet.
 */
export function parseBandTableCsv(text: string): BandTableCsvReading {
  const problems: TableProblem[] = [];
  const delimiter = guessDelimiter(text);
  const { records, unterminatedAt } = parseCsvRecords(text, delimiter);
  const decimalMark = decimalMarkForDelimiter(delimiter);
  if (unterminatedAt !== undefined) {
    problems.push({
      row: unterminatedAt,
      column: 0,
      message: `row ${unterminatedAt}: a quoted cell never closes: expected a closing " (a quote inside a quoted cell is written "")`,
    });
  }
  const width = records.length > 0 ? records[0].length : 0;
  records.forEach((record, r) => {
    if (r > 0 && record.length > width && record.slice(width).some((f) => f.trim() !== '')) {
      problems.push({
        row: r + 1,
        column: width + 1,
        message: `row ${r + 1} has ${record.length} cells but the header has ${width}: expected one cell per header column (a comma inside a figure such as 120,000 needs the cell in quotes)`,
      });
    }
  });
  const grid: string[][] = records.map((record) => {
    const row = record.slice(0, width).map((f) => f.trim());
    while (row.length < width) row.push('');
    return row;
  });
  const reading: TableReading =
    grid.length > 0
      ? readBandTable(withFigures(grid, decimalMark))
      : {
          problems: [
            {
              row: 1,
              column: 0,
              message:
                'the text is empty: expected a header line (role, level, min, mid, max, ...) and a line per role and level',
            },
          ],
          columns: [],
          ignoredHeaders: [],
        };
  const allProblems = [...problems, ...reading.problems].sort((a, b) => a.row - b.row || a.column - b.column);
  const byIndex = new Map<number, TableColumn>(reading.columns.map((c) => [c.index, c]));
  const header = grid[0] ?? [];
  const columns: PreviewColumn[] = header.map((text, index) => {
    const column = byIndex.get(index);
    const key = column?.key ?? (text ? matchHeader(text) : undefined);
    return { header: text, key: column ? key : undefined, label: column ? COLUMN_LABELS[column.key] : 'not used' };
  });
  const body = grid.slice(1).map((cells, r) => ({ rowNumber: r + 2, cells }));
  return {
    table: allProblems.length === 0 ? reading.table : undefined,
    problems: allProblems,
    preview: { columns, rows: body.slice(0, PREVIEW_ROWS), hiddenRows: Math.max(0, body.length - PREVIEW_ROWS) },
    grid,
    decimalMark,
  };
}

/**
 * The table as cells to write into a sheet: figures as numbers (so formulas read them as numbers
 * in both hosts) and text that a spreadsheet would run as a formula (=, +, -, @ first) kept as
 * text, since a CSV from elsewhere must never become a formula in the user's workbook.
 */
export function bandTableSheetCells(reading: BandTableCsvReading): (string | number)[][] {
  const figures = figureColumns(reading.grid[0] ?? []);
  return reading.grid.map((row, r) =>
    row.map((cell, c) => {
      if (r > 0 && figures[c] && cell !== '') {
        const figure = figureCell(cell, reading.decimalMark);
        if (typeof figure === 'number') return figure;
      }
      return guardFormulaText(cell);
    }),
  );
}
