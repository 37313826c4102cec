import { describe, expect, it } from 'vitest';
import { POLICY_PRESETS } from '../../domain/constraints/policyPresets';
import {
  DEFAULT_LATENCY_SETTINGS,
  type LatencySettings,
} from '../../domain/network/latencySettings';
import { applyPreset, isPresetApplied } from './applyPreset';
import { withLatencySettings } from './latencyInStep';

const custom: LatencySettings = {
  mode: 'round_trip',
  routeFactor: 2,
  perHopOverheadMs: 0.5,
  demandHubIds: ['HE'],
};

describe('applyPreset', () => {
  it('replaces the constraints and adopts the latency reading of a latency preset', () => {
    const result = applyPreset(POLICY_PRESETS.hubLatency20Ms, custom);
    expect(result.constraints).toEqual(POLICY_PRESETS.hubLatency20Ms.constraints);
    expect(result.latency).toEqual(DEFAULT_LATENCY_SETTINGS);
    expect(withLatencySettings(result.constraints, result.latency)).toBe(result.constraints);
  });

  it('keeps the current latency settings for a preset without a latency threshold', () => {
    expect(applyPreset(POLICY_PRESETS.hubClusterPue, custom).latency).toBe(custom);
  });

  it('recognises the constraints of an applied preset and not an edited copy', () => {
    const { constraints } = applyPreset(POLICY_PRESETS.allHubPolicies, custom);
    expect(isPresetApplied(POLICY_PRESETS.allHubPolicies, constraints)).toBe(true);
    expect(isPresetApplied(POLICY_PRESETS.hubLatency20Ms, constraints)).toBe(false);
    const edited = constraints.map((c) => (c.kind === 'maxPue' ? { ...c, maxPue: 1.4 } : c));
    expect(isPresetApplied(POLICY_PRESETS.allHubPolicies, edited)).toBe(false);
  });
});
