// The `analyse` answer: latency to demand over the fibre graph (cached per setting by the
// constraint context), the latency column of the score replaced only when it changed, the scores
// recombined from the cached matrix, and the constraint verdicts and per-site latency — these two
// only when the constraints, latency settings or as-of view changed since the last answer
// (AnalysisUpdate); the province rank ranges only when asked (the Score tab shows them).
import type { LatencyById } from '../domain/analysis';
import type { AnalysisUpdate } from './analysisUpdate';
import type { ConstraintContext } from '../domain/constraints/createConstraintContext';
import type { ConstraintEvaluation } from '../domain/constraints/evaluateConstraints';
import { constraintsOf } from './constraintsOf';
import { JUDGED_LAYER_IDS } from '../domain/layerFamilies';
import type { AtlasLatency } from '../domain/network/latencyForAtlas';
import { latencyColumn } from '../domain/network/latencyColumn';
import { withLatency, type RawMatrix } from '../domain/score/aggregateIndicators';
import type { IndicatorDef } from '../domain/score/indicatorRegistry';
import { provinceRankRanges } from '../domain/score/provinceRankRanges';
import { scoreRegions, type ScoreOptions } from '../domain/score/scoreRegions';
import { DEFAULT_VINTAGE, vintageKey } from '../domain/vintage/asOf';
import type { LatencySettings } from '../domain/network/latencySettings';
import type { WorkerRequests } from './protocol';

export interface AnalysisState {
  raw: RawMatrix;
  latencyKey: string;
  /** Constraints and latency settings of the last answer that carried the per-site parts. */
  sitesKey?: string;
  readonly context: ConstraintContext;
  /** The verdicts last computed here and the constraints they answer (see constraintsOf). */
  lastConstraints?: { readonly key: string; readonly evaluation: ConstraintEvaluation };
  /** The baseline a scenario's state was changed from, for verdicts to reuse. */
  readonly previous?: AnalysisState;
}

/** The results in record order (the maps keep insertion order, which is record order). */
function columns(latency: AtlasLatency): LatencyById {
  return Object.fromEntries(
    JUDGED_LAYER_IDS.map((layer) => [layer, latencyColumn(latency[layer].values())]),
  ) as unknown as LatencyById;
}

/** The latency key before any latency is known. */
export const NO_LATENCY_KEY = '[]';

/** Latency under `settings` (cached by the context), and the state's raw matrix with its latency
 * column replaced when the regions' latency changed. */
export function refreshLatency(
  state: Pick<AnalysisState, 'raw' | 'latencyKey' | 'context'>,
  settings: LatencySettings,
  registry: readonly IndicatorDef[],
): AtlasLatency {
  const latency = state.context.latency(settings);
  const regionLatencyMs = new Map(
    [...latency.regions].map(([id, result]) => [id, result.latencyMs] as const),
  );
  const key = JSON.stringify([...regionLatencyMs]);
  if (key !== state.latencyKey) {
    state.raw = withLatency(state.raw, registry, regionLatencyMs);
    state.latencyKey = key;
  }
  return latency;
}

export function analyse(
  state: AnalysisState,
  request: WorkerRequests['analyse'],
  registry: readonly IndicatorDef[],
  scoreOptions: ScoreOptions = {},
): AnalysisUpdate {
  const start = performance.now();
  const latency = refreshLatency(state, request.latency, registry);
  const view = vintageKey(request.vintage?.settings ?? DEFAULT_VINTAGE);
  const sitesKey = JSON.stringify([request.constraints, request.latency, view]);
  const sitesChanged = sitesKey !== state.sitesKey;
  state.sitesKey = sitesKey;
  return {
    scores: scoreRegions(state.raw, request.weights, registry, scoreOptions),
    raw: state.raw,
    ...(sitesChanged
      ? {
          constraints: constraintsOf(state, request.constraints),
          latency: columns(latency),
        }
      : {}),
    ...(request.rankRanges
      ? {
          rankRanges: provinceRankRanges(state.raw, request.weights, registry, {
            score: scoreOptions,
          }),
        }
      : {}),
    latencyIsEstimate: state.context.fibreGraph.nodeCount === 0,
    computeMs: performance.now() - start,
  };
}
