// Positions along the great circle between two points (spherical linear interpolation of unit
// vectors), the ends exact: how a proposed line between two places is drawn, as the default
// dataset draws its schematic UHV lines.
import type { LonLat } from '../atlas';
import { unitVector } from './unitVector';

const DEG = 180 / Math.PI;

/**
 * `points` (≥ 2) positions from `from` to `to` along the shorter great-circle arc, evenly spaced;
 * the first and last are `from` and `to` themselves. Antipodal ends fall back to a straight line.
 */
export function greatCirclePath(from: LonLat, to: LonLat, points = 24): LonLat[] {
  const count = Math.max(2, Math.floor(points));
  const a = unitVector(from[0], from[1]);
  const b = unitVector(to[0], to[1]);
  const dot = Math.max(-1, Math.min(1, a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!));
  const angle = Math.acos(dot);
  const path: LonLat[] = [from];
  for (let i = 1; i < count - 1; i++) {
    const t = i / (count - 1);
    if (angle < 1e-12 || Math.sin(angle) < 1e-12) {
      path.push([from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t]);
      continue;
    }
    const wa = Math.sin((1 - t) * angle) / Math.sin(angle);
    const wb = Math.sin(t * angle) / Math.sin(angle);
    const x = wa * a[0]! + wb * b[0]!;
    const y = wa * a[1]! + wb * b[1]!;
    const z = wa * a[2]! + wb * b[2]!;
    path.push([Math.atan2(y, x) * DEG, Math.atan2(z, Math.hypot(x, y)) * DEG]);
  }
  path.push(to);
  return path;
}
