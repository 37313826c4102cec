import { describe, expect, it } from 'vitest';
import { scoreRegions } from '../score/scoreRegions';
import { DEFAULT_WEIGHTS } from '../score/weightsConfig';
import { TEST_REGISTRY, testMatrix } from '../testing/scoreRegistry';
import { compareScores } from './compareYears';
import { yearSeries } from './yearSeries';

const MANUAL = { ...DEFAULT_WEIGHTS, mode: 'manual' as const, disabledIndicators: [] };
const score = (values: (number | undefined)[][]) =>
  scoreRegions(testMatrix(values), MANUAL, TEST_REGISTRY);
const before = score([
  [1, 1, 10, 10, 100],
  [2, 2, 20, 5, 200],
]);
const after = score([
  [3, 3, 30, 4, 300],
  [2, 2, 20, 5, 200],
]);

describe('compareScores', () => {
  it('gives each region its change of D and rank and the subsystem that moved most', () => {
    const [r1, r2] = compareScores(before, after);
    expect(r1).toMatchObject({ regionId: 'R1', rankBefore: 2, rankAfter: 1, rankChange: 1 });
    expect(r1!.degreeChange).toBeCloseTo(r1!.degreeAfter! - r1!.degreeBefore!, 12);
    expect(r1!.degreeChange!).toBeGreaterThan(0);
    expect(r2).toMatchObject({ regionId: 'R2', rankChange: -1 });
    const largest = Math.max(...Object.values(r1!.subsystemChange).map(Math.abs));
    expect(Math.abs(r1!.subsystemChange[r1!.movedMost!]!)).toBe(largest);
  });

  it('leaves a change missing where either year’s D is missing, never 0', () => {
    const gap = score([
      [undefined, undefined, 10, 10, 100],
      [2, 2, 20, 5, 200],
    ]);
    const [r1] = compareScores(gap, after);
    expect([r1!.degreeBefore, r1!.degreeChange, r1!.rankChange]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('yearSeries', () => {
  it('lists D and every U_k per region in year order', () => {
    const series = yearSeries([2020, 2021], [before, after]);
    expect(series.years).toEqual([2020, 2021]);
    expect(series.regions.R1!.degree).toEqual([
      before.regions[0]!.degree,
      after.regions[0]!.degree,
    ]);
    expect(series.regions.R1!.subsystems.power).toEqual([
      before.regions[0]!.subsystemIndex.power,
      after.regions[0]!.subsystemIndex.power,
    ]);
  });
});
