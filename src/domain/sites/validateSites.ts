// Does the surface agree with where compute already is? The share of today's data centres and of
// the national clusters whose cell scores in the top decile, and the supply curve (after NREL
// reV): the area of cells scoring at least s, for s = 0…100.
import { latLngToCell } from 'h3-js';
import type { LonLat } from '../atlas';
import { cellNeighbours } from './cellNeighbours';
import type { HexGrid } from './hexGrid';
import { percentileOf } from './percentileOf';
import { SCORED, type CellScores } from './scoreCells';

export interface PlacedShare {
  /** Points whose cell is scored and in the top decile. */
  readonly inTopDecile: number;
  /** Points whose cell is scored (the denominator). */
  readonly placed: number;
  /** Every point given. */
  readonly total: number;
}

export interface SiteValidation {
  /** Score of the 90th percentile of scored cells. */
  readonly topDecileScore: number;
  readonly dataCentres: PlacedShare;
  readonly clusters: PlacedShare;
  /** supplyKm2[s] = area (km²) of scored cells with score ≥ s, s = 0…100. */
  readonly supplyKm2: Float64Array;
}

function placedShare(
  grid: HexGrid,
  cellScores: CellScores,
  threshold: number,
  points: readonly LonLat[],
) {
  const neighbours = cellNeighbours(grid);
  let inTopDecile = 0;
  let placed = 0;
  for (const [lon, lat] of points) {
    const i = neighbours.indexOf(latLngToCell(lat, lon, grid.resolution));
    if (i < 0 || cellScores.status[i] !== SCORED) continue;
    placed += 1;
    if (cellScores.scores[i]! >= threshold) inTopDecile += 1;
  }
  return { inTopDecile, placed, total: points.length };
}

/** The validation figures of a scored grid against data-centre and cluster points. */
export function validateSites(
  grid: HexGrid,
  cellScores: CellScores,
  dataCentres: readonly LonLat[],
  clusters: readonly LonLat[],
): SiteValidation {
  const topDecileScore = percentileOf(cellScores.scores, 90);
  const supplyKm2 = new Float64Array(101);
  cellScores.scores.forEach((score, i) => {
    if (cellScores.status[i] !== SCORED) return;
    supplyKm2[Math.min(100, Math.max(0, Math.floor(score)))]! += grid.areaKm2[i]!;
  });
  for (let s = 99; s >= 0; s--) supplyKm2[s]! += supplyKm2[s + 1]!;
  return {
    topDecileScore,
    dataCentres: placedShare(grid, cellScores, topDecileScore, dataCentres),
    clusters: placedShare(grid, cellScores, topDecileScore, clusters),
    supplyKm2,
  };
}
