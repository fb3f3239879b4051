/**
 * No input string reaches a prototype (issue 15 item 4): every name Object.prototype carries, put
 * through every parameter of every catalog function (the other arguments as the function's own
 * example has them), gives a value, a blank or an error value, never a throw. A vesting schedule
 * "constructor" used to throw a TypeError out of both hosts.
 */
import { CATALOG, callByName, isSheetError } from '../../core';
import { exampleValues } from '../../core/examples';
import { parseVestingSchedule } from '../../core/offer/vesting';
import { restoreState } from '../../panel/state';
import { readOffer } from '../../panel/offer-input';
import { fillFromRow } from '../../panel/tracker-row';

const PROTO_NAMES = [...Object.getOwnPropertyNames(Object.prototype), 'prototype', '__proto__ ', ' constructor'];

const isCellLike = (value: unknown): boolean =>
  value === '' ||
  typeof value === 'number' ||
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  isSheetError(value);

const shapeOk = (out: unknown): boolean =>
  Array.isArray(out) ? out.every((row) => Array.isArray(row) && row.every(isCellLike)) : isCellLike(out);

describe('Object.prototype names through every parameter of every function', () => {
  test('the list covers the names that broke things', () => {
    expect(PROTO_NAMES).toEqual(
      expect.arrayContaining([
        'constructor',
        '__proto__',
        'toString',
        'hasOwnProperty',
        'valueOf',
        'isPrototypeOf',
        'propertyIsEnumerable',
        'toLocaleString',
        '__defineGetter__',
      ]),
    );
  });
  for (const spec of CATALOG) {
    test(`AI.${spec.name}`, () => {
      const example = exampleValues(spec);
      for (let i = 0; i < spec.params.length; i++) {
        for (const name of PROTO_NAMES) {
          const args = spec.params.map((_, j) => (j === i ? name : (example[j] ?? null)));
          let out: unknown;
          expect(() => {
            out = callByName(spec.name, args);
          }).not.toThrow();
          if (!shapeOk(out))
            throw new Error(`AI.${spec.name} param ${spec.params[i].name} = "${name}" gave ${String(out)}`);
        }
      }
    });
  }
  test('a schedule named after a prototype member is #VALUE! listing the forms, in the model too', () => {
    for (const name of PROTO_NAMES) {
      const schedule = parseVestingSchedule(name, 'Vesting schedule');
      expect(isSheetError(schedule)).toBe(true);
    }
  });
  test('saved panel state and tracker headers holding those names neither throw nor pollute', () => {
    for (const name of PROTO_NAMES) {
      const state = restoreState(
        JSON.parse(
          `{"offers":[{"label":"x","base":"1","schedule":${JSON.stringify(name)},"companyType":${JSON.stringify(name)}}],"${name.trim()}":1}`,
        ),
      );
      expect(() => state.offers.map(readOffer)).not.toThrow();
      expect(() => fillFromRow({ [name]: '100', Base: name })).not.toThrow();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
