// Province roll-up of the site score: the area-weighted mean score of each region's scored cells
// (a cell counts wholly for the region holding most of it).
import type { HexGrid } from './hexGrid';
import { SCORED, type CellScores } from './scoreCells';

/** Mean score (0–100) per region index, NaN where the region has no scored cell. */
export function rollUpToRegions(grid: HexGrid, cellScores: CellScores): Float64Array {
  const sums = new Float64Array(grid.regionIds.length);
  const areas = new Float64Array(grid.regionIds.length);
  cellScores.status.forEach((status, i) => {
    if (status !== SCORED) return;
    const r = grid.regionIndex[i]!;
    sums[r]! += grid.areaKm2[i]! * cellScores.scores[i]!;
    areas[r]! += grid.areaKm2[i]!;
  });
  return sums.map((sum, r) => (areas[r]! > 0 ? sum / areas[r]! : NaN));
}
