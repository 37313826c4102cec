// The constraint model: one discriminated union member per kind of filter, thresholds carrying
// their units in their names. Thresholds are inclusive (≤ for max, ≥ for min).
import type { HubRole, NetworkNodeKind, SiteStatus } from '../atlas';
import type { CurrentFilter } from '../geo/currentFilter';
import type { LatencySettings } from '../network/latencySettings';

/** A hub role, or every role. */
export type HubRoleFilter = HubRole | 'any';

export type Constraint =
  /** Region green-power share (0–1): measured non-fossil share where given, else the region's
   * renewable consumption weight (a policy minimum). */
  | { readonly kind: 'minNonFossilShare'; readonly minShare: number }
  /** Generation capacity over mean load: generation_capacity_gw / (electricity_consumption_twh / 8.76). */
  | { readonly kind: 'minSpareSupply'; readonly minCapacityToMeanLoadRatio: number }
  | { readonly kind: 'maxElectricityPrice'; readonly maxPriceCnyPerKwh: number }
  | {
      readonly kind: 'maxDistanceToPowerLine';
      readonly maxDistanceKm: number;
      readonly minVoltageKv: number;
      readonly current: CurrentFilter;
    }
  | { readonly kind: 'insideHubCluster'; readonly role: HubRoleFilter }
  | {
      readonly kind: 'maxLatency';
      readonly maxLatencyMs: number;
      readonly latency: LatencySettings;
    }
  | {
      readonly kind: 'maxDistanceToBackbone';
      readonly maxDistanceKm: number;
      readonly nodeKinds: readonly NetworkNodeKind[];
    }
  /** Design PUE of data centres; `hubRole` limits it to sites in clusters of that role. */
  | { readonly kind: 'maxPue'; readonly maxPue: number; readonly hubRole: HubRoleFilter }
  | { readonly kind: 'minCapacity'; readonly minCapacityMw: number }
  | { readonly kind: 'statusIn'; readonly statuses: readonly SiteStatus[] }
  /** Passes when the site's operator contains any of the names (case-insensitive). */
  | { readonly kind: 'operatorIn'; readonly operators: readonly string[] };

export type ConstraintKind = Constraint['kind'];

export type ConstraintOf<K extends ConstraintKind> = Extract<Constraint, { kind: K }>;
