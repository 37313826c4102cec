// One region's indicators, grouped by subsystem: raw value, normalised value and weight within the
// subsystem, whether it is switched off and whether the region lacks it.
import type { IndicatorId } from '../../domain/score/indicatorIds';
import { indicatorDef } from '../../domain/score/indicatorRegistry';
import { SUBSYSTEMS, type Subsystem } from '../../domain/score/subsystems';
import type { WeightsConfig } from '../../domain/score/weightsConfig';
import type { RegionScoreView, ScoreAnalysis } from './scoreView';

export interface IndicatorLine {
  readonly id: IndicatorId;
  readonly subsystem: Subsystem;
  readonly raw?: number;
  /** x' in [0.01, 1]; undefined when missing. */
  readonly normalised?: number;
  /** Weight within the subsystem, 0–1 (0 when switched off). */
  readonly weight: number;
  readonly enabled: boolean;
  readonly missing: boolean;
  readonly lowerIsBetter: boolean;
}

/** The region's indicators in subsystem order, then in the analysis's column order. */
export function indicatorBreakdown(
  analysis: ScoreAnalysis,
  view: RegionScoreView,
  weights: Pick<WeightsConfig, 'disabledIndicators'>,
): IndicatorLine[] {
  const { indicatorIds, columnWeights } = analysis.scores;
  const lines = indicatorIds.map((id, j): IndicatorLine => {
    const def = indicatorDef(id);
    const raw = view.raw[j];
    return {
      id,
      subsystem: def.subsystem,
      raw,
      normalised: view.normalised[j],
      weight: columnWeights[j] ?? 0,
      enabled: !weights.disabledIndicators.includes(id),
      missing: raw === undefined,
      lowerIsBetter: def.direction === '-',
    };
  });
  return SUBSYSTEMS.flatMap((k) => lines.filter((line) => line.subsystem === k));
}
