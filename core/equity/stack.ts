/**
 * A preference stack as the user types it (issue 20): a range whose first row is a header, one row
 * per class, headers matched loosely as a band table's are (core/table-header.ts). Every term of a
 * preferred class is required, because a default multiple, seniority or participation would be a
 * term we invented; the one optional column is the participation cap, and a blank cap on a
 * participating class is no cap. Reading is all or nothing, as for a band table: a stack with any
 * problem is one #VALUE! naming each bad row and column and what would be right.
 */
import { InputCell, isBlankInput } from '../cells';
import { normalizeName, toNumber } from '../coerce';
import { badValue, isSheetError, SheetError } from '../errors';
import { describeCell } from '../messages';
import { headerMatcher } from '../table-header';
import { PayoutCurve, payoutCurve, PreferredClass, StackTerms } from './waterfall';

type StackColumn = 'class' | 'shares' | 'invested' | 'multiple' | 'participating' | 'cap' | 'seniority';

/** Each column as messages name it, and what a cell of it must hold. */
const COLUMNS: Readonly<Record<StackColumn, { label: string; expected: string }>> = {
  class: { label: 'class', expected: 'the class name, e.g. Series A, or Common' },
  shares: { label: 'shares', expected: 'the shares as converted to common, above 0, e.g. 5000000' },
  invested: { label: 'invested', expected: 'the amount the class invested, e.g. 10000000' },
  multiple: { label: 'preference multiple', expected: 'the liquidation preference multiple, e.g. 1 or 1x' },
  participating: {
    label: 'participating',
    expected: 'yes or no (whether the class participates after its preference)',
  },
  cap: {
    label: 'participation cap',
    expected:
      'the participation cap as a multiple of invested, e.g. 3 or 3x, at least the preference multiple; blank for no cap',
  },
  seniority: { label: 'seniority', expected: 'the rank paid first as 1, then 2, ... (equal ranks share pro rata)' },
};

const REQUIRED: readonly StackColumn[] = ['class', 'shares', 'invested', 'multiple', 'participating', 'seniority'];

const matchStackHeader = headerMatcher<StackColumn>(
  {
    class: ['class', 'share class', 'series', 'round', 'security', 'stock', 'class name', 'name', 'equity class'],
    shares: [
      'shares',
      'shares as converted',
      'as converted shares',
      'as converted',
      'common equivalent',
      'common equivalents',
      'number of shares',
      'share count',
      'fully diluted shares',
      'fd shares',
    ],
    invested: [
      'invested',
      'amount invested',
      'investment',
      'capital invested',
      'raised',
      'amount raised',
      'original issue amount',
      'money invested',
    ],
    multiple: [
      'preference multiple',
      'liquidation preference multiple',
      'liquidation preference',
      'liquidation multiple',
      'liq pref multiple',
      'liq pref',
      'pref multiple',
      'preference',
      'multiple',
      'lp multiple',
    ],
    participating: ['participating', 'participation', 'participates', 'participating preferred'],
    cap: ['participation cap', 'cap', 'cap multiple', 'participation cap multiple', 'participating cap'],
    seniority: ['seniority', 'rank', 'seniority rank', 'priority', 'pay order', 'order', 'preference rank'],
  },
  new Set(['the', 'of', 'x', 'in', 'usd', 'total']),
);

// Compared as letters only: "Non-participating" is nonparticipating.
const YES = new Set(['yes', 'y', 'true', 'participating', 'full', 'fullyparticipating']);
const NO = new Set(['no', 'n', 'false', 'nonparticipating', 'none']);

/** A multiple as typed: 1, "1", "1x", "1.5 x". */
function readMultiple(cell: InputCell, name: string): number | SheetError {
  const text = typeof cell === 'string' ? cell.trim().replace(/\s*x$/i, '') : cell;
  return toNumber(text, name, { min: 0, what: 'a multiple' });
}

/** The stack as read: its terms and its waterfall, computed once for every exit value of the call. */
export interface PreferenceStack extends StackTerms {
  readonly kind: 'preference-stack';
  readonly commonName: string;
  readonly curve: PayoutCurve;
}

export function isPreferenceStack(value: unknown): value is PreferenceStack {
  return typeof value === 'object' && value !== null && (value as PreferenceStack).kind === 'preference-stack';
}

const MAX_PROBLEMS_IN_MESSAGE = 3;

function stackError(problems: readonly string[]): SheetError {
  const shown = problems.slice(0, MAX_PROBLEMS_IN_MESSAGE).join('; ');
  const more = problems.length - MAX_PROBLEMS_IN_MESSAGE;
  return badValue(
    `the preference stack cannot be used (none of it was read): ${shown}${more > 0 ? `; and ${more} more problem${more === 1 ? '' : 's'}` : ''}`,
  );
}

/** Reads the header row: each known column's position, or the problems with it. */
function readHeader(header: readonly InputCell[]): Map<StackColumn, { index: number; header: string }> | string[] {
  const columns = new Map<StackColumn, { index: number; header: string }>();
  const problems: string[] = [];
  header.forEach((cell, index) => {
    if (typeof cell !== 'string' || isBlankInput(cell)) return;
    const key = matchStackHeader(cell);
    if (!key) return;
    const earlier = columns.get(key);
    if (earlier)
      problems.push(
        `columns "${earlier.header}" and "${cell.trim()}" both read as ${COLUMNS[key].label}: keep one, or rename the other`,
      );
    else columns.set(key, { index, header: cell.trim() });
  });
  const missing = REQUIRED.filter((key) => !columns.has(key));
  if (missing.length > 0)
    problems.push(
      `no ${missing.map((key) => COLUMNS[key].label).join(', ')} column${missing.length === 1 ? '' : 's'}: the first row must be the header, with columns class, shares (as converted), invested, preference multiple, participating (yes/no), seniority (1 paid first) and optionally participation cap`,
    );
  return problems.length > 0 ? problems : columns;
}

