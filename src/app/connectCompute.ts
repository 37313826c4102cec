// Connects the store to the compute worker: sends the dataset once (then only the user's added
// layers when they change), then one `analyse` request per change of weights, constraints or
// latency settings — at most one in flight, the latest inputs win — and stores each answer. The
// main thread never scores.
import type { LoadedDataset } from '../data';
import type { Analysis } from '../domain/analysis';
import { completeAnalysis } from '../worker/analysisUpdate';
import type { AppState, AppStore } from '../state/createAppStore';
import { takeAtlasJson } from './atlasJsonHandoff';
import type { WorkerRequest, WorkerResponse } from '../worker/protocol';

export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  terminate(): void;
}

export function createComputeWorker(): WorkerLike {
  return new Worker(new URL('../worker/computeWorker.ts', import.meta.url), { type: 'module' });
}

const analysisInputs = (state: AppState) => [state.weights, state.constraints, state.latency];

/** Starts the connection; returns the function that stops it and the worker. */
export function connectCompute(store: AppStore, worker: WorkerLike = createComputeWorker()) {
  let nextId = 1;
  let ready = false;
  let inFlight = false;
  let stale = false;
  let initId = 0;

  const sendAnalyse = () => {
    if (!ready) return;
    if (inFlight) {
      stale = true;
      return;
    }
    const { weights, constraints, latency } = store.getState();
    inFlight = true;
    stale = false;
    worker.postMessage({ type: 'analyse', id: nextId++, weights, constraints, latency });
  };

  let sentBase: LoadedDataset | null = null;
  /** The last whole analysis since the last init: what a partial answer is completed with. */
  let latestWhole: Analysis | null = null;

  /** The dataset's own records go once per dataset, as the load worker's JSON bytes when there
   * are some (transferred: no copy on this thread); the user's added layers go every time. */
  const sendInit = () => {
    const { baseDataset, addedLayers } = store.getState();
    if (!baseDataset) return;
    ready = false;
    latestWhole = null;
    initId = nextId++;
    const appended = addedLayers.map(({ id, layerId, records }) => ({ id, layerId, records }));
    if (baseDataset === sentBase) {
      worker.postMessage({ type: 'init', id: initId, appended });
      return;
    }
    sentBase = baseDataset;
    const atlasJson = takeAtlasJson(baseDataset);
    if (atlasJson)
      worker.postMessage({ type: 'init', id: initId, atlasJson, appended }, [atlasJson]);
    else worker.postMessage({ type: 'init', id: initId, atlas: baseDataset.atlas, appended });
  };

  worker.onmessage = ({ data }) => {
    if (data.type === 'ready' && data.id === initId) {
      ready = true;
      sendAnalyse();
    } else if (data.type === 'analysis') {
      inFlight = false;
      // Per-site parts left out mean "as in the previous answer"; an answer meant for the
      // previous dataset has none to complete it with and is dropped.
      const analysis = completeAnalysis(data.analysis, latestWhole);
      if (analysis && data.id > initId) {
        latestWhole = analysis;
        store.getState().setAnalysis(analysis);
      }
      if (stale) sendAnalyse();
    } else if (data.type === 'error') {
      inFlight = false;
      store.getState().setLoadError(`Compute worker: ${data.message}`);
    }
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.dataset !== previous.dataset) return sendInit();
    const now = analysisInputs(state);
    const before = analysisInputs(previous);
    if (now.some((value, index) => value !== before[index])) sendAnalyse();
  });
  sendInit();

  return () => {
    unsubscribe();
    worker.terminate();
  };
}
