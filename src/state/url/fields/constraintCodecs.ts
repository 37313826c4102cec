// One row per constraint kind: its code in a link and how its arguments read and write, e.g.
// `pue:1.25:east_demand`. Thresholds are clamped to the ranges below (wide enough for any policy
// discussed in the design document); a constraint that cannot be made valid is dropped.
import { HUB_ROLES, NETWORK_NODE_KINDS, SITE_STATUSES } from '../../../domain/atlas';
import type { ConstraintKind, ConstraintOf } from '../../../domain/constraints/constraint';
import { CURRENT_FILTERS } from '../../../domain/geo/currentFilter';
import type { DecodeContext } from '../fieldCodec';
import { nameList, oneOf, subsetOf, threshold, type Fitted } from './constraintArgs';
import { formatLatencySections, normaliseLatency, parseLatencySections } from './latencySections';

export interface ConstraintCodec<K extends ConstraintKind> {
  readonly code: string;
  readonly parse: (args: string[], context: DecodeContext) => Fitted<ConstraintOf<K>> | undefined;
  /** The canonical form, or undefined when the constraint cannot be made valid. */
  readonly fit: (constraint: ConstraintOf<K>) => Fitted<ConstraintOf<K>> | undefined;
  readonly format: (constraint: ConstraintOf<K>) => string[];
}

const share = threshold({ min: 0, max: 1, decimals: 3 });
const ratio = threshold({ min: 0, max: 10, decimals: 2 });
const price = threshold({ min: 0, max: 5, decimals: 3 });
const distanceKm = threshold({ min: 0, max: 3000, decimals: 1 });
const voltageKv = threshold({ min: 0, max: 1100, decimals: 0 });
const latencyMs = threshold({ min: 0, max: 200, decimals: 2 });
const pue = threshold({ min: 1, max: 3, decimals: 3 });
const capacityMw = threshold({ min: 0, max: 5000, decimals: 1 });
const role = oneOf([...HUB_ROLES, 'any'] as const);
const current = oneOf(CURRENT_FILTERS);
const nodeKinds = subsetOf(NETWORK_NODE_KINDS);
const statuses = subsetOf(SITE_STATUSES);

/** A constraint with one threshold and nothing else. */
function single<K extends ConstraintKind>(
  code: string,
  kind: K,
  field: Exclude<keyof ConstraintOf<K>, 'kind'>,
  bounds: ReturnType<typeof threshold>,
): ConstraintCodec<K> {
  const make = (value: number) => ({ kind, [field]: value }) as unknown as ConstraintOf<K>;
  const valueOf = (constraint: ConstraintOf<K>) => constraint[field] as number;
  return {
    code,
    parse: ([text, ...rest]) => {
      const value = bounds.parse(text);
      return value === undefined || rest.length > 0 ? undefined : { value: make(value) };
    },
    fit: (constraint) => {
      const fitted = bounds.fit(valueOf(constraint));
      return { value: make(fitted.value), clamped: fitted.clamped };
    },
    format: (constraint) => [bounds.format(valueOf(constraint))],
  };
}

