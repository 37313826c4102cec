// Candidate sites (after powered.zone's contiguous candidate clusters): groups of touching cells
// that all score at or above the chosen percentile of scored cells, ranked by their area-weighted
// mean score (then area), each with its per-criterion means and its top-3 signals.
import type { LonLat } from '../atlas';
import { CRITERIA, type CriterionId } from './criteria';
import { cellNeighbours } from './cellNeighbours';
import type { HexGrid } from './hexGrid';
import { percentileOf } from './percentileOf';
import { SCORED, type CellScores, type Suitability } from './scoreCells';

export interface Candidate {
  /** The H3 index of its best cell: names the candidate in links. */
  readonly id: string;
  /** 1 = best. */
  readonly rank: number;
  /** Grid indices of its cells, best first. */
  readonly cells: readonly number[];
  readonly bestCell: number;
  /** Area-weighted mean score, 0–100. */
  readonly score: number;
  readonly areaKm2: number;
  /** Area-weighted centre of its cells. */
  readonly centre: LonLat;
  readonly regionId: string;
  /** Area-weighted mean suitability (0–1) per criterion, as it enters the sum (penalties applied). */
  readonly means: Readonly<Record<CriterionId, number>>;
  /** Area-weighted mean raw value per criterion, in its unit. */
  readonly rawMeans: Readonly<Record<CriterionId, number>>;
  /** The three criteria contributing most (weight × mean suitability), largest first. */
  readonly topSignals: readonly CriterionId[];
}

export interface CandidateSet {
  /** The score at the chosen percentile: cells at or above it are candidates' cells. */
  readonly thresholdScore: number;
  readonly candidates: readonly Candidate[];
}

function group(grid: HexGrid, isTop: Uint8Array, start: number, seen: Uint8Array): number[] {
  const neighbours = cellNeighbours(grid);
  const cells = [start];
  seen[start] = 1;
  for (let k = 0; k < cells.length; k++) {
    for (const j of neighbours.of(cells[k]!)) {
      if (isTop[j] && !seen[j]) {
        seen[j] = 1;
        cells.push(j);
      }
    }
  }
  return cells;
}

/**
 * The candidate sites of the scores: contiguous groups of scored cells at or above the
 * `percentile` (0–100) of scored cells' scores, best first.
 */
export function findCandidates(
  grid: HexGrid,
  cellScores: CellScores,
  suitability: Suitability,
  values: Readonly<Record<CriterionId, Float64Array>>,
  percentile: number,
): CandidateSet {
  const { scores, status, terms } = cellScores;
  const thresholdScore = percentileOf(scores, percentile);
  const n = scores.length;
  const isTop = new Uint8Array(n);
  for (let i = 0; i < n; i++)
    isTop[i] = status[i] === SCORED && scores[i]! >= thresholdScore ? 1 : 0;
  const seen = new Uint8Array(n);
  const penalty = new Set(terms.filter((t) => t.penalty).map((t) => t.id));
  const groups: Omit<Candidate, 'rank'>[] = [];
  for (let i = 0; i < n; i++) {
    if (!isTop[i] || seen[i]) continue;
    const cells = group(grid, isTop, i, seen).sort((a, b) => scores[b]! - scores[a]! || a - b);
    let area = 0;
    let weighted = 0;
    let lon = 0;
    let lat = 0;
    const means = {} as Record<CriterionId, number>;
    const rawMeans = {} as Record<CriterionId, number>;
    for (const c of CRITERIA) [means[c.id], rawMeans[c.id]] = [0, 0];
    for (const j of cells) {
      const a = grid.areaKm2[j]!;
      area += a;
      weighted += a * scores[j]!;
      lon += a * grid.lons[j]!;
      lat += a * grid.lats[j]!;
      for (const c of CRITERIA) {
        const s = suitability[c.id][j]!;
        means[c.id] += a * (penalty.has(c.id) ? 1 - s : s);
        rawMeans[c.id] += a * values[c.id][j]!;
      }
    }
    for (const c of CRITERIA)
      [means[c.id], rawMeans[c.id]] = [means[c.id] / area, rawMeans[c.id] / area];
    const topSignals = [...terms]
      .sort((a, b) => b.weight * means[b.id] - a.weight * means[a.id])
      .slice(0, 3)
      .map((t) => t.id);
    const bestCell = cells[0]!;
    groups.push({
      id: grid.cellIds[bestCell]!,
      cells,
      bestCell,
      score: weighted / area,
      areaKm2: area,
      centre: [lon / area, lat / area],
      regionId: grid.regionIds[grid.regionIndex[bestCell]!]!,
      means,
      rawMeans,
      topSignals,
    });
  }
  groups.sort((a, b) => b.score - a.score || b.areaKm2 - a.areaKm2 || a.bestCell - b.bestCell);
  return { thresholdScore, candidates: groups.map((g, k) => ({ ...g, rank: k + 1 })) };
}
