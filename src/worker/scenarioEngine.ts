// The engine's scenarios: evaluations cached by their modifications (a few, newest kept), the one
// an answer is about, and the comparison of the baseline with the compared ones. Scenario ids and
// names never change an evaluation; only modifications do.
import type { ComparedScenario, ScenarioComparison } from '../domain/scenario/comparison';
import { MAX_COMPARED_SCENARIOS } from '../domain/scenario/comparison';
import type { Scenario } from '../domain/scenario/modification';
import type { IndicatorDef } from '../domain/score/indicatorRegistry';
import { compareAnalysis } from './compareAnalysis';
import type { ScenarioRequest, WorkerRequests } from './protocol';
import { evaluateScenario, type Evaluation } from './scenarioEvaluation';

/** Evaluations kept: the active scenario, three compared ones and a few recent edits. */
const MAX_CACHED = 8;

export type ScenarioCache = Map<string, Evaluation>;

export const createScenarioCache = (): ScenarioCache => new Map();

const keyOf = (scenario: Pick<Scenario, 'modifications'>) => JSON.stringify(scenario.modifications);

/** The evaluation of `scenario` on `baseline`, from the cache or evaluated now (and cached). */
export function scenarioEvaluation(
  cache: ScenarioCache,
  baseline: Evaluation,
  scenario: Pick<Scenario, 'modifications'>,
  registry: readonly IndicatorDef[],
): { evaluation: Evaluation; cached: boolean } {
  if (scenario.modifications.length === 0) return { evaluation: baseline, cached: true };
  const key = keyOf(scenario);
  const known = cache.get(key);
  if (known) {
    cache.delete(key);
    cache.set(key, known);
    return { evaluation: known, cached: true };
  }
  const evaluation = evaluateScenario(baseline, scenario, registry);
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(key, evaluation);
  return { evaluation, cached: false };
}

/** What an answer is about: the active scenario's evaluation, else the baseline. */
export function activeEvaluation(
  cache: ScenarioCache,
  baseline: Evaluation,
  request: ScenarioRequest | undefined,
  registry: readonly IndicatorDef[],
): Evaluation {
  if (!request?.active) return baseline;
  return scenarioEvaluation(cache, baseline, request.active, registry).evaluation;
}

/** The baseline beside each compared scenario; undefined when none is compared. */
export function compareScenarios(
  cache: ScenarioCache,
  baseline: Evaluation,
  request: WorkerRequests['analyse'],
  registry: readonly IndicatorDef[],
): ScenarioComparison | undefined {
  const compared = request.scenarios?.compared.slice(0, MAX_COMPARED_SCENARIOS) ?? [];
  if (compared.length === 0) return undefined;
  const scenarios = compared.map((scenario): ComparedScenario => {
    const { evaluation, cached } = scenarioEvaluation(cache, baseline, scenario, registry);
    return {
      id: scenario.id,
      name: scenario.name,
      analysis: compareAnalysis(evaluation, request, registry),
      skipped: evaluation.skipped,
      evaluateMs: cached ? 0 : evaluation.evaluateMs,
    };
  });
  return { baseline: compareAnalysis(baseline, request, registry), scenarios };
}
