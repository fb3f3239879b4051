/** Random preference stacks for the property tests: up to 4 classes, every term random. */
import fc from 'fast-check';
import { PreferredClass, StackTerms } from '../../../core/equity/waterfall';

const preferredClass: fc.Arbitrary<Omit<PreferredClass, 'name'>> = fc
  .record({
    shares: fc.integer({ min: 1, max: 20_000 }).map((k) => k * 1_000),
    invested: fc.integer({ min: 0, max: 50_000 }).map((k) => k * 1_000),
    multiple: fc.oneof(fc.constantFrom(0, 0.5, 1, 1.5, 2, 3), fc.double({ min: 0, max: 3, noNaN: true })),
    participating: fc.boolean(),
    capOver: fc.option(fc.double({ min: 0, max: 4, noNaN: true }), { nil: undefined }),
    seniority: fc.integer({ min: 1, max: 4 }),
  })
  .map(({ capOver, ...c }) => ({
    ...c,
    cap: c.participating && capOver !== undefined ? c.multiple + capOver : undefined,
  }));

export const stackTerms: fc.Arbitrary<StackTerms> = fc
  .record({
    preferred: fc.array(preferredClass, { minLength: 1, maxLength: 4 }),
    commonShares: fc.integer({ min: 1, max: 40_000 }).map((k) => k * 1_000),
  })
  .map(({ preferred, commonShares }) => ({
    preferred: preferred.map((c, i) => ({ ...c, name: `Class ${i + 1}` })),
    commonShares,
  }));

/** A stack as a user types it: header row, a row per class, common last. */
export function stackGrid(terms: StackTerms): (string | number | null)[][] {
  const hasCap = terms.preferred.some((c) => c.cap !== undefined);
  const header = ['Class', 'Shares', 'Invested', 'Preference multiple', 'Participating', 'Seniority'];
  return [
    hasCap ? [...header, 'Participation cap'] : header,
    ...terms.preferred.map((c) => {
      const row = [c.name, c.shares, c.invested, c.multiple, c.participating ? 'yes' : 'no', c.seniority];
      return hasCap ? [...row, c.cap ?? null] : row;
    }),
    hasCap
      ? ['Common', terms.commonShares, null, null, null, null, null]
      : ['Common', terms.commonShares, null, null, null, null],
  ];
}
