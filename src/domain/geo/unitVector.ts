// Points on the unit sphere as 3-vectors: the representation in which great-circle arcs are
// planes through the origin, so point-to-arc distances need no projection.

const RAD = Math.PI / 180;

/** Writes the unit vector of lon/lat (degrees) into `out` at `offset` (x, y, z). */
export function unitVector(
  lon: number,
  lat: number,
  out: Float64Array | number[] = new Float64Array(3),
  offset = 0,
): Float64Array | number[] {
  const cosLat = Math.cos(lat * RAD);
  out[offset] = cosLat * Math.cos(lon * RAD);
  out[offset + 1] = cosLat * Math.sin(lon * RAD);
  out[offset + 2] = Math.sin(lat * RAD);
  return out;
}
