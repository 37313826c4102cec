import { describe, expect, it } from 'vitest';
import type { Constraint } from '../../domain/constraints/constraint';
import {
  DEFAULT_LATENCY_SETTINGS,
  type LatencySettings,
} from '../../domain/network/latencySettings';
import { sameLatencySettings, withLatencySettings } from './latencyInStep';

const green: Constraint = { kind: 'minNonFossilShare', minShare: 0.5 };
const latency: Constraint = {
  kind: 'maxLatency',
  maxLatencyMs: 20,
  latency: DEFAULT_LATENCY_SETTINGS,
};

describe('withLatencySettings', () => {
  it('puts the new settings into every latency constraint and leaves the others as they are', () => {
    const roundTrip: LatencySettings = { ...DEFAULT_LATENCY_SETTINGS, mode: 'round_trip' };
    const next = withLatencySettings([green, latency], roundTrip);
    expect(next[0]).toBe(green);
    expect(next[1]).toEqual({ kind: 'maxLatency', maxLatencyMs: 20, latency: roundTrip });
  });

  it('returns the same list when the settings already match, so nothing recomputes', () => {
    const list = [green, latency];
    expect(withLatencySettings(list, { ...DEFAULT_LATENCY_SETTINGS })).toBe(list);
  });

  it('treats a chosen hub list as different from the default hubs', () => {
    const chosen = { ...DEFAULT_LATENCY_SETTINGS, demandHubIds: ['HE'] };
    expect(sameLatencySettings(chosen, DEFAULT_LATENCY_SETTINGS)).toBe(false);
    expect(sameLatencySettings(chosen, { ...chosen, demandHubIds: ['HE'] })).toBe(true);
    expect(withLatencySettings([latency], chosen)[0]).toEqual({ ...latency, latency: chosen });
  });
});
