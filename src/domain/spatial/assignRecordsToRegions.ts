// Assigns positioned records (data centres, plants…) to regions by the rules of
// assignPointsToRegions, their stated `regionId` included, in one pass that reads each record
// once and hands it to `visit` with its region while it is still in cache.
import type { LonLat } from '../atlas';
import {
  createAssigner,
  emptyAssignment,
  type AssignOptions,
  type PointAssignment,
} from './assignPointsToRegions';
import type { RegionIndex } from './createRegionIndex';

export interface PositionedRecord {
  readonly position: LonLat;
  /** The region id the source states for the record, if any. */
  readonly regionId?: string;
}

/**
 * Region of every record (same result as `assignPointsToRegions` over the positions with
 * `statedRegionId = (i) => records[i].regionId`). `visit(record, i, region)` is called in order
 * for every record that lands in a region.
 */
export function assignRecordsToRegions<T extends PositionedRecord>(
  records: readonly T[],
  index: RegionIndex,
  options: Omit<AssignOptions, 'statedRegionId'>,
  visit?: (record: T, i: number, region: number) => void,
): PointAssignment {
  const out = emptyAssignment(records.length);
  const assign = createAssigner(
    index,
    { ...options, statedRegionId: (i) => statedRegionOf(records[i]!) },
    out,
  );
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    const p = record[POSITION];
    const region = assign(i, p[0], p[1]);
    if (region >= 0 && visit) visit(record, i, region);
  }
  return out;
}

/** Read as `record[POSITION]`: records built by object spread often each get their own hidden
 * class, and V8 answers such a computed-key read several times faster than `record.position`. */
const POSITION = 'position';

/** An own `regionId`; checked with hasOwn first because a missing property is a slow lookup. */
const statedRegionOf = (record: PositionedRecord): string | undefined =>
  Object.hasOwn(record, 'regionId') ? record.regionId : undefined;
