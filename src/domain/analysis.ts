// What one analysis of the current inputs yields: scores per region, the raw indicator matrix,
// constraint verdicts and latency to demand. The compute worker produces it; the UI only reads it.
import type { ConstraintEvaluation } from './constraints/evaluateConstraints';
import type { JudgedLayerId } from './layerFamilies';
import type { LatencyColumn } from './network/latencyColumn';
import type { RawMatrix } from './score/aggregateIndicators';
import type { ScoreResult } from './score/scoreRegions';

/** Latency to the nearest demand hub per judged family, one entry per record in record order
 * (the order of the constraint verdicts too); read one with `latencyAt`. */
export type LatencyById = { readonly [L in JudgedLayerId]: LatencyColumn };

export interface Analysis {
  readonly scores: ScoreResult;
  readonly raw: RawMatrix;
  readonly constraints: ConstraintEvaluation;
  readonly latency: LatencyById;
  /** True when the dataset has no fibre routes and latency is great-circle × route factor. */
  readonly latencyIsEstimate: boolean;
  /** Milliseconds the worker spent on this answer. */
  readonly computeMs: number;
}

/** An analysis as the worker sends it: `constraints` and `latency` — one verdict and one latency
 * per site, megabytes on a national dataset — depend only on the constraints and the latency
 * settings, so they are left out when those did not change since the previous answer. */
export type AnalysisUpdate = Omit<Analysis, 'constraints' | 'latency'> &
  Partial<Pick<Analysis, 'constraints' | 'latency'>>;

/** The full analysis: the update, with the per-site parts of `previous` where it left them out.
 * Null when the update leaves them out and there is no previous analysis to take them from. */
export function completeAnalysis(
  update: AnalysisUpdate,
  previous: Pick<Analysis, 'constraints' | 'latency'> | null,
): Analysis | null {
  const constraints = update.constraints ?? previous?.constraints;
  const latency = update.latency ?? previous?.latency;
  return constraints && latency ? { ...update, constraints, latency } : null;
}
