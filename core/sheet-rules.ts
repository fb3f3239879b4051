/**
 * Spreadsheet rules, written once: how each host spells a catalog function, A1 column letters,
 * which range names both hosts accept and which text a spreadsheet would run as a formula (the
 * error codes are in errors.ts, which owns the error kinds). Hosts, the panel and the HyperFormula plugin import these
 * from core/index.ts; nothing else restates them.
 *
 * No DOM or host API here: the Sheets server, the Excel bridge and the panel all check with it.
 */

/** Where a rule applies: the two hosts, and the panel's standalone page (which follows Excel). */
export type SheetHost = 'excel' | 'sheets' | 'standalone';

// ---- Function names --------------------------------------------------------------------------

export const NAMESPACE = 'AI';
/** `BAND` is `AI.BAND` in Excel (DESIGN.md §2). */
export const excelName = (spec: { readonly name: string }): string => `${NAMESPACE}.${spec.name}`;
/**
 * `BAND` is `AIBAND` in Sheets: Sheets' functions are global, so the namespace's dot goes, and a
 * dot inside a name (none today) goes too, since Sheets takes letters, digits and _ only.
 */
export const sheetsName = (spec: { readonly name: string }): string => `${NAMESPACE}${spec.name.replace(/\./g, '')}`;

/**
 * A formula written with Excel names, spelled for a host: each `AI.NAME(` outside string literals
 * becomes `sheetsName` in Sheets, so a label such as "AI.BAND" inside quotes survives.
 */
export function spellFormula(formula: string, host: SheetHost): string {
  if (host !== 'sheets') return formula;
  let out = '';
  let inString = false;
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') inString = !inString;
    const call =
      inString || /[A-Za-z0-9_.]/.test(formula[i - 1] ?? '')
        ? null
        : /^AI\.([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*)/.exec(formula.slice(i));
    if (call) {
      out += sheetsName({ name: call[1] });
      i += call[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

// ---- A1 column letters ------------------------------------------------------------------------

/** Column letters from a 0-based column index (0 is A, 25 is Z, 26 is AA); hosts with 1-based columns subtract 1. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

// ---- Formula-injection guard ------------------------------------------------------------------

/** Text a spreadsheet would run as a formula when written as a value: it starts with = + - or @. */
export const looksLikeFormula = (text: string): boolean => /^[=+\-@]/.test(text);

/** Text from elsewhere (a CSV, a label) as a cell that stays text: a leading apostrophe where it would run. */
export const guardFormulaText = (text: string): string => (looksLikeFormula(text) ? `'${text}` : text);

// ---- Range names --------------------------------------------------------------------------------

/*
 * Range names the panel may give an inserted band table, checked before any host is asked, so the
 * user sees why a name is refused beside the field rather than as a host's terse error. The rules
 * are what both hosts accept (a name that works in one workbook keeps working when the file moves):
 * - Sheets (named ranges): letters, digits and underscores only, not starting with a digit or with
 *   the words true or false, 1 to 250 characters, not in A1 or R1C1 form.
 * - Excel (defined names): starts with a letter, _ or \, up to 255 characters, no spaces, not a cell
 *   reference (A1, R1C1, and R or C alone).
 * Dots are fine in Excel but not in Sheets, so they are refused here.
 */

/** Longest name each host takes: Sheets 250, Excel 255 (standalone follows Excel). */
export const MAX_RANGE_NAME_LENGTH: Readonly<Record<SheetHost, number>> = { sheets: 250, excel: 255, standalone: 255 };

const NAME_CHARACTERS = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** A1 form: one to three column letters, then a row number (Excel's last column is XFD). */
const A1_LIKE = /^[A-Za-z]{1,3}[0-9]+$/;
/** R1C1 form, and the bare R and C Excel reserves for "this row" and "this column". */
const R1C1_LIKE = /^[Rr][0-9]*[Cc][0-9]*$|^[RrCc]$/;

/** Why `name` cannot name a range in `host`, or undefined when it can. The empty name is not checked here. */
export function rangeNameProblem(name: string, host: SheetHost = 'excel'): string | undefined {
  if (name === '') return undefined;
  const max = MAX_RANGE_NAME_LENGTH[host];
  if (name.length > max)
    return `a range name has at most ${max} characters; this one has ${name.length.toLocaleString('en-US')}`;
  if (/\s/.test(name))
    return `a range name has no spaces: expected letters, digits and _, e.g. ${name.replace(/\s+/g, '_')}`;
  if (/^[0-9]/.test(name)) return `a range name starts with a letter or _, not a digit: e.g. _${name} or Table${name}`;
  if (!NAME_CHARACTERS.test(name)) {
    const bad = [...new Set(name.replace(/[A-Za-z0-9_]/g, ''))].join(' ');
    return `a range name has only letters, digits and _ (both Excel and Sheets accept those): remove ${bad}`;
  }
  if (/^(true|false)$/i.test(name))
    return `"${name}" is a logical value, not a name; choose another, e.g. Table_${name}`;
  if (host === 'sheets' && /^(true|false)/i.test(name))
    return `a Sheets range name cannot start with the word ${/^true/i.test(name) ? name.slice(0, 4) : name.slice(0, 5)}; choose another, e.g. Table_${name}`;
  if (A1_LIKE.test(name) || R1C1_LIKE.test(name))
    return `"${name}" reads as a cell reference (like A1 or R1C1); choose another name, e.g. Table_${name}`;
  return undefined;
}

/**
 * A tracker row as header -> value, the same in every host: a column with a blank header has no
 * meaning to match and is left out; of two columns with the same header the first keeps the name
 * and a later one is named "Name (column F)", so the panel can say it was not used and why.
 * Keys are set as own properties, so a header such as "__proto__" is a column like any other.
 * `firstColumn` is the 0-based index of the first cell's column.
 */
export function headerRecord<T>(
  headers: readonly unknown[],
  values: readonly T[],
  firstColumn: number,
): Record<string, T> {
  const record: Record<string, T> = {};
  headers.forEach((header, k) => {
    const name = header === null || header === undefined ? '' : String(header).trim();
    if (name === '') return;
    const key = Object.prototype.hasOwnProperty.call(record, name)
      ? `${name} (column ${columnLetters(firstColumn + k)})`
      : name;
    Object.defineProperty(record, key, { value: values[k], enumerable: true, writable: true, configurable: true });
  });
  return record;
}
