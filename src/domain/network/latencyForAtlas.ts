// Latency to demand for every feature of the judged families (regions at their label position,
// sites at their position), from one shortest-path search: what the score and constraints use.
// Given the latency of an atlas this one was changed from over the same graph and hubs, only the
// new or changed features are searched for.
import type { Atlas } from '../atlas';
import { JUDGED_LAYER_IDS, type JudgedLayerId } from '../layerFamilies';
import type { FibreGraph } from './buildFibreGraph';
import type { LatencySettings } from './latencySettings';
import { latencyToDemand, type LatencyResult, type LatencyTarget } from './latencyToDemand';

export type AtlasLatency = { readonly [L in JudgedLayerId]: ReadonlyMap<string, LatencyResult> };

/** Latency of an atlas under the same settings, fibre graph and hubs, to reuse by record. */
export interface PreviousLatency {
  readonly atlas: Atlas;
  readonly latency: AtlasLatency;
}

/** Latency results keyed by feature id, per judged family (insertion order = record order). */
export function latencyForAtlas(
  graph: FibreGraph,
  atlas: Atlas,
  settings: LatencySettings,
  previous?: PreviousLatency,
): AtlasLatency {
  const known = (layer: JudgedLayerId) => new Set<object>(previous?.atlas[layer] ?? []);
  const groups = JUDGED_LAYER_IDS.map((layer): LatencyTarget[] => {
    const unchanged = known(layer);
    return atlas[layer]
      .filter((record) => !unchanged.has(record))
      .map((record) => ({
        id: record.id,
        position: 'labelPosition' in record ? record.labelPosition : record.position,
      }));
  });
  const targets = groups.flat();
  const results = targets.length > 0 ? latencyToDemand(graph, atlas.hubs, targets, settings) : [];
  let next = 0;
  return Object.fromEntries(
    JUDGED_LAYER_IDS.map((layer, g) => {
      const found = new Map<string, LatencyResult>();
      for (const target of groups[g]!) found.set(target.id, results[next++]!);
      const byId = new Map<string, LatencyResult>();
      for (const record of atlas[layer]) {
        byId.set(record.id, found.get(record.id) ?? previous!.latency[layer].get(record.id)!);
      }
      return [layer, byId];
    }),
  ) as unknown as AtlasLatency;
}
