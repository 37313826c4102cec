// The U_k bars of one region: one per subsystem with its value in 0–1, its bar width, its α share
// and whether it is the bottleneck. A missing or inactive subsystem has no bar, not a zero bar.
import type { RegionScore, ScoreResult } from '../../domain/score/scoreRegions';
import { SUBSYSTEMS, type Subsystem } from '../../domain/score/subsystems';

export interface SubsystemBar {
  readonly subsystem: Subsystem;
  /** U_k in 0–1; undefined when missing or the subsystem is off. */
  readonly value?: number;
  /** Bar length, percent 0–100; 0 when there is no value. */
  readonly widthPct: number;
  /** α after rescaling (0 when inactive). */
  readonly alpha: number;
  readonly active: boolean;
  readonly isBottleneck: boolean;
}

export function subsystemBars(
  score: RegionScore,
  weights: Pick<ScoreResult, 'activeSubsystems' | 'subsystemWeights'>,
): SubsystemBar[] {
  return SUBSYSTEMS.map((subsystem) => {
    const active = weights.activeSubsystems.includes(subsystem);
    const value = active ? score.subsystemIndex[subsystem] : undefined;
    return {
      subsystem,
      value,
      widthPct: value === undefined ? 0 : Math.min(100, Math.max(0, value * 100)),
      alpha: weights.subsystemWeights[subsystem],
      active,
      isBottleneck: score.bottleneck === subsystem,
    };
  });
}
