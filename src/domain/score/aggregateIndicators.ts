// The expensive step: every indicator's raw value per region, from geometry and statistics.
// Missing stays `undefined` (absent statistic, empty layer, unknown values), never 0.
import type { Atlas, AtlasRecord, Region } from '../atlas';
import type { LayerId } from '../layerFamilies';
import { regionIndexOf, type RegionIndex } from '../spatial/createRegionIndex';
import type { IndicatorId } from './indicatorIds';
import type { IndicatorDef } from './indicatorRegistry';
import type { IndicatorSource, LayerSource, RegionSource } from './indicatorSource';
import type { RegionSums } from '../spatial/sumRecordsByRegion';
import { LAYER_AGGREGATIONS, type Column, type SpatialCache } from './layerAggregations';

export interface RawMatrix {
  readonly regionIds: readonly string[];
  readonly indicatorIds: readonly IndicatorId[];
  /** values[region][indicator], in the orders above; `undefined` = missing. */
  readonly values: readonly (readonly (number | undefined)[])[];
  /** Per point layer, feature ids assigned by tolerance and feature ids left unassigned. */
  readonly assignment: Readonly<Record<string, { byTolerance: string[]; unassigned: string[] }>>;
}

export interface AggregationContext {
  /** Latency to demand per region id (ms); missing when absent or undefined. */
  readonly latencyMs?: ReadonlyMap<string, number | undefined>;
  /** How far outside every polygon a point may lie and still count (km); default 50. */
  readonly toleranceKm?: number;
  /** A prebuilt index of `atlas.regions`; by default the one cached for that very array is used
   * (built on first use), so a change of layers alone never rebuilds it. */
  readonly regionIndex?: RegionIndex;
}

export const DEFAULT_TOLERANCE_KM = 50;

const finite = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function statisticColumn(source: RegionSource, regions: readonly Region[]): Column {
  const scale = source.scale ?? 1;
  return regions.map((r) => {
    const value = finite(r.stats[source.property]);
    return value === undefined ? undefined : value * scale;
  });
}

/** numerator / denominator per region; missing where either is, or the denominator is ≤ 0. */
function ratioColumn(numerator: Column, denominator: Column): Column {
  return numerator.map((num, r) => {
    const den = denominator[r];
    return num === undefined || den === undefined || den <= 0 ? undefined : num / den;
  });
}

/** The element-wise sum of columns; missing where any of them is. */
function sumColumns(columns: readonly Column[], regionCount: number): Column {
  return Array.from({ length: regionCount }, (_, r) => {
    let total = 0;
    for (const column of columns) {
      const value = column[r];
      if (value === undefined) return undefined;
      total += value;
    }
    return total;
  });
}

/** The layer sources an indicator reads, the parts of a sum included. */
function layerSourcesOf(source: IndicatorSource): LayerSource[] {
  if (source.kind === 'layer') return [source];
  if (source.kind === 'sum') return source.parts.flatMap(layerSourcesOf);
  if (source.kind === 'ratio')
    return [source.numerator, source.denominator].flatMap(layerSourcesOf);
  return [];
}

/** The count and sum sources of each layer, so one pass per layer serves all of them. */
export function pointSourcesByLayer(registry: readonly IndicatorDef[]): Map<string, LayerSource[]> {
  const byLayer = new Map<string, LayerSource[]>();
  for (const source of registry.flatMap((def) => layerSourcesOf(def.source))) {
    if (source.aggregation !== 'count' && source.aggregation !== 'sum') continue;
    byLayer.set(source.layer, [...(byLayer.get(source.layer) ?? []), source]);
  }
  return byLayer;
}

/** The totals per region behind each layer source of a matrix (see layerAggregations.ts). */
export type LayerTotals = ReadonlyMap<LayerSource, RegionSums>;

export interface Aggregation {
  readonly raw: RawMatrix;
  /** Of every layer source whose layer has features; what updateAggregation starts from. */
  readonly totals: LayerTotals;
}

