// A five-indicator registry over region statistics, for hand-computed scoring tests.
import type { RawMatrix } from '../score/aggregateIndicators';
import type { IndicatorId } from '../score/indicatorIds';
import type { Direction, IndicatorDef } from '../score/indicatorRegistry';
import type { Subsystem } from '../score/subsystems';

const row = (id: IndicatorId, subsystem: Subsystem, direction: Direction): IndicatorDef => ({
  id,
  subsystem,
  direction,
  source: { kind: 'region', property: id },
  unit: { en: '', zh: '' },
  label: { en: id, zh: id },
  description: { en: id, zh: id },
});

/** compute: c1 = dc_count, c2 = icc_count; power: p1; network: n1 (lower is better); data: d1. */
export const TEST_REGISTRY: readonly IndicatorDef[] = [
  row('dc_count', 'compute', '+'),
  row('icc_count', 'compute', '+'),
  row('generation_capacity_gw', 'power', '+'),
  row('latency_to_demand_ms', 'network', '-'),
  row('population_10k', 'data', '+'),
];

export function testMatrix(values: (number | undefined)[][]): RawMatrix {
  return {
    regionIds: values.map((_, r) => `R${r + 1}`),
    indicatorIds: TEST_REGISTRY.map((d) => d.id),
    values,
    assignment: {},
  };
}
