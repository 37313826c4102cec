// Several filtered sums of positioned records per region, computed in the same single pass that
// assigns the records to regions: each record is read while in cache and each distinct filter is
// called once per record, however many sums share it.
import { assignRecordsToRegions, type PositionedRecord } from './assignRecordsToRegions';
import type { AssignOptions, PointAssignment } from './assignPointsToRegions';
import type { RegionIndex } from './createRegionIndex';

/** Per-region totals; a region whose features all lack a value is missing, one with none is 0. */
export class RegionSums {
  readonly sums: Float64Array;
  readonly features: Uint32Array;
  readonly known: Uint32Array;
  constructor(regionCount: number) {
    this.sums = new Float64Array(regionCount);
    this.features = new Uint32Array(regionCount);
    this.known = new Uint32Array(regionCount);
  }
  add(region: number, value: number | undefined): void {
    this.features[region]!++;
    if (value === undefined) return;
    this.known[region]!++;
    this.sums[region]! += value;
  }
  /** These totals plus `sign` (1 or −1) × `other`'s: the totals of a set of features with another
   * set added (or, with −1, taken away — a set these totals include). */
  plus(other: RegionSums, sign: 1 | -1 = 1): RegionSums {
    const result = new RegionSums(this.sums.length);
    for (let r = 0; r < this.sums.length; r++) {
      result.sums[r] = this.sums[r]! + sign * other.sums[r]!;
      result.features[r] = this.features[r]! + sign * other.features[r]!;
      result.known[r] = this.known[r]! + sign * other.known[r]!;
    }
    return result;
  }
  /** The sum per region, `undefined` where every feature's value was unknown. */
  column(): (number | undefined)[] {
    return Array.from(this.sums, (sum, r) =>
      this.features[r]! > 0 && this.known[r] === 0 ? undefined : sum,
    );
  }
}

export interface SumSpec<T> {
  /** Only records passing this count; called once per record per distinct function. */
  readonly where?: (record: T) => boolean;
  /** What a record adds (1 for a count); `undefined` when unknown. */
  readonly value: (record: T) => number | undefined;
}

/** One RegionSums per spec, in spec order, plus the records' assignment. */
export function sumRecordsByRegion<T extends PositionedRecord>(
  records: readonly T[],
  index: RegionIndex,
  options: Omit<AssignOptions, 'statedRegionId'>,
  specs: readonly SumSpec<T>[],
): { readonly assignment: PointAssignment; readonly totals: readonly RegionSums[] } {
  const totals = specs.map(() => new RegionSums(index.regionIds.length));
  const filters = [...new Set(specs.flatMap((s) => (s.where ? [s.where] : [])))];
  const filterOf = Int32Array.from(specs, (s) => (s.where ? filters.indexOf(s.where) : -1));
  const passed = new Uint8Array(filters.length);
  const visit = (record: T, _i: number, region: number) => {
    for (let f = 0; f < filters.length; f++) passed[f] = filters[f]!(record) ? 1 : 0;
    for (let j = 0; j < specs.length; j++) {
      const f = filterOf[j]!;
      if (f < 0 || passed[f] === 1) totals[j]!.add(region, specs[j]!.value(record));
    }
  };
  const assignment = assignRecordsToRegions(records, index, options, visit);
  return { assignment, totals };
}
