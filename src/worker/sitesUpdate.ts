// Partial site answers across the thread edge: the grid (megabytes at resolution 6) and the raw
// criterion values change only with the dataset, the resolution, the latency settings, R or the
// Score weights, so the worker leaves them out otherwise and the page completes the answer.
import type { SiteAnalysis } from '../domain/sites/siteAnalysis';

export type SitesUpdate = Omit<SiteAnalysis, 'grid' | 'values'> &
  Partial<Pick<SiteAnalysis, 'grid' | 'values'>>;

/** The whole answer: the update, with the grid and values of `previous` where it left them out
 * (only when the grids agree); null when there is nothing to complete it with. */
export function completeSites(
  update: SitesUpdate,
  previous: SiteAnalysis | null,
): SiteAnalysis | null {
  const same = previous?.gridKey === update.gridKey ? previous : null;
  const grid = update.grid ?? same?.grid;
  const values = update.values ?? same?.values;
  return grid && values ? { ...update, grid, values } : null;
}
