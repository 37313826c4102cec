// Loads a dataset in the load worker: the main thread never fetches or parses layer files, it only
// gathers what the worker sends — large layers as tables it keeps as rows (tableRows: a few bytes
// a record on this thread), the others as records in chunks (one short task each) — and resolves
// with the same LoadedDataset that loadDataset would give, keeping the atlas JSON bytes for the
// compute worker (atlasJsonHandoff). Rejects with DatasetLoadError when the manifest fails.
import { DatasetLoadError, type LoadedDataset, type LoadProgress } from '../data';
import type { Atlas, AtlasRecord } from '../domain/atlas';
import { LAYER_IDS, type LayerId } from '../domain/layerFamilies';
import { tableRows } from '../worker/table/tableRows';
import type { LoadRequest, LoadResponse } from '../worker/loadProtocol';
import { keepAtlasJson } from './atlasJsonHandoff';

export interface LoadWorkerLike {
  postMessage(message: LoadRequest): void;
  onmessage: ((event: MessageEvent<LoadResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export function createLoadWorker(): LoadWorkerLike {
  return new Worker(new URL('../worker/loadWorker.ts', import.meta.url), { type: 'module' });
}

/** The User Timing measure of each load-worker message the main thread handles (benchmarks). */
export const LOAD_MESSAGE_MEASURE = 'atlas:load-message';

export interface LoadInWorkerOptions {
  readonly onProgress?: (progress: LoadProgress) => void;
  /** Defaults to a new load worker, terminated when the load ends. */
  readonly createWorker?: () => LoadWorkerLike;
}

/** True where module Web Workers can be started (not in node or very old browsers). */
export const canUseWorkers = (): boolean => typeof Worker !== 'undefined';

/**
 * Loads the dataset whose manifest is at `manifestUrl` (relative to the page, or absolute) in a
 * worker. Resolves once every record has arrived; the worker is terminated either way.
 */
export function loadDatasetInWorker(
  manifestUrl: string,
  options: LoadInWorkerOptions = {},
): Promise<LoadedDataset> {
  const worker = (options.createWorker ?? createLoadWorker)();
  const records = new Map<LayerId, AtlasRecord[]>(LAYER_IDS.map((id) => [id, []]));
  const id = 1;
  const base = globalThis.location?.href;
  const absoluteUrl = base ? new URL(manifestUrl, base).href : manifestUrl;
  return new Promise<LoadedDataset>((resolve, reject) => {
    const finish = (outcome: () => void) => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      outcome();
    };
    worker.onerror = (event) =>
      finish(() => reject(new Error(`Load worker failed: ${event.message || 'unknown error'}`)));
    const handle = (data: LoadResponse) => {
      if (data.id !== id) return;
      if (data.type === 'progress') options.onProgress?.(data.progress);
      else if (data.type === 'records') records.get(data.layerId)?.push(...data.records);
      else if (data.type === 'table') records.set(data.layerId, tableRows(data.table));
      else if (data.type === 'failed') finish(() => reject(new DatasetLoadError(data.message)));
      else {
        // Each list holds only the records the worker sent under that very layer id.
        const atlas = Object.fromEntries(records) as unknown as Atlas;
        const dataset: LoadedDataset = { ...data.dataset, atlas };
        keepAtlasJson(dataset, data.atlasJson);
        finish(() => resolve(dataset));
      }
    };
    worker.onmessage = (event) => {
      // The browser unpacks `event.data` on first read, so this measure covers it too.
      const start = performance.now();
      handle(event.data);
      performance.measure(LOAD_MESSAGE_MEASURE, { start });
    };
    worker.postMessage({ type: 'load', id, manifestUrl: absoluteUrl });
  });
}
