// Distance from a point outside a (Multi)Polygon to its outline, in km, equal to turf's geodesic
// pointToPolygonDistance but far faster: a planar pass picks the few segments that can be nearest,
// and only those get turf's exact per-segment distance (same arithmetic, so the same number).
import { lineString, pointToLineDistance } from '@turf/turf';
import type { MultiPolygon, Position } from 'geojson';

/** Km per degree of latitude, and of longitude at the equator (WGS84 mean, for the planar pass). */
const KM_PER_DEG = 111.2;

/**
 * A segment is re-measured exactly when its planar distance is within this factor (plus
 * SLACK_KM) of the planar minimum. The planar pass errs by well under 10 % within 2,000 km of the
 * point, so the exact nearest segment is always among those re-measured.
 */
const FACTOR = 1.1;
const SLACK_KM = 1;

function planarKm(p: Position, a: Position, b: Position, kx: number): number {
  const ax = (a[0]! - p[0]!) * kx;
  const ay = (a[1]! - p[1]!) * KM_PER_DEG;
  const dx = (b[0]! - a[0]!) * kx;
  const dy = (b[1]! - a[1]!) * KM_PER_DEG;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/**
 * Great-circle km from `position` to the nearest point of the outline (every ring) of `region`.
 * For a position outside the region this is turf's pointToPolygonDistance.
 */
export function outlineDistanceKm(position: Position, region: MultiPolygon): number {
  const kx = KM_PER_DEG * Math.cos(((position[1] ?? 0) * Math.PI) / 180);
  const segments: { a: Position; b: Position; km: number }[] = [];
  let planarMin = Infinity;
  for (const polygon of region.coordinates) {
    for (const ring of polygon) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i]!;
        const b = ring[i + 1]!;
        const km = planarKm(position, a, b, kx);
        segments.push({ a, b, km });
        if (km < planarMin) planarMin = km;
      }
    }
  }
  const limit = planarMin * FACTOR + SLACK_KM;
  let best = Infinity;
  for (const { a, b, km } of segments) {
    if (km > limit) continue;
    const exact = pointToLineDistance(position, lineString([a, b]), { units: 'kilometers' });
    if (exact < best) best = exact;
  }
  return best;
}
