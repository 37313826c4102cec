// Small local-plane distance helpers for the region index: point-to-segment distance and the
// degree box around a point, both on the sphere of src/domain/geo/haversineKm.ts.
import { EARTH_RADIUS_KM } from '../geo/haversineKm';

const RAD = Math.PI / 180;

/** Distance in km from point P to segment AB, in a local equirectangular plane around P
 * (accurate to well under 1% for the tolerances of tens of km it is used for). */
export function pointToSegmentKm(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const kmPerDegLat = EARTH_RADIUS_KM * RAD;
  const kmPerDegLon = kmPerDegLat * Math.cos(py * RAD);
  const x1 = (ax - px) * kmPerDegLon;
  const y1 = (ay - py) * kmPerDegLat;
  const x2 = (bx - px) * kmPerDegLon;
  const y2 = (by - py) * kmPerDegLat;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(x1 * dx + y1 * dy) / lengthSquared));
  return Math.hypot(x1 + t * dx, y1 + t * dy);
}

/** Degrees of longitude and latitude that cover at least `km` around latitude `lat`. */
export function kmToDegrees(km: number, lat: number): { dLon: number; dLat: number } {
  const dLat = km / (EARTH_RADIUS_KM * RAD);
  const cos = Math.max(0.01, Math.cos(Math.min(89, Math.abs(lat) + dLat) * RAD));
  return { dLon: dLat / cos, dLat };
}
