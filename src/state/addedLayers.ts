// Layers a user added from their own files: kept apart from the loaded dataset so that one click
// removes them, and merged into the atlas that the map, the score and the constraints use.
import type { LoadedDataset } from '../data';
import type { Atlas, AtlasRecord, LayerRecords } from '../domain/atlas';
import { LAYER_IDS, type LayerId } from '../domain/layerIds';

export interface AddedLayer<L extends LayerId = LayerId> {
  /** Unique among added layers, e.g. `added-1`. */
  readonly id: string;
  readonly layerId: L;
  /** The file name or the name the user gave. */
  readonly name: string;
  readonly licence: string;
  readonly attribution: string;
  readonly records: readonly LayerRecords[L][];
}

/** The dataset with every added layer's records after the dataset's own, ids made unique. */
export function mergeAddedLayers(base: LoadedDataset, added: readonly AddedLayer[]): LoadedDataset {
  if (added.length === 0) return base;
  const atlas = Object.fromEntries(
    LAYER_IDS.map((layerId) => {
      const extra = added.filter((layer) => layer.layerId === layerId);
      const records: readonly AtlasRecord[] = base.atlas[layerId];
      if (extra.length === 0) return [layerId, records];
      const taken = new Set(records.map((record) => record.id));
      const merged = [...records];
      for (const layer of extra) merged.push(...withUniqueIds(layer, taken));
      return [layerId, merged];
    }),
  ) as unknown as Atlas;
  const layers = base.layers.map((status) => {
    const extra = added.filter((layer) => layer.layerId === status.layerId);
    if (extra.length === 0) return status;
    const count = extra.reduce((sum, layer) => sum + layer.records.length, 0);
    return {
      ...status,
      state: 'loaded' as const,
      featureCount: status.featureCount + count,
    };
  });
  return { ...base, atlas, layers };
}

function withUniqueIds(layer: AddedLayer, taken: Set<string>): AtlasRecord[] {
  return layer.records.map((record: AtlasRecord) => {
    let id = record.id;
    if (taken.has(id)) id = `${layer.id}:${record.id}`;
    taken.add(id);
    return id === record.id ? record : { ...record, id };
  });
}
