// The site score of every cell (DESIGN.md "Site finder"): hard masks first, then the weighted sum
// of the scaled criteria, score = 100 · Σ w_c · s_c / Σ w_c over the available criteria with a
// weight (s_c = 1 − suitability for a criterion read as a penalty). Missing input: incomplete.
import { CRITERIA, type CriterionId } from './criteria';
import { scaleValue } from './scale';
import type { SiteSettings } from './siteSettings';

export const CELL_STATUSES = ['scored', 'masked', 'incomplete'] as const;
export type CellStatus = (typeof CELL_STATUSES)[number];
export const SCORED = 0;
export const MASKED = 1;
export const INCOMPLETE = 2;

/** Suitability in [0, 1] per criterion and cell, NaN where the raw value is missing. */
export type Suitability = Readonly<Record<CriterionId, Float32Array>>;

export interface CellScores {
  /** 0–100 for scored cells, NaN otherwise. */
  readonly scores: Float32Array;
  /** Index into CELL_STATUSES per cell. */
  readonly status: Uint8Array;
  readonly counts: Readonly<Record<CellStatus, number>>;
  /** The criteria in the sum with their weights (sum 1), penalty flags applied. */
  readonly terms: readonly {
    readonly id: CriterionId;
    readonly weight: number;
    readonly penalty: boolean;
  }[];
}

/** Each criterion's raw values through its scale (once per matrix, not per weight change). */
export function scaleCriteria(values: Readonly<Record<CriterionId, Float64Array>>): Suitability {
  return Object.fromEntries(
    CRITERIA.map((c) => [c.id, Float32Array.from(values[c.id], (v) => scaleValue(c.scale, v))]),
  ) as Suitability;
}

/** The weighted terms of the sum: available criteria with a positive finite weight, weights
 * summing to 1 (none when every weight is 0). */
export function scoreTerms(settings: SiteSettings, unavailable: ReadonlySet<CriterionId>) {
  const raw = CRITERIA.flatMap((c) => {
    const w = settings.weights[c.id];
    return !unavailable.has(c.id) && Number.isFinite(w) && w > 0
      ? [{ id: c.id, weight: w, penalty: settings.penalties.includes(c.id) }]
      : [];
  });
  const total = raw.reduce((sum, t) => sum + t.weight, 0);
  return raw.map((t) => ({ ...t, weight: t.weight / total }));
}

/**
 * Scores every cell under the settings. A cell fails a mask when its raw value breaks the
 * threshold (inclusive comparisons); a mask or weighted criterion without a value makes it
 * incomplete; masks on unavailable criteria are ignored (the caller says so).
 */
export function scoreCells(
  values: Readonly<Record<CriterionId, Float64Array>>,
  suitability: Suitability,
  settings: SiteSettings,
  unavailable: ReadonlySet<CriterionId> = new Set(),
): CellScores {
  const n = suitability[CRITERIA[0]!.id].length;
  const scores = new Float32Array(n).fill(NaN);
  const status = new Uint8Array(n);
  const terms = scoreTerms(settings, unavailable);
  const masks = settings.masks.filter((m) => !unavailable.has(m.id));
  const maskValues = masks.map((m) => values[m.id]);
  const maskMax = masks.map((m) => CRITERIA.find((c) => c.id === m.id)!.mask?.comparison !== 'min');
  const maskThreshold = masks.map((m) => m.threshold);
  const columns = terms.map((t) => suitability[t.id]);
  const weights = Float64Array.from(terms, (t) => t.weight);
  const penalties = Uint8Array.from(terms, (t) => (t.penalty ? 1 : 0));
  for (let i = 0; i < n; i++) {
    let state = terms.length === 0 ? INCOMPLETE : SCORED;
    for (let k = 0; k < masks.length; k++) {
      const v = maskValues[k]![i]!;
      if (v !== v) {
        if (state !== MASKED) state = INCOMPLETE;
      } else if (maskMax[k] ? v > maskThreshold[k]! : v < maskThreshold[k]!) state = MASKED;
    }
    if (state === MASKED) {
      status[i] = MASKED;
      continue;
    }
    let sum = 0;
    for (let k = 0; k < columns.length; k++) {
      const s = columns[k]![i]!;
      if (s !== s) {
        state = INCOMPLETE;
        break;
      }
      sum += weights[k]! * (penalties[k] ? 1 - s : s);
    }
    status[i] = state;
    if (state === SCORED) scores[i] = 100 * sum;
  }
  const tally = [0, 0, 0];
  for (let i = 0; i < n; i++) tally[status[i]!]! += 1;
  const counts = { scored: tally[SCORED]!, masked: tally[MASKED]!, incomplete: tally[INCOMPLETE]! };
  return { scores, status, counts, terms };
}
