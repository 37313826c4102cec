// Pure edits of the weights configuration (one slider, one switch, one checkbox) and the shares
// shown beside the sliders: α rescaled to sum 1 over the active subsystems, indicator weights to
// sum 1 within their subsystem — the same rules the scoring applies (resolveWeights).
import type { IndicatorId } from '../../domain/score/indicatorIds';
import { INDICATOR_REGISTRY, type IndicatorDef } from '../../domain/score/indicatorRegistry';
import { SUBSYSTEMS, type Subsystem } from '../../domain/score/subsystems';
import { sumToOne, type WeightMode, type WeightsConfig } from '../../domain/score/weightsConfig';

/** Slider bounds of every weight (the link stores 0–1 with three decimals). */
export const WEIGHT_SLIDER = { min: 0, max: 1, step: 0.05 } as const;
/** An indicator without a manual weight weighs this much. */
export const DEFAULT_INDICATOR_WEIGHT = 1;

const clampWeight = (value: number) =>
  Number.isFinite(value) ? Math.min(WEIGHT_SLIDER.max, Math.max(WEIGHT_SLIDER.min, value)) : 0;

export function withSubsystemWeight(config: WeightsConfig, k: Subsystem, value: number) {
  return { ...config, subsystemWeights: { ...config.subsystemWeights, [k]: clampWeight(value) } };
}

export function withIndicatorWeight(config: WeightsConfig, id: IndicatorId, value: number) {
  return { ...config, indicatorWeights: { ...config.indicatorWeights, [id]: clampWeight(value) } };
}

export function withMode(config: WeightsConfig, mode: WeightMode): WeightsConfig {
  return { ...config, mode };
}

/** The configuration with the indicator switched on or off (disabled list kept in registry order). */
export function withIndicatorEnabled(
  config: WeightsConfig,
  id: IndicatorId,
  enabled: boolean,
): WeightsConfig {
  const disabled = new Set(config.disabledIndicators);
  if (enabled) disabled.delete(id);
  else disabled.add(id);
  const disabledIndicators = INDICATOR_REGISTRY.map((d) => d.id).filter((x) => disabled.has(x));
  return { ...config, disabledIndicators };
}

export function manualIndicatorWeight(config: WeightsConfig, id: IndicatorId): number {
  return config.indicatorWeights[id] ?? DEFAULT_INDICATOR_WEIGHT;
}

const positive = (w: number) => (Number.isFinite(w) && w > 0 ? w : 0);

/** Subsystems with an enabled indicator, in SUBSYSTEMS order. */
export function activeSubsystems(
  config: WeightsConfig,
  defs: readonly IndicatorDef[] = INDICATOR_REGISTRY,
): Subsystem[] {
  return SUBSYSTEMS.filter((k) =>
    defs.some((d) => d.subsystem === k && !config.disabledIndicators.includes(d.id)),
  );
}

/** α as shown: summing to 1 over the active subsystems (equal when all are 0); 0 when inactive. */
export function subsystemShares(
  config: WeightsConfig,
  defs: readonly IndicatorDef[] = INDICATOR_REGISTRY,
): Record<Subsystem, number> {
  const active = activeSubsystems(config, defs);
  const shares = sumToOne(active.map((k) => positive(config.subsystemWeights[k])));
  return Object.fromEntries(SUBSYSTEMS.map((k) => [k, shares[active.indexOf(k)] ?? 0])) as Record<
    Subsystem,
    number
  >;
}

/** Manual indicator weights as shown: summing to 1 within each subsystem; 0 when switched off. */
export function manualIndicatorShares(
  config: WeightsConfig,
  defs: readonly IndicatorDef[] = INDICATOR_REGISTRY,
): Partial<Record<IndicatorId, number>> {
  const shares: Partial<Record<IndicatorId, number>> = {};
  for (const k of SUBSYSTEMS) {
    const on = defs.filter((d) => d.subsystem === k && !config.disabledIndicators.includes(d.id));
    const weights = sumToOne(on.map((d) => positive(manualIndicatorWeight(config, d.id))));
    on.forEach((d, i) => (shares[d.id] = weights[i]));
  }
  for (const id of config.disabledIndicators) shares[id] = 0;
  return shares;
}
