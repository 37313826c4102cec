import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LonLat } from '../atlas';
import { clusterPointsOnScreen, mercatorPxAtZoom0 } from './clusterPointsOnScreen';

interface Site {
  readonly id: string;
  readonly position: LonLat;
  readonly capacityMw?: number;
  readonly fuel?: string;
}

const site = (id: string, position: LonLat, capacityMw?: number, fuel = 'coal'): Site => ({
  id,
  position,
  capacityMw,
  fuel,
});

/** Screen distance in pixels between two places at a zoom. */
const screenDistance = (a: LonLat, b: LonLat, zoom: number) => {
  const [ax, ay] = mercatorPxAtZoom0(a);
  const [bx, by] = mercatorPxAtZoom0(b);
  return Math.hypot(ax - bx, ay - by) * 2 ** zoom;
};

// Beijing and Langfang (~50 km apart) and Urumqi, far away.
const beijing = site('bj', [116.4, 39.9], 1000);
const langfang = site('lf', [116.7, 39.5], 3000);
const urumqi = site('urc', [87.6, 43.8], 500);

describe('clusterPointsOnScreen', () => {
  it('projects like Web Mercator: the prime meridian and equator at the middle of the world', () => {
    expect(mercatorPxAtZoom0([0, 0])).toEqual([256, 256]);
    const [, north] = mercatorPxAtZoom0([0, 60]);
    expect(north).toBeLessThan(256);
  });

  it('gathers neighbours that would crowd at national zoom, the largest as seed', () => {
    const clusters = clusterPointsOnScreen([beijing, langfang, urumqi], 3.5, 12);
    expect(clusters.map((c) => c.members.map((m) => m.id))).toEqual([['lf', 'bj'], ['urc']]);
    const [both] = clusters;
    expect(both!.capacityMw).toBe(4000);
    // Capacity-weighted centre: three quarters of the way to Langfang.
    expect(both!.position[0]).toBeCloseTo(116.4 + 0.75 * 0.3, 6);
  });

  it('keeps them apart once zoomed in past splitsAtZoom', () => {
    const [both] = clusterPointsOnScreen([beijing, langfang], 3.5, 12);
    const split = both!.splitsAtZoom;
    expect(screenDistance(beijing.position, langfang.position, split)).toBeCloseTo(12, 6);
    expect(clusterPointsOnScreen([beijing, langfang], split + 0.01, 12)).toHaveLength(2);
  });

  it('joins only points of the same group', () => {
    const hydro = site('hy', [116.5, 39.8], 200, 'hydro');
    const clusters = clusterPointsOnScreen([beijing, hydro, langfang], 3.5, 12, (s) => s.fuel!);
    expect(clusters.map((c) => c.members.map((m) => m.id))).toEqual([['lf', 'bj'], ['hy']]);
  });

  it('leaves the capacity undefined, not 0, when no member states one', () => {
    const [cluster] = clusterPointsOnScreen(
      [site('a', [100, 30]), site('b', [100.01, 30])],
      3.5,
      12,
    );
    expect(cluster!.members).toHaveLength(2);
    expect(cluster!.capacityMw).toBeUndefined();
    expect(cluster!.position).toEqual([100.005, 30]);
  });

  it('never splits points that share one place', () => {
    const [cluster] = clusterPointsOnScreen([site('a', [100, 30]), site('b', [100, 30])], 3, 12);
    expect(cluster!.splitsAtZoom).toBe(Infinity);
  });

  it('puts every point in exactly one cluster, within the radius of its seed', () => {
    const lonLat = fc.tuple(fc.double({ min: 73, max: 135 }), fc.double({ min: 18, max: 53 }));
    const points = fc.array(
      fc.record({ position: lonLat, capacityMw: fc.option(fc.nat(5000), { nil: undefined }) }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(points, fc.double({ min: 2, max: 8 }), (list, zoom) => {
        const clusters = clusterPointsOnScreen(list, zoom, 12);
        const members = clusters.flatMap((c) => c.members);
        expect(new Set(members)).toEqual(new Set(list));
        expect(members).toHaveLength(list.length);
        for (const {
          members: [seed, ...rest],
        } of clusters) {
          for (const member of rest) {
            expect(screenDistance(seed!.position, member.position, zoom)).toBeLessThanOrEqual(
              12 + 1e-9,
            );
          }
        }
      }),
    );
  });
});
