// Loads a dataset in the atlas worker: the main thread never fetches or parses layer files, it only
// gathers what the worker sends — bulk layers as tables it keeps as rows (tableRowMaker: a few
// bytes a record on this thread, made in slices of a few ms), the others as records in chunks (one short
// task each) — and resolves with the same LoadedDataset that loadDataset would give. The worker
// keeps its own parsed atlas for the analyses. Rejects with DatasetLoadError when the manifest fails.
import { DatasetLoadError, type LoadedDataset, type LoadProgress } from '../data';
import type { Atlas, AtlasRecord } from '../domain/atlas';
import { LAYER_IDS, type LayerId } from '../domain/layerFamilies';
import type { LoadResponse } from '../worker/loadProtocol';
import type { RecordTable } from '../worker/table/recordTable';
import { tableRowMaker } from '../worker/table/tableRows';
import type { AtlasWorkerLike, AtlasWorkerMessage } from './atlasWorker';

/** The User Timing measure of each data step the main thread takes (benchmarks). */
export const LOAD_MESSAGE_MEASURE = 'atlas:load-message';

/** Main-thread time one slice of rows may take before it lets other tasks run. */
export const SLICE_BUDGET_MS = 8;

/** Rows made between two looks at the clock. */
const ROWS_PER_CHECK = 200;

export interface LoadInWorkerOptions {
  readonly worker: AtlasWorkerLike;
  readonly onProgress?: (progress: LoadProgress) => void;
}

let nextLoadId = 1;

const LOAD_TYPES: ReadonlySet<string> = new Set([
  'progress',
  'records',
  'table',
  'loaded',
  'failed',
]);

const isLoadResponse = (data: AtlasWorkerMessage): data is LoadResponse =>
  LOAD_TYPES.has(data.type);

/** Resolves after other tasks (input, drawing) had their turn. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The table's rows, made in slices of about SLICE_BUDGET_MS with a task boundary between. */
async function rowsInSlices(table: RecordTable): Promise<AtlasRecord[]> {
  const make = tableRowMaker<AtlasRecord>(table);
  const rows = new Array<AtlasRecord>(table.length);
  let index = 0;
  while (index < table.length) {
    if (index > 0) await nextTask();
    const began = performance.now();
    do {
      const end = Math.min(table.length, index + ROWS_PER_CHECK);
      for (; index < end; index++) rows[index] = make(index);
    } while (index < table.length && performance.now() - began < SLICE_BUDGET_MS);
    performance.measure(LOAD_MESSAGE_MEASURE, { start: began });
  }
  return rows;
}

/**
 * Loads the dataset whose manifest is at `manifestUrl` (relative to the page, or absolute) in the
 * atlas worker. Resolves once every record has arrived and every row is made.
 */
export function loadDatasetInWorker(
  manifestUrl: string,
  { worker, onProgress }: LoadInWorkerOptions,
): Promise<LoadedDataset> {
  const id = nextLoadId++;
  const records = new Map<LayerId, AtlasRecord[]>(LAYER_IDS.map((layer) => [layer, []]));
  const tables = new Map<LayerId, RecordTable>();
  const base = globalThis.location?.href;
  const absoluteUrl = base ? new URL(manifestUrl, base).href : manifestUrl;
  return new Promise<LoadedDataset>((resolve, reject) => {
    const stop = () => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
    };
    const finish = async (dataset: Omit<LoadedDataset, 'atlas'>) => {
      for (const [layer, table] of tables) records.set(layer, await rowsInSlices(table));
      // Each list holds only the records the worker sent under that very layer id.
      resolve({ ...dataset, atlas: Object.fromEntries(records) as unknown as Atlas });
    };
    const handle = (data: LoadResponse) => {
      if (data.type === 'progress') onProgress?.(data.progress);
      else if (data.type === 'records') records.get(data.layerId)?.push(...data.records);
      else if (data.type === 'table') tables.set(data.layerId, data.table);
      else if (data.type === 'failed') {
        stop();
        reject(new DatasetLoadError(data.message));
      } else {
        stop();
        void finish(data.dataset);
      }
    };
    function onMessage(event: MessageEvent<AtlasWorkerMessage>) {
      // The browser unpacks `event.data` on first read, so this measure covers it too.
      const start = performance.now();
      const data = event.data;
      if (!isLoadResponse(data) || data.id !== id) return;
      handle(data);
      performance.measure(LOAD_MESSAGE_MEASURE, { start });
    }
    function onError(event: ErrorEvent) {
      stop();
      reject(new Error(`Atlas worker failed: ${event.message || 'unknown error'}`));
    }
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.postMessage({ type: 'load', id, manifestUrl: absoluteUrl });
  });
}
