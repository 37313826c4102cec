// How each layer aggregation turns features into totals per region (RegionSums: sums with the
// counts that tell missing from 0, so totals of two sets of features add up). Spatial work (point
// assignment, line lengths, landings) is computed once per layer and shared between indicators;
// every count and sum of a point layer is accumulated in the one pass that assigns it.
import type { Atlas, AtlasRecord, PowerLine } from '../atlas';
import type { PointAssignment } from '../spatial/assignPointsToRegions';
import type { PositionedRecord } from '../spatial/assignRecordsToRegions';
import type { RegionIndex } from '../spatial/createRegionIndex';
import { lengthOfLinesInRegions, type LineLengths } from '../spatial/lengthOfLinesInRegions';
import { linesLandingInRegions, type LineLanding } from '../spatial/linesLandingInRegions';
import { RegionSums, sumRecordsByRegion } from '../spatial/sumRecordsByRegion';
import type { Aggregation, LayerSource } from './indicatorSource';

export type Column = (number | undefined)[];

/** Per-layer spatial results, computed lazily and at most once per aggregation run. */
export interface SpatialCache {
  readonly index: RegionIndex;
  readonly toleranceKm: number;
  /** Point assignment per layer. */
  readonly points: Map<string, PointAssignment>;
  /** The count and sum sources of each point layer in the run, aggregated together. */
  readonly pointSources: ReadonlyMap<string, readonly LayerSource[]>;
  readonly pointColumns: Map<LayerSource, RegionSums>;
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
) => RegionSums;

const passes = (source: LayerSource, record: AtlasRecord) =>
  !source.where || (source.where as (r: AtlasRecord) => boolean)(record);

const numberOf = (record: AtlasRecord, property: string): number | undefined => {
  const value = (record as unknown as Record<string, unknown>)[property];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
};

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

/** Count and sum indicators of one point layer, all computed in the pass that assigns the layer. */
function aggregatePointLayer(
  sources: readonly LayerSource[],
  records: Records,
  cache: SpatialCache,
) {
  const found = sumRecordsByRegion(
    records as readonly (AtlasRecord & PositionedRecord)[],
    cache.index,
    { toleranceKm: cache.toleranceKm, statedBorderKm: STATED_BORDER_KM },
    sources.map((source) => ({
      where: source.where as ((r: AtlasRecord) => boolean) | undefined,
      value: valueOf(source),
    })),
  );
  cache.points.set(sources[0]!.layer, found.assignment);
  sources.forEach((source, j) => cache.pointColumns.set(source, found.totals[j]!));
}

const pointAggregate: Aggregate = (source, records, _atlas, cache) => {
  if (!cache.pointColumns.has(source)) {
    const siblings = cache.pointSources.get(source.layer) ?? [];
    aggregatePointLayer(siblings.includes(source) ? siblings : [source], records, cache);
  }
  return cache.pointColumns.get(source)!;
};

/** Sums over features that may count in several regions each (line ends, hub memberships). */
function multiRegionSums(
  regionCount: number,
  records: Records,
  regionsOf: (i: number) => readonly number[],
  source: LayerSource,
  value: (r: AtlasRecord) => number | undefined,
): RegionSums {
  const totals = new RegionSums(regionCount);
  records.forEach((record, i) => {
    if (!passes(source, record)) return;
    const v = value(record);
    for (const r of regionsOf(i)) totals.add(r, v);
  });
  return totals;
}

export const LAYER_AGGREGATIONS: Readonly<Record<Aggregation, Aggregate>> = {
  count: pointAggregate,
  sum: pointAggregate,
  length_km(source, records, _atlas, cache) {
    const lines = records.filter((r) => passes(source, r)) as readonly PowerLine[];
    let lengths = cache.lengths.get(source);
    if (!lengths) cache.lengths.set(source, (lengths = lengthOfLinesInRegions(lines, cache.index)));
    // Lengths are never unknown: sums alone, no feature counted as lacking a value.
    const totals = new RegionSums(lengths.totalKm.length);
    totals.sums.set(lengths.totalKm);
    return totals;
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
