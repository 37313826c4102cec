import fc from 'fast-check';
import { latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import type { LonLat } from '../atlas';
import { binPointsByHex } from './binPointsByHex';

const site = (position: LonLat, capacityMw?: number) =>
  Object.freeze({ position: Object.freeze(position), capacityMw });

describe('binPointsByHex', () => {
  it('gathers nearby sites into one bin with their count, summed capacity and weighted centre', () => {
    const bins = binPointsByHex(
      [site([116.0, 40.0], 300), site([116.1, 40.0], 100), site([116.05, 40.05])],
      3,
    );
    expect(bins).toHaveLength(1);
    expect(bins[0]!.cell).toBe(latLngToCell(40.0, 116.0, 3));
    expect(bins[0]!.count).toBe(3);
    expect(bins[0]!.capacityMw).toBe(400);
    // 300 MW at 116.0 and 100 MW at 116.1: three quarters of the way to the larger one.
    expect(bins[0]!.position[0]).toBeCloseTo(116.025, 4);
    expect(bins[0]!.position[1]).toBeCloseTo(40.0, 4);
  });

  it('keeps distant sites apart, and places a bin without capacities at its mean', () => {
    const bins = binPointsByHex(
      [site([87.6, 43.8]), site([87.7, 43.8]), site([121.5, 31.2], 50)],
      3,
    );
    expect(bins.map((bin) => bin.count)).toEqual([2, 1]);
    expect(bins[0]!.capacityMw).toBe(0);
    expect(bins[0]!.position[0]).toBeCloseTo(87.65, 6);
  });

  it('loses no site and no megawatt, at any resolution', () => {
    const point = fc.record({
      position: fc.tuple(
        fc.double({ min: 74, max: 134, noNaN: true }),
        fc.double({ min: 18, max: 53, noNaN: true }),
      ),
      capacityMw: fc.option(fc.double({ min: 0.1, max: 5000, noNaN: true }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(point, { maxLength: 60 }),
        fc.integer({ min: 1, max: 5 }),
        (points, res) => {
          const bins = binPointsByHex(points, res);
          expect(bins.reduce((n, bin) => n + bin.count, 0)).toBe(points.length);
          const total = points.reduce((mw, p) => mw + (p.capacityMw ?? 0), 0);
          expect(bins.reduce((mw, bin) => mw + bin.capacityMw, 0)).toBeCloseTo(total, 6);
          expect(new Set(bins.map((bin) => bin.cell)).size).toBe(bins.length);
        },
      ),
    );
  });
});
