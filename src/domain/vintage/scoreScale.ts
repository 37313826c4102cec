// How scores are made comparable across years: today's min–max over the regions of each year, or
// fixed goalposts per indicator (given values, else the range over every year), and optionally
// entropy weights frozen at a base year. docs/VINTAGES.md explains the choice.
import type { RawMatrix } from '../score/aggregateIndicators';
import type { Goalposts } from '../score/scoreRegions';

export const NORMALISATIONS = ['per_year', 'goalposts'] as const;
export type Normalisation = (typeof NORMALISATIONS)[number];

export interface ScoreScale {
  /** per_year: min–max over the regions of the year shown (a region's D can be re-scaled away);
   * goalposts: fixed reference values, so a region that gains gains D. */
  readonly normalisation: Normalisation;
  /** Fixed goalposts by indicator; with `goalposts` normalisation, an indicator without one uses
   * the range over every year of the dataset. */
  readonly goalposts: Goalposts;
  /** Entropy weights computed in this year and applied in every year (entropy mode only). */
  readonly entropyBaseYear?: number;
}

export const DEFAULT_SCORE_SCALE: ScoreScale = { normalisation: 'per_year', goalposts: {} };

/** The range of each indicator over every present value of every matrix (same indicators). */
export function rangeGoalposts(matrices: readonly RawMatrix[]): Goalposts {
  const goalposts: Record<string, { min: number; max: number }> = {};
  for (const matrix of matrices) {
    matrix.indicatorIds.forEach((id, j) => {
      for (const row of matrix.values) {
        const x = row[j];
        if (x === undefined) continue;
        const known = goalposts[id];
        goalposts[id] = known
          ? { min: Math.min(known.min, x), max: Math.max(known.max, x) }
          : { min: x, max: x };
      }
    });
  }
  return goalposts as Goalposts;
}
