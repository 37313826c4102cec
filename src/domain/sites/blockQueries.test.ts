// Block-by-block answers equal one index query per cell (the slow, obvious way), on a synthetic
// grid with random points and lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPointIndex } from '../geo/createPointIndex';
import { createSegmentIndex } from '../geo/createSegmentIndex';
import { siteAtlas } from '../testing/siteAtlas';
import { accessNodesByBlocks, nearestPointKm, nearestSegmentKm, sumWithinKm } from './blockQueries';
import { cellBlocks } from './cellBlocks';
import { buildHexGrid } from './hexGrid';
import { createPointSet } from './pointSet';
import { createRadiusIndex } from './radiusIndex';

const grid = buildHexGrid(siteAtlas().regions, 5);
const blocks = cellBlocks(grid);
const lonLat = fc.tuple(
  fc.double({ min: 95, max: 113, noNaN: true }),
  fc.double({ min: 25, max: 39, noNaN: true }),
);
/** Distinct points: two at the same place tie, and ties may be listed in either order. */
const points = fc.uniqueArray(lonLat, {
  minLength: 1,
  maxLength: 25,
  selector: ([lon, lat]) => `${lon},${lat}`,
});
const close = (a: ArrayLike<number>, b: readonly number[]) =>
  b.forEach((value, i) => expect(a[i]).toBeCloseTo(value, 6));

describe('block queries', () => {
  it('keeps every block compact: at most 49 cells within a few tens of km', () => {
    for (let b = 0; b < blocks.count; b++) {
      expect(blocks.start[b + 1]! - blocks.start[b]!).toBeLessThanOrEqual(49);
      expect(blocks.radiusKm[b]).toBeLessThan(80);
    }
  });

  it('finds the nearest point of each cell as a per-cell nearest query does', () => {
    fc.assert(
      fc.property(points, (pts) => {
        const lons = pts.map((p) => p[0]);
        const lats = pts.map((p) => p[1]);
        const index = createPointIndex(lons, lats);
        const expected = Array.from(
          grid.lons,
          (lon, i) => index.nearest(lon, grid.lats[i]!)!.distanceKm,
        );
        close(nearestPointKm(blocks, createPointSet(lons, lats)), expected);
      }),
      { numRuns: 15 },
    );
  });

  it('sums the points within a radius of each cell as a per-cell radius query does', () => {
    fc.assert(
      fc.property(points, fc.double({ min: 5, max: 400, noNaN: true }), (pts, km) => {
        const lons = pts.map((p) => p[0]);
        const lats = pts.map((p) => p[1]);
        const weights = pts.map((_, i) => i + 1);
        const index = createRadiusIndex(lons, lats, weights);
        const expected = Array.from(grid.lons, (lon, i) =>
          index.sumWithinKm(lon, grid.lats[i]!, km),
        );
        close(sumWithinKm(blocks, createPointSet(lons, lats), weights, km), expected);
      }),
      { numRuns: 15 },
    );
  });

  it('finds the nearest line of each cell as the segment index does per cell', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(lonLat, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        (paths) => {
          const index = createSegmentIndex(paths.map((path) => [path.map(([x, y]) => [x, y])]));
          const expected = Array.from(
            grid.lons,
            (lon, i) => index.nearest(lon, grid.lats[i]!)!.distanceKm,
          );
          close(nearestSegmentKm(blocks, index), expected);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('picks the access nodes a per-cell nearestFew picks', () => {
    fc.assert(
      fc.property(points, (pts) => {
        const lons = pts.map((p) => p[0]);
        const lats = pts.map((p) => p[1]);
        const index = createPointIndex(lons, lats);
        const lists = accessNodesByBlocks(blocks, createPointSet(lons, lats), 3, 1.5);
        grid.lons.forEach((lon, i) => {
          const expected = index.nearestFew(lon, grid.lats[i]!, 3, 1.5);
          expect(lists[i]!.map((h) => h.index)).toEqual(expected.map((h) => h.index));
        });
      }),
      { numRuns: 10 },
    );
  });
});
