// Checks that each point lies in the region its source row names. Simplified outlines put some
// shore and border sites just outside: within the tolerance they are kept and flagged with the
// distance; farther than that the build fails, because the row or the outline is wrong.
import { booleanPointInPolygon } from '@turf/turf';
import type { LineString, MultiPolygon, Point, Position } from 'geojson';
import type { AtlasFeature } from './geometry';
import { outlineDistanceKm } from './outlineDistanceKm';
import { roundTo } from './round';

/** Largest distance (km) a point may lie outside its named region. */
export const OUTSIDE_TOLERANCE_KM = 30;

export type RegionGeometries = ReadonlyMap<string, MultiPolygon>;

/** 0 when the position is inside the region, else its distance to the region in km. */
export function distanceOutsideKm(position: Position, region: MultiPolygon): number {
  if (booleanPointInPolygon(position, region)) return 0;
  return Math.max(0, outlineDistanceKm(position, region));
}

function outsideKm(
  position: Position,
  regionIds: readonly string[],
  regions: RegionGeometries,
  where: string,
): number {
  const distances = regionIds.map((id) => {
    const region = regions.get(id);
    if (!region) throw new Error(`${where}: unknown region ${id}`);
    return distanceOutsideKm(position, region);
  });
  if (distances.length === 0) throw new Error(`${where}: names no region`);
  return Math.min(...distances);
}

/** The flag value: km rounded to 0.01, never 0 for a point that is outside. */
function flagKm(km: number): number {
  return km === 0 ? 0 : Math.max(0.01, roundTo(km, 2));
}

function regionIdsOf(properties: Record<string, unknown>): string[] {
  if (typeof properties.region_id === 'string') return [properties.region_id];
  return Array.isArray(properties.region_ids) ? properties.region_ids.map(String) : [];
}

function check(km: number, where: string, errors: string[]): void {
  if (km > OUTSIDE_TOLERANCE_KM) errors.push(`${where}: ${km.toFixed(1)} km outside its region`);
}

/**
 * Points with `outside_region_km` added where they lie outside their region (`region_id`, or any of
 * `region_ids`). Throws listing every point farther out than OUTSIDE_TOLERANCE_KM.
 */
export function flagPoints(
  layer: string,
  features: readonly AtlasFeature<Point>[],
  regions: RegionGeometries,
): AtlasFeature<Point>[] {
  const errors: string[] = [];
  const out = features.map((f) => {
    const where = `${layer} ${String(f.properties.id)}`;
    const km = outsideKm(f.geometry.coordinates, regionIdsOf(f.properties), regions, where);
    check(km, where, errors);
    return km === 0 ? f : { ...f, properties: { ...f.properties, outside_region_km: flagKm(km) } };
  });
  if (errors.length > 0) throw new Error(`points outside their regions:\n${errors.join('\n')}`);
  return out;
}

/** Lines with `end_outside_region_km` [start, end] added where an end lies outside its `end_region_ids`. */
export function flagLineEnds(
  layer: string,
  features: readonly AtlasFeature<LineString>[],
  regions: RegionGeometries,
): AtlasFeature<LineString>[] {
  const errors: string[] = [];
  const out = features.map((f) => {
    const where = `${layer} ${String(f.properties.id)}`;
    const ids = f.properties.end_region_ids;
    const coords = f.geometry.coordinates;
    if (!Array.isArray(ids) || ids.length !== 2)
      throw new Error(`${where}: needs two end_region_ids`);
    const ends = [coords[0], coords[coords.length - 1]].map((p, i) => {
      if (!p) throw new Error(`${where}: empty line`);
      const km = outsideKm(p, [String(ids[i])], regions, `${where} ${i === 0 ? 'start' : 'end'}`);
      check(km, `${where} ${i === 0 ? 'start' : 'end'}`, errors);
      return flagKm(km);
    });
    return ends.every((km) => km === 0)
      ? f
      : { ...f, properties: { ...f.properties, end_outside_region_km: ends } };
  });
  if (errors.length > 0) throw new Error(`line ends outside their regions:\n${errors.join('\n')}`);
  return out;
}
