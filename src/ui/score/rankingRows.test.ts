import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT, nextSort, rankingRows, sortRows } from './rankingRows';
import { testAnalysis, TEST_WEIGHTS } from '../../domain/testing/scoreAnalysis';
import { TEST_REGIONS } from '../../domain/testing/scoreRegions';

const rows = rankingRows(testAnalysis(), TEST_REGIONS, TEST_WEIGHTS, 'en');
const ids = (sorted: readonly { regionId: string }[]) => sorted.map((row) => row.regionId);

describe('rankingRows', () => {
  it('names each region in the current language and carries its rank, D, class and bottleneck', () => {
    const zh = rankingRows(testAnalysis(), TEST_REGIONS, TEST_WEIGHTS, 'zh');
    expect(rows.map((row) => row.name)).toEqual(['Anhui', 'Beijing', 'Chongqing', 'Taiwan']);
    expect(zh[2]!.name).toBe('重庆');
    expect(rows[2]).toMatchObject({ rank: 1, classIndex: 8, labelPosition: [104.5, 30.5] });
    expect(rows[0]!.bottleneck).toBe('power');
    expect(rows[3]!.degree).toBeUndefined();
  });

  it('lists the missing indicators, leaving out the switched-off ones', () => {
    expect(rows[0]!.missing).toEqual(['icc_count']);
    const off = rankingRows(
      testAnalysis(),
      TEST_REGIONS,
      { disabledIndicators: ['icc_count'] },
      'en',
    );
    expect(off[0]!.missing).toEqual([]);
    expect(rows[3]!.missing).toHaveLength(5);
  });
});

describe('sortRows', () => {
  it('sorts by rank by default and puts a region without D last', () => {
    expect(ids(sortRows(rows, DEFAULT_SORT, 'en'))).toEqual(['R3', 'R2', 'R1', 'R4']);
  });

  it('keeps regions without D last when the direction flips', () => {
    const byD = { key: 'degree', direction: 'ascending' } as const;
    expect(ids(sortRows(rows, byD, 'en'))).toEqual(['R1', 'R2', 'R3', 'R4']);
    expect(ids(sortRows(rows, { ...byD, direction: 'descending' }, 'en'))).toEqual([
      'R3',
      'R2',
      'R1',
      'R4',
    ]);
  });

  it('sorts names alphabetically and does not change the input', () => {
    const reversed = [...rows].reverse();
    const sorted = sortRows(reversed, { key: 'name', direction: 'ascending' }, 'en');
    expect(sorted.map((row) => row.name)).toEqual(['Anhui', 'Beijing', 'Chongqing', 'Taiwan']);
    expect(reversed[0]!.regionId).toBe('R4');
  });

  it('breaks ties by rank', () => {
    const sameBottleneck = rows.map((row) => ({ ...row, bottleneck: 'power' as const }));
    const sorted = sortRows(sameBottleneck, { key: 'bottleneck', direction: 'descending' }, 'en');
    expect(ids(sorted)).toEqual(['R3', 'R2', 'R1', 'R4']);
  });
});

describe('nextSort', () => {
  it('flips the direction of the same column and starts D highest first', () => {
    expect(nextSort(DEFAULT_SORT, 'rank')).toEqual({ key: 'rank', direction: 'descending' });
    expect(nextSort(DEFAULT_SORT, 'degree')).toEqual({ key: 'degree', direction: 'descending' });
    expect(nextSort(DEFAULT_SORT, 'name')).toEqual({ key: 'name', direction: 'ascending' });
  });
});

describe('rank ranges in the ranking rows', () => {
  it('carries each region’s rank range from the analysis, and none where it has none', () => {
    const analysis = {
      ...testAnalysis(),
      rankRanges: { R1: { p5: 2, p95: 3, median: 2, topShare: 1 } },
    };
    const [r1, r2] = rankingRows(analysis, TEST_REGIONS, TEST_WEIGHTS, 'en');
    expect(r1?.rankRange).toMatchObject({ p5: 2, p95: 3 });
    expect(r2?.rankRange).toBeUndefined();
  });
});
