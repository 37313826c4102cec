// The `sites` answer: the grid (built once per dataset and resolution), the criterion values
// (measured once per grid, latency settings and R; D re-read when the Score weights move it), then
// per request only the cheap part — scores, candidates, rank ranges, validation, roll-up; a new
// as-of view is measured afresh. The grid and values travel only when they changed since the last
// answer (SitesUpdate).
import type { Atlas } from '../domain/atlas';
import type { FibreGraph } from '../domain/network/buildFibreGraph';
import type { RawMatrix } from '../domain/score/aggregateIndicators';
import type { IndicatorDef } from '../domain/score/indicatorRegistry';
import { scoreRegions } from '../domain/score/scoreRegions';
import { buildHexGrid } from '../domain/sites/hexGrid';
import { measureAllCriteria, type CriteriaMatrix } from '../domain/sites/measureAllCriteria';
import { scaleCriteria, type Suitability } from '../domain/sites/scoreCells';
import { fanTriangles, type SiteGrid } from '../domain/sites/siteAnalysis';
import { scoreSites } from './scoreSites';
import type { WorkerRequests } from './protocol';
import type { SitesUpdate } from './sitesUpdate';

export interface SitesInputs {
  readonly atlas: Atlas;
  readonly fibreGraph: FibreGraph;
  readonly raw: RawMatrix;
  readonly registry: readonly IndicatorDef[];
  /** The as-of view the atlas is (vintageKey); a new one is measured afresh. */
  readonly viewKey?: string;
}

/** What the worker keeps between site requests of one dataset (reset by init). */
export interface SitesCache {
  grid?: SiteGrid;
  gridKey: number;
  gridMs: number;
  matrix?: CriteriaMatrix;
  suitability?: Suitability;
  /** The as-of view of the measured matrix. */
  viewKey?: string;
  /** Latency settings and R of the measured matrix, and D per region. */
  measureKey?: string;
  degreeKey?: string;
  criteriaMs: number;
  /** Grid key and matrix the page was last sent. */
  sentGridKey?: number;
  sentMatrix?: CriteriaMatrix;
}

export const createSitesCache = (): SitesCache => ({ gridKey: 0, gridMs: 0, criteriaMs: 0 });

function regionDegrees(inputs: SitesInputs, request: WorkerRequests['sites']) {
  const scores = scoreRegions(inputs.raw, request.scoreWeights, inputs.registry);
  return new Map(
    scores.regions.flatMap((r) =>
      r.degree === undefined ? [] : [[r.regionId, r.degree] as const],
    ),
  );
}

function ensureGrid(cache: SitesCache, inputs: SitesInputs, request: WorkerRequests['sites']) {
  const resolution = request.settings.resolution;
  if (cache.grid?.resolution === resolution) return cache.grid;
  const start = performance.now();
  const grid = buildHexGrid(inputs.atlas.regions, resolution);
  cache.grid = { ...grid, triangles: fanTriangles(grid.outlineStart) };
  cache.gridKey += 1;
  cache.gridMs = performance.now() - start;
  cache.matrix = undefined;
  return cache.grid;
}

function ensureMatrix(
  cache: SitesCache,
  inputs: SitesInputs,
  request: WorkerRequests['sites'],
  grid: SiteGrid,
) {
  const degrees = regionDegrees(inputs, request);
  const measureKey = JSON.stringify([request.latency, request.settings.generationRadiusKm]);
  const degreeKey = JSON.stringify([...degrees]);
  const ctx = {
    grid,
    atlas: inputs.atlas,
    fibreGraph: inputs.fibreGraph,
    latency: request.latency,
    generationRadiusKm: request.settings.generationRadiusKm,
    regionDegree: degrees,
  };
  const start = performance.now();
  if (inputs.viewKey !== cache.viewKey) cache.matrix = undefined;
  cache.viewKey = inputs.viewKey;
  if (!cache.matrix) cache.matrix = measureAllCriteria(ctx);
  else if (measureKey !== cache.measureKey) {
    const [latency] = JSON.parse(cache.measureKey ?? '[]') as unknown[];
    const latencyMoved = JSON.stringify(latency) !== JSON.stringify(request.latency);
    const only = latencyMoved ? undefined : (['generation', 'low_carbon'] as const);
    cache.matrix = measureAllCriteria(ctx, only, latencyMoved ? undefined : cache.matrix);
  } else if (degreeKey !== cache.degreeKey) {
    cache.matrix = measureAllCriteria(ctx, ['coordination'], cache.matrix);
  } else return cache.matrix;
  cache.criteriaMs = performance.now() - start;
  cache.measureKey = measureKey;
  cache.degreeKey = degreeKey;
  cache.suitability = scaleCriteria(cache.matrix.values);
  return cache.matrix;
}

/** Answers one `sites` request, reusing what the cache holds. */
export function answerSites(
  cache: SitesCache,
  inputs: SitesInputs,
  request: WorkerRequests['sites'],
): SitesUpdate {
  const grid = ensureGrid(cache, inputs, request);
  const matrix = ensureMatrix(cache, inputs, request, grid);
  const scored = scoreSites(grid, matrix, cache.suitability!, request.settings, inputs.atlas);
  const gridChanged = cache.sentGridKey !== cache.gridKey;
  const valuesChanged = gridChanged || cache.sentMatrix !== matrix;
  cache.sentGridKey = cache.gridKey;
  cache.sentMatrix = matrix;
  return {
    ...scored,
    gridKey: cache.gridKey,
    unavailable: matrix.unavailable,
    timingsMs: { ...scored.timingsMs, grid: cache.gridMs, criteria: cache.criteriaMs },
    ...(gridChanged ? { grid } : {}),
    ...(valuesChanged ? { values: matrix.values } : {}),
  };
}
