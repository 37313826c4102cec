import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SITE_STATUSES, WIND_STATUSES, type AtlasRecord } from '../atlas';
import type { VintageSettings } from './asOf';
import { lifecyclePhase } from './lifecycle';
import { isPresent } from './presence';
import { passesFilter, vintageFilterRange, vintageFilterValue } from './vintageFilter';

const LATEST = 2025;
const startYear = fc.option(fc.integer({ min: 1990, max: LATEST }), { nil: undefined });

/** A data centre or wind phase of any status, dated or not, retired or not. */
const recordArb: fc.Arbitrary<AtlasRecord> = fc
  .record({
    status: fc.constantFrom(...SITE_STATUSES, ...WIND_STATUSES),
    startYear,
    retireAfter: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
  })
  .map(({ status, startYear: start, retireAfter }) => {
    const base = { id: 'x', name: 'x', source: 's', approx: false, position: [0, 0] as const };
    const retireYear = retireAfter === undefined ? undefined : (start ?? 2000) + retireAfter;
    return {
      ...base,
      status,
      startYear: start,
      retireYear,
      kind: 'other',
    } as unknown as AtlasRecord;
  });

const settingsArb: fc.Arbitrary<VintageSettings> = fc.record({
  asOf: fc.oneof(
    fc.constant({ kind: 'all' as const }),
    fc.constant({ kind: 'pipeline' as const }),
    fc.integer({ min: 2000, max: LATEST }).map((year) => ({ kind: 'year' as const, year })),
  ),
  includeUnknownYear: fc.boolean(),
});

describe('the as-of rule', () => {
  it('is what the GPU filter computes: the feature’s two codes inside the view’s range', () => {
    fc.assert(
      fc.property(recordArb, settingsArb, (record, settings) => {
        const drawn = passesFilter(
          vintageFilterValue(record),
          vintageFilterRange(settings, LATEST),
        );
        expect(drawn).toBe(isPresent(record, settings, LATEST));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a feature built by a year in every later year until it is retired', () => {
    fc.assert(
      fc.property(
        recordArb,
        fc.integer({ min: 2000, max: 2030 }),
        fc.boolean(),
        (record, y, unknown) => {
          const at = (year: number) =>
            isPresent(
              record,
              { asOf: { kind: 'year', year }, includeUnknownYear: unknown },
              LATEST,
            );
          if (!at(y)) return;
          for (let later = y + 1; later <= y + 10; later++) {
            const retired = record.retireYear !== undefined && record.retireYear <= later;
            expect(at(later)).toBe(!retired);
          }
        },
      ),
    );
  });

  it('never shows a pipeline or abandoned feature in a year, and shows the year-unknown bucket only when asked', () => {
    fc.assert(
      fc.property(recordArb, fc.integer({ min: 2000, max: 2030 }), (record, year) => {
        const inYear = (includeUnknownYear: boolean) =>
          isPresent(record, { asOf: { kind: 'year', year }, includeUnknownYear }, LATEST);
        if (lifecyclePhase(record) !== 'built') expect(inYear(true) || inYear(false)).toBe(false);
        else if (record.startYear === undefined)
          expect([inYear(true), inYear(false)]).toEqual([
            !(record.retireYear !== undefined && record.retireYear <= year),
            false,
          ]);
      }),
    );
  });
});
