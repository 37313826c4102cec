// How far a ranking moves when the weights do (Monte Carlo, seeded): every weight is multiplied by
// an independent uniform factor in [1 − spread, 1 + spread] per draw, the items re-scored and
// re-ranked; each item's rank range is its 5th–95th percentile rank over the draws.
import { seededRandom } from './seededRandom';

export interface RankRange {
  /** 5th and 95th percentile rank over the draws (1 = best). */
  readonly p5: number;
  readonly p95: number;
  readonly median: number;
  /** Share of draws (0–1) in which the item ranks within `top`. */
  readonly topShare: number;
}

export interface RobustnessOptions {
  /** Draws (default 200). */
  readonly draws?: number;
  /** Relative perturbation of each weight (default 0.2: ±20 %). */
  readonly spread?: number;
  readonly seed?: number;
  /** The "stays in the top" cut (default 10). */
  readonly top?: number;
}

export const DEFAULT_DRAWS = 200;
export const DEFAULT_SPREAD = 0.2;
export const DEFAULT_SEED = 14;
export const DEFAULT_TOP = 10;

/** The nearest-rank percentile of sorted ranks. */
const at = (sorted: Uint32Array, p: number) =>
  sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;

/**
 * Rank ranges over seeded draws of perturbed weights: `scoresOf(weights)` scores every item under
 * one draw's weights (higher is better; NaN items rank after the others). Ties rank by item order.
 */
export function rankRangesOverDraws(
  itemCount: number,
  weights: readonly number[],
  scoresOf: (weights: Float64Array) => ArrayLike<number>,
  options: RobustnessOptions = {},
): RankRange[] {
  const draws = options.draws ?? DEFAULT_DRAWS;
  const spread = options.spread ?? DEFAULT_SPREAD;
  const top = options.top ?? DEFAULT_TOP;
  const random = seededRandom(options.seed ?? DEFAULT_SEED);
  const ranks = Array.from({ length: itemCount }, () => new Uint32Array(draws));
  const perturbed = new Float64Array(weights.length);
  const order = Array.from({ length: itemCount }, (_, k) => k);
  const key = (x: number) => (Number.isNaN(x) ? -Infinity : x);
  for (let d = 0; d < draws; d++) {
    for (let c = 0; c < weights.length; c++)
      perturbed[c] = weights[c]! * (1 + spread * (2 * random() - 1));
    const scores = scoresOf(perturbed);
    order.sort((a, b) => key(scores[b]!) - key(scores[a]!) || a - b);
    order.forEach((k, position) => (ranks[k]![d] = position + 1));
  }
  return ranks.map((r) => {
    const sorted = r.sort();
    const inTop = sorted.filter((rank) => rank <= top).length;
    return {
      p5: at(sorted, 5),
      p95: at(sorted, 95),
      median: at(sorted, 50),
      topShare: inTop / draws,
    };
  });
}

/** Rank ranges of items each scored alone: `score(weights, k)` is item k's score. */
export function rankRobustness(
  itemCount: number,
  weights: readonly number[],
  score: (weights: Float64Array, item: number) => number,
  options: RobustnessOptions = {},
): RankRange[] {
  const scores = new Float64Array(itemCount);
  return rankRangesOverDraws(
    itemCount,
    weights,
    (w) => {
      for (let k = 0; k < itemCount; k++) scores[k] = score(w, k);
      return scores;
    },
    options,
  );
}

/** Candidates' rank ranges: each scored by Σ w_c · mean_c / Σ w_c over the score's terms. */
export function candidateRankRanges(
  candidates: readonly { readonly means: Readonly<Record<string, number>> }[],
  terms: readonly { readonly id: string; readonly weight: number }[],
  options?: RobustnessOptions,
): RankRange[] {
  const means = candidates.map((c) => terms.map((t) => c.means[t.id]!));
  return rankRobustness(
    candidates.length,
    terms.map((t) => t.weight),
    (w, k) => {
      let sum = 0;
      let total = 0;
      const row = means[k]!;
      for (let c = 0; c < w.length; c++) {
        sum += w[c]! * row[c]!;
        total += w[c]!;
      }
      return total > 0 ? sum / total : 0;
    },
    options,
  );
}

/** Share of draws in the top that makes a candidate "robust" (the table's filter). */
export const ROBUST_TOP_SHARE = 0.9;

/** True when the item stays in the top in at least ROBUST_TOP_SHARE of the draws. */
export function isRobust(range: RankRange): boolean {
  return range.topShare >= ROBUST_TOP_SHARE;
}
