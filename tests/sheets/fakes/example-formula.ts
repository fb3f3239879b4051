/**
 * Reads the arguments of a catalog example (`=AI.OFFER(200000, 0.15, {0.8,1}, ...)`) as Sheets
 * would hand them to the custom function: strings and numbers as scalars, an array literal as a
 * 2-D array (`,` between columns, `;` between rows), `DATE(y,m,d)` as a Date at local midnight
 * (made by `makeDate`, so a test can make it in the add-on's realm), and a nested catalog call as
 * its value. A cell reference has no value here: the parser answers undefined, and the test gives
 * that function its own sample.
 */
export type Arg = unknown;

export interface FormulaContext {
  makeDate(year: number, month: number, day: number): Date;
  call(name: string, args: Arg[]): unknown;
}

export function exampleArguments(formula: string, context: FormulaContext): Arg[] | undefined {
  const text = formula.trim().replace(/^=/, '');
  let pos = 0;
  const fail = (): never => { throw new Error('unsupported'); };
  const skip = () => { while (text[pos] === ' ') pos++; };

  function value(): Arg {
    skip();
    const ch = text[pos];
    if (ch === '"') {
      let out = '';
      pos++;
      while (pos < text.length) {
        if (text[pos] === '"' && text[pos + 1] === '"') { out += '"'; pos += 2; continue; }
        if (text[pos] === '"') { pos++; return out; }
        out += text[pos++];
      }
      return fail();
    }
    if (ch === '{') {
      pos++;
      const rows: Arg[][] = [[]];
      for (;;) {
        rows[rows.length - 1].push(value());
        skip();
        const sep = text[pos++];
        if (sep === ',') continue;
        if (sep === ';') { rows.push([]); continue; }
        if (sep === '}') return rows;
        return fail();
      }
    }
    const number = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?/.exec(text.slice(pos));
    if (number) { pos += number[0].length; return Number(number[0]); }
    const name = /^[A-Za-z][A-Za-z0-9.]*/.exec(text.slice(pos));
    if (!name) return fail();
    pos += name[0].length;
    skip();
    if (/^(TRUE|FALSE)$/i.test(name[0]) && text[pos] !== '(') return /^TRUE$/i.test(name[0]);
    if (text[pos] !== '(') return fail(); // a cell reference or a named range
    const args = list();
    if (/^DATE$/i.test(name[0])) return context.makeDate(args[0] as number, args[1] as number, args[2] as number);
    if (/^AI\./.test(name[0])) return context.call(name[0].slice(3), args);
    return fail();
  }

  function list(): Arg[] {
    pos++; // (
    const args: Arg[] = [];
    skip();
    if (text[pos] === ')') { pos++; return args; }
    for (;;) {
      args.push(value());
      skip();
      const sep = text[pos++];
      if (sep === ',') continue;
      if (sep === ')') return args;
      return fail();
    }
  }

  try {
    const head = /^[A-Za-z][A-Za-z0-9.]*/.exec(text);
    if (!head) return undefined;
    pos = head[0].length;
    skip();
    if (text[pos] !== '(') return undefined;
    const args = list();
    return pos === text.length ? args : undefined;
  } catch {
    return undefined;
  }
}
