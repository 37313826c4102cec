// What one analysis of the current inputs yields: scores per region, the raw indicator matrix,
// constraint verdicts and latency to demand. The worker produces it; the UI only reads it.
import type { ConstraintEvaluation } from './constraints/evaluateConstraints';
import type { JudgedLayerId } from './layerFamilies';
import type { LatencyColumn } from './network/latencyColumn';
import type { RawMatrix } from './score/aggregateIndicators';
import type { ScoreResult } from './score/scoreRegions';
import type { VintageAnalysis } from './vintage/vintageAnalysis';
import type { RankRange } from './sites/rankRobustness';

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
  /** The as-of view the answer describes, when the request named one (docs/VINTAGES.md). */
  readonly vintage?: VintageAnalysis;
  /** Each region's rank range (p5–p95) when the Score weights move ±20 % (200 seeded draws). */
  readonly rankRanges?: Readonly<Record<string, RankRange>>;
}

/** The part of an analysis the score views and the choropleth read. */
export type ScoreAnalysis = Pick<Analysis, 'scores' | 'raw' | 'rankRanges' | 'vintage'>;
