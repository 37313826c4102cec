// What a comparison of scenarios with their baseline holds: per side, the scores, the raw matrix
// (without the assignment lists) and the constraint pass counts, all under the same weights,
// constraints and latency settings. The worker fills it; the map and panels read it.
import type { PassCount } from '../constraints/evaluateConstraints';
import type { JudgedLayerId } from '../layerFamilies';
import type { RawMatrix } from '../score/aggregateIndicators';
import type { ScoreResult } from '../score/scoreRegions';

/** At most this many scenarios are compared with the baseline at once. */
export const MAX_COMPARED_SCENARIOS = 3;

export type PassCounts = { readonly [L in JudgedLayerId]: PassCount } & {
  readonly sites: PassCount;
};

export interface ComparedAnalysis {
  readonly scores: ScoreResult;
  readonly raw: Pick<RawMatrix, 'regionIds' | 'indicatorIds' | 'values'>;
  readonly counts: PassCounts;
  /** Regions, then sites, that latency over the fibre graph cannot reach. */
  readonly unreachable: { readonly regions: number; readonly sites: number };
}

export interface ComparedScenario {
  readonly id: string;
  readonly name: string;
  readonly analysis: ComparedAnalysis;
  /** Modifications that did not fit the dataset and were skipped. */
  readonly skipped: number;
  /** Milliseconds the worker spent evaluating the scenario (0 when it was cached). */
  readonly evaluateMs: number;
}

export interface ScenarioComparison {
  readonly baseline: ComparedAnalysis;
  readonly scenarios: readonly ComparedScenario[];
}
