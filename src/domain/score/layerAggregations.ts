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

/** Sums `valueOf` per region over features passing the filter; a region whose features all lack
 * a value is missing; a region with no such feature is 0. */
function sumByRegion(
  regionCount: number,
  records: Records,
  regionsOf: (i: number) => readonly number[],
  source: LayerSource,
  valueOf: (r: AtlasRecord) => number | undefined,
): Column {
  const sums = new Array<number>(regionCount).fill(0);
  const features = new Array<number>(regionCount).fill(0);
  const known = new Array<number>(regionCount).fill(0);
  records.forEach((record, i) => {
    if (!passes(source, record)) return;
    const value = valueOf(record);
    for (const r of regionsOf(i)) {
      features[r]!++;
      if (value !== undefined) {
        known[r]!++;
        sums[r]! += value;
      }
    }
  });
  return sums.map((sum, r) => (features[r]! > 0 && known[r] === 0 ? undefined : sum));
}

const propertyValue = (source: LayerSource) => (record: AtlasRecord) => {
  if (!('property' in source)) return 1;
  const value = numberOf(record, source.property as string);
  return value === undefined ? undefined : value * (source.scale ?? 1);
};

const pointAggregate: Aggregate = (source, records, _atlas, cache) => {
  const regionOf = pointsOf(source, records, cache);
  const single = (i: number) => (regionOf[i]! >= 0 ? [regionOf[i]!] : []);
  return sumByRegion(cache.index.regionIds.length, records, single, source, propertyValue(source));
};

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
    return sumByRegion(
      cache.index.regionIds.length,
      records,
      (i) => ends[i]!.regions,
      source,
      propertyValue(source),
    );
  },
  membership_count(source, records, _atlas, cache) {
    const regionNumber = new Map(cache.index.regionIds.map((id, r) => [id, r]));
    const regionsOf = (i: number) => {
      const ids = (records[i] as { regionIds?: readonly string[] }).regionIds ?? [];
      return [...new Set(ids)].flatMap((id) => regionNumber.get(id) ?? []);
    };
    return sumByRegion(cache.index.regionIds.length, records, regionsOf, source, () => 1);
  },
};
