// What the user sets in the site finder, all of it shareable: the preset it started from, a weight
// per criterion, which two-way criteria count as a penalty, hard masks, the grid resolution, the
// candidate percentile, the generation radius R, the province the grid covers and the selected
// cell.
import type { CriterionId } from './criteria';
import type { SiteResolution } from './hexGrid';
import type { SitePresetId } from './sitePresets';

/** A hard mask on one criterion: the comparison is the criterion's (criteria.ts), inclusive. */
export interface SiteMask {
  readonly id: CriterionId;
  readonly threshold: number;
}

export interface SiteSettings {
  /** The preset the weights came from (they may since have been edited). */
  readonly preset: SitePresetId;
  /** Weight per criterion in [0, 1]; 0 leaves it out. Only relative sizes matter. */
  readonly weights: Readonly<Record<CriterionId, number>>;
  /** Two-way criteria read as a penalty (1 − suitability) instead of a bonus. */
  readonly penalties: readonly CriterionId[];
  /** At most one per criterion, in CRITERIA order. */
  readonly masks: readonly SiteMask[];
  readonly resolution: SiteResolution;
  /** The region (id) the grid covers, e.g. for resolution 6 in one province; absent: all. */
  readonly area?: string;
  /** Candidates are contiguous cells scoring at or above this percentile of scored cells (50–99). */
  readonly percentile: number;
  /** R of the generation criteria, km (25–300). */
  readonly generationRadiusKm: number;
  /** Only candidates whose rank range stays in the top 10 are listed. */
  readonly robustOnly: boolean;
  /** An H3 index of the current grid, or undefined. */
  readonly selectedCell?: string;
}

export const PERCENTILE_RANGE = [50, 99] as const;
export const GENERATION_RADIUS_RANGE_KM = [25, 300] as const;
export const DEFAULT_GENERATION_RADIUS_KM = 100;
export const DEFAULT_PERCENTILE = 90;
