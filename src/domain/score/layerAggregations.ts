// How each layer aggregation turns features into one value per region. Spatial work (point
// assignment, line lengths, landings) is computed once per layer and shared between indicators.
import type { Atlas, AtlasRecord, LonLat, PowerLine } from '../atlas';
import { assignPointsToRegions, type PointAssignment } from '../spatial/assignPointsToRegions';
import type { RegionIndex } from '../spatial/createRegionIndex';
import { lengthOfLinesInRegions, type LineLengths } from '../spatial/lengthOfLinesInRegions';
import { linesLandingInRegions, type LineLanding } from '../spatial/linesLandingInRegions';
import type { Aggregation, LayerSource } from './indicatorSource';

export type Column = (number | undefined)[];

/** Per-layer spatial results, computed lazily and at most once per aggregation run. */
export interface SpatialCache {
  readonly index: RegionIndex;
  readonly toleranceKm: number;
  readonly points: Map<string, PointAssignment>;
  /** Keyed by the source row, since filters differ between indicators of one layer. */
  readonly lengths: Map<LayerSource, LineLengths>;
  readonly landings: Map<string, LineLanding[]>;
}

/** Simplified borders move by up to a few km; within this, the source's stated region wins. */
export const STATED_BORDER_KM = 5;

type Records = readonly AtlasRecord[];
type Aggregate = (
  source: LayerSource,
  records: Records,
  atlas: Atlas,
  cache: SpatialCache,
) => Column;

const passes = (source: LayerSource, record: AtlasRecord) =>
  !source.where || (source.where as (r: AtlasRecord) => boolean)(record);

const numberOf = (record: AtlasRecord, property: string): number | undefined => {
  const value = (record as unknown as Record<string, unknown>)[property];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
};

function pointsOf(source: LayerSource, records: Records, cache: SpatialCache): Int32Array {
  let found = cache.points.get(source.layer);
  if (!found) {
    const positioned = records as readonly (AtlasRecord & { position: LonLat })[];
    found = assignPointsToRegions(
      positioned.map((r) => r.position),
      cache.index,
      {
        toleranceKm: cache.toleranceKm,
        statedRegionId: (i) => records[i]!.regionId,
        statedBorderKm: STATED_BORDER_KM,
      },
    );
    cache.points.set(source.layer, found);
  }
  return found.regionOf;
}

/** Per-region totals; a region whose features all lack a value is missing, one with none is 0. */
class RegionSums {
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
  column(): Column {
    return Array.from(this.sums, (sum, r) =>
      this.features[r]! > 0 && this.known[r] === 0 ? undefined : sum,
    );
  }
}

/** The value a feature adds: 1 for counts, the scaled property for sums (undefined if unknown). */
const valueOf = (source: LayerSource): ((record: AtlasRecord) => number | undefined) => {
  if (!('property' in source)) return () => 1;
  const property = source.property as string;
  const scale = source.scale ?? 1;
  return (record) => {
    const value = numberOf(record, property);
    return value === undefined ? undefined : value * scale;
  };
};

const pointAggregate: Aggregate = (source, records, _atlas, cache) => {
  const regionOf = pointsOf(source, records, cache);
  const totals = new RegionSums(cache.index.regionIds.length);
  const value = valueOf(source);
  const where = source.where as ((r: AtlasRecord) => boolean) | undefined;
  for (let i = 0; i < records.length; i++) {
    const region = regionOf[i]!;
    if (region < 0 || (where && !where(records[i]!))) continue;
    totals.add(region, value(records[i]!));
  }
  return totals.column();
};

/** Sums over features that may count in several regions each (line ends, hub memberships). */
function multiRegionSums(
  regionCount: number,
  records: Records,
  regionsOf: (i: number) => readonly number[],
  source: LayerSource,
  value: (r: AtlasRecord) => number | undefined,
): Column {
  const totals = new RegionSums(regionCount);
  records.forEach((record, i) => {
    if (!passes(source, record)) return;
    const v = value(record);
    for (const r of regionsOf(i)) totals.add(r, v);
  });
  return totals.column();
}

export const LAYER_AGGREGATIONS: Readonly<Record<Aggregation, Aggregate>> = {
  count: pointAggregate,
  sum: pointAggregate,
  length_km(source, records, _atlas, cache) {
    const lines = records.filter((r) => passes(source, r)) as readonly PowerLine[];
    let lengths = cache.lengths.get(source);
    if (!lengths) cache.lengths.set(source, (lengths = lengthOfLinesInRegions(lines, cache.index)));
    return Array.from(lengths.totalKm);
  },
  landing_sum(source, records, _atlas, cache) {
    let landings = cache.landings.get(source.layer);
    if (!landings) {
      landings = linesLandingInRegions(records as readonly PowerLine[], cache.index, cache);
      cache.landings.set(source.layer, landings);
    }
    const ends = landings;
    const regionCount = cache.index.regionIds.length;
    return multiRegionSums(regionCount, records, (i) => ends[i]!.regions, source, valueOf(source));
  },
  membership_count(source, records, _atlas, cache) {
    const regionNumber = new Map(cache.index.regionIds.map((id, r) => [id, r]));
    const regionsOf = (i: number) => {
      const ids = (records[i] as { regionIds?: readonly string[] }).regionIds ?? [];
      return [...new Set(ids)].flatMap((id) => regionNumber.get(id) ?? []);
    };
    return multiRegionSums(cache.index.regionIds.length, records, regionsOf, source, () => 1);
  },
};
