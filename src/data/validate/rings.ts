// Polygon ring repairs and checks in the lon/lat plane: closing, winding (RFC 7946 §3.1.6
// right-hand rule: outer rings anticlockwise, holes clockwise) and self-intersection.
import type { Position2 } from './positions';

export function isClosed(ring: readonly Position2[]): boolean {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return !!first && !!last && first[0] === last[0] && first[1] === last[1];
}

/** Twice the signed area (shoelace, degrees²): positive when the ring runs anticlockwise. */
export function signedArea2(ring: readonly Position2[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    const [x1, y1] = ring[i] as Position2;
    const [x2, y2] = ring[i + 1] as Position2;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

function orientation(a: Position2, b: Position2, c: Position2): number {
  const value = (b[1] - a[1]) * (c[0] - b[0]) - (b[0] - a[0]) * (c[1] - b[1]);
  return value === 0 ? 0 : value > 0 ? 1 : 2;
}

/** Proper crossing of segments ab and cd (touching at a shared end does not count). */
function segmentsCross(a: Position2, b: Position2, c: Position2, d: Position2): boolean {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  return o1 !== o2 && o3 !== o4 && o1 !== 0 && o2 !== 0 && o3 !== 0 && o4 !== 0;
}

/**
 * True when two non-adjacent edges of a closed ring cross (a bow-tie). Edges are swept in order of
 * their west end, so typical rings cost close to n log n rather than n².
 */
export function ringSelfIntersects(ring: readonly Position2[]): boolean {
  const edgeCount = ring.length - 1;
  const order = Array.from({ length: edgeCount }, (_, i) => i);
  const minX = (i: number) => Math.min((ring[i] as Position2)[0], (ring[i + 1] as Position2)[0]);
  const maxX = (i: number) => Math.max((ring[i] as Position2)[0], (ring[i + 1] as Position2)[0]);
  order.sort((i, j) => minX(i) - minX(j));
  for (let k = 0; k < order.length; k += 1) {
    const i = order[k] as number;
    const right = maxX(i);
    for (let m = k + 1; m < order.length; m += 1) {
      const j = order[m] as number;
      if (minX(j) > right) break;
      const gap = Math.abs(i - j);
      if (gap <= 1 || gap === edgeCount - 1) continue;
      const a = ring[i] as Position2;
      const b = ring[i + 1] as Position2;
      if (segmentsCross(a, b, ring[j] as Position2, ring[j + 1] as Position2)) return true;
    }
  }
  return false;
}

/** True when some edge jumps more than 180° of longitude (it crosses the antimeridian). */
export function jumpsAntimeridian(path: readonly Position2[]): boolean {
  for (let i = 0; i + 1 < path.length; i += 1) {
    if (Math.abs((path[i] as Position2)[0] - (path[i + 1] as Position2)[0]) > 180) return true;
  }
  return false;
}
