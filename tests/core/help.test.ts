/**
 * Issue 19: what the hosts show of each function's help. Excel's Function Arguments dialog shows 255
 * characters of a description, whose first line is the summary: it must fit, and make sense alone.
 * An example whose numbers are not sourced figures says its inputs are illustrations.
 */
import { CATALOG, functionDoc, jsdocLines } from '../../core';
import { exampleLabel } from '../../core/help';

describe('help text', () => {
  test.each(CATALOG.map((spec) => [spec.name, spec]))(
    '%s: the first description line fits 255 characters and stands alone',
    (_name, spec) => {
      for (const host of ['excel', 'sheets'] as const) {
        const first = jsdocLines(functionDoc(spec, host), host)[1].replace(/^ \* /, '');
        expect(first.length).toBeLessThanOrEqual(255);
        expect(first).toMatch(/^[A-Z0-9].*[.)]$/);
        expect(first).not.toMatch(/\b(below|above|as follows|see the example)\s*[.:]?$/i);
      }
    },
  );
  test('an example with made-up numbers says so; one built from sourced figures says that', () => {
    const byName = new Map(CATALOG.map((s) => [s.name, s]));
    expect(exampleLabel(byName.get('LOCALBAND')!)).toBe('Example (illustrative inputs, not benchmarks)');
    expect(exampleLabel(byName.get('LOADED')!)).toBe('Example (illustrative inputs, not benchmarks)');
    expect(exampleLabel(byName.get('HOURLY')!)).toBe('Example (sourced figures)');
    expect(exampleLabel(byName.get('BAND')!)).toBe('Example');
    expect(jsdocLines(functionDoc(byName.get('LOCALBAND')!, 'excel'), 'excel')[2]).toMatch(
      /^ \* Example \(illustrative inputs, not benchmarks\): =AI\.LOCALBAND\(2400000,/,
    );
  });
});