/** An empty spatial cache for one aggregation run over `regions`. */
export function createSpatialCache(
  regions: readonly Region[],
  registry: readonly IndicatorDef[],
  context: AggregationContext = {},
): SpatialCache {
  return {
    index: context.regionIndex ?? regionIndexOf(regions),
    toleranceKm: context.toleranceKm ?? DEFAULT_TOLERANCE_KM,
    points: new Map(),
    pointSources: pointSourcesByLayer(registry),
    pointColumns: new Map(),
    lengths: new Map(),
    landings: new Map(),
  };
}

/**
 * Raw indicator values per region (units of each registry row). A layer-based indicator over an
 * empty layer is missing for every region; a count of 0 where the layer has features is 0; a region
 * marked outside the sources' coverage is missing everywhere.
 */
export function aggregateIndicators(
  atlas: Atlas,
  registry: readonly IndicatorDef[],
  context: AggregationContext = {},
): RawMatrix {
  return aggregateWithTotals(atlas, registry, context).raw;
}

/**
 * The matrix of `aggregateIndicators` with the totals behind it. Totals in `known` are taken as
 * they are (no geometry work for their sources); the point assignment then covers only the
 * layers aggregated here.
 */
export function aggregateWithTotals(
  atlas: Atlas,
  registry: readonly IndicatorDef[],
  context: AggregationContext = {},
  known: LayerTotals = new Map(),
): Aggregation {
  const regions = atlas.regions;
  const cache = createSpatialCache(regions, registry, context);
  const totals = new Map<LayerSource, RegionSums>();
  const columnOf = (source: IndicatorSource): Column => {
    switch (source.kind) {
      case 'region':
        return statisticColumn(source, regions);
      case 'ratio':
        return ratioColumn(columnOf(source.numerator), columnOf(source.denominator));
      case 'sum':
        return sumColumns(source.parts.map(columnOf), regions.length);
      case 'latency':
        return regions.map((r) => finite(context.latencyMs?.get(r.id)));
      case 'layer': {
        const records = atlas[source.layer] as readonly AtlasRecord[];
        if (records.length === 0) return regions.map(() => undefined);
        const sums =
          known.get(source) ??
          LAYER_AGGREGATIONS[source.aggregation](source, records, atlas, cache);
        totals.set(source, sums);
        return sums.column();
      }
    }
  };
  const inCoverage = regions.map((region) => !region.outsideCoverage);
  const columns = registry.map(({ source }) =>
    columnOf(source).map((value, r) => (inCoverage[r] ? value : undefined)),
  );
  const assignment: RawMatrix['assignment'] = {};
  for (const [layer, found] of cache.points) {
    const records = atlas[layer as LayerId] as readonly AtlasRecord[];
    (assignment as Record<string, unknown>)[layer] = {
      byTolerance: found.byTolerance.map((i) => records[i]!.id),
      unassigned: found.unassigned.map((i) => records[i]!.id),
    };
  }
  const raw: RawMatrix = {
    regionIds: regions.map((r) => r.id),
    indicatorIds: registry.map((d) => d.id),
    values: regions.map((_, r) => columns.map((column) => column[r])),
    assignment,
  };
  return { raw, totals };
}

/** The same matrix with its latency columns replaced: no geometry work. */
export function withLatency(
  matrix: RawMatrix,
  registry: readonly IndicatorDef[],
  latencyMs: ReadonlyMap<string, number | undefined> | undefined,
): RawMatrix {
  const latencyColumns = new Set(
    matrix.indicatorIds.flatMap((id, j) =>
      registry.find((d) => d.id === id)?.source.kind === 'latency' ? [j] : [],
    ),
  );
  const values = matrix.values.map((row, r) =>
    row.map((v, j) => (latencyColumns.has(j) ? finite(latencyMs?.get(matrix.regionIds[r]!)) : v)),
  );
  return { ...matrix, values };
}
