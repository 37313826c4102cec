// Latency to demand for every region (at its label position), data centre and hub of an atlas,
// from one shortest-path search: the shape the worker, the score and the constraints use.
import type { Atlas } from '../atlas';
import type { FibreGraph } from './buildFibreGraph';
import type { LatencySettings } from './latencySettings';
import { latencyToDemand, type LatencyResult, type LatencyTarget } from './latencyToDemand';

export interface AtlasLatency {
  readonly regions: ReadonlyMap<string, LatencyResult>;
  readonly datacentres: ReadonlyMap<string, LatencyResult>;
  readonly hubs: ReadonlyMap<string, LatencyResult>;
}

/** Latency results keyed by feature id for regions, data centres and hubs. */
export function latencyForAtlas(
  graph: FibreGraph,
  atlas: Atlas,
  settings: LatencySettings,
): AtlasLatency {
  const groups: LatencyTarget[][] = [
    atlas.regions.map((region) => ({ id: region.id, position: region.labelPosition })),
    atlas.datacentres.map(({ id, position }) => ({ id, position })),
    atlas.hubs.map(({ id, position }) => ({ id, position })),
  ];
  const results = latencyToDemand(graph, atlas.hubs, groups.flat(), settings);
  let next = 0;
  const [regions, datacentres, hubs] = groups.map((targets) => {
    const byId = new Map<string, LatencyResult>();
    for (const target of targets) byId.set(target.id, results[next++]!);
    return byId;
  });
  return { regions: regions!, datacentres: datacentres!, hubs: hubs! };
}
