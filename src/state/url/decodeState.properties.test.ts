import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { constraintProblems } from '../../domain/constraints/constraintProblems';
import { decodeState } from './decodeState';
import { encodeState } from './encodeState';
import { FIELD_CODECS } from './fieldCodecs';
import { normaliseState } from './normaliseState';
import { shareableStateArbitrary } from './testing/shareableStateArbitrary';

const constraintSoup = fc
  .array(
    fc.tuple(
      fc.constantFrom('nf', 'pl', 'lat', 'bb', 'pue', 'st', 'op', 'zz'),
      fc.array(soupValueShort(), { maxLength: 7 }),
    ),
    { maxLength: 5 },
  )
  .map((items) => 'k=' + items.map(([code, args]) => [code, ...args].join(':')).join(';'));
const knownKey = fc.constantFrom(
  'v',
  'map',
  'layers',
  ...Object.values(FIELD_CODECS).map((c) => c.key),
);
const soupValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.stringMatching(/^[-\d.,eE%:NaInfity]{0,30}$/),
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-1e400',
    '1e308',
    '%',
    '%E0%A4%A',
    '<script>alert(1)</script>',
  ),
);
const kvSoup = fc
  .array(fc.tuple(fc.oneof(knownKey, fc.string({ maxLength: 4 })), soupValue), { maxLength: 14 })
  .map((pairs) => '#' + pairs.map(([k, v]) => `${k}=${v}`).join('&'));
const anyHash = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  kvSoup,
  fc.tuple(kvSoup, constraintSoup).map(([soup, k]) => `${soup}&${k}`),
);

function soupValueShort() {
  return fc.oneof(
    fc.stringMatching(/^[-\d.,a-z_%]{0,12}$/),
    fc.constantFrom('1e308', 'NaN', 'any', 'o', 'r', 'operating', ''),
  );
}

describe('the URL codec, for any input', () => {
  it('decodes what it encoded to the very same state', () => {
    fc.assert(
      fc.property(shareableStateArbitrary, (state) => {
        const { state: decoded, notices } = decodeState(encodeState(state));
        expect(decoded).toEqual(state);
        expect(notices).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('decodes any string without throwing, to a state that is valid', () => {
    fc.assert(
      fc.property(anyHash, (hash) => {
        const { state } = decodeState(hash);
        expect(normaliseState(state)).toEqual(state);
        for (const constraint of state.constraints)
          expect(constraintProblems(constraint)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('is stable after one round: encode(decode(x)) survives another decode and encode', () => {
    fc.assert(
      fc.property(anyHash, (hash) => {
        const once = encodeState(decodeState(hash).state);
        const twice = decodeState(once);
        expect(encodeState(twice.state)).toBe(once);
        expect(twice.notices).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('writes only the characters a URL fragment keeps as they are', () => {
    fc.assert(
      fc.property(shareableStateArbitrary, (state) => {
        expect(encodeState(state)).toMatch(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]*$/);
      }),
    );
  });
});
