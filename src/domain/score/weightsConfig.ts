// The user's weights: subsystem weights α, manual or entropy indicator weights, indicators switched
// off. Resolving them gives effective weights: α summing to 1 over active subsystems, indicator
// weights summing to 1 within each subsystem.
import { entropyWeights } from './entropyWeights';
import type { IndicatorId } from './indicatorIds';
import { DEFAULT_DISABLED_INDICATORS, type IndicatorDef } from './indicatorRegistry';
import { SUBSYSTEMS, type Subsystem } from './subsystems';

export const WEIGHT_MODES = ['manual', 'entropy'] as const;
export type WeightMode = (typeof WEIGHT_MODES)[number];

export interface WeightsConfig {
  readonly subsystemWeights: Readonly<Record<Subsystem, number>>;
  readonly mode: WeightMode;
  /** Manual weights; an indicator not listed weighs 1. */
  readonly indicatorWeights: Readonly<Partial<Record<IndicatorId, number>>>;
  readonly disabledIndicators: readonly IndicatorId[];
}

export const DEFAULT_WEIGHTS: WeightsConfig = {
  subsystemWeights: { compute: 0.25, power: 0.25, network: 0.25, data: 0.25 },
  mode: 'entropy',
  indicatorWeights: {},
  disabledIndicators: DEFAULT_DISABLED_INDICATORS,
};

export interface ResolvedWeights {
  /** Subsystems with at least one enabled indicator, in SUBSYSTEMS order. */
  readonly activeSubsystems: readonly Subsystem[];
  /** α per subsystem, summing to 1 over the active ones (0 for inactive ones). */
  readonly subsystemWeights: Readonly<Record<Subsystem, number>>;
  /** Weight per matrix column, summing to 1 within each active subsystem; 0 when disabled. */
  readonly columnWeights: readonly number[];
}

const nonNegative = (w: number | undefined) =>
  w !== undefined && Number.isFinite(w) && w > 0 ? w : 0;

/** Scales to sum 1; when everything is 0 (or empty), equal shares. */
export function sumToOne(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  return total > 0 ? weights.map((w) => w / total) : weights.map(() => 1 / weights.length);
}

/**
 * Effective weights for a normalised matrix whose columns are `defs`. Manual: negative or
 * non-finite weights count as 0; all-zero within a subsystem → equal weights. Entropy: from the
 * normalised columns of the subsystem. All-zero α over the active subsystems → equal α.
 */
export function resolveWeights(
  normalised: readonly (readonly (number | undefined)[])[],
  defs: readonly IndicatorDef[],
  config: WeightsConfig,
): ResolvedWeights {
  const disabled = new Set(config.disabledIndicators);
  const columnWeights = defs.map(() => 0);
  const activeSubsystems = SUBSYSTEMS.filter((k) =>
    defs.some((d) => d.subsystem === k && !disabled.has(d.id)),
  );
  for (const k of activeSubsystems) {
    const columns = defs.flatMap((d, j) => (d.subsystem === k && !disabled.has(d.id) ? [j] : []));
    const weights =
      config.mode === 'entropy'
        ? entropyWeights(columns.map((j) => normalised.map((row) => row[j])))
        : sumToOne(columns.map((j) => nonNegative(config.indicatorWeights[defs[j]!.id] ?? 1)));
    columns.forEach((j, i) => (columnWeights[j] = weights[i]!));
  }
  const alpha = sumToOne(activeSubsystems.map((k) => nonNegative(config.subsystemWeights[k])));
  const subsystemWeights = Object.fromEntries(
    SUBSYSTEMS.map((k) => [k, alpha[activeSubsystems.indexOf(k)] ?? 0]),
  ) as Record<Subsystem, number>;
  return { activeSubsystems, subsystemWeights, columnWeights };
}
