import { describe, expect, it } from 'vitest';
import { latencyRings, POLICY_RING_LATENCIES_MS } from './latencyRings';
import { hub } from '../testing/fibreFixtures';

const hubs = [hub('east', [121, 31]), hub('west', [106, 26], 'west_supply')];

describe('latencyRings', () => {
  it('gives each demand hub rings whose radius is the geodesic reach of the latency', () => {
    const [rings, ...others] = latencyRings(hubs, POLICY_RING_LATENCIES_MS, {
      mode: 'one_way',
      routeFactor: 1.5,
      perHopOverheadMs: 0,
    });
    expect(others).toHaveLength(0);
    expect(rings!.hubId).toBe('east');
    expect(rings!.rings.map((r) => r.latencyMs)).toEqual([1, 5, 20]);
    expect(rings!.rings[2]!.radiusKm).toBeCloseTo(20 / (0.0049 * 1.5), 6);
  });

  it('halves the radius for a round trip', () => {
    const settings = { mode: 'one_way', routeFactor: 1, perHopOverheadMs: 0 } as const;
    const oneWay = latencyRings(hubs, [5], settings)[0]!.rings[0]!.radiusKm;
    const roundTrip = latencyRings(hubs, [5], { ...settings, mode: 'round_trip' })[0]!.rings[0]!
      .radiusKm;
    expect(roundTrip).toBeCloseTo(oneWay / 2, 9);
  });
});
