// The indicator matrix of a changed atlas from the matrix of the atlas it was changed from: only
// the changed records are aggregated — the totals of the added ones are added to each affected
// layer source's totals and those of the removed ones taken away — so one new data centre costs
// one point lookup, not a pass over every layer. Equal to aggregateIndicators up to rounding.
import type { Atlas, AtlasRecord } from '../atlas';
import type { LayerId } from '../layerFamilies';
import type { LayerChange } from '../scenario/layerChanges';
import type { RegionSums } from '../spatial/sumRecordsByRegion';
import {
  aggregateWithTotals,
  createSpatialCache,
  type AggregationContext,
  type Aggregation,
  type RawMatrix,
} from './aggregateIndicators';
import type { IndicatorDef } from './indicatorRegistry';
import type { LayerSource } from './indicatorSource';
import { LAYER_AGGREGATIONS, type SpatialCache } from './layerAggregations';

type Assignment = RawMatrix['assignment'][string];

/** Totals of `records` alone for each source, with the point assignment of `records`. */
function subsetTotals(
  sources: readonly LayerSource[],
  records: readonly AtlasRecord[],
  atlas: Atlas,
  cache: SpatialCache,
): Map<LayerSource, RegionSums> {
  return new Map(
    sources.map((source) => [
      source,
      LAYER_AGGREGATIONS[source.aggregation](source, records, atlas, cache),
    ]),
  );
}

function ids(records: readonly AtlasRecord[], indices: readonly number[]): string[] {
  return indices.map((i) => records[i]!.id);
}

/** The assignment lists of a point layer after the change: the removed ids out, the added in. */
function updatedAssignment(
  before: Assignment | undefined,
  change: LayerChange,
  added: SpatialCache,
): Assignment | undefined {
  const found = added.points.get(change.layerId);
  if (!before || !found) return before;
  const gone = new Set(change.removed.map((record) => record.id));
  const keep = (list: readonly string[]) => list.filter((id) => !gone.has(id));
  return {
    byTolerance: [...keep(before.byTolerance), ...ids(change.added, found.byTolerance)],
    unassigned: [...keep(before.unassigned), ...ids(change.added, found.unassigned)],
  };
}

/**
 * The aggregation of `atlas`, which differs from `base.atlas` by `changes` (see layerChanges;
 * regions unchanged). A layer that was or becomes empty is aggregated afresh (its indicators
 * switch between missing and counted); latency columns stay missing, as in aggregateIndicators.
 */
export function updateAggregation(
  base: { readonly atlas: Atlas; readonly aggregation: Aggregation },
  atlas: Atlas,
  changes: readonly LayerChange[],
  registry: readonly IndicatorDef[],
  context: AggregationContext = {},
): Aggregation {
  if (atlas.regions !== base.atlas.regions) return aggregateWithTotals(atlas, registry, context);
  const changeOf = new Map<LayerId, LayerChange>(changes.map((c) => [c.layerId, c]));
  const known = new Map<LayerSource, RegionSums>();
  const bySource = new Map<LayerId, LayerSource[]>();
  for (const [source, totals] of base.aggregation.totals) {
    const change = changeOf.get(source.layer);
    if (!change) known.set(source, totals);
    else if (base.atlas[source.layer].length > 0 && atlas[source.layer].length > 0)
      bySource.set(source.layer, [...(bySource.get(source.layer) ?? []), source]);
  }
  const assignment = { ...base.aggregation.raw.assignment } as Record<string, Assignment>;
  for (const [layerId, sources] of bySource) {
    const change = changeOf.get(layerId)!;
    const addedCache = createSpatialCache(atlas.regions, registry, context);
    const removedCache = createSpatialCache(atlas.regions, registry, context);
    const added = subsetTotals(sources, change.added, atlas, addedCache);
    const removed = subsetTotals(sources, change.removed, base.atlas, removedCache);
    for (const source of sources) {
      known.set(
        source,
        base.aggregation.totals
          .get(source)!
          .plus(added.get(source)!)
          .plus(removed.get(source)!, -1),
      );
    }
    const updated = updatedAssignment(assignment[layerId], change, addedCache);
    if (updated) assignment[layerId] = updated;
  }
  const result = aggregateWithTotals(atlas, registry, context, known);
  return {
    raw: { ...result.raw, assignment: { ...assignment, ...result.raw.assignment } },
    totals: result.totals,
  };
}
