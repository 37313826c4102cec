// How a site's status shows: sites not yet built (under construction or planned) are hollow.
import type { SiteStatus } from '../../domain/atlas';

const HOLLOW_STATUSES: readonly SiteStatus[] = ['under_construction', 'planned'];

/** True for sites not yet built, drawn as hollow circles. */
export function isHollow(site: { status: SiteStatus }): boolean {
  return HOLLOW_STATUSES.includes(site.status);
}
