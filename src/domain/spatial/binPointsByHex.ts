// Point sites gathered into H3 hexagons, for drawing a dense family (thousands of wind farms) as a
// few hundred symbols at national zoom: per hexagon the count, the summed capacity and the
// capacity-weighted centre of its members (the plain mean where no member has a capacity).
import { latLngToCell } from 'h3-js';
import type { LonLat } from '../atlas';

export interface HexBin {
  /** The H3 cell index. */
  readonly cell: string;
  /** Capacity-weighted mean lon/lat of the members, degrees. */
  readonly position: LonLat;
  /** Number of members. */
  readonly count: number;
  /** Summed capacity in MW of the members that state one (0 when none does). */
  readonly capacityMw: number;
}

interface Sum {
  count: number;
  capacityMw: number;
  lon: number;
  lat: number;
  weight: number;
}

/**
 * Bins `points` by their H3 cell at `resolution` (0–15; 2 ≈ 87,000 km², 3 ≈ 12,400 km² a cell).
 * Bins come in order of first member, so the answer is stable for the same input.
 */
export function binPointsByHex(
  points: readonly { readonly position: LonLat; readonly capacityMw?: number }[],
  resolution: number,
): HexBin[] {
  const sums = new Map<string, Sum>();
  for (const point of points) {
    const [lon, lat] = point.position;
    const cell = latLngToCell(lat, lon, resolution);
    const sum = sums.get(cell) ?? { count: 0, capacityMw: 0, lon: 0, lat: 0, weight: 0 };
    const capacity = point.capacityMw !== undefined && point.capacityMw > 0 ? point.capacityMw : 0;
    // A tiny weight for sites without a capacity: they place a bin only when it has nothing else.
    const weight = capacity > 0 ? capacity : 1e-6;
    sum.count += 1;
    sum.capacityMw += capacity;
    sum.lon += lon * weight;
    sum.lat += lat * weight;
    sum.weight += weight;
    sums.set(cell, sum);
  }
  return [...sums].map(([cell, sum]) => ({
    cell,
    position: [sum.lon / sum.weight, sum.lat / sum.weight],
    count: sum.count,
    capacityMw: sum.capacityMw,
  }));
}
