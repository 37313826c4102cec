// What a constraint starts as when the user adds it: a threshold worth looking at (the policy
// value where there is one), the app's latency settings, and set members taken from the dataset.
// Nothing here names a country: an operator filter needs the dataset to name operators.
import type { Constraint, ConstraintKind, ConstraintOf } from '../../domain/constraints/constraint';
import type { LatencySettings } from '../../domain/network/latencySettings';
import type { DatasetChoices } from './datasetChoices';

export interface DefaultContext {
  readonly latency: LatencySettings;
  readonly choices: DatasetChoices;
}

const OPERATING_STATUSES = ['operating', 'partially_operating'] as const;

const DEFAULTS: {
  readonly [K in ConstraintKind]: (context: DefaultContext) => ConstraintOf<K> | undefined;
} = {
  minNonFossilShare: () => ({ kind: 'minNonFossilShare', minShare: 0.5 }),
  minSpareSupply: () => ({ kind: 'minSpareSupply', minCapacityToMeanLoadRatio: 2 }),
  maxElectricityPrice: () => ({ kind: 'maxElectricityPrice', maxPriceCnyPerKwh: 0.6 }),
  maxDistanceToPowerLine: () => ({
    kind: 'maxDistanceToPowerLine',
    maxDistanceKm: 100,
    minVoltageKv: 800,
    current: 'any',
  }),
  insideHubCluster: () => ({ kind: 'insideHubCluster', role: 'any' }),
  maxLatency: ({ latency }) => ({ kind: 'maxLatency', maxLatencyMs: 20, latency }),
  maxDistanceToBackbone: ({ choices }) => ({
    kind: 'maxDistanceToBackbone',
    maxDistanceKm: 100,
    nodeKinds:
      choices.nodeKinds.length > 0 ? choices.nodeKinds : ['backbone_direct_connection_point'],
  }),
  maxPue: () => ({ kind: 'maxPue', maxPue: 1.3, hubRole: 'any' }),
  minCapacity: () => ({ kind: 'minCapacity', minCapacityMw: 50 }),
  statusIn: ({ choices }) => {
    const operating = choices.statuses.filter((s) =>
      (OPERATING_STATUSES as readonly string[]).includes(s),
    );
    const statuses = operating.length > 0 ? operating : choices.statuses;
    return { kind: 'statusIn', statuses: statuses.length > 0 ? statuses : ['operating'] };
  },
  operatorIn: ({ choices }) => {
    const first = choices.operators[0];
    return first && { kind: 'operatorIn', operators: [first.name] };
  },
};

/** A new, valid constraint of `kind`; undefined when the dataset offers nothing to choose from. */
export function defaultConstraint(
  kind: ConstraintKind,
  context: DefaultContext,
): Constraint | undefined {
  return (DEFAULTS[kind] as (context: DefaultContext) => Constraint | undefined)(context);
}