export const CONSTRAINT_CODECS: { readonly [K in ConstraintKind]: ConstraintCodec<K> } = {
  minNonFossilShare: single('nf', 'minNonFossilShare', 'minShare', share),
  minSpareSupply: single('ss', 'minSpareSupply', 'minCapacityToMeanLoadRatio', ratio),
  maxElectricityPrice: single('ep', 'maxElectricityPrice', 'maxPriceCnyPerKwh', price),
  maxDistanceToPowerLine: {
    code: 'pl',
    parse: ([km, kv, cur, ...rest]) => {
      const [maxDistanceKm, minVoltageKv, c] = [
        distanceKm.parse(km),
        voltageKv.parse(kv),
        current.parse(cur),
      ];
      if (maxDistanceKm === undefined || minVoltageKv === undefined || !c || rest.length > 0)
        return undefined;
      return { value: { kind: 'maxDistanceToPowerLine', maxDistanceKm, minVoltageKv, current: c } };
    },
    fit: (constraint) => {
      const [km, kv] = [
        distanceKm.fit(constraint.maxDistanceKm),
        voltageKv.fit(constraint.minVoltageKv),
      ];
      const value = { ...constraint, maxDistanceKm: km.value, minVoltageKv: kv.value };
      return { value, clamped: km.clamped || kv.clamped };
    },
    format: (c) => [
      distanceKm.format(c.maxDistanceKm),
      voltageKv.format(c.minVoltageKv),
      c.current,
    ],
  },
  insideHubCluster: {
    code: 'hc',
    parse: ([text, ...rest]) => {
      const value = role.parse(text);
      return value && rest.length === 0
        ? { value: { kind: 'insideHubCluster', role: value } }
        : undefined;
    },
    fit: (constraint) => ({ value: constraint }),
    format: (constraint) => [constraint.role],
  },
  maxLatency: {
    code: 'lat',
    parse: ([ms, ...sections], context) => {
      const maxLatencyMs = latencyMs.parse(ms);
      const latency = parseLatencySections(sections, context);
      if (maxLatencyMs === undefined || !latency) return undefined;
      return {
        value: { kind: 'maxLatency', maxLatencyMs, latency: latency.value },
        dropped: latency.dropped,
      };
    },
    fit: (constraint) => {
      const ms = latencyMs.fit(constraint.maxLatencyMs);
      const latency = normaliseLatency(constraint.latency);
      return {
        value: { kind: 'maxLatency', maxLatencyMs: ms.value, latency: latency.value },
        clamped: ms.clamped || latency.issues.includes('clamped'),
        dropped: latency.issues.includes('dropped'),
      };
    },
    format: (c) => [latencyMs.format(c.maxLatencyMs), ...formatLatencySections(c.latency)],
  },
  maxDistanceToBackbone: {
    code: 'bb',
    parse: ([km, kinds, ...rest]) => {
      const [maxDistanceKm, parsed] = [distanceKm.parse(km), nodeKinds.parse(kinds)];
      if (maxDistanceKm === undefined || !parsed || rest.length > 0) return undefined;
      const value = {
        kind: 'maxDistanceToBackbone' as const,
        maxDistanceKm,
        nodeKinds: parsed.value,
      };
      return { value, dropped: parsed.dropped };
    },
    fit: (constraint) => {
      const [km, kinds] = [
        distanceKm.fit(constraint.maxDistanceKm),
        nodeKinds.fit(constraint.nodeKinds),
      ];
      if (!kinds) return undefined;
      return {
        value: { ...constraint, maxDistanceKm: km.value, nodeKinds: kinds.value },
        clamped: km.clamped,
      };
    },
    format: (c) => [distanceKm.format(c.maxDistanceKm), nodeKinds.format(c.nodeKinds)],
  },
  maxPue: {
    code: 'pue',
    parse: ([text, roleText, ...rest]) => {
      const [maxPue, hubRole] = [pue.parse(text), role.parse(roleText)];
      if (maxPue === undefined || !hubRole || rest.length > 0) return undefined;
      return { value: { kind: 'maxPue', maxPue, hubRole } };
    },
    fit: (constraint) => {
      const fitted = pue.fit(constraint.maxPue);
      return { value: { ...constraint, maxPue: fitted.value }, clamped: fitted.clamped };
    },
    format: (c) => [pue.format(c.maxPue), c.hubRole],
  },
  minCapacity: single('cap', 'minCapacity', 'minCapacityMw', capacityMw),
  statusIn: {
    code: 'st',
    parse: ([text, ...rest]) => {
      const parsed = statuses.parse(text);
      if (!parsed || rest.length > 0) return undefined;
      return { value: { kind: 'statusIn', statuses: parsed.value }, dropped: parsed.dropped };
    },
    fit: (constraint) => {
      const fitted = statuses.fit(constraint.statuses);
      return fitted && { value: { kind: 'statusIn', statuses: fitted.value } };
    },
    format: (c) => [statuses.format(c.statuses)],
  },
  operatorIn: {
    code: 'op',
    parse: ([text, ...rest]) => {
      const parsed = nameList.parse(text);
      return parsed && rest.length === 0
        ? { value: { kind: 'operatorIn', operators: parsed.value } }
        : undefined;
    },
    fit: (constraint) => {
      const fitted = nameList.fit(constraint.operators);
      return fitted && { ...fitted, value: { kind: 'operatorIn', operators: fitted.value } };
    },
    format: (c) => [nameList.format(c.operators)],
  },
};
