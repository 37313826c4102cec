// Answers one `load` request: loads the dataset (fetch, parse, validate), posts progress, then the
// large layers as tables (BULK_LAYER_IDS, buffers transferred), the others' records in chunks of
// RECORDS_PER_CHUNK, and the rest of the dataset last with the atlas as JSON bytes for the compute
// worker (encoded while the main thread unpacks the chunks; transferred). Never throws: a
// manifest that fails becomes a `failed` message.
import { loadDataset, type FetchFn } from '../data';
import { BULK_LAYER_IDS, LAYER_IDS } from '../domain/layerFamilies';
import { encodeAtlasJson } from './atlasJson';
import { encodeRecordTable, tableBuffers } from './table/recordTable';
import { RECORDS_PER_CHUNK, type LoadRequest, type LoadResponse } from './loadProtocol';

export async function answerLoad(
  { id, manifestUrl }: LoadRequest,
  post: (message: LoadResponse, transfer?: Transferable[]) => void,
  fetchFn?: FetchFn,
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
    const atlasJson = encodeAtlasJson(atlas);
    post({ type: 'loaded', id, dataset: rest, atlasJson }, [atlasJson]);
  } catch (error) {
    post({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
  }
}
