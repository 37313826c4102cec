// Which hubs count as demand, as the panel's checkboxes edit it: the settings name hubs only once
// the user departs from the default (every eastern demand hub), and return to the default form
// when the choice equals it again, so a link stays short and the default stays the default.
import type { Hub } from '../../domain/atlas';
import { selectDemandHubs, type LatencySettings } from '../../domain/network/latencySettings';

/** Ids of the hubs the settings count as demand. */
export function demandHubIds(hubs: readonly Hub[], settings: LatencySettings): Set<string> {
  return new Set(selectDemandHubs(hubs, settings).map((hub) => hub.id));
}

/** Settings with `hubId` counted (`on`) or not, in dataset order. */
export function toggleDemandHub(
  settings: LatencySettings,
  hubs: readonly Hub[],
  hubId: string,
  on: boolean,
): LatencySettings {
  const chosen = demandHubIds(hubs, settings);
  if (on) chosen.add(hubId);
  else chosen.delete(hubId);
  const ids = hubs.filter((hub) => chosen.has(hub.id)).map((hub) => hub.id);
  const { demandHubIds: _previous, ...rest } = settings;
  const defaults = [...demandHubIds(hubs, rest)];
  const isDefault = defaults.length === ids.length && defaults.every((id, i) => id === ids[i]);
  return isDefault ? rest : { ...rest, demandHubIds: ids };
}
