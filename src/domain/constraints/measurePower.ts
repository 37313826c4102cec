// Power measurements. Region statistics are read from the region; a site reads the statistics of
// the region it lies in (noted). Spare supply is generation capacity over mean load, with mean
// load in GW = annual consumption in TWh / 8.76 (TWh per year / 8 760 h); no capacity factor is assumed.
import type { Region } from '../atlas';
import type { ConstraintContext } from './createConstraintContext';
import type { ConstraintOf, HubRoleFilter } from './constraint';
import { MEASURED_LAYERS } from './measuredLayers';
import {
  NOT_APPLICABLE,
  unknown,
  value,
  withNotes,
  type Measurement,
  type Subject,
} from './measurement';

/** Hours in a year / 1000: TWh per year ÷ this = mean GW. */
const TWH_PER_YEAR_PER_GW = 8.76;

/** The measured non-fossil share of the region's electricity (0–1) where a dataset gives it;
 * otherwise its renewable consumption weight, a policy minimum in %, as a share (noted). */
export function nonFossilShare(region: Region): Measurement {
  const measured = region.stats['non_fossil_share'];
  if (measured !== undefined) return value(measured);
  const minimumPct = region.stats['renewable_weight_total_pct'];
  if (minimumPct !== undefined) return value(minimumPct / 100, ['policy_minimum_used']);
  return unknown('missing_value');
}

export function capacityToMeanLoad(region: Region): Measurement {
  const capacityGw = region.stats['generation_capacity_gw'];
  const consumptionTwh = region.stats['electricity_consumption_twh'];
  if (capacityGw === undefined || consumptionTwh === undefined || consumptionTwh <= 0)
    return unknown('missing_value');
  return value(capacityGw / (consumptionTwh / TWH_PER_YEAR_PER_GW));
}

export function electricityPrice(region: Region): Measurement {
  const price = region.stats['electricity_price_cny_kwh'];
  return price === undefined ? unknown('missing_value') : value(price);
}

/** Reads a region statistic for a region, or for a site through the region it lies in. */
export function regionStatistic(
  context: ConstraintContext,
  subject: Subject,
  read: (region: Region) => Measurement,
): Measurement {
  if (subject.layer === 'regions') return read(subject.record);
  const region = context.regionOfSite(subject.record, subject.layer);
  return region ? withNotes(read(region), ['from_region']) : unknown('no_region');
}

export function distanceToPowerLine(
  context: ConstraintContext,
  subject: Subject,
  constraint: ConstraintOf<'maxDistanceToPowerLine'>,
): Measurement {
  if (subject.layer === 'regions') return NOT_APPLICABLE;
  if (context.atlas[MEASURED_LAYERS.powerLines].length === 0) return unknown('no_power_lines');
  const distances = context.powerLineDistanceKm({
    minVoltageKv: constraint.minVoltageKv,
    current: constraint.current,
  });
  const km = distances[subject.layer][subject.index];
  return km === undefined ? { type: 'failed', notes: ['no_eligible_line'] } : value(km);
}

/** Whether the subject lies in a hub or cluster of the role: by hub coverage, cluster id or itself. */
export function insideHubCluster(
  context: ConstraintContext,
  subject: Subject,
  role: HubRoleFilter,
): Measurement {
  const matches = (hubRole: string | undefined) => role === 'any' || hubRole === role;
  switch (subject.layer) {
    case 'regions':
      return value(
        context.atlas.hubs.some(
          (hub) => matches(hub.role) && hub.regionIds.includes(subject.record.id),
        ),
      );
    case 'hubs':
      return value(matches(subject.record.role));
    case 'datacentres': {
      const clusterId = subject.record.hubClusterId;
      if (clusterId === undefined) return value(false);
      if (role === 'any') return value(true);
      const cluster = context.hubById.get(clusterId);
      return cluster?.role === undefined ? unknown('missing_value') : value(cluster.role === role);
    }
  }
}
