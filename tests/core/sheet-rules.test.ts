/**
 * Spreadsheet rules in one module (core/sheet-rules.ts), checked against what each host does:
 * names, A1 letters, the formula guard, error codes and range names.
 */
import {
  CATALOG,
  columnLetters,
  errorCode,
  errorKindOfCode,
  excelName,
  guardFormulaText,
  headerRecord,
  parseErrorText,
  rangeNameProblem,
  sheetsName,
  spellFormula,
} from '../../core';

describe('host spelling', () => {
  test('every catalog name: AI.NAME in Excel, AINAME in Sheets, and spellFormula agrees with sheetsName', () => {
    for (const spec of CATALOG) {
      expect(spellFormula(`=${excelName(spec)}(1)`, 'sheets')).toBe(`=${sheetsName(spec)}(1)`);
      expect(spellFormula(`=${excelName(spec)}(1)`, 'excel')).toBe(`=${excelName(spec)}(1)`);
    }
  });
  test('a dotted name loses every dot in Sheets (the copies disagreed: AIX.Y vs AIXY); text in quotes is kept', () => {
    expect(sheetsName({ name: 'X.Y' })).toBe('AIXY');
    expect(spellFormula('=AI.X.Y(1)+AI.BAND("AI.BAND",B2)', 'sheets')).toBe('=AIXY(1)+AIBAND("AI.BAND",B2)');
    expect(spellFormula('=NOTAI.BAND(1)', 'sheets')).toBe('=NOTAI.BAND(1)');
  });
});

describe('A1 column letters from a 0-based index (the Sheets server subtracts 1 from Apps Script columns)', () => {
  test.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('%i is %s', (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
  });
});

describe('formula guard and error codes', () => {
  test.each(['=1+1', '+1', '-1', '@SUM(A1)'])('%s stays text', (text) =>
    expect(guardFormulaText(text)).toBe(`'${text}`),
  );
  test('plain text is unchanged', () => expect(guardFormulaText('LLMOps')).toBe('LLMOps'));
  test('kind <-> code, both ways, the same in every host', () => {
    for (const kind of ['NA', 'VALUE', 'NUM'] as const) expect(errorKindOfCode(errorCode(kind))).toBe(kind);
    expect(errorKindOfCode('#DIV/0!')).toBe('NUM');
    expect(errorKindOfCode('#REF!')).toBe('VALUE');
    expect(parseErrorText('#DIV/0!')!.kind).toBe('NUM');
  });
  test('range names both hosts accept', () => {
    expect(rangeNameProblem('MyBands')).toBeUndefined();
    expect(rangeNameProblem('A1')).toContain('cell reference');
    expect(rangeNameProblem('my.bands', 'sheets')).toContain('remove .');
  });
});

describe('headerRecord: a tracker row the same in every host', () => {
  test('blank headers are left out; a repeated header keeps its first column and names the later one', () => {
    const record = headerRecord(['Base', '', 'Base', ' Sign-on '], [1, 2, 3, 4], 2);
    expect(record).toEqual({ Base: 1, 'Base (column E)': 3, 'Sign-on': 4 });
  });
  test('a header that is an Object.prototype name is a column like any other', () => {
    const record = headerRecord(['__proto__', 'constructor'], ['a', 'b'], 0);
    expect(Object.keys(record)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(record))).toEqual(JSON.parse('{"__proto__":"a","constructor":"b"}'));
  });
});
