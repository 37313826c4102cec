// Connects the store to the atlas worker's analyses: once a dataset is loaded (the worker keeps it)
// and whenever the user's added layers change, an `init` with those layers; then one `analyse`
// request per change of weights, constraints, latency settings, as-of view, scenarios or of
// whether the Score tab shows rank ranges — at most one in flight, the latest inputs win — and
// stores each answer. The main thread never scores.
import type { Analysis } from '../domain/analysis';
import { completeAnalysis } from '../worker/analysisUpdate';
import type { AppState, AppStore } from '../state/createAppStore';
import type { WorkerResponse } from '../worker/protocol';
import type { AtlasWorkerLike, AtlasWorkerMessage } from './atlasWorker';
import { vintageInputs, vintageRequest } from './vintageRequest';
import { activeScenarioOf } from '../state/scenarios/scenarioSlice';

const ANALYSIS_TYPES: ReadonlySet<string> = new Set(['ready', 'analysis', 'error']);
const isAnalysisResponse = (data: AtlasWorkerMessage): data is WorkerResponse =>
  ANALYSIS_TYPES.has(data.type);

const analysisInputs = (state: AppState) => [
  state.weights,
  state.constraints,
  state.latency,
  ...vintageInputs(state),
  activeScenarioOf(state),
  rankRangesShown(state),
  ...comparedScenarios(state),
];

/** The province rank ranges are drawn only while the Score tab shows them. */
const rankRangesShown = (state: AppState) => state.panelOpen && state.panelTab === 'score';

/** The compared scenarios, in the user's order (at most MAX_COMPARED_SCENARIOS). */
const comparedScenarios = (state: AppState) =>
  state.comparedScenarioIds.flatMap((id) => state.scenarios.filter((s) => s.id === id));

/** Starts the connection; returns the function that stops it. */
export function connectCompute(store: AppStore, worker: AtlasWorkerLike) {
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
    const state = store.getState();
    const { weights, constraints, latency } = state;
    const vintage = vintageRequest(state);
    const active = activeScenarioOf(state);
    const scenarios = { ...(active ? { active } : {}), compared: comparedScenarios(state) };
    inFlight = true;
    stale = false;
    worker.postMessage({
      type: 'analyse',
      id: nextId++,
      weights,
      constraints,
      latency,
      scenarios,
      ...(vintage ? { vintage } : {}),
      rankRanges: rankRangesShown(state),
    });
  };

  /** The last whole analysis since the last init: what a partial answer is completed with. */
  let latestWhole: Analysis | null = null;

  /** The worker aggregates the dataset it loaded with the user's added layers appended. */
  const sendInit = () => {
    const { baseDataset, addedLayers } = store.getState();
    if (!baseDataset) return;
    ready = false;
    latestWhole = null;
    initId = nextId++;
    const appended = addedLayers.map(({ id, layerId, records }) => ({ id, layerId, records }));
    worker.postMessage({ type: 'init', id: initId, appended });
  };

  const onMessage = ({ data }: MessageEvent<AtlasWorkerMessage>) => {
    if (!isAnalysisResponse(data)) return;
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
        store.getState().setComparison(data.comparison ?? null);
      }
      if (stale) sendAnalyse();
    } else if (data.type === 'error') {
      inFlight = false;
      store.getState().setLoadError(`Compute worker: ${data.message}`);
    }
  };

  worker.addEventListener('message', onMessage);
  const unsubscribe = store.subscribe((state, previous) => {
    // A new dataset or added layer re-aggregates; a scenario change is only a new analysis.
    if (state.baseDataset !== previous.baseDataset || state.addedLayers !== previous.addedLayers)
      return sendInit();
    const now = analysisInputs(state);
    const before = analysisInputs(previous);
    if (now.length !== before.length || now.some((value, index) => value !== before[index]))
      sendAnalyse();
  });
  sendInit();

  return () => {
    unsubscribe();
    worker.removeEventListener('message', onMessage);
  };
}
