// Fuzzing: valid GeoJSON mutated at random (characters deleted or inserted, coordinates replaced by
// arbitrary JSON values) must never make the validator throw, and must always give a sound report.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateGeoJson } from '../../src/data/validate/validateGeoJson';
import { collection, feature, square, text, VALID_POINTS, VALID_POLYGONS } from './fixtures';
import { reportProblems } from './reportInvariants';

const OPTIONS = { maxBytes: 1024 * 1024 };
const SOURCES = [
  text(VALID_POINTS),
  text(VALID_POLYGONS),
  text(
    collection(
      feature(
        {
          type: 'LineString',
          coordinates: [
            [100, 30],
            [101, 31],
            [102, 30],
          ],
        },
        { id: 'l' },
      ),
    ),
  ),
];

const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 8 }),
  insert: fc.string({
    maxLength: 6,
    unit: fc.constantFrom(...'{}[],:"0123456789.-eE nultrfaNI\\'),
  }),
});

function applyEdits(
  source: string,
  edits: { at: number; remove: number; insert: string }[],
): string {
  return edits.reduce((current, { at, remove, insert }) => {
    const index = at % (current.length + 1);
    return current.slice(0, index) + insert + current.slice(index + remove);
  }, source);
}

function sound(input: string): string[] {
  return reportProblems(validateGeoJson(input, OPTIONS));
}

describe('validateGeoJson under fuzzing', () => {
  it('never throws and reports soundly when characters are deleted or inserted', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SOURCES),
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        (source, edits) => {
          expect(sound(applyEdits(source, edits))).toEqual([]);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('never throws and reports soundly when coordinates are replaced by any JSON value', () => {
    const replacement = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      fc.array(fc.oneof(fc.double(), fc.integer(), fc.constant(null)), { maxLength: 5 }),
      fc.array(fc.array(fc.double(), { maxLength: 4 }), { maxLength: 6 }),
    );
    fc.assert(
      fc.property(
        fc.array(replacement, { minLength: 1, maxLength: 4 }),
        fc.nat(),
        (values, pick) => {
          const features = values.map((coordinates, i) =>
            feature(
              {
                type: ['Point', 'LineString', 'Polygon', 'MultiPolygon'][(pick + i) % 4],
                coordinates,
              },
              { id: `f${i}` },
            ),
          );
          expect(
            sound(
              text(
                collection(
                  ...features,
                  feature({ type: 'Polygon', coordinates: [square(100, 30)] }),
                ),
              ),
            ),
          ).toEqual([]);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('never throws on arbitrary JSON documents', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expect(sound(JSON.stringify(value) ?? '')).toEqual([]);
      }),
      { numRuns: 800 },
    );
  });
});