type Columns = ReadonlyMap<StackColumn, { index: number; header: string }>;
type RowRead = { common: true; name: string; shares: number } | { common: false; preferred: PreferredClass };

/** One class row (0-based `r`): what it says, or undefined after adding its problems to `problems`. */
function readRow(line: readonly InputCell[], r: number, columns: Columns, problems: string[]): RowRead | undefined {
  const before = problems.length;
  const problemAt = (key: StackColumn, what: string): void => {
    problems.push(`row ${r + 1}, column "${columns.get(key)!.header}": ${what}`);
  };
  const cellOf = (key: StackColumn): InputCell => {
    const column = columns.get(key);
    return column ? line[column.index] : null;
  };
  /** A required cell read by `read`, or undefined after noting why it cannot be. */
  const required = <T>(key: StackColumn, read: (cell: InputCell) => T | SheetError): T | undefined => {
    const cell = cellOf(key);
    const value = isBlankInput(cell) ? undefined : read(cell);
    if (value === undefined) problemAt(key, `blank: expected ${COLUMNS[key].expected}`);
    else if (isSheetError(value)) problemAt(key, `expected ${COLUMNS[key].expected}, received ${describeCell(cell)}`);
    else return value;
    return undefined;
  };
  const name = required('class', (cell) => (typeof cell === 'string' ? cell.trim() : String(cell)));
  const shares = required('shares', (cell) => toNumber(cell, 'shares', { min: 0, minExclusive: true }));
  if (name !== undefined && /^common/.test(normalizeName(name)))
    return shares === undefined ? undefined : { common: true, name, shares };
  const invested = required('invested', (cell) => toNumber(cell, 'invested', { min: 0 }));
  const multiple = required('multiple', (cell) => readMultiple(cell, 'multiple'));
  const participating = required('participating', (cell) => {
    if (typeof cell === 'boolean') return cell;
    const text = typeof cell === 'string' ? cell.toLowerCase().replace(/[^a-z]/g, '') : '';
    return YES.has(text) ? true : NO.has(text) ? false : badValue('participating');
  });
  const seniority = required('seniority', (cell) => toNumber(cell, 'seniority', { min: 1, integer: true }));
  const capCell = cellOf('cap');
  let cap: number | undefined;
  if (!isBlankInput(capCell)) {
    const read = readMultiple(capCell, 'cap');
    if (isSheetError(read)) problemAt('cap', `expected ${COLUMNS.cap.expected}, received ${describeCell(capCell)}`);
    else if (participating === false)
      problemAt('cap', `a cap applies only to a participating class, and ${name} is not participating: clear it`);
    else if (multiple !== undefined && read < multiple)
      problemAt(
        'cap',
        `${read}x is below the preference multiple ${multiple}x: a cap is the most the class receives in all, preference included`,
      );
    else cap = read;
  }
  if (problems.length > before) return undefined;
  return {
    common: false,
    preferred: {
      name: name!,
      shares: shares!,
      invested: invested!,
      multiple: multiple!,
      participating: participating!,
      cap,
      seniority: seniority!,
    },
  };
}

/**
 * Reads a grid as a preference stack, or one #VALUE! naming every problem's row and column. Rows
 * with every known column blank (a spacer, a blank tail) are skipped.
 */
export function readPreferenceStack(grid: readonly (readonly InputCell[])[]): PreferenceStack | SheetError {
  if (grid.length < 2) return stackError(['expected a header row and a row per class below it']);
  const columns = readHeader(grid[0]);
  if (Array.isArray(columns)) return stackError(columns);
  const problems: string[] = [];
  const preferred: PreferredClass[] = [];
  let common: { name: string; shares: number; row: number } | undefined;
  const seen = new Map<string, number>();
  const classHeader = columns.get('class')!.header;
  for (let r = 1; r < grid.length; r++) {
    const line = grid[r];
    if ([...columns.values()].every(({ index }) => isBlankInput(line[index]))) continue;
    const row = readRow(line, r, columns, problems);
    if (!row) continue;
    const name = row.common ? row.name : row.preferred.name;
    const first = seen.get(normalizeName(name));
    if (first !== undefined) {
      problems.push(
        `row ${r + 1}, column "${classHeader}": "${name}" is already the class of row ${first}: expected one row per class`,
      );
      continue;
    }
    seen.set(normalizeName(name), r + 1);
    if (!row.common) preferred.push(row.preferred);
    else if (common)
      problems.push(
        `row ${r + 1}, column "${classHeader}": "${name}" is a second common row (the first is row ${common.row}): expected one common row holding every common share and option, fully diluted`,
      );
    else common = { name, shares: row.shares, row: r + 1 };
  }
  if (!common && problems.length === 0)
    problems.push(
      'no common row: expected a row whose class is Common, with the fully diluted common shares (options included)',
    );
  if (problems.length > 0) return stackError(problems);
  const terms = { preferred, commonShares: common!.shares };
  return { kind: 'preference-stack', ...terms, commonName: common!.name, curve: payoutCurve(terms) };
}
