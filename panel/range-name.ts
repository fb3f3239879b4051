/**
 * Range names the panel may give an inserted band table, checked before any host is asked, so the
 * user sees why a name is refused beside the field rather than as a host's terse error.
 *
 * The rules are what both hosts accept (a name that works in one workbook keeps working when the
 * file moves between Excel and Sheets):
 * - Sheets (named ranges): letters, digits and underscores only, not starting with a digit, 1 to 250
 *   characters, not TRUE or FALSE, not in A1 or R1C1 form.
 * - Excel (defined names): starts with a letter, _ or \, up to 255 characters, no spaces, not a cell
 *   reference (A1, R1C1, and R or C alone).
 * Dots are fine in Excel but not in Sheets, so they are refused here.
 *
 * This file has no DOM or host API: the Sheets server and the Excel bridge check names with it too.
 */
import type { HostName } from './bridge';

/** Longest name each host takes: Sheets 250, Excel 255 (standalone follows Excel). */
export const MAX_RANGE_NAME_LENGTH: Readonly<Record<HostName, number>> = { sheets: 250, excel: 255, standalone: 255 };

const NAME_CHARACTERS = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** A1 form: one to three column letters, then a row number (Excel's last column is XFD). */
const A1_LIKE = /^[A-Za-z]{1,3}[0-9]+$/;
/** R1C1 form, and the bare R and C Excel reserves for "this row" and "this column". */
const R1C1_LIKE = /^[Rr][0-9]*[Cc][0-9]*$|^[RrCc]$/;

/** Why `name` cannot name a range in `host`, or undefined when it can. The empty name is not checked here. */
export function rangeNameProblem(name: string, host: HostName = 'excel'): string | undefined {
  if (name === '') return undefined;
  const max = MAX_RANGE_NAME_LENGTH[host];
  if (name.length > max) return `a range name has at most ${max} characters; this one has ${name.length}`;
  if (/\s/.test(name)) return `a range name has no spaces: expected letters, digits and _, e.g. ${name.replace(/\s+/g, '_')}`;
  if (/^[0-9]/.test(name)) return `a range name starts with a letter or _, not a digit: e.g. _${name} or Table${name}`;
  if (!NAME_CHARACTERS.test(name)) {
    const bad = [...new Set(name.replace(/[A-Za-z0-9_]/g, ''))].join(' ');
    return `a range name has only letters, digits and _ (both Excel and Sheets accept those): remove ${bad}`;
  }
  if (/^(true|false)$/i.test(name)) return `"${name}" is a logical value, not a name; choose another, e.g. Table_${name}`;
  if (A1_LIKE.test(name) || R1C1_LIKE.test(name)) return `"${name}" reads as a cell reference (like A1 or R1C1); choose another name, e.g. Table_${name}`;
  return undefined;
}
