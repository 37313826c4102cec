// A point exactly on a drawn line: the map draws each segment of a path straight in Web
// Mercator, so the point is interpolated in Mercator, on the segment nearest a hint.
type Position = readonly number[];

const toMercatorY = (latDeg: number): number =>
  Math.log(Math.tan(Math.PI / 4 + (latDeg * Math.PI) / 360));
const fromMercatorY = (y: number): number => (Math.atan(Math.exp(y)) * 360) / Math.PI - 90;

/**
 * The point at fraction `t` (0–1) along the straight Mercator segment from `a` to `b`
 * ([lon, lat] degrees), as [lon, lat] degrees.
 */
export function mercatorLerp(a: Position, b: Position, t: number): [number, number] {
  const [lonA = 0, latA = 0] = a;
  const [lonB = 0, latB = 0] = b;
  const y = toMercatorY(latA) + (toMercatorY(latB) - toMercatorY(latA)) * t;
  return [lonA + (lonB - lonA) * t, fromMercatorY(y)];
}

/**
 * The point of `paths` (MultiLineString coordinates, degrees) on the segment nearest `hint`,
 * at the fraction of that segment nearest the hint; throws on an empty geometry.
 */
export function pointOnPath(
  paths: readonly (readonly Position[])[],
  hint: Position,
): [number, number] {
  let best: { distance: number; point: [number, number] } | undefined;
  for (const path of paths) {
    for (let i = 1; i < path.length; i += 1) {
      const a = path[i - 1];
      const b = path[i];
      if (!a || !b) continue;
      const t = nearestFraction(a, b, hint);
      const point = mercatorLerp(a, b, t);
      const distance = Math.hypot(point[0] - (hint[0] ?? 0), point[1] - (hint[1] ?? 0));
      if (!best || distance < best.distance) best = { distance, point };
    }
  }
  if (!best) throw new Error('pointOnPath: the geometry has no segment');
  return best.point;
}

/** Fraction 0–1 along a→b closest to p, in plain degrees (good enough to choose a spot). */
function nearestFraction(a: Position, b: Position, p: Position): number {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const [px = 0, py = 0] = p;
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  if (lengthSquared === 0) return 0;
  return Math.min(1, Math.max(0, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
}
