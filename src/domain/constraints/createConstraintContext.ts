// Everything constraint evaluation needs that is costly to derive, built once per dataset: the
// fibre graph, lookups by id, and per-setting caches of latency and of nearest-line and
// nearest-node distances, so moving a threshold re-evaluates without recomputing geometry.
import type { Atlas, Hub, NetworkNodeKind, Region } from '../atlas';
import { SITE_LAYER_IDS, type LayerRecords, type SiteLayerId } from '../layerFamilies';
import { nearestLineDistanceKm, type LineFilter } from '../geo/nearestLineDistanceKm';
import { nearestPointDistanceKm } from '../geo/nearestPointDistanceKm';
import { buildFibreGraph, type FibreGraph } from '../network/buildFibreGraph';
import { MEASURED_LAYERS } from './measuredLayers';
import { latencyForAtlas, type AtlasLatency } from '../network/latencyForAtlas';
import type { LatencySettings } from '../network/latencySettings';

/** Distances in km per site layer, in record order; undefined where nothing eligible exists. */
export type SiteDistancesKm = { readonly [L in SiteLayerId]: readonly (number | undefined)[] };

export interface ConstraintContext {
  readonly atlas: Atlas;
  readonly fibreGraph: FibreGraph;
  readonly regionById: ReadonlyMap<string, Region>;
  readonly hubById: ReadonlyMap<string, Hub>;
  /** The region a site lies in, when known. */
  regionOfSite(site: LayerRecords[SiteLayerId], layer: SiteLayerId): Region | undefined;
  latency(settings: LatencySettings): AtlasLatency;
  powerLineDistanceKm(filter: LineFilter): SiteDistancesKm;
  networkNodeDistanceKm(kinds: readonly NetworkNodeKind[]): SiteDistancesKm;
}

export interface ConstraintContextOptions {
  /** Fibre vertex snap tolerance in km (default 5). */
  readonly snapToleranceKm?: number;
  /**
   * Region id of each site by site id, e.g. from point-in-region assignment. Without an entry a
   * data centre uses its `regionId`, and a hub its `regionId` or its only `regionIds` entry.
   */
  readonly siteRegionIds?: { readonly [L in SiteLayerId]?: ReadonlyMap<string, string> };
  /**
   * Whose latency is computed over this atlas's fibre graph, and to which demand hubs: by default
   * `atlas` itself. An as-of view passes the whole dataset, so latency covers every feature in
   * record order and the demand hubs stay the reference points of every year.
   */
  readonly latencyAtlas?: Atlas;
  /** The graph of this atlas's fibre routes when already built (a scenario that leaves the
   * routes alone reuses its baseline's). */
  readonly fibreGraph?: FibreGraph;
  /** The context of an atlas this one was changed from: with the same fibre graph and hubs, its
   * latency is reused for every unchanged feature. */
  readonly previous?: ConstraintContext;
}

export const DEFAULT_SNAP_TOLERANCE_KM = 5;

/** Builds the context of `atlas`; caches live as long as the context. */
export function createConstraintContext(
  atlas: Atlas,
  options: ConstraintContextOptions = {},
): ConstraintContext {
  const fibreGraph =
    options.fibreGraph ??
    buildFibreGraph(atlas[MEASURED_LAYERS.fibreGraph], {
      snapToleranceKm: options.snapToleranceKm ?? DEFAULT_SNAP_TOLERANCE_KM,
    });
  const regionById = new Map(atlas.regions.map((region) => [region.id, region]));
  const hubById = new Map(atlas.hubs.map((hub) => [hub.id, hub]));
  const bySites = (
    distances: (points: readonly (readonly [number, number])[]) => (number | undefined)[],
  ): SiteDistancesKm =>
    Object.fromEntries(
      SITE_LAYER_IDS.map((layer) => [layer, distances(atlas[layer].map((s) => s.position))]),
    ) as unknown as SiteDistancesKm;
  return {
    atlas,
    fibreGraph,
    regionById,
    hubById,
    regionOfSite(site, layer) {
      const assigned = options.siteRegionIds?.[layer]?.get(site.id);
      const own =
        site.regionId ??
        ('regionIds' in site && site.regionIds.length === 1 ? site.regionIds[0] : undefined);
      const id = assigned ?? own;
      return id === undefined ? undefined : regionById.get(id);
    },
    latency: memoise((settings: LatencySettings) => {
      const { previous } = options;
      const target = options.latencyAtlas ?? atlas;
      const reuse =
        previous && previous.fibreGraph === fibreGraph && previous.atlas.hubs === target.hubs
          ? { atlas: previous.atlas, latency: previous.latency(settings) }
          : undefined;
      return latencyForAtlas(fibreGraph, target, settings, reuse);
    }),
    powerLineDistanceKm: memoise((filter: LineFilter) =>
      bySites((points) => nearestLineDistanceKm(points, atlas[MEASURED_LAYERS.powerLines], filter)),
    ),
    networkNodeDistanceKm: memoise((kinds: readonly NetworkNodeKind[]) =>
      bySites((points) =>
        nearestPointDistanceKm(points, atlas[MEASURED_LAYERS.networkNodes], (node) =>
          kinds.includes(node.kind),
        ),
      ),
    ),
  };
}

/** Caches a function of one JSON-serialisable argument by the argument's JSON text (a few entries). */
function memoise<A, R>(compute: (argument: A) => R, maxEntries = 8): (argument: A) => R {
  const cache = new Map<string, R>();
  return (argument) => {
    const key = JSON.stringify(argument);
    const known = cache.get(key);
    if (known !== undefined) return known;
    const result = compute(argument);
    if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
    cache.set(key, result);
    return result;
  };
}
