// Assigns points to regions: inside a polygon first (unless the source states a neighbour whose
// border is within `statedBorderKm`); else the stated region if within tolerance; else the
// nearest region within tolerance; else unassigned (-1). Never silent.
import type { LonLat, Region } from '../atlas';
import { createRegionIndex, type RegionIndex } from './createRegionIndex';

export interface AssignOptions {
  /** How far outside every polygon a point may lie and still count (km). */
  readonly toleranceKm: number;
  /** The region id the source gives for point i, when it gives one. */
  readonly statedRegionId?: (i: number) => string | undefined;
  /** A point inside one region but within this distance (km) of its stated region's edge goes to
   * the stated region: simplified borders should not overrule the source. Default 0 (off). */
  readonly statedBorderKm?: number;
}

export interface PointAssignment {
  /** Region index per point (order of the regions), -1 when unassigned. */
  readonly regionOf: Int32Array;
  /** Indices of points assigned by tolerance rather than by containment. */
  readonly byTolerance: readonly number[];
  /** Indices of points left unassigned. */
  readonly unassigned: readonly number[];
}

export function asRegionIndex(regions: RegionIndex | readonly Region[]): RegionIndex {
  return 'locate' in regions ? regions : createRegionIndex(regions);
}

/** Assigns point i at (lon, lat); reads its stated region (via `statedOf`) only when needed. */
export type AssignOne = (i: number, lon: number, lat: number) => number;

/**
 * The per-point rule of `assignPointsToRegions`, writing into `out` (which must start with
 * `regionOf` all -1 and empty lists). Allocates nothing for a point inside a region.
 */
export function createAssigner(
  index: RegionIndex,
  options: AssignOptions,
  out: { regionOf: Int32Array; byTolerance: number[]; unassigned: number[] },
): AssignOne {
  const regionNumber = new Map(index.regionIds.map((id, r) => [id, r]));
  const borderKm = options.statedBorderKm ?? 0;
  const statedRegionId = options.statedRegionId;
  const statedOf = (i: number) =>
    statedRegionId === undefined ? undefined : regionNumber.get(statedRegionId(i) ?? '');
  const { toleranceKm } = options;
  return (i, lon, lat) => {
    const inside = index.locate(lon, lat);
    const stated = inside < 0 || borderKm > 0 ? statedOf(i) : undefined;
    const nearStated =
      inside >= 0 &&
      stated !== undefined &&
      stated !== inside &&
      index.nearestWithinKm(lon, lat, borderKm, stated) !== undefined;
    if (inside >= 0 && !nearStated) return (out.regionOf[i] = inside);
    const hit = nearStated
      ? { region: stated! }
      : (stated !== undefined && index.nearestWithinKm(lon, lat, toleranceKm, stated)) ||
        index.nearestWithinKm(lon, lat, toleranceKm);
    if (!hit) {
      out.unassigned.push(i);
      return -1;
    }
    out.byTolerance.push(i);
    return (out.regionOf[i] = hit.region);
  };
}

/** An empty assignment of `count` points, every one -1 until assigned. */
export const emptyAssignment = (count: number) => ({
  regionOf: new Int32Array(count).fill(-1),
  byTolerance: [] as number[],
  unassigned: [] as number[],
});

/**
 * Region of every point. Points within `toleranceKm` of a region edge count for the stated region
 * (when within tolerance of it) or the nearest one; the result lists which were assigned so.
 */
export function assignPointsToRegions(
  points: readonly LonLat[],
  regions: RegionIndex | readonly Region[],
  options: AssignOptions,
): PointAssignment {
  const out = emptyAssignment(points.length);
  const assign = createAssigner(asRegionIndex(regions), options, out);
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    assign(i, p[0], p[1]);
  }
  return out;
}
