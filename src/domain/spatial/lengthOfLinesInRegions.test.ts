import { describe, expect, it } from 'vitest';
import type { MultiLineString } from 'geojson';
import { createRegionIndex } from './createRegionIndex';
import { haversineKmRaw as haversineKm } from '../geo/haversineKm';
import { lengthOfLinesInRegions } from './lengthOfLinesInRegions';
import { linesLandingInRegions } from './linesLandingInRegions';
import { TEST_REGIONS } from '../testing/spatialRegions';

const index = createRegionIndex(TEST_REGIONS);
const line = (...paths: number[][][]) => ({
  geometry: { type: 'MultiLineString', coordinates: paths } as MultiLineString,
});

describe('lengthOfLinesInRegions', () => {
  it('splits a segment at each boundary, hole edges included', () => {
    const { byLine, outsideKm } = lengthOfLinesInRegions(
      [
        line([
          [0.5, 0.5],
          [2.5, 0.5],
        ]),
      ],
      index,
    );
    const kmPerDeg = haversineKm(0, 0.5, 1, 0.5);
    const row = byLine[0]!;
    expect(row.get(0)! / kmPerDeg).toBeCloseTo(0.5, 3);
    expect(row.get(1)! / kmPerDeg).toBeCloseTo(0.8, 3);
    expect(row.get(2)! / kmPerDeg).toBeCloseTo(0.2, 3);
    expect(outsideKm[0]! / kmPerDeg).toBeCloseTo(0.5, 3);
  });

  it('measures a long segment to within 1% of its geodesic length when it lies in one region', () => {
    const { totalKm } = lengthOfLinesInRegions(
      [
        line([
          [0.01, 0.01],
          [0.99, 0.99],
        ]),
      ],
      index,
    );
    const geodesic = haversineKm(0.01, 0.01, 0.99, 0.99);
    expect(Math.abs(totalKm[0]! - geodesic) / geodesic).toBeLessThan(0.01);
  });

  it('adds up every path of a multi-line and totals per region', () => {
    const lines = [
      line(
        [
          [0.1, 0.1],
          [0.2, 0.1],
        ],
        [
          [1.1, 0.1],
          [1.2, 0.1],
        ],
      ),
      line([
        [0.3, 0.3],
        [0.4, 0.3],
      ]),
    ];
    const { byLine, totalKm } = lengthOfLinesInRegions(lines, index);
    expect(byLine[0]!.get(0)).toBeCloseTo(haversineKm(0.1, 0.1, 0.2, 0.1), 6);
    expect(byLine[0]!.get(1)).toBeCloseTo(haversineKm(1.1, 0.1, 1.2, 0.1), 6);
    expect(totalKm[0]).toBeCloseTo(
      haversineKm(0.1, 0.1, 0.2, 0.1) + haversineKm(0.3, 0.3, 0.4, 0.3),
      6,
    );
  });
});

describe('linesLandingInRegions', () => {
  it('lands a line in the regions of its two ends, once when both ends share a region', () => {
    const landings = linesLandingInRegions(
      [
        line([
          [0.5, 0.5],
          [1.2, 0.5],
        ]),
        line([
          [0.2, 0.2],
          [1.5, 1.5],
          [0.8, 0.2],
        ]),
      ],
      index,
      { toleranceKm: 0 },
    );
    expect(landings.map((l) => l.regions)).toEqual([[0, 1], [0]]);
  });

  it('prefers the end regions the source states', () => {
    const stated = {
      ...line([
        [0.5, 0.5],
        [1.2, 0.5],
      ]),
      endRegionIds: ['I', 'E'] as const,
    };
    expect(linesLandingInRegions([stated], index, { toleranceKm: 0 })[0]!.regions).toEqual([2, 1]);
  });
});
