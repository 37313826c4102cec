import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { pointFeature, lineFeature } from './geometry';
import { distanceOutsideKm, flagLineEnds, flagPoints } from './regionContainment';

// A 1° square at the equator (about 111 km a side), counter-clockwise.
const square: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ],
  ],
};
const east: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [5, 0],
        [6, 0],
        [6, 1],
        [5, 1],
        [5, 0],
      ],
    ],
  ],
};
const regions = new Map([
  ['R1', square],
  ['R2', east],
]);

describe('regionContainment', () => {
  it('measures 0 inside and the distance to the edge outside', () => {
    expect(distanceOutsideKm([0.5, 0.5], square)).toBe(0);
    expect(distanceOutsideKm([1.1, 0.5], square)).toBeCloseTo(11.1, 0);
  });

  it('leaves inside points alone and flags near ones with their distance', () => {
    const inside = pointFeature({ id: 'a', region_id: 'R1' }, 0.5, 0.5);
    const near = pointFeature({ id: 'b', region_id: 'R1' }, 1.1, 0.5);
    const [a, b] = flagPoints('test', [inside, near], regions);
    expect(a?.properties).not.toHaveProperty('outside_region_km');
    expect(b?.properties.outside_region_km).toBeCloseTo(11.1, 0);
  });

  it('fails loudly on a point farther out than the tolerance or in an unknown region', () => {
    const far = pointFeature({ id: 'c', region_id: 'R1' }, 2, 0.5);
    expect(() => flagPoints('test', [far], regions)).toThrow(/test c: 111\.\d km outside/);
    const lost = pointFeature({ id: 'd', region_id: 'R9' }, 0.5, 0.5);
    expect(() => flagPoints('test', [lost], regions)).toThrow(/unknown region R9/);
  });

  it('accepts a point inside any of several named regions', () => {
    const hub = pointFeature({ id: 'h', region_ids: ['R1', 'R2'] }, 5.5, 0.5);
    expect(flagPoints('test', [hub], regions)[0]?.properties).not.toHaveProperty(
      'outside_region_km',
    );
  });

  it('flags a line whose end lies just outside its named region', () => {
    const line = lineFeature({ id: 'l', end_region_ids: ['R1', 'R1'] }, [
      [0.5, 0.5],
      [1.05, 0.5],
    ]);
    const [flagged] = flagLineEnds('test', [line], regions);
    const ends = flagged?.properties.end_outside_region_km as number[];
    expect(ends[0]).toBe(0);
    expect(ends[1]).toBeCloseTo(5.6, 0);
  });
});
