/**
 * Issue 19: every default the catalog applies is answerable by AI.SOURCE(name, , "default"), says
 * whose choice it is, and says where it departs from a source's advice; the stated values are the
 * ones the code applies.
 */
import { callByName, CATALOG, isSheetError } from '../../core';

const call = (name: string, ...args: unknown[]) => callByName(name, args);
const defaultText = (name: string) => call('SOURCE', name, null, 'default');
const plain = (text: string) => text.replace(/"/g, '');

describe('every catalog default says whose choice it is', () => {
  // each parameter with a default in the registry, asked for as "<function> <parameter>"
  const withDefaults = CATALOG.flatMap((spec) =>
    spec.params
      .filter((p) => p.defaultShown !== undefined)
      .map((p) => [`${spec.name.toLowerCase()} ${p.name}`, plain(String(p.defaultShown))] as const),
  );
  test('there are parameters with defaults to ask about', () => {
    expect(withDefaults.length).toBeGreaterThanOrEqual(9);
  });
  // asked as "<function> <parameter>", or by the parameter's own name where one default serves every
  // function that takes it ("signOn")
  test.each(withDefaults)('%s', (name, shown) => {
    const byFunction = defaultText(name);
    const text = isSheetError(byFunction) ? defaultText(name.split(' ')[1]) : byFunction;
    expect(isSheetError(text)).toBe(false);
    expect(text).toMatch(/^our choice(, following [^:]+)?: the .+ defaults to /);
    expect(plain(text as string)).toContain(`defaults to ${shown}`);
  });
  test.each([
    ['exitvalue years', /defaults to 0 \(no discounting\)/],
    ['offer years', /the horizon defaults to 4 years/],
    ['band source', /defaults to AI Tech Connect 2026/],
    ['hours', /^our choice, following Payscale's article, whose own conversions/],
    ['age method', /^our choice: the ageing method \(AI\.AGE\) defaults to compound\. No source says/],
    ['range convention', /^our choice: the spread convention \(AI\.RANGE\) defaults to over-min/],
  ])('%s', (name, expected) => {
    expect(defaultText(name)).toMatch(expected);
  });
  test('a blank payout history counts the bonus at target, and says that is the opposite of the source', () => {
    expect(defaultText('bonus payout')).toMatch(
      /defaults to 100% of the target\..* Departs from a source: This is the opposite of the source's advice: AI Tech Connect \(2026\) says to use the actual payout history, not the target/,
    );
    expect(call('BONUS', 100000, 0.2)).toBe(call('BONUS', 100000, 0.2, 1));
  });
  test('the stated values are the ones the code applies', () => {
    expect(call('HOURLY', 208000)).toBe(100);
    expect(call('EXITVALUE', 100, 1, 3, 1)).toBe(call('EXITVALUE', 100, 1, 3, 1, 0, 0));
    expect(call('AGE', 100, 1, 800, 0.1)).toBe(call('AGE', 100, 1, 800, 0.1, 'compound'));
    expect(call('AGE', 100, 1, 800, 0.1)).not.toBe(call('AGE', 100, 1, 800, 0.1, 'simple'));
    expect(call('RANGE', 100, 0.5)).toEqual(call('RANGE', 100, 0.5, 'over-min'));
  });
});
