import { describe, expect, it } from 'vitest';
import { siteAtlas } from '../testing/siteAtlas';
import { buildHexGrid } from './hexGrid';
import { percentileOf } from './percentileOf';
import { rollUpToRegions } from './rollUpToRegions';
import { INCOMPLETE, SCORED, type CellScores } from './scoreCells';
import { validateSites } from './validateSites';

const grid = buildHexGrid(siteAtlas().regions, 5);
const n = grid.cellIds.length;
/** Scores rise from west to east: 0 at 100° E, 100 at 108° E; cells at 103–103.5° E incomplete. */
const gap = (lon: number) => lon >= 103 && lon < 103.5;
const scored: CellScores = {
  scores: Float32Array.from(grid.lons, (lon) => (gap(lon) ? NaN : ((lon - 100) / 8) * 100)),
  status: Uint8Array.from(grid.lons, (lon) => (gap(lon) ? INCOMPLETE : SCORED)),
  counts: { scored: n, masked: 0, incomplete: 0 },
  terms: [],
};

describe('validateSites', () => {
  const validation = validateSites(
    grid,
    scored,
    [
      [107.5, 32],
      [100.5, 32],
      [103.2, 32],
      [120, 10],
    ],
    [[107.9, 33]],
  );

  it('counts the points whose cell is in the top decile, over those placed on a scored cell', () => {
    expect(validation.dataCentres).toEqual({ inTopDecile: 1, placed: 2, total: 4 });
    expect(validation.clusters).toEqual({ inTopDecile: 1, placed: 1, total: 1 });
  });

  it('draws a supply curve that starts at the scored area and never rises', () => {
    const total = grid.areaKm2.reduce(
      (sum, a, i) => sum + (scored.status[i] === SCORED ? a : 0),
      0,
    );
    expect(validation.supplyKm2[0]).toBeCloseTo(total, 3);
    for (let s = 1; s <= 100; s++)
      expect(validation.supplyKm2[s]).toBeLessThanOrEqual(validation.supplyKm2[s - 1]!);
    expect(validation.supplyKm2[95]! / total).toBeCloseTo(0.05, 1);
  });

  it('rolls cell scores up to provinces by area: the eastern one scores higher', () => {
    const [west, east] = rollUpToRegions(grid, scored);
    // West: cells at 100–103° and 103.5–104° E (the gap left out), mean longitude ≈ 101.82°.
    expect(west).toBeCloseTo(22.8, 0);
    expect(east).toBeCloseTo(75, 0);
  });

  it('takes the nearest-rank percentile of the finite values only', () => {
    expect(percentileOf([NaN, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentileOf([NaN], 90)).toBeNaN();
  });
});
