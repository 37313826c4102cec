// The lon/lat box that contains every point within a spherical radius of a centre, so a planar
// index query in degrees can never miss a geodesic neighbour. Assumes nothing crosses ±180°.
import { EARTH_RADIUS_KM } from './haversineKm';

const DEG = 180 / Math.PI;

export type LonLatBox = readonly [west: number, south: number, east: number, north: number];

/** Box (degrees) around lon/lat (degrees) holding the spherical cap of `radiusKm`. */
export function sphericalSearchBox(lon: number, lat: number, radiusKm: number): LonLatBox {
  const angle = radiusKm / EARTH_RADIUS_KM;
  const south = lat - angle * DEG;
  const north = lat + angle * DEG;
  if (angle >= Math.PI / 2 || south <= -90 || north >= 90)
    return [-180, Math.max(-90, south), 180, Math.min(90, north)];
  const sinRatio = Math.sin(angle) / Math.cos((lat * Math.PI) / 180);
  if (sinRatio >= 1) return [-180, south, 180, north];
  const halfWidth = Math.asin(sinRatio) * DEG;
  return [lon - halfWidth, south, lon + halfWidth, north];
}
