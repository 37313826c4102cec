// How each site criterion is measured for every cell of a grid: one function per criterion (a
// table keyed by id, like the registry rows of criteria.ts), each returning raw values in the
// criterion's unit in grid order, NaN where the input is missing (never 0).
import type { Atlas, PowerPlant, Region } from '../atlas';
import { capacityToMeanLoad } from '../constraints/measurePower';
import { nearestLineDistanceKm } from '../geo/nearestLineDistanceKm';
import { nearestPointDistanceKm } from '../geo/nearestPointDistanceKm';
import type { FibreGraph } from '../network/buildFibreGraph';
import { latencyToDemand } from '../network/latencyToDemand';
import type { LatencySettings } from '../network/latencySettings';
import type { CriterionId } from './criteria';
import type { HexGrid } from './hexGrid';
import { createRadiusIndex } from './radiusIndex';

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

const fromOptional = (values: readonly (number | undefined)[]) =>
  Float64Array.from(values, (v) => (v === undefined ? NaN : v));

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
  const points: { lon: number; lat: number; weight: number }[] = [];
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

function sumsWithin(
  grid: HexGrid,
  points: readonly { lon: number; lat: number; weight: number }[],
  radiusKm: number,
): Float64Array {
  const index = createRadiusIndex(
    points.map((p) => p.lon),
    points.map((p) => p.lat),
    points.map((p) => p.weight),
  );
  return Float64Array.from(grid.lons, (lon, i) => index.sumWithinKm(lon, grid.lats[i]!, radiusKm));
}

function hubZone(ctx: SiteMeasureContext): Float64Array {
  const { hubs } = ctx.atlas;
  const hubRegions = new Set(hubs.filter((h) => h.type === 'hub').flatMap((h) => h.regionIds));
  const regionIds = ctx.grid.regionIds;
  const clusters = hubs.filter((h) => h.type === 'cluster');
  const zone = createRadiusIndex(
    clusters.map((c) => c.position[0]),
    clusters.map((c) => c.position[1]),
  );
  return Float64Array.from(ctx.grid.lons, (lon, i) => {
    if (zone.sumWithinKm(lon, ctx.grid.lats[i]!, CLUSTER_ZONE_KM) > 0) return 2;
    return hubRegions.has(regionIds[ctx.grid.regionIndex[i]!]!) ? 1 : 0;
  });
}

export const CRITERION_MEASURES: { readonly [C in CriterionId]: Measure } = {
  latency: (ctx) => {
    const targets = cellPoints(ctx.grid).map((position, i) => ({
      id: ctx.grid.cellIds[i]!,
      position,
    }));
    const results = latencyToDemand(ctx.fibreGraph, ctx.atlas.hubs, targets, ctx.latency);
    return Float64Array.from(results, (r) => r.latencyMs ?? NaN);
  },
  uhv: (ctx) =>
    fromOptional(
      nearestLineDistanceKm(cellPoints(ctx.grid), ctx.atlas.power_lines, { minVoltageKv: 0 }),
    ),
  generation: (ctx) => generationGw(ctx, false),
  low_carbon: (ctx) => generationGw(ctx, true),
  solar: (ctx) => byRegion(ctx, (r) => r.stats['solar_capacity_gw']),
  backbone: (ctx) =>
    fromOptional(
      nearestPointDistanceKm(
        cellPoints(ctx.grid),
        ctx.atlas.network_nodes,
        (node) => node.kind === 'backbone_direct_connection_point',
      ),
    ),
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
