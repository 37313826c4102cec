// Where a feature's status puts it in time: built (in service now or once: it counts from its
// start year), in the pipeline (under construction, planned or announced: only in the pipeline
// view) or abandoned (shelved, cancelled: in no as-of view). One row per status of any family.
import type { FeatureCommon, SiteStatus, WindStatus } from '../atlas';

export const LIFECYCLE_PHASES = ['built', 'pipeline', 'abandoned'] as const;
export type LifecyclePhase = (typeof LIFECYCLE_PHASES)[number];

/** Every status of every family; a new status is a type error until it has a row. */
export const STATUS_PHASES: Readonly<Record<SiteStatus | WindStatus, LifecyclePhase>> = {
  operating: 'built',
  partially_operating: 'built',
  retired: 'built',
  // A site whose status no source gives is treated as built; its year decides where it counts.
  unknown: 'built',
  under_construction: 'pipeline',
  planned: 'pipeline',
  construction: 'pipeline',
  pre_construction: 'pipeline',
  announced: 'pipeline',
  shelved: 'abandoned',
  cancelled: 'abandoned',
};

/** What the as-of rule reads of a record: its years and, for families that have one, its status. */
export type Dated = Pick<FeatureCommon, 'startYear' | 'retireYear'> & {
  readonly status?: SiteStatus | WindStatus;
};

/** The phase of a record; families without a status (fibre, nodes, hubs, regions) are built. */
export function lifecyclePhase(record: Dated): LifecyclePhase {
  return record.status === undefined ? 'built' : STATUS_PHASES[record.status];
}
