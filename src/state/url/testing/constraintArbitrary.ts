// fast-check arbitrary for constraints of every kind, with thresholds often out of range (the
// codec's normaliser brings them in, or drops a constraint that cannot be made valid).
import fc from 'fast-check';
import { HUB_ROLES, NETWORK_NODE_KINDS, SITE_STATUSES } from '../../../domain/atlas';
import type { Constraint } from '../../../domain/constraints/constraint';
import { CURRENT_FILTERS } from '../../../domain/geo/currentFilter';
import type { LatencySettings } from '../../../domain/network/latencySettings';

export function constraintArbitrary(
  anyNumber: fc.Arbitrary<number>,
  latency: fc.Arbitrary<LatencySettings>,
  name: fc.Arbitrary<string>,
): fc.Arbitrary<Constraint> {
  const n = (min: number, max: number) => fc.oneof(fc.double({ noNaN: true, min, max }), anyNumber);
  const role = fc.constantFrom(...HUB_ROLES, 'any' as const);
  return fc.oneof(
    fc.record({ kind: fc.constant('minNonFossilShare' as const), minShare: n(0, 1) }),
    fc.record({
      kind: fc.constant('minSpareSupply' as const),
      minCapacityToMeanLoadRatio: n(0, 10),
    }),
    fc.record({ kind: fc.constant('maxElectricityPrice' as const), maxPriceCnyPerKwh: n(0, 5) }),
    fc.record({
      kind: fc.constant('maxDistanceToPowerLine' as const),
      maxDistanceKm: n(0, 3000),
      minVoltageKv: n(0, 1100),
      current: fc.constantFrom(...CURRENT_FILTERS),
    }),
    fc.record({ kind: fc.constant('insideHubCluster' as const), role }),
    fc.record({ kind: fc.constant('maxLatency' as const), maxLatencyMs: n(0, 200), latency }),
    fc.record({
      kind: fc.constant('maxDistanceToBackbone' as const),
      maxDistanceKm: n(0, 3000),
      nodeKinds: fc.array(fc.constantFrom(...NETWORK_NODE_KINDS), { maxLength: 6 }),
    }),
    fc.record({ kind: fc.constant('maxPue' as const), maxPue: n(1, 3), hubRole: role }),
    fc.record({ kind: fc.constant('minCapacity' as const), minCapacityMw: n(0, 5000) }),
    fc.record({
      kind: fc.constant('statusIn' as const),
      statuses: fc.array(fc.constantFrom(...SITE_STATUSES), { maxLength: 8 }),
    }),
    fc.record({
      kind: fc.constant('operatorIn' as const),
      operators: fc.array(fc.oneof(name, fc.constantFrom(' Alibaba Cloud ', '', '中国电信')), {
        maxLength: 14,
      }),
    }),
  );
}
