// The one rule of the as-of views: whether a feature is part of the layout a view shows. The
// worker's scores (atlasAsOf) and the map's GPU filter (vintageFilter) both follow it; a property
// test keeps them in step.
import type { VintageSettings } from './asOf';
import { lifecyclePhase, type Dated, type LifecyclePhase } from './lifecycle';

/** Whether a built feature was in service at the end of `year` (retired in `year`: not). */
function inServiceAt(record: Dated, year: number, includeUnknownYear: boolean): boolean {
  const started = record.startYear === undefined ? includeUnknownYear : record.startYear <= year;
  return started && !(record.retireYear !== undefined && record.retireYear <= year);
}

/**
 * True when the record belongs to the view: every record in `all`; in a year, built features in
 * service at its end (no start year: as `includeUnknownYear` says); in `pipeline`, those of the
 * latest year plus every pipeline feature not retired by then. Abandoned ones only in `all`.
 */
export function isPresent(
  record: Dated,
  settings: VintageSettings,
  latestYear: number,
  phase: LifecyclePhase = lifecyclePhase(record),
): boolean {
  const { asOf, includeUnknownYear } = settings;
  switch (asOf.kind) {
    case 'all':
      return true;
    case 'year':
      return phase === 'built' && inServiceAt(record, asOf.year, includeUnknownYear);
    case 'pipeline':
      if (phase === 'pipeline')
        return !(record.retireYear !== undefined && record.retireYear <= latestYear);
      return phase === 'built' && inServiceAt(record, latestYear, includeUnknownYear);
  }
}
