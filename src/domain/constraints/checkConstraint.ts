// Measures one constraint on one subject and compares with the threshold: pass, fail (with the
// measured value, threshold and margin), unknown (data absent) or not applicable.
import { assertNever } from '../assertNever';
import type { ConstraintCheck } from './constraintCheck';
import type { ConstraintContext } from './createConstraintContext';
import type { Constraint } from './constraint';
import { designPue, capacityMw, operatorName, siteStatus } from './measureCompute';
import { distanceToBackbone, latencyToDemandHub } from './measureNetwork';
import {
  capacityToMeanLoad,
  distanceToPowerLine,
  electricityPrice,
  insideHubCluster,
  nonFossilShare,
  regionStatistic,
} from './measurePower';
import type { Measurement, Subject } from './measurement';

/** What the measured value is compared with: a number (max/min), allowed texts, or `true`. */
export function thresholdOf(constraint: Constraint): number | readonly string[] | true {
  switch (constraint.kind) {
    case 'minNonFossilShare':
      return constraint.minShare;
    case 'minSpareSupply':
      return constraint.minCapacityToMeanLoadRatio;
    case 'maxElectricityPrice':
      return constraint.maxPriceCnyPerKwh;
    case 'maxDistanceToPowerLine':
    case 'maxDistanceToBackbone':
      return constraint.maxDistanceKm;
    case 'insideHubCluster':
      return true;
    case 'maxLatency':
      return constraint.maxLatencyMs;
    case 'maxPue':
      return constraint.maxPue;
    case 'minCapacity':
      return constraint.minCapacityMw;
    case 'statusIn':
      return constraint.statuses;
    case 'operatorIn':
      return constraint.operators;
    default:
      return assertNever(constraint);
  }
}

export function measure(
  context: ConstraintContext,
  constraint: Constraint,
  subject: Subject,
): Measurement {
  switch (constraint.kind) {
    case 'minNonFossilShare':
      return regionStatistic(context, subject, nonFossilShare);
    case 'minSpareSupply':
      return regionStatistic(context, subject, capacityToMeanLoad);
    case 'maxElectricityPrice':
      return regionStatistic(context, subject, electricityPrice);
    case 'maxDistanceToPowerLine':
      return distanceToPowerLine(context, subject, constraint);
    case 'insideHubCluster':
      return insideHubCluster(context, subject, constraint.role);
    case 'maxLatency':
      return latencyToDemandHub(context, subject, constraint);
    case 'maxDistanceToBackbone':
      return distanceToBackbone(context, subject, constraint);
    case 'maxPue':
      return designPue(context, subject, constraint);
    case 'minCapacity':
      return capacityMw(subject);
    case 'statusIn':
      return siteStatus(subject);
    case 'operatorIn':
      return operatorName(subject);
    default:
      return assertNever(constraint);
  }
}

/** The check of `constraint` (at `constraintIndex` in the active list) on `subject`. */
export function checkConstraint(
  context: ConstraintContext,
  constraint: Constraint,
  constraintIndex: number,
  subject: Subject,
): ConstraintCheck {
  const base = { constraintIndex, kind: constraint.kind, threshold: thresholdOf(constraint) };
  const measurement = measure(context, constraint, subject);
  if (measurement.type === 'not_applicable')
    return { ...base, status: 'not_applicable', notes: [] };
  if (measurement.type === 'unknown')
    return { ...base, status: 'unknown', notes: measurement.notes };
  if (measurement.type === 'failed') return { ...base, status: 'fail', notes: measurement.notes };
  const measured = measurement.value;
  const margin = marginOf(constraint, measured, base.threshold);
  const passes = margin === undefined ? matches(constraint, measured, base.threshold) : margin <= 0;
  return {
    ...base,
    status: passes ? 'pass' : 'fail',
    measured,
    ...(margin !== undefined && !passes ? { margin } : {}),
    notes: measurement.notes,
  };
}

/** How far a number lies past a max/min threshold (> 0 fails, ≤ 0 passes); undefined otherwise. */
function marginOf(
  constraint: Constraint,
  measured: unknown,
  threshold: unknown,
): number | undefined {
  if (typeof measured !== 'number' || typeof threshold !== 'number') return undefined;
  return constraint.kind.startsWith('max') ? measured - threshold : threshold - measured;
}

function matches(
  constraint: Constraint,
  measured: string | number | boolean,
  threshold: unknown,
): boolean {
  if (threshold === true) return measured === true;
  if (!Array.isArray(threshold) || typeof measured !== 'string') return false;
  if (constraint.kind === 'operatorIn') {
    const name = measured.toLowerCase();
    return threshold.some(
      (operator: string) => operator.trim() !== '' && name.includes(operator.trim().toLowerCase()),
    );
  }
  return threshold.includes(measured);
}
