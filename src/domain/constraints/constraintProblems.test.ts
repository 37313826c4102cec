import { describe, expect, it } from 'vitest';
import { DEFAULT_LATENCY_SETTINGS } from '../network/latencySettings';
import { constraintProblems } from './constraintProblems';

describe('constraintProblems', () => {
  it('accepts values in range', () => {
    expect(constraintProblems({ kind: 'minNonFossilShare', minShare: 0.8 })).toEqual([]);
  });

  it('rejects a share above 1, a negative distance and a route factor below 1', () => {
    expect(constraintProblems({ kind: 'minNonFossilShare', minShare: 80 })).toHaveLength(1);
    expect(
      constraintProblems({ kind: 'maxDistanceToBackbone', maxDistanceKm: -1, nodeKinds: ['ixp'] }),
    ).toHaveLength(1);
    const latency = { ...DEFAULT_LATENCY_SETTINGS, routeFactor: 0.5 };
    expect(constraintProblems({ kind: 'maxLatency', maxLatencyMs: 20, latency })).toEqual([
      'routeFactor must be a number from 1 to Infinity',
    ]);
  });

  it('rejects empty sets', () => {
    expect(constraintProblems({ kind: 'statusIn', statuses: [] })).toHaveLength(1);
    expect(constraintProblems({ kind: 'operatorIn', operators: [' '] })).toHaveLength(1);
  });
});
