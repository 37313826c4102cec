// One side of a scenario comparison: an evaluation's scores, raw matrix, constraint pass counts
// and unreachable places under the request's weights, constraints and latency settings (latency
// and distances come from the evaluation's memoised caches).
import type { ComparedAnalysis } from '../domain/scenario/comparison';
import { SITE_LAYER_IDS } from '../domain/layerFamilies';
import type { LatencyResult } from '../domain/network/latencyToDemand';
import { withLatency } from '../domain/score/aggregateIndicators';
import type { IndicatorDef } from '../domain/score/indicatorRegistry';
import { scoreRegions } from '../domain/score/scoreRegions';
import { constraintsOf } from './constraintsOf';
import type { WorkerRequests } from './protocol';
import type { Evaluation } from './scenarioEvaluation';

const unreachableIn = (results: ReadonlyMap<string, LatencyResult>) =>
  [...results.values()].filter((result) => result.status === 'unreachable').length;

export function compareAnalysis(
  evaluation: Evaluation,
  request: WorkerRequests['analyse'],
  registry: readonly IndicatorDef[],
): ComparedAnalysis {
  const latency = evaluation.context.latency(request.latency);
  const latencyMs = new Map(
    [...latency.regions].map(([id, result]) => [id, result.latencyMs] as const),
  );
  const raw = withLatency(evaluation.aggregation.raw, registry, latencyMs);
  const { counts } = constraintsOf(evaluation, request.constraints);
  return {
    scores: scoreRegions(raw, request.weights, registry),
    raw: { regionIds: raw.regionIds, indicatorIds: raw.indicatorIds, values: raw.values },
    counts,
    unreachable: {
      regions: unreachableIn(latency.regions),
      sites: SITE_LAYER_IDS.reduce((sum, layer) => sum + unreachableIn(latency[layer]), 0),
    },
  };
}
