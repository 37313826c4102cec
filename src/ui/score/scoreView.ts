// One region's slice of an analysis: its score, raw and normalised rows and the resolved weights,
// looked up by id through an index built once per analysis.
import type { ScoreAnalysis } from '../../domain/analysis';
import type { IndicatorId } from '../../domain/score/indicatorIds';
import type { RegionScore } from '../../domain/score/scoreRegions';
import type { WeightsConfig } from '../../domain/score/weightsConfig';

/** The part of an analysis the score UI reads. */
export type { ScoreAnalysis } from '../../domain/analysis';

export interface RegionScoreView {
  readonly score: RegionScore;
  /** Raw and normalised values in `scores.indicatorIds` order; undefined = missing. */
  readonly raw: readonly (number | undefined)[];
  readonly normalised: readonly (number | undefined)[];
}

const indexCache = new WeakMap<ScoreAnalysis['scores'], ReadonlyMap<string, number>>();

function rowIndex(analysis: ScoreAnalysis): ReadonlyMap<string, number> {
  let index = indexCache.get(analysis.scores);
  if (!index) {
    index = new Map(analysis.scores.regions.map((region, i) => [region.regionId, i]));
    indexCache.set(analysis.scores, index);
  }
  return index;
}

/** The region's score and rows, or undefined when the analysis does not score it. */
export function regionScoreView(
  analysis: ScoreAnalysis,
  regionId: string,
): RegionScoreView | undefined {
  const i = rowIndex(analysis).get(regionId);
  if (i === undefined) return undefined;
  const score = analysis.scores.regions[i]!;
  const rawRow = analysis.raw.regionIds[i] === regionId ? analysis.raw.values[i] : undefined;
  return {
    score,
    raw: rawRow ?? analysis.scores.indicatorIds.map(() => undefined),
    normalised: analysis.scores.normalised[i] ?? [],
  };
}

/** Missing indicators that matter: the switched-off ones do not enter the score. */
export function relevantMissing(
  score: RegionScore,
  weights: Pick<WeightsConfig, 'disabledIndicators'>,
): IndicatorId[] {
  return score.missingIndicators.filter((id) => !weights.disabledIndicators.includes(id));
}
