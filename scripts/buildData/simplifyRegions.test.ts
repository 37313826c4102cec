import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { rfc7946Problems } from './rfc7946';
import { protectRings, simplifyRegions } from './simplifyRegions';

/** A wiggly shared border between two squares, clockwise outer rings on purpose. */
function pair(): { id: string; geometry: MultiPolygon }[] {
  const border = Array.from({ length: 41 }, (_, i) => [1 + 0.001 * Math.sin(i), i / 40]);
  const west = [[0, 0], [0, 1], ...[...border].reverse(), [0, 0]];
  const east = [...border, [2, 1], [2, 0], border[0] ?? [1, 0]];
  return [
    { id: 'W', geometry: { type: 'MultiPolygon', coordinates: [[west]] } },
    { id: 'E', geometry: { type: 'MultiPolygon', coordinates: [[east]] } },
  ];
}

describe('simplifyRegions', () => {
  it('drops detail but leaves neighbours the very same border', () => {
    const [west, east] = simplifyRegions(pair(), 1e-4);
    const points = (g?: MultiPolygon) => new Set(g?.coordinates.flat(2).map((p) => p.join()));
    const w = points(west?.geometry);
    const e = points(east?.geometry);
    expect(w.size).toBeLessThan(30);
    const shared = [...w].filter((p) => e.has(p));
    const onBorder = [...w].filter((p) => Math.abs(Number(p.split(',')[0]) - 1) < 0.01);
    expect(shared.sort()).toEqual(onBorder.sort());
  });

  it('writes valid right-hand polygons', () => {
    for (const region of simplifyRegions(pair(), 1e-4))
      expect(rfc7946Problems(region.geometry)).toEqual([]);
  });

  it('keeps an island ring as at least a triangle', () => {
    const arc: [number, number, number][] = [
      [0, 0, Infinity],
      [1, 0, 0.1],
      [1, 1, 0.3],
      [0, 1, 0.2],
      [0, 0, Infinity],
    ];
    protectRings([arc]);
    expect(arc.filter((p) => p[2] === Infinity)).toHaveLength(4);
    expect(arc[1]?.[2]).toBe(0.1);
  });
});
