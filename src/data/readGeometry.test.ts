import { describe, expect, it } from 'vitest';
import { readLinear, readPoint, readPolygonal } from './readGeometry';
import { deepFreeze } from '../domain/testing/deepFreeze';

const square = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 0],
];

describe('readPoint', () => {
  it('returns [lon, lat] and drops altitude', () => {
    expect(readPoint(deepFreeze({ type: 'Point', coordinates: [106.7, 26.6, 1200] }))).toEqual({
      ok: true,
      value: [106.7, 26.6],
    });
  });

  it('rejects a missing geometry, another type and out-of-range or non-numeric positions', () => {
    expect(readPoint(null)).toEqual({ ok: false, reason: 'geometry is missing' });
    const line = readPoint({ type: 'LineString', coordinates: [square[0], square[1]] });
    expect(line.ok ? '' : line.reason).toContain("geometry type is 'LineString', expected Point");
    for (const coordinates of [[200, 10], [10, -91], ['106', 26], [106], [NaN, 1]]) {
      expect(readPoint({ type: 'Point', coordinates }).ok).toBe(false);
    }
  });
});

describe('readLinear', () => {
  it('normalises a LineString to a one-path MultiLineString', () => {
    const result = readLinear(deepFreeze({ type: 'LineString', coordinates: [square[0], square[1]] }));
    expect(result).toEqual({
      ok: true,
      value: { type: 'MultiLineString', coordinates: [[square[0], square[1]]] },
    });
  });

  it('keeps a MultiLineString and names the bad position of a broken one', () => {
    const good = { type: 'MultiLineString', coordinates: [[square[0], square[1]], [square[1], square[2]]] };
    expect(readLinear(deepFreeze(good))).toEqual({ ok: true, value: good });
    const bad = readLinear({ type: 'MultiLineString', coordinates: [[square[0], square[1]], [square[1], [1, 'x']]] });
    expect(bad.ok ? '' : bad.reason).toContain('coordinates[1][1]');
  });

  it('rejects a path of fewer than two positions', () => {
    const result = readLinear({ type: 'LineString', coordinates: [square[0]] });
    expect(result.ok ? '' : result.reason).toContain('has 1 positions, expected at least 2');
  });
});

describe('readPolygonal', () => {
  it('keeps Polygon and MultiPolygon as they are', () => {
    const polygon = deepFreeze({ type: 'Polygon', coordinates: [square] });
    const multi = deepFreeze({ type: 'MultiPolygon', coordinates: [[square], [square]] });
    expect(readPolygonal(polygon)).toEqual({ ok: true, value: polygon });
    expect(readPolygonal(multi)).toEqual({ ok: true, value: multi });
  });

  it('rejects a ring of three positions and an empty polygon list', () => {
    expect(readPolygonal({ type: 'Polygon', coordinates: [square.slice(0, 3)] }).ok).toBe(false);
    expect(readPolygonal({ type: 'MultiPolygon', coordinates: [] }).ok).toBe(false);
    expect(readPolygonal({ type: 'Point', coordinates: [0, 0] }).ok).toBe(false);
  });
});
