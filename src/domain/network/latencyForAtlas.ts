// Latency to demand for every feature of the judged families (regions at their label position,
// sites at their position), from one shortest-path search: what the score and constraints use.
import type { Atlas } from '../atlas';
import { JUDGED_LAYER_IDS, type JudgedLayerId } from '../layerFamilies';
import type { FibreGraph } from './buildFibreGraph';
import type { LatencySettings } from './latencySettings';
import { latencyToDemand, type LatencyResult, type LatencyTarget } from './latencyToDemand';

export type AtlasLatency = { readonly [L in JudgedLayerId]: ReadonlyMap<string, LatencyResult> };

/** Latency results keyed by feature id, per judged family (insertion order = record order). */
export function latencyForAtlas(
  graph: FibreGraph,
  atlas: Atlas,
  settings: LatencySettings,
): AtlasLatency {
  const groups = JUDGED_LAYER_IDS.map((layer): LatencyTarget[] =>
    atlas[layer].map((record) => ({
      id: record.id,
      position: 'labelPosition' in record ? record.labelPosition : record.position,
    })),
  );
  const results = latencyToDemand(graph, atlas.hubs, groups.flat(), settings);
  let next = 0;
  const byLayer = groups.map((targets) => {
    const byId = new Map<string, LatencyResult>();
    for (const target of targets) byId.set(target.id, results[next++]!);
    return byId;
  });
  return Object.fromEntries(
    JUDGED_LAYER_IDS.map((layer, i) => [layer, byLayer[i]!]),
  ) as unknown as AtlasLatency;
}
