// Answers one `load` request: loads the dataset (fetch, parse, validate), posts progress, then the
// records in per-layer chunks of RECORDS_PER_CHUNK and the rest of the dataset last. Never throws:
// a manifest that fails becomes a `failed` message.
import { loadDataset, type FetchFn } from '../data';
import { LAYER_IDS } from '../domain/layerIds';
import { RECORDS_PER_CHUNK, type LoadRequest, type LoadResponse } from './loadProtocol';

export async function answerLoad(
  { id, manifestUrl }: LoadRequest,
  post: (message: LoadResponse) => void,
  fetchFn?: FetchFn,
): Promise<void> {
  try {
    const { atlas, ...rest } = await loadDataset(manifestUrl, {
      ...(fetchFn ? { fetchFn } : {}),
      onProgress: (progress) => post({ type: 'progress', id, progress }),
    });
    for (const layerId of LAYER_IDS) {
      const records = atlas[layerId];
      for (let start = 0; start < records.length; start += RECORDS_PER_CHUNK) {
        post({
          type: 'records',
          id,
          layerId,
          records: records.slice(start, start + RECORDS_PER_CHUNK),
        });
      }
    }
    post({ type: 'loaded', id, dataset: rest });
  } catch (error) {
    post({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
  }
}
