// One click on a policy preset: its constraints replace the user's, and when it holds a latency
// threshold its latency reading (one way, route factor, default demand hubs) becomes the app's,
// so the rings and every latency shown follow the policy as the preset documents it.
import type { Constraint } from '../../domain/constraints/constraint';
import type { PolicyPreset } from '../../domain/constraints/policyPresets';
import type { LatencySettings } from '../../domain/network/latencySettings';

export interface PresetResult {
  readonly constraints: readonly Constraint[];
  readonly latency: LatencySettings;
}

export function applyPreset(preset: PolicyPreset, current: LatencySettings): PresetResult {
  const latencyConstraint = preset.constraints.find((c) => c.kind === 'maxLatency');
  return {
    constraints: [...preset.constraints],
    latency: latencyConstraint?.kind === 'maxLatency' ? latencyConstraint.latency : current,
  };
}

/** True when the constraints are exactly the preset's (the preset button shows as pressed). */
export function isPresetApplied(preset: PolicyPreset, constraints: readonly Constraint[]): boolean {
  return (
    preset.constraints.length === constraints.length &&
    preset.constraints.every((c, i) => JSON.stringify(c) === JSON.stringify(constraints[i]))
  );
}
