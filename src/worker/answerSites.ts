// The `sites` answer: the grid (built once per set of regions and resolution), the criterion
// values (measured once per grid, atlas — the baseline, a scenario's or an as-of view's —, latency
// settings and R; D re-read when the Score weights move it), then per request only the cheap part —
// scores, candidates, rank ranges, validation, roll-up. The grid and values travel only when they
// changed since the last answer (SitesUpdate).
import type { Atlas } from '../domain/atlas';
import type { FibreGraph } from '../domain/network/buildFibreGraph';
import type { RawMatrix } from '../domain/score/aggregateIndicators';
import type { IndicatorDef } from '../domain/score/indicatorRegistry';
import { scoreRegions } from '../domain/score/scoreRegions';
import { buildHexGrid } from '../domain/sites/hexGrid';
import { measureAllCriteria, type CriteriaMatrix } from '../domain/sites/measureAllCriteria';
import { scaleCriteria, type Suitability } from '../domain/sites/scoreCells';
import {
  BASELINE_TOP_CANDIDATES,
  fanTriangles,
  type BaselineCandidate,
  type SiteGrid,
} from '../domain/sites/siteAnalysis';
import { scoreSites } from './scoreSites';
import type { WorkerRequests } from './protocol';
import type { SitesUpdate } from './sitesUpdate';

export interface SitesInputs {
  readonly atlas: Atlas;
  readonly fibreGraph: FibreGraph;
  readonly raw: RawMatrix;
  readonly registry: readonly IndicatorDef[];
  /** The regions whose outlines the grid covers, when not `atlas.regions`: an as-of view's
   * regions are copies with the year's statistics, and its grid is the dataset's. */
  readonly gridRegions?: Atlas['regions'];
}

/** What the worker keeps between site requests of one dataset (reset by init). */
export interface SitesCache {
  grid?: SiteGrid;
  /** The regions the grid covers (a scenario keeps the baseline's, so its grid too). */
  gridRegions?: Atlas['regions'];
  /** The settings' area the grid was built for. */
  gridArea?: string;
  gridKey: number;
  gridMs: number;
  matrix?: CriteriaMatrix;
  /** The atlas the matrix measured. */
  matrixAtlas?: Atlas;
  suitability?: Suitability;
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
  const { resolution, area } = request.settings;
  const regions = inputs.gridRegions ?? inputs.atlas.regions;
  const same = cache.gridRegions === regions && cache.gridArea === area;
  if (cache.grid?.resolution === resolution && same) return cache.grid;
  const start = performance.now();
  const grid = buildHexGrid(regions, resolution, area);
  cache.gridRegions = regions;
  cache.gridArea = area;
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
  if (!cache.matrix || cache.matrixAtlas !== inputs.atlas) cache.matrix = measureAllCriteria(ctx);
  else if (measureKey !== cache.measureKey) {
    const [latency] = JSON.parse(cache.measureKey ?? '[]') as unknown[];
    const latencyMoved = JSON.stringify(latency) !== JSON.stringify(request.latency);
    const only = latencyMoved ? undefined : (['generation', 'low_carbon'] as const);
    cache.matrix = measureAllCriteria(ctx, only, latencyMoved ? undefined : cache.matrix);
  } else if (degreeKey !== cache.degreeKey) {
    cache.matrix = measureAllCriteria(ctx, ['coordination'], cache.matrix);
  } else return cache.matrix;
  cache.criteriaMs = performance.now() - start;
  cache.matrixAtlas = inputs.atlas;
  cache.measureKey = measureKey;
  cache.degreeKey = degreeKey;
  cache.suitability = scaleCriteria(cache.matrix.values);
  return cache.matrix;
}

/** The first BASELINE_TOP_CANDIDATES candidates of an answer, without their cells and outlines. */
export const topCandidates = (update: SitesUpdate): BaselineCandidate[] =>
  update.candidates
    .slice(0, BASELINE_TOP_CANDIDATES)
    .map(({ id, rank, score, place, regionId }) => ({ id, rank, score, place, regionId }));

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
