/**
 * The spelling rules the example files are written with: Excel's saved `_xldudf_AI_NAME(` and the
 * Sheets add-on's `AINAME(`, applied to calls only (never inside a string literal), nested calls
 * included, and a name outside the catalog refused at generation time.
 */
import { rewriteSheet, toStoredFormula } from '../../examples/excel-file';
import { toSheetsFormula } from '../../examples/sheets-file';

describe('Excel saved spelling', () => {
  test('every catalog call, nested or lower-case, becomes _xldudf_AI_NAME; strings and look-alikes stay', () => {
    expect(toStoredFormula('AI.COMPA(AI.BAND(B2:B9,"AI.BAND("),ai.band(1,2))+XAI.BAND(1)+SUM(A1:A2)')).toEqual({
      text: '_xldudf_AI_COMPA(_xldudf_AI_BAND(B2:B9,"AI.BAND("),_xldudf_AI_BAND(1,2))+XAI.BAND(1)+SUM(A1:A2)',
      functions: ['COMPA', 'BAND', 'BAND'],
    });
  });

  test('a name the catalog lacks, or an unclosed string, is refused', () => {
    expect(() => toStoredFormula('AI.NOPE(1)')).toThrow(/AI\.NOPE is not a catalog function/);
    expect(() => toStoredFormula('AI.BAND("x)')).toThrow(/unclosed string/);
  });

  test('a worksheet part: formulas respelled, array formulas marked dynamic with cm="1", text escaped as Excel does', () => {
    const xml =
      '<c r="A1" s="2"><f t="array" ref="A1:A3">AI.BAND(B1:B3,&quot;a&amp;b&quot;)</f><v>1</v></c><c r="C1"><f>SUM(A1:A3)</f><v>3</v></c>';
    expect(rewriteSheet(xml)).toEqual({
      xml: '<c r="A1" s="2" cm="1"><f t="array" ref="A1:A3">_xldudf_AI_BAND(B1:B3,"a&amp;b")</f><v>1</v></c><c r="C1"><f>SUM(A1:A3)</f><v>3</v></c>',
      functions: ['BAND'],
    });
    expect(() => rewriteSheet('<c r="A1"><f>AI.BAND(B1,C1)</f></c>')).toThrow(/must be written as an array formula/);
  });
});

describe('Sheets spelling', () => {
  test('AI.NAME becomes AINAME, bounded column ranges open-ended, strings untouched', () => {
    expect(toSheetsFormula('=AI.PENETRATION(D2:D2101,K2:K2101,AI.BAND(B2:B2101,C2:C2101,"B2:B9"))')).toBe(
      '=AIPENETRATION(D2:D,K2:K,AIBAND(B2:B,C2:C,"B2:B9"))',
    );
    expect(toSheetsFormula('=AI.COMPA(D2:E9,L2)')).toBe('=AICOMPA(D2:E9,L2)');
  });
});
