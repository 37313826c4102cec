// What one site-finder answer holds: the grid, raw criterion values, cell scores and statuses,
// the ranked candidates with their names and rank ranges, the validation figures and the province
// roll-up. The worker produces it; map and UI only read it.
import type { CriteriaMatrix, Unavailable } from './measureAllCriteria';
import type { Candidate } from './findCandidates';
import type { HexGrid } from './hexGrid';
import type { PlaceName } from './nearestPlace';
import type { RankRange } from './rankRobustness';
import type { CellScores } from './scoreCells';
import type { SiteSettings } from './siteSettings';
import type { SiteValidation } from './validateSites';

/** The grid as drawn: the cells and a fan triangulation of their outlines (vertex indices). */
export interface SiteGrid extends HexGrid {
  readonly triangles: Uint32Array;
}

export interface SiteCandidate extends Candidate {
  readonly place?: PlaceName;
  readonly rankRange: RankRange;
  /** Outline rings of its cells' union ([lon, lat] closed rings); empty beyond the first
   * OUTLINED_CANDIDATES candidates. */
  readonly outline: readonly (readonly (readonly [number, number])[])[];
}

/** A candidate as the baseline ranks it, beside a scenario's (issue 15's before/after). */
export type BaselineCandidate = Pick<SiteCandidate, 'id' | 'rank' | 'score' | 'place' | 'regionId'>;

/** How many of the baseline's candidates a scenario's answer carries. */
export const BASELINE_TOP_CANDIDATES = 5;

/** Candidates whose outline is drawn (the rest are listed only). */
export const OUTLINED_CANDIDATES = 100;

export interface SiteAnalysis {
  /** Changes whenever the grid does (a new dataset or resolution). */
  readonly gridKey: number;
  readonly grid: SiteGrid;
  readonly values: CriteriaMatrix['values'];
  readonly unavailable: readonly Unavailable[];
  readonly cells: CellScores;
  readonly thresholdScore: number;
  readonly candidates: readonly SiteCandidate[];
  /** Under these settings, and under the default preset (the figure the issue asks for). */
  readonly validation: { readonly current: SiteValidation; readonly defaultPreset: SiteValidation };
  /** Area-weighted mean score per region of grid.regionIds, NaN where none is scored. */
  readonly regionScores: Float64Array;
  /** The settings this answer is for. */
  readonly settings: SiteSettings;
  /** When the answer is an active scenario's: the baseline's top candidates, same settings. */
  readonly baselineTop?: readonly BaselineCandidate[];
  readonly timingsMs: {
    readonly grid: number;
    readonly criteria: number;
    readonly score: number;
    readonly candidates: number;
    readonly robustness: number;
  };
}

/** Fan triangles of every cell outline: cells are convex, so vertex 0 fans to the rest. */
export function fanTriangles(outlineStart: Uint32Array): Uint32Array {
  let count = 0;
  for (let i = 0; i + 1 < outlineStart.length; i++)
    count += Math.max(0, outlineStart[i + 1]! - outlineStart[i]! - 2);
  const triangles = new Uint32Array(count * 3);
  let k = 0;
  for (let i = 0; i + 1 < outlineStart.length; i++) {
    const first = outlineStart[i]!;
    for (let v = first + 1; v + 1 < outlineStart[i + 1]!; v++) {
      triangles[k++] = first;
      triangles[k++] = v;
      triangles[k++] = v + 1;
    }
  }
  return triangles;
}
