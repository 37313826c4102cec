// The area of a small lon/lat polygon in km², on a local equirectangular projection at its mean
// latitude: within 0.1 % of the spherical area for cells of a few hundred km².
import { EARTH_RADIUS_KM } from '../geo/haversineKm';

const RAD = Math.PI / 180;

/** Area in km² of a closed or open ring of [lon, lat] degrees (shoelace on the local plane). */
export function outlineAreaKm2(ring: readonly (readonly number[])[]): number {
  if (ring.length < 3) return 0;
  let meanLat = 0;
  for (const [, y = 0] of ring) meanLat += y;
  const kx = Math.cos((meanLat / ring.length) * RAD) * RAD * EARTH_RADIUS_KM;
  const ky = RAD * EARTH_RADIUS_KM;
  let twice = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i]!;
    const [x2 = 0, y2 = 0] = ring[(i + 1) % ring.length]!;
    twice += x1 * kx * (y2 * ky) - x2 * kx * (y1 * ky);
  }
  return Math.abs(twice) / 2;
}
