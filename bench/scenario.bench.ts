// Scenario benchmarks (issue 15) on the default dataset: one modification → new scores,
// constraint verdicts and latency in the worker, incremental (only the changed records aggregated,
// the fibre graph reused) against the named baseline of re-running the whole pipeline on the
// scenario's atlas; and a new fibre link → latency with the fibre graph rebuilt.
import type { Analysis } from '../src/domain/analysis';
import type { Atlas } from '../src/domain/atlas';
import type { Constraint } from '../src/domain/constraints/constraint';
import { createConstraintContext } from '../src/domain/constraints/createConstraintContext';
import { POLICY_PRESETS } from '../src/domain/constraints/policyPresets';
import { DEFAULT_LATENCY_SETTINGS } from '../src/domain/network/latencySettings';
import { applyScenario } from '../src/domain/scenario/applyScenario';
import type { Modification } from '../src/domain/scenario/modification';
import {
  proposedDataCentre,
  proposedFibreLink,
  proposedPowerPlant,
} from '../src/domain/scenario/proposedFeatures';
import { INDICATOR_REGISTRY } from '../src/domain/score/indicatorRegistry';
import { DEFAULT_WEIGHTS } from '../src/domain/score/weightsConfig';
import { analyse } from '../src/worker/analyse';
import type { AnalysisUpdate } from '../src/worker/analysisUpdate';
import type { WorkerRequests } from '../src/worker/protocol';
import { evaluateAtlas, evaluateScenario, type Evaluation } from '../src/worker/scenarioEvaluation';
import { loadDefaultAtlas } from '../src/worker/testing/defaultAtlas';
import type { BenchCase, BenchSuite } from './types';

const constraints: readonly Constraint[] = Object.values(POLICY_PRESETS).flatMap(
  (preset) => preset.constraints,
);
const request: WorkerRequests['analyse'] = {
  weights: DEFAULT_WEIGHTS,
  constraints,
  latency: DEFAULT_LATENCY_SETTINGS,
};

const close = (a: number | undefined, b: number | undefined) =>
  a === b ||
  (a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)));

/** Raw matrix and D to 1e-9, constraint verdicts and per-site latency equal. */
function sameAnalysis(fast: unknown, baseline: unknown): boolean {
  const [f, b] = [fast as AnalysisUpdate, baseline as AnalysisUpdate];
  const raw = f.raw.values.every((row, r) => row.every((x, j) => close(x, b.raw.values[r]![j])));
  const degree = f.scores.regions.every((s, r) => close(s.degree, b.scores.regions[r]!.degree));
  const verdicts =
    JSON.stringify((f as Analysis).constraints) === JSON.stringify((b as Analysis).constraints);
  const latency = JSON.stringify(f.latency) === JSON.stringify(b.latency);
  return raw && degree && verdicts && latency;
}

/** A new scenario on every run (the capacity counts up), so nothing is cached between runs. */
function oneModification(
  name: string,
  atlas: Atlas,
  baseline: Evaluation,
  modificationOf: (run: number) => Modification,
  target: BenchCase['target'],
): BenchCase {
  let run = 0;
  let fastRun = 0;
  return {
    name,
    baselineName:
      're-running the whole pipeline on the scenario atlas (aggregate, context, analyse)',
    fast: () => {
      const scenario = { modifications: [modificationOf(fastRun++ % 1000)] };
      return analyse(
        evaluateScenario(baseline, scenario, INDICATOR_REGISTRY),
        request,
        INDICATOR_REGISTRY,
      );
    },
    baseline: () => {
      const scenario = { modifications: [modificationOf(run++ % 1000)] };
      const evaluation = evaluateAtlas(applyScenario(atlas, scenario), INDICATOR_REGISTRY);
      return analyse(evaluation, request, INDICATOR_REGISTRY);
    },
    same: sameAnalysis,
    target,
  };
}

function fibreRebuild(atlas: Atlas, link: Modification): BenchCase {
  const scenarioAtlas = applyScenario(atlas, { modifications: [link] });
  return {
    name: 'scenario: a new fibre link → latency of every region and site, fibre graph rebuilt (default dataset)',
    baselineName: 'none (absolute: rebuilding is the method)',
    fast: () => createConstraintContext(scenarioAtlas).latency(DEFAULT_LATENCY_SETTINGS),
    target: { maxFastMs: 50 },
  };
}

const suite: BenchSuite = {
  name: 'scenarios',
  setup() {
    const atlas = loadDefaultAtlas();
    if (!atlas) throw new Error('the default dataset (data/) is needed for the scenario bench');
    const baseline = evaluateAtlas(atlas, INDICATOR_REGISTRY);
    analyse(baseline, request, INDICATOR_REGISTRY);
    const common = { name: 'Proposed', scenarioName: 'bench' };
    const dataCentre = (run: number): Modification =>
      proposedDataCentre({
        ...common,
        id: 'P-1',
        position: [106.63, 26.65],
        capacityMw: 1000 + run,
      });
    const plant = (run: number): Modification =>
      proposedPowerPlant({
        ...common,
        id: 'P-2',
        position: [111.6, 40.8],
        fuel: 'wind',
        capacityMw: 3000 + run,
      });
    const retire = (run: number): Modification => ({
      kind: 'edit',
      layerId: 'wind_farms',
      id: atlas.wind_farms[run % atlas.wind_farms.length]!.id,
      changes: { status: 'retired', proposed: true },
    });
    const link = (run: number): Modification =>
      proposedFibreLink({
        ...common,
        id: 'P-3',
        ends: [
          [87.6, 43.8],
          [91.1 + run * 1e-6, 29.65],
        ],
      });
    const target = { minRatio: 10, maxFastMs: 100 };
    return [
      oneModification(
        'scenario: one new 1 GW data centre → scores, constraints and latency (default dataset)',
        atlas,
        baseline,
        dataCentre,
        target,
      ),
      oneModification(
        'scenario: one new power plant → scores, constraints and latency (default dataset)',
        atlas,
        baseline,
        plant,
        target,
      ),
      oneModification(
        'scenario: one wind farm retired (8,288-record layer) → scores, constraints and latency (default dataset)',
        atlas,
        baseline,
        retire,
        target,
      ),
      oneModification(
        'scenario: one new fibre link → scores, constraints and latency, graph rebuilt (default dataset)',
        atlas,
        baseline,
        link,
        { maxFastMs: 100 },
      ),
      fibreRebuild(atlas, link(0)),
    ];
  },
};

export default suite;
