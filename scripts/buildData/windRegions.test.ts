import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { pointFeature } from './geometry';
import { assignWindRegion, assignWindRegions } from './windRegions';

// 1° squares on the equator (about 111 km a side): CN-SH west of CN-JS with a 1° gap of sea between
// them, and CN-XZ far to the east.
const square = (west: number): MultiPolygon => ({
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [west, 0],
        [west + 1, 0],
        [west + 1, 1],
        [west, 1],
        [west, 0],
      ],
    ],
  ],
});
const regions = new Map([
  ['CN-SH', square(0)],
  ['CN-JS', square(2)],
  ['CN-XZ', square(20)],
]);
const KM_PER_DEG = 111.2;

describe('assignWindRegion', () => {
  it('keeps GEM’s province for a point inside it', () => {
    expect(assignWindRegion([0.5, 0.5], 'CN-SH', false, regions)).toEqual({
      kind: 'inside',
      regionId: 'CN-SH',
    });
  });

  it('keeps GEM’s province and the distance for an onshore point up to 30 km outside it', () => {
    const a = assignWindRegion([1 + 20 / KM_PER_DEG, 0.5], 'CN-SH', false, regions);
    expect(a.kind).toBe('outside_kept');
    expect(a.regionId).toBe('CN-SH');
    if (a.kind === 'outside_kept') expect(a.km).toBeCloseTo(20, 0);
  });

  it('moves an onshore point farther than 30 km from GEM’s province to the province containing it', () => {
    expect(assignWindRegion([2.5, 0.5], 'CN-SH', false, regions)).toEqual({
      kind: 'reassigned',
      regionId: 'CN-JS',
      from: 'CN-SH',
    });
  });

  it('takes the nearest province within 30 km when none contains a far point, and fails beyond', () => {
    const a = assignWindRegion([2 - 10 / KM_PER_DEG, 0.5], 'CN-XZ', false, regions);
    expect(a).toMatchObject({ kind: 'reassigned', regionId: 'CN-JS', from: 'CN-XZ' });
    expect(() => assignWindRegion([1.5, 0.5], 'CN-XZ', false, regions)).toThrow(
      /outside CN-XZ, inside no mainland province/,
    );
  });

  it('keeps GEM’s coastal province for an offshore point within 100 km of it, with the distance', () => {
    const a = assignWindRegion([1.8, 0.5], 'CN-SH', true, regions);
    expect(a).toMatchObject({ kind: 'offshore', regionId: 'CN-SH' });
    if (a.kind === 'offshore') expect(a.km).toBeCloseTo(0.8 * KM_PER_DEG, 0);
  });

  it('gives an offshore point beyond 100 km of GEM’s province to the nearest coastal one, or fails', () => {
    const far = assignWindRegion([3.5, -0.5], 'CN-SH', true, regions);
    expect(far).toMatchObject({ kind: 'offshore', regionId: 'CN-JS', from: 'CN-SH' });
    expect(() => assignWindRegion([1.5, -1.5], 'CN-SH', true, regions)).toThrow(
      /offshore, .* km from the nearest coastal province/,
    );
  });
});

describe('assignWindRegions', () => {
  const farm = (id: string, lon: number, lat: number, installation = 'onshore') =>
    pointFeature({ id, region_id: 'CN-SH', installation }, lon, lat);

  it('writes the region and its flags on the feature, after the existing properties', () => {
    const [moved] = assignWindRegions([farm('G1', 2.5, 0.5)], regions, {});
    expect(moved?.feature.properties).toEqual({
      id: 'G1',
      region_id: 'CN-JS',
      installation: 'onshore',
      region_reassigned_from: 'CN-SH',
    });
  });

  it('lists every phase no rule places in one error', () => {
    expect(() =>
      assignWindRegions([farm('G1', 1.5, -1.5, 'offshore'), farm('G2', 1.5, 3)], regions, {}),
    ).toThrow(/G1 \(CN-SH\): offshore[\s\S]*G2 \(CN-SH\)/);
  });

  it('places a listed exception with its reach and flags it, and fails on an exception not needed', () => {
    const far = farm('G1', 1.5, -1.5, 'offshore');
    const exception = { G1: { offshoreReachKm: 200, note: 'latitude looks wrong' } };
    const [placed] = assignWindRegions([far], regions, exception);
    expect(placed?.feature.properties).toMatchObject({
      region_id: 'CN-SH',
      qa_flagged: true,
      qa_note: 'Compute Atlas build: latitude looks wrong',
    });
    expect(() => assignWindRegions([farm('G1', 0.5, 0.5)], regions, exception)).toThrow(
      /exception G1: the rules place it without the exception/,
    );
    expect(() => assignWindRegions([], regions, exception)).toThrow(/exception G1: no such phase/);
  });
});
