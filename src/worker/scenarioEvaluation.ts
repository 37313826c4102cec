// One atlas the worker can analyse — the baseline or a scenario on top of it — with what its
// analyses reuse: the aggregation (totals per layer source), the constraint context (fibre graph,
// latency and distance caches) and the keys of the last answer. A scenario is evaluated from its
// baseline's: only changed records are aggregated, and the fibre graph is rebuilt only when a
// fibre route changed.
import type { Atlas } from '../domain/atlas';
import { createConstraintContext } from '../domain/constraints/createConstraintContext';
import { MEASURED_LAYERS } from '../domain/constraints/measuredLayers';
import { applyScenarioReport } from '../domain/scenario/applyScenario';
import { layerChanges } from '../domain/scenario/layerChanges';
import type { Scenario } from '../domain/scenario/modification';
import { aggregateWithTotals, type Aggregation } from '../domain/score/aggregateIndicators';
import type { IndicatorDef } from '../domain/score/indicatorRegistry';
import { updateAggregation } from '../domain/score/updateAggregation';
import { NO_LATENCY_KEY, type AnalysisState } from './analyse';

export interface Evaluation extends AnalysisState {
  readonly atlas: Atlas;
  readonly aggregation: Aggregation;
  /** Modifications that did not fit the atlas (none for the baseline). */
  readonly skipped: number;
  /** Milliseconds spent building this evaluation. */
  readonly evaluateMs: number;
}

function evaluation(
  atlas: Atlas,
  aggregation: Aggregation,
  context: AnalysisState['context'],
  skipped: number,
  start: number,
): Evaluation {
  return {
    atlas,
    aggregation,
    raw: aggregation.raw,
    latencyKey: NO_LATENCY_KEY,
    context,
    skipped,
    evaluateMs: performance.now() - start,
  };
}

/** Aggregates `atlas` from scratch and builds its constraint context. */
export function evaluateAtlas(atlas: Atlas, registry: readonly IndicatorDef[]): Evaluation {
  const start = performance.now();
  const aggregation = aggregateWithTotals(atlas, registry);
  return evaluation(atlas, aggregation, createConstraintContext(atlas), 0, start);
}

/** The scenario on top of `base`, evaluated incrementally from it. */
export function evaluateScenario(
  base: Evaluation,
  scenario: Pick<Scenario, 'modifications'>,
  registry: readonly IndicatorDef[],
): Evaluation {
  const start = performance.now();
  const { atlas, skipped } = applyScenarioReport(base.atlas, scenario);
  const changes = layerChanges(base.atlas, atlas);
  const aggregation = updateAggregation(base, atlas, changes, registry);
  const fibreChanged = changes.some((c) => c.layerId === MEASURED_LAYERS.fibreGraph);
  const context = createConstraintContext(atlas, {
    previous: base.context,
    ...(fibreChanged ? {} : { fibreGraph: base.context.fibreGraph }),
  });
  return { ...evaluation(atlas, aggregation, context, skipped.length, start), previous: base };
}
