// Great-circle distances on a sphere of the mean Earth radius (the same radius and formula as
// turf's `distance`, so answers agree with turf to rounding). Inputs in degrees, outputs in km.
import type { LonLat } from '../atlas';

/** Mean Earth radius in km (IUGG; turf's `earthRadius`). */
export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

/** Great-circle distance in km between two lon/lat points in degrees (haversine formula). */
export function haversineKm(a: LonLat, b: LonLat): number {
  return haversineKmRaw(a[0], a[1], b[0], b[1]);
}

/** `haversineKm` on plain numbers, for hot loops that keep coordinates in typed arrays. */
export function haversineKmRaw(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
