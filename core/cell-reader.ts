/**
 * The one reader of numbers written as text. Formulas (core/coerce.ts `toNumber`), the offer panel
 * (panel/offer-input.ts), the tracker-row fill (panel/tracker-row.ts), CSV import
 * (core/band/band-table-csv.ts) and saved state all read text through `readNumberText`, so one
 * text means one number everywhere, and a refusal carries the same words.
 *
 * The grammar (what a text cell may hold to be read as a number):
 * - Spaces around it are ignored. A sign `-` or `+` may stand before or after a currency sign;
 *   `(1,200)` in parentheses is negative (the accounting form Excel itself reads as -1200).
 * - One currency, before or after the figure, with or without a space: `$` `€` `£`, or the codes
 *   USD, EUR, GBP. It is dropped, not converted: the figure is taken as written.
 * - `%` at the end divides by 100 (`15%` is 0.15). Not together with a currency.
 * - An exponent: `1e3`, `2.5E+5` (as Excel reads a typed 1E3). Not together with grouping.
 * - Grouping by spaces (ordinary, no-break, thin) in groups of three: `1 000 000`.
 * - Decimal mark and thousands separator, for a decimal mark `.` (formulas, the panel, comma and
 *   tab CSV) or `,` (a semicolon CSV, what Excel writes where the decimal mark is a comma):
 *   - both `.` and `,` present: the last one is the decimal mark, the other groups in threes
 *     (`1,234.56` and `1.234,56` are both 1234.56);
 *   - one mark used more than once: grouping in threes (`1.234.567` is 1234567);
 *   - one mark used once, not followed by exactly three digits, or after a leading 0 or four or
 *     more digits: the decimal mark (`0.150`, `1,5`, `1234.567`);
 *   - one mark used once, between 1-3 digits and exactly three digits (`160,000`, `160.000`):
 *     ambiguous by itself. The thousands separator of the locale (`,` for a decimal point) groups:
 *     `160,000` is 160000. The locale's decimal mark there is REFUSED with a message: `160.000` is
 *     160 in English and 160000 in much of Europe, and reading either silently would be 1,000x
 *     wrong for half the readers. `2.125` must be written `2.1250` or typed as a number cell.
 * Anything else is not a number, and the caller says what was expected.
 *
 * A list of numbers in one text (a payout history typed in the panel, or in one cell): values are
 * separated by semicolons or spaces, never by commas, since a comma is already a decimal mark or a
 * thousands separator above (`1,2` is the one number 1.2, as it is in a cell). A comma standing
 * between values (`0.8, 1.1`) is refused with a message, not guessed. One number per cell is a
 * list too.
 */

/** The decimal mark of the text's locale: '.' everywhere except a semicolon CSV. */
export type DecimalMark = '.' | ',';

export type NumberTextReading = { readonly value: number } | { readonly problem: string };

const CURRENCY = /^(?:[$€£]|usd|eur|gbp)\s*|\s*(?:[$€£]|usd|eur|gbp)$/i;
const GROUP_SPACES = /[\s\u00a0\u2009\u202f]/g;
const EXPONENT = /^(\d+(?:\.\d+)?|\.\d+)e[-+]?\d+$/i;

