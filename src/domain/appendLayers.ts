// Records appended to an atlas from extra layers (a user's own files): after the atlas's own, ids
// made unique by prefixing the layer's id. One function, so the main thread and the compute worker
// name every appended record the same way.
import type { Atlas, AtlasRecord, LayerRecords } from './atlas';
import { LAYER_IDS, type LayerId } from './layerFamilies';

export interface AppendedLayer<L extends LayerId = LayerId> {
  /** Unique among appended layers, e.g. `added-1`; the prefix of a clashing id. */
  readonly id: string;
  readonly layerId: L;
  readonly records: readonly LayerRecords[L][];
}

/** The atlas with every appended layer's records after its own; the atlas itself if none. */
export function appendLayers(atlas: Atlas, appended: readonly AppendedLayer[]): Atlas {
  if (appended.length === 0) return atlas;
  return Object.fromEntries(
    LAYER_IDS.map((layerId) => {
      const extra = appended.filter((layer) => layer.layerId === layerId);
      const records: readonly AtlasRecord[] = atlas[layerId];
      if (extra.length === 0) return [layerId, records];
      const taken = new Set(records.map((record) => record.id));
      const merged = [...records];
      for (const layer of extra) merged.push(...withUniqueIds(layer, taken));
      return [layerId, merged];
    }),
  ) as unknown as Atlas;
}

function withUniqueIds(layer: AppendedLayer, taken: Set<string>): AtlasRecord[] {
  return layer.records.map((record: AtlasRecord) => {
    let id = record.id;
    if (taken.has(id)) id = `${layer.id}:${record.id}`;
    taken.add(id);
    return id === record.id ? record : { ...record, id };
  });
}
