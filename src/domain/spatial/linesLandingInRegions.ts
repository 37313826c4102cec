// The regions where each line lands: its stated end regions when the source gives them, else the
// regions of its first and last vertices (with the point tolerance rules of assignPointsToRegions).
import type { LonLat, PowerLine, Region } from '../atlas';
import { asRegionIndex, assignPointsToRegions } from './assignPointsToRegions';
import type { RegionIndex } from './createRegionIndex';

export interface LineLanding {
  /** Distinct region indices of the line's two ends (one entry when both land in one region). */
  readonly regions: readonly number[];
}

/** Regions of the two ends of every line; ends outside tolerance are left out. */
export function linesLandingInRegions(
  lines: readonly Pick<PowerLine, 'geometry' | 'endRegionIds'>[],
  regions: RegionIndex | readonly Region[],
  options: { readonly toleranceKm: number },
): LineLanding[] {
  const index = asRegionIndex(regions);
  const regionNumber = new Map(index.regionIds.map((id, r) => [id, r]));
  const ends: LonLat[] = [];
  const stated: (string | undefined)[] = [];
  for (const line of lines) {
    const paths = line.geometry.coordinates;
    const first = paths[0]?.[0] ?? [NaN, NaN];
    const lastPath = paths.at(-1) ?? [];
    const last = lastPath.at(-1) ?? [NaN, NaN];
    ends.push([first[0]!, first[1]!], [last[0]!, last[1]!]);
    stated.push(line.endRegionIds?.[0], line.endRegionIds?.[1]);
  }
  const located = assignPointsToRegions(ends, index, {
    toleranceKm: options.toleranceKm,
    statedRegionId: (i) => stated[i],
  });
  return lines.map((_, l) => {
    const pick = (end: number) => regionNumber.get(stated[end] ?? '') ?? located.regionOf[end]!;
    const found = [pick(2 * l), pick(2 * l + 1)].filter((r) => r >= 0);
    return { regions: [...new Set(found)] };
  });
}
