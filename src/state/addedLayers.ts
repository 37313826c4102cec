// Layers a user added from their own files: kept apart from the loaded dataset so that one click
// removes them, and merged into the atlas that the map, the score and the constraints use.
import type { LoadedDataset } from '../data';
import { appendLayers, type AppendedLayer } from '../domain/appendLayers';
import type { LayerId } from '../domain/layerFamilies';

export interface AddedLayer<L extends LayerId = LayerId> extends AppendedLayer<L> {
  /** The file name or the name the user gave. */
  readonly name: string;
  readonly licence: string;
  readonly attribution: string;
}

/** The dataset with every added layer's records after the dataset's own, ids made unique. */
export function mergeAddedLayers(base: LoadedDataset, added: readonly AddedLayer[]): LoadedDataset {
  if (added.length === 0) return base;
  const atlas = appendLayers(base.atlas, added);
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
