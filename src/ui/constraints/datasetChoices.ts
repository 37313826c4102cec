// The values a multi-select offers come from the dataset, never from a fixed list: the statuses
// and operators of its data centres, its network-node kinds and its demand-hub candidates.
import {
  SITE_STATUSES,
  NETWORK_NODE_KINDS,
  type Atlas,
  type Hub,
  type NetworkNodeKind,
  type SiteStatus,
} from '../../domain/atlas';
import { MEASURED_LAYERS } from '../../domain/constraints/measuredLayers';

export interface DatasetChoices {
  /** Statuses that occur among the data centres, in SITE_STATUSES order. */
  readonly statuses: readonly SiteStatus[];
  /** Operators of data centres, most sites first, then by name. */
  readonly operators: readonly { readonly name: string; readonly siteCount: number }[];
  /** Network-node kinds that occur, in NETWORK_NODE_KINDS order. */
  readonly nodeKinds: readonly NetworkNodeKind[];
  /** Hubs that may count as demand: those of type `hub`, in dataset order. */
  readonly demandHubCandidates: readonly Hub[];
}

export function datasetChoices(atlas: Atlas): DatasetChoices {
  const sites = atlas[MEASURED_LAYERS.computeSites];
  const statuses = new Set(sites.map((dc) => dc.status));
  const counts = new Map<string, number>();
  for (const dc of sites) {
    const name = dc.operator?.trim();
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const operators = [...counts]
    .map(([name, siteCount]) => ({ name, siteCount }))
    .sort((a, b) => b.siteCount - a.siteCount || a.name.localeCompare(b.name));
  const nodeKinds = new Set(atlas[MEASURED_LAYERS.networkNodes].map((node) => node.kind));
  return {
    statuses: SITE_STATUSES.filter((status) => statuses.has(status)),
    operators,
    nodeKinds: NETWORK_NODE_KINDS.filter((kind) => nodeKinds.has(kind)),
    demandHubCandidates: atlas.hubs.filter((hub) => hub.type === 'hub'),
  };
}
