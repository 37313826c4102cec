// The atlas JSON bytes the load worker sent with a dataset, kept beside that dataset object until
// the compute connection takes them (once: the transfer empties the buffer) to send on.
import type { LoadedDataset } from '../data';

const pending = new WeakMap<LoadedDataset, ArrayBuffer>();

export function keepAtlasJson(dataset: LoadedDataset, atlasJson: ArrayBuffer): void {
  pending.set(dataset, atlasJson);
}

/** The bytes kept for `dataset`, forgotten as they are returned; undefined if none. */
export function takeAtlasJson(dataset: LoadedDataset): ArrayBuffer | undefined {
  const atlasJson = pending.get(dataset);
  pending.delete(dataset);
  return atlasJson;
}
