// Connects the store to the compute worker: sends the dataset once, then one `analyse` request per
// change of weights, constraints or latency settings — at most one in flight, the latest inputs
// win — and stores each answer. The main thread never scores.
import type { AppState, AppStore } from '../state/createAppStore';
import type { WorkerRequest, WorkerResponse } from '../worker/protocol';

export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
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

  const sendInit = () => {
    const dataset = store.getState().dataset;
    if (!dataset) return;
    ready = false;
    initId = nextId++;
    worker.postMessage({ type: 'init', id: initId, atlas: dataset.atlas });
  };

  worker.onmessage = ({ data }) => {
    if (data.type === 'ready' && data.id === initId) {
      ready = true;
      sendAnalyse();
    } else if (data.type === 'analysis') {
      inFlight = false;
      store.getState().setAnalysis(data.analysis);
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
