// The per-request part of a site answer, cheap enough for every weight move: cell scores,
// candidates named by their nearest city with rank ranges under ±20 % weights, the validation
// under these settings and under the default preset, and the province roll-up.
import { cellsToMultiPolygon } from 'h3-js';
import type { Atlas } from '../domain/atlas';
import { findCandidates } from '../domain/sites/findCandidates';
import type { CriteriaMatrix } from '../domain/sites/measureAllCriteria';
import { nearestPlaces } from '../domain/sites/nearestPlace';
import { candidateRankRanges } from '../domain/sites/rankRobustness';
import { rollUpToRegions } from '../domain/sites/rollUpToRegions';
import { scoreCells, type CellScores, type Suitability } from '../domain/sites/scoreCells';
import {
  OUTLINED_CANDIDATES,
  type SiteAnalysis,
  type SiteGrid,
} from '../domain/sites/siteAnalysis';
import { DEFAULT_SITE_SETTINGS } from '../domain/sites/sitePresets';
import type { SiteSettings } from '../domain/sites/siteSettings';
import { validateSites } from '../domain/sites/validateSites';

/** The outer and hole rings of the union of the cells (H3's own outline of a cell set). */
function outlineOf(grid: SiteGrid, cells: readonly number[]) {
  const polygons = cellsToMultiPolygon(
    cells.map((i) => grid.cellIds[i]!),
    true,
  );
  return polygons.flat().map((ring) => ring.map(([lon = 0, lat = 0]) => [lon, lat] as const));
}

type Scored = Omit<SiteAnalysis, 'grid' | 'values' | 'gridKey' | 'unavailable'>;

const defaultValidation = new WeakMap<CriteriaMatrix, SiteAnalysis['validation']['current']>();

function validate(grid: SiteGrid, cells: CellScores, atlas: Atlas) {
  return validateSites(
    grid,
    cells,
    atlas.datacentres.map((d) => d.position),
    atlas.hubs.filter((h) => h.type === 'cluster').map((h) => h.position),
  );
}

export function scoreSites(
  grid: SiteGrid,
  matrix: CriteriaMatrix,
  suitability: Suitability,
  settings: SiteSettings,
  atlas: Atlas,
): Scored {
  const unavailable = new Set(matrix.unavailable.map((u) => u.id));
  let start = performance.now();
  const cells = scoreCells(matrix.values, suitability, settings, unavailable);
  const scoreMs = performance.now() - start;
  start = performance.now();
  const found = findCandidates(grid, cells, suitability, matrix.values, settings.percentile);
  const places = nearestPlaces(
    found.candidates.map((c) => [grid.lons[c.bestCell]!, grid.lats[c.bestCell]!] as const),
    atlas.cities,
  );
  const candidatesMs = performance.now() - start;
  start = performance.now();
  const ranges = candidateRankRanges(found.candidates, cells.terms);
  const robustnessMs = performance.now() - start;
  let atDefault = defaultValidation.get(matrix);
  if (!atDefault) {
    const defaultCells = scoreCells(matrix.values, suitability, DEFAULT_SITE_SETTINGS, unavailable);
    atDefault = validate(grid, defaultCells, atlas);
    defaultValidation.set(matrix, atDefault);
  }
  return {
    cells,
    thresholdScore: found.thresholdScore,
    candidates: found.candidates.map((c, k) => ({
      ...c,
      rankRange: ranges[k]!,
      outline: k < OUTLINED_CANDIDATES ? outlineOf(grid, c.cells) : [],
      ...(places[k] ? { place: places[k] } : {}),
    })),
    validation: { current: validate(grid, cells, atlas), defaultPreset: atDefault },
    regionScores: rollUpToRegions(grid, cells),
    settings,
    timingsMs: {
      grid: 0,
      criteria: 0,
      score: scoreMs,
      candidates: candidatesMs,
      robustness: robustnessMs,
    },
  };
}
