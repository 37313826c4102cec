// Range checks for a constraint that came from outside (a URL, a preset, a form): what is wrong
// with it, in plain words, or nothing. Types are checked by the caller's parser.
import { assertNever } from '../assertNever';
import type { Constraint } from './constraint';

const finite = (value: number, name: string, min = 0, max = Infinity): string[] =>
  Number.isFinite(value) && value >= min && value <= max
    ? []
    : [`${name} must be a number from ${min} to ${max}`];

/** Problems with the constraint's values; empty when it can be evaluated. */
export function constraintProblems(constraint: Constraint): string[] {
  switch (constraint.kind) {
    case 'minNonFossilShare':
      return finite(constraint.minShare, 'minShare', 0, 1);
    case 'minSpareSupply':
      return finite(constraint.minCapacityToMeanLoadRatio, 'minCapacityToMeanLoadRatio');
    case 'maxElectricityPrice':
      return finite(constraint.maxPriceCnyPerKwh, 'maxPriceCnyPerKwh');
    case 'maxDistanceToPowerLine':
      return [
        ...finite(constraint.maxDistanceKm, 'maxDistanceKm'),
        ...finite(constraint.minVoltageKv, 'minVoltageKv'),
      ];
    case 'insideHubCluster':
      return [];
    case 'maxLatency':
      return [
        ...finite(constraint.maxLatencyMs, 'maxLatencyMs'),
        ...finite(constraint.latency.routeFactor, 'routeFactor', 1),
        ...finite(constraint.latency.perHopOverheadMs, 'perHopOverheadMs'),
      ];
    case 'maxDistanceToBackbone':
      return [
        ...finite(constraint.maxDistanceKm, 'maxDistanceKm'),
        ...(constraint.nodeKinds.length > 0 ? [] : ['nodeKinds must name at least one kind']),
      ];
    case 'maxPue':
      return finite(constraint.maxPue, 'maxPue', 1);
    case 'minCapacity':
      return finite(constraint.minCapacityMw, 'minCapacityMw');
    case 'statusIn':
      return constraint.statuses.length > 0 ? [] : ['statuses must name at least one status'];
    case 'operatorIn':
      return constraint.operators.some((name) => name.trim() !== '')
        ? []
        : ['operators must name at least one operator'];
    default:
      return assertNever(constraint);
  }
}