/** Reads the digits with their marks, per the header's rules; `undefined` is "not a number". */
function readDigits(digits: string, mark: DecimalMark): NumberTextReading | undefined {
  if (EXPONENT.test(digits)) return { value: Number(digits) };
  if (/[\s\u00a0\u2009\u202f]/.test(digits)) {
    if (!/^\d{1,3}([\s\u00a0\u2009\u202f]\d{3})+([.,]\d+)?$/.test(digits)) return undefined;
    return readDigits(digits.replace(GROUP_SPACES, ''), mark);
  }
  if (!/^(\d+([.,]\d+)*|[.,]\d+)$/.test(digits)) return undefined;
  const dots = digits.split('.').length - 1;
  const commas = digits.split(',').length - 1;
  if (dots > 0 && commas > 0) {
    const decimal = digits.lastIndexOf('.') > digits.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [whole, fraction] = [
      digits.slice(0, digits.lastIndexOf(decimal)),
      digits.slice(digits.lastIndexOf(decimal) + 1),
    ];
    if (whole.includes(decimal) || !grouped(whole, group)) return undefined;
    return { value: Number(`${whole.split(group).join('')}.${fraction}`) };
  }
  const used = dots > 0 ? '.' : commas > 0 ? ',' : undefined;
  if (!used) return { value: Number(digits) };
  if (dots + commas > 1) return grouped(digits, used) ? { value: Number(digits.split(used).join('')) } : undefined;
  const [whole, after] = digits.split(used);
  if (after.length !== 3 || !/^[1-9]\d{0,2}$/.test(whole)) return { value: Number(`${whole || '0'}.${after}`) };
  if (used !== mark) return { value: Number(whole + after) };
  const asGroups = Number(whole + after).toLocaleString('en-US');
  return {
    problem: `"${digits}" is ambiguous: a ${used === '.' ? 'dot' : 'comma'} before three digits is a decimal mark in some countries (${Number(`${whole}.${after}`)}) and a thousands separator in others (${asGroups}); write ${whole}${after} for ${asGroups}, or ${whole}${used}${after}0 for the decimal`,
  };
}

/** `1,234,567` with `group` ','; the first group 1-3 digits, every later group exactly three. */
function grouped(text: string, group: string): boolean {
  const parts = text.split(group);
  return /^\d{1,3}$/.test(parts[0]) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

/**
 * Reads text as a number by the grammar above. `{ value }` when it is one; `{ problem }` when it
 * could be two numbers (the message says which and how to write either); `undefined` when it is
 * not a number at all (the caller's message says what was expected).
 */
export function readNumberText(text: string, mark: DecimalMark = '.'): NumberTextReading | undefined {
  let rest = text.trim();
  const parenthesised = /^\(.*\)$/.test(rest);
  let negative = parenthesised;
  if (parenthesised) rest = rest.slice(1, -1).trim();
  let signs = 0;
  const takeSign = (): void => {
    const sign = /^([-+])\s*/.exec(rest);
    if (!sign) return;
    signs++;
    if (sign[1] === '-') negative = !negative;
    rest = rest.slice(sign[0].length);
  };
  takeSign();
  const currency = CURRENCY.exec(rest);
  if (currency) rest = (rest.slice(0, currency.index) + rest.slice(currency.index + currency[0].length)).trim();
  takeSign();
  if (signs > (parenthesised ? 0 : 1)) return undefined;
  const percent = /\s*%$/.exec(rest);
  if (percent) {
    if (currency) return undefined;
    rest = rest.slice(0, percent.index);
  }
  if (!/\d/.test(rest)) return undefined;
  const reading = readDigits(rest, mark);
  if (!reading || 'problem' in reading) return reading;
  const value = ((negative ? -1 : 1) * reading.value) / (percent ? 100 : 1);
  return Number.isFinite(value) ? { value: value === 0 ? 0 : value } : undefined;
}

/** Reads the decimal mark a CSV implies: a semicolon delimiter is the comma-decimal locale's. */
export const decimalMarkForDelimiter = (delimiter: string): DecimalMark => (delimiter === ';' ? ',' : '.');

/** A list's values as texts, each to be read by `readNumberText` (through its field's reader); or why not. */
export type NumberListReading = { readonly items: readonly string[] } | { readonly problem: string };

const LIST_SEPARATORS = /[;\s\u00a0\u2009\u202f]+/;

/** Splits a list's text by the list grammar above (the values themselves are read by the caller). */
export function readNumberList(text: string): NumberListReading {
  const items = text.split(LIST_SEPARATORS).filter((item) => item !== '');
  if (items.some((item) => item.startsWith(',') || item.endsWith(','))) {
    const fixed = text
      .split(/\s*[,;]\s*|\s+/)
      .filter(Boolean)
      .join('; ');
    return {
      problem: `"${text.trim()}" separates values with a comma, which in a number is a decimal mark or a thousands separator; separate them with semicolons or spaces (${fixed})`,
    };
  }
  return { items };
}
