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

/**
 * Region of every point. Points within `toleranceKm` of a region edge count for the stated region
 * (when within tolerance of it) or the nearest one; the result lists which were assigned so.
 */
export function assignPointsToRegions(
  points: readonly LonLat[],
  regions: RegionIndex | readonly Region[],
  options: AssignOptions,
): PointAssignment {
  const index = asRegionIndex(regions);
  const regionOf = new Int32Array(points.length).fill(-1);
  const byTolerance: number[] = [];
  const unassigned: number[] = [];
  const regionNumber = new Map(index.regionIds.map((id, r) => [id, r]));
  const borderKm = options.statedBorderKm ?? 0;
  const statedOf = (i: number) => regionNumber.get(options.statedRegionId?.(i) ?? '');
  for (let i = 0; i < points.length; i++) {
    const [lon, lat] = points[i]!;
    const inside = index.locate(lon, lat);
    const stated = inside < 0 || borderKm > 0 ? statedOf(i) : undefined;
    const nearStated =
      inside >= 0 &&
      stated !== undefined &&
      stated !== inside &&
      index.nearestWithinKm(lon, lat, borderKm, stated) !== undefined;
    if (inside >= 0 && !nearStated) {
      regionOf[i] = inside;
      continue;
    }
    const hit = nearStated
      ? { region: stated! }
      : (stated !== undefined && index.nearestWithinKm(lon, lat, options.toleranceKm, stated)) ||
        index.nearestWithinKm(lon, lat, options.toleranceKm);
    if (hit) {
      regionOf[i] = hit.region;
      byTolerance.push(i);
    } else unassigned.push(i);
  }
  return { regionOf, byTolerance, unassigned };
}
