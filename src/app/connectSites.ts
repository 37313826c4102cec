// Connects the store to the site finder in the atlas worker: while the site finder is on and a
// dataset is loaded, one `sites` request per change of its settings, the latency settings, the
// Score weights (D is a criterion), the displayed dataset (the active scenario is measured) or the
// as-of view (the cells are measured in the year's layout) — at most one in flight, the latest
// inputs win — and each answer completed (grid and values kept from the previous one) and stored.
// The main thread never scores.
import type { SiteAnalysis } from '../domain/sites/siteAnalysis';
import type { AppState, AppStore } from '../state/createAppStore';
import { activeScenarioOf } from '../state/scenarios/scenarioSlice';
import { completeSites } from '../worker/sitesUpdate';
import type { WorkerResponse } from '../worker/protocol';
import type { AtlasWorkerLike, AtlasWorkerMessage } from './atlasWorker';

/** The User Timing measure of the main thread's handling of each site answer (benchmarks). */
export const SITES_MESSAGE_MEASURE = 'atlas:sites-message';

/** Site request ids start here, apart from the compute connection's. */
const FIRST_ID = 1_000_000_000;

const inputs = (state: AppState) => [
  state.siteFinder,
  state.latency,
  state.weights,
  state.dataset,
  state.vintage,
];

type SitesResponse = Extract<WorkerResponse, { type: 'sites' }>;
const isSitesResponse = (data: AtlasWorkerMessage): data is SitesResponse => data.type === 'sites';

/** Starts the connection; returns the function that stops it. */
export function connectSites(store: AppStore, worker: AtlasWorkerLike) {
  let nextId = FIRST_ID;
  let inFlight = false;
  let stale = false;
  /** Answers to requests sent before the displayed dataset changed are dropped. */
  let datasetId = FIRST_ID;
  let latest: SiteAnalysis | null = null;

  const send = () => {
    const state = store.getState();
    const { siteFinder, dataset, latency, weights, vintage } = state;
    if (!siteFinder || !dataset) return;
    if (inFlight) {
      stale = true;
      return;
    }
    inFlight = true;
    stale = false;
    worker.postMessage({
      type: 'sites',
      id: nextId++,
      settings: siteFinder,
      latency,
      scoreWeights: weights,
      scenario: activeScenarioOf(state),
      // Today's view goes unnamed, so the worker measures the dataset exactly as before.
      ...(vintage.asOf.kind === 'all' ? {} : { vintage }),
    });
  };

  const onMessage = ({ data }: MessageEvent<AtlasWorkerMessage>) => {
    if (!isSitesResponse(data)) return;
    const start = performance.now();
    inFlight = false;
    const state = store.getState();
    if (data.sites === null) state.setSites(latest, data.message);
    else if (data.id >= datasetId && state.siteFinder) {
      latest = completeSites(data.sites, latest);
      state.setSites(latest);
    }
    if (stale) send();
    performance.measure(SITES_MESSAGE_MEASURE, { start });
  };

  worker.addEventListener('message', onMessage);
  const unsubscribe = store.subscribe((state, previous) => {
    // The worker's first answer after its cache was reset (a new dataset) carries the grid, and a
    // scenario keeps the grid: `latest` stays, so a scenario edit only brings new values.
    if (state.dataset !== previous.dataset) datasetId = nextId;
    if (!state.siteFinder) latest = null;
    const now = inputs(state);
    const before = inputs(previous);
    if (now.some((value, index) => value !== before[index])) send();
  });
  send();

  return () => {
    unsubscribe();
    worker.removeEventListener('message', onMessage);
  };
}
