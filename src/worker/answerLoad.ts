// Answers one `load` request in the atlas worker: loads the dataset (fetch, parse, validate),
// posts progress, then each bulk layer as one table (buffers transferred), the other layers'
// records in chunks of RECORDS_PER_CHUNK, and `loaded` last. The parsed atlas stays in this worker
// (`keep`), where the compute engine scores it: nothing is encoded for another thread. Never
// throws: a manifest that fails becomes a `failed` message.
import { loadDataset, type FetchFn } from '../data';
import type { Atlas } from '../domain/atlas';
import { BULK_LAYER_IDS, LAYER_IDS } from '../domain/layerFamilies';
import { RECORDS_PER_CHUNK, type LoadRequest, type LoadResponse } from './loadProtocol';
import { encodeRecordTable, tableBuffers } from './table/recordTable';

export interface AnswerLoadOptions {
  readonly fetchFn?: FetchFn;
  /** Receives the parsed atlas before `loaded` is posted. */
  readonly keep?: (atlas: Atlas) => void;
}

export async function answerLoad(
  { id, manifestUrl }: LoadRequest,
  post: (message: LoadResponse, transfer?: Transferable[]) => void,
  { fetchFn, keep }: AnswerLoadOptions = {},
): Promise<void> {
  try {
    const { atlas, ...rest } = await loadDataset(manifestUrl, {
      ...(fetchFn ? { fetchFn } : {}),
      onProgress: (progress) => post({ type: 'progress', id, progress }),
    });
    for (const layerId of LAYER_IDS) {
      const records = atlas[layerId];
      if (BULK_LAYER_IDS.includes(layerId)) {
        const table = encodeRecordTable(records);
        post({ type: 'table', id, layerId, table }, tableBuffers(table));
        continue;
      }
      for (let start = 0; start < records.length; start += RECORDS_PER_CHUNK) {
        post({
          type: 'records',
          id,
          layerId,
          records: records.slice(start, start + RECORDS_PER_CHUNK),
        });
      }
    }
    keep?.(atlas);
    post({ type: 'loaded', id, dataset: rest });
  } catch (error) {
    post({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
  }
}
