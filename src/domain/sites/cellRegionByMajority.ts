// Which region holds most of a border cell: the region under most of 7 sample points (the centre
// and the midpoints from it to each vertex), ties to the centre's region. An approximation of
// "the province holding most of the cell's area" good to about one seventh of a cell.
import type { RegionIndex } from '../spatial/createRegionIndex';

/** Region index holding most of the cell (outline `boundary` closed, lon/lat degrees); the centre
 * (lon, lat) must lie inside some region. */
export function cellRegionByMajority(
  index: RegionIndex,
  boundary: readonly (readonly number[])[],
  lon: number,
  lat: number,
): number {
  const centreRegion = index.locate(lon, lat);
  const votes = new Map<number, number>([[centreRegion, 1]]);
  for (const [x = 0, y = 0] of boundary.slice(0, -1)) {
    const r = index.locate((lon + x) / 2, (lat + y) / 2);
    if (r >= 0) votes.set(r, (votes.get(r) ?? 0) + 1);
  }
  let best = centreRegion;
  for (const [region, count] of votes) if (count > votes.get(best)!) best = region;
  return best;
}
