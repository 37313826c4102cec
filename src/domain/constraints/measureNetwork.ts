// Network measurements: latency to the nearest demand hub over the fibre graph (regions at their
// label position, sites at their position) and, for sites, distance to the nearest network node.
import type { ConstraintContext } from './createConstraintContext';
import type { ConstraintOf } from './constraint';
import { NOT_APPLICABLE, unknown, value, type Measurement, type Subject } from './measurement';

export function latencyToDemandHub(
  context: ConstraintContext,
  subject: Subject,
  constraint: ConstraintOf<'maxLatency'>,
): Measurement {
  const result = context.latency(constraint.latency)[subject.layer].get(subject.record.id);
  if (!result) return unknown('missing_value');
  switch (result.status) {
    case 'fibre':
      return value(result.latencyMs);
    case 'estimate':
      return value(result.latencyMs, ['latency_estimate']);
    case 'unreachable':
      return result.reason === 'no_demand_hub'
        ? unknown('no_demand_hub')
        : { type: 'failed', notes: ['unreachable'] };
  }
}

export function distanceToBackbone(
  context: ConstraintContext,
  subject: Subject,
  constraint: ConstraintOf<'maxDistanceToBackbone'>,
): Measurement {
  if (subject.layer === 'regions') return NOT_APPLICABLE;
  const km = context.networkNodeDistanceKm(constraint.nodeKinds)[subject.layer][subject.index];
  return km === undefined ? unknown('no_eligible_node') : value(km);
}
