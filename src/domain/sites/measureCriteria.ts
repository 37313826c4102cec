// How each site criterion is measured for every cell of a grid: one function per criterion (a
// table keyed by id, like the registry rows of criteria.ts), each returning raw values in the
// criterion's unit in grid order, NaN where the input is missing (never 0).
import type { Atlas, PowerPlant, Region } from '../atlas';
import { capacityToMeanLoad } from '../constraints/measurePower';
import { createSegmentIndex } from '../geo/createSegmentIndex';
import { lineMatches } from '../geo/nearestLineDistanceKm';
import type { FibreGraph } from '../network/buildFibreGraph';
import {
  ACCESS_LEG_SLACK,
  ACCESS_NODE_CANDIDATES,
  latencyToDemand,
} from '../network/latencyToDemand';
import type { LatencySettings } from '../network/latencySettings';
import { accessNodesByBlocks, nearestPointKm, nearestSegmentKm, sumWithinKm } from './blockQueries';
import { cellBlocks } from './cellBlocks';
import type { CriterionId } from './criteria';
import type { HexGrid } from './hexGrid';
import { createPointSet } from './pointSet';

export interface SiteMeasureContext {
  readonly grid: HexGrid;
  readonly atlas: Atlas;
  readonly fibreGraph: FibreGraph;
  readonly latency: LatencySettings;
  /** R of the generation criteria, km. */
  readonly generationRadiusKm: number;
  /** D per region id under the Score tab's weights (absent where D is missing). */
  readonly regionDegree: ReadonlyMap<string, number>;
}

/** Radius of the agglomeration count, km. */
export const DC_NEARBY_KM = 50;
/** Radius of the population sum, km. */
export const POPULATION_KM = 300;
/** A cluster's starting zone, taken as this radius around its point, km. */
export const CLUSTER_ZONE_KM = 50;

const LOW_CARBON_FUELS: ReadonlySet<PowerPlant['fuel']> = new Set([
  'hydro',
  'nuclear',
  'wind',
  'solar',
]);
const isRunning = (status: string) => status === 'operating' || status === 'partially_operating';

type Measure = (ctx: SiteMeasureContext) => Float64Array;

const cellPoints = (grid: HexGrid) =>
  Array.from(grid.lons, (lon, i) => [lon, grid.lats[i]!] as const);

type Weighted = { lon: number; lat: number; weight: number };

/** A value per cell read from the region it belongs to. */
function byRegion(ctx: SiteMeasureContext, read: (region: Region) => number | undefined) {
  const perRegion = ctx.atlas.regions.map((region) =>
    region.outsideCoverage ? undefined : read(region),
  );
  return Float64Array.from(ctx.grid.regionIndex, (r) => perRegion[r] ?? NaN);
}

/** Running capacity (GW) within R of each cell: listed plants (low-carbon fuels only, if asked)
 * and operating wind phases. */
function generationGw(ctx: SiteMeasureContext, lowCarbonOnly: boolean): Float64Array {
  const { power_plants: plants, wind_farms: wind } = ctx.atlas;
  const points: Weighted[] = [];
  for (const p of plants) {
    if (p.capacityMw === undefined || !isRunning(p.status)) continue;
    if (lowCarbonOnly && !LOW_CARBON_FUELS.has(p.fuel)) continue;
    points.push({ lon: p.position[0], lat: p.position[1], weight: p.capacityMw / 1000 });
  }
  for (const w of wind) {
    if (w.capacityMw === undefined || w.status !== 'operating') continue;
    points.push({ lon: w.position[0], lat: w.position[1], weight: w.capacityMw / 1000 });
  }
  return sumsWithin(ctx.grid, points, ctx.generationRadiusKm);
}

function sumsWithin(grid: HexGrid, points: readonly Weighted[], radiusKm: number): Float64Array {
  const set = createPointSet(
    points.map((p) => p.lon),
    points.map((p) => p.lat),
  );
  const weights = Float64Array.from(points, (p) => p.weight);
  return sumWithinKm(cellBlocks(grid), set, weights, radiusKm);
}

function hubZone(ctx: SiteMeasureContext): Float64Array {
  const { hubs } = ctx.atlas;
  const hubRegions = new Set(hubs.filter((h) => h.type === 'hub').flatMap((h) => h.regionIds));
  const clusters = hubs
    .filter((h) => h.type === 'cluster')
    .map((h) => ({ lon: h.position[0], lat: h.position[1], weight: 1 }));
  const inZone = sumsWithin(ctx.grid, clusters, CLUSTER_ZONE_KM);
  const regionIds = ctx.grid.regionIds;
  return inZone.map((zones, i) => {
    if (zones > 0) return 2;
    return hubRegions.has(regionIds[ctx.grid.regionIndex[i]!]!) ? 1 : 0;
  });
}

function latencyMs(ctx: SiteMeasureContext): Float64Array {
  const { grid, fibreGraph: graph } = ctx;
  const targets = cellPoints(grid).map((position, i) => ({ id: grid.cellIds[i]!, position }));
  const nodes = createPointSet(Array.from(graph.nodeLon), Array.from(graph.nodeLat));
  const access = accessNodesByBlocks(
    cellBlocks(grid),
    nodes,
    ACCESS_NODE_CANDIDATES,
    ACCESS_LEG_SLACK,
  );
  const results = latencyToDemand(
    graph,
    ctx.atlas.hubs,
    targets,
    ctx.latency,
    undefined,
    (_, i) => access[i]!,
  );
  return Float64Array.from(results, (r) => r.latencyMs ?? NaN);
}

function uhvKm(ctx: SiteMeasureContext): Float64Array {
  const lines = ctx.atlas.power_lines;
  const eligible = lines.map((line) => lineMatches(line, { minVoltageKv: 0 }));
  const index = createSegmentIndex(lines.map((line) => line.geometry.coordinates));
  return nearestSegmentKm(cellBlocks(ctx.grid), index, (item) => eligible[item] === true);
}

function backboneKm(ctx: SiteMeasureContext): Float64Array {
  const nodes = ctx.atlas.network_nodes.filter(
    (node) => node.kind === 'backbone_direct_connection_point',
  );
  const set = createPointSet(
    nodes.map((n) => n.position[0]),
    nodes.map((n) => n.position[1]),
  );
  return nearestPointKm(cellBlocks(ctx.grid), set);
}

export const CRITERION_MEASURES: { readonly [C in CriterionId]: Measure } = {
  latency: latencyMs,
  uhv: uhvKm,
  generation: (ctx) => generationGw(ctx, false),
  low_carbon: (ctx) => generationGw(ctx, true),
  solar: (ctx) => byRegion(ctx, (r) => r.stats['solar_capacity_gw']),
  backbone: backboneKm,
  hub_zone: hubZone,
  power_balance: (ctx) =>
    byRegion(ctx, (r) => {
      const m = capacityToMeanLoad(r);
      return m.type === 'value' && typeof m.value === 'number' ? m.value : undefined;
    }),
  coordination: (ctx) => byRegion(ctx, (r) => ctx.regionDegree.get(r.id)),
  dc_nearby: (ctx) =>
    sumsWithin(
      ctx.grid,
      ctx.atlas.datacentres.map((d) => ({ lon: d.position[0], lat: d.position[1], weight: 1 })),
      DC_NEARBY_KM,
    ),
  population: (ctx) =>
    sumsWithin(
      ctx.grid,
      ctx.atlas.cities.flatMap((c) =>
        c.population === undefined
          ? []
          : [{ lon: c.position[0], lat: c.position[1], weight: c.population / 1e6 }],
      ),
      POPULATION_KM,
    ),
};
