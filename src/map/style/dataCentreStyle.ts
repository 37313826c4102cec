// Data centres: dark circles with a light outline, area by capacity, hollow while under
// construction or planned, an amber ring for intelligent computing centres, dashed when approximate.
import type { DataCentre, SiteStatus } from '../../domain/atlas';
import { fade, hexToRgba, type Rgba } from '../colour';
import { DATACENTRE_FILL, INTELLIGENT_COMPUTING_RING } from '../palette';
import { BASEMAP_COLOURS, type Theme } from '../theme';
import { proportionalRadiusPx, type ProportionalScale } from './pointSize';

/** 100 MW → 9 px, 1 GW → 28 px; unknown capacity → 4 px. */
export const DATACENTRE_SCALE: ProportionalScale = {
  pxPerSqrtMw: 0.9,
  minRadiusPx: 2.5,
  unknownRadiusPx: 4,
};

const HOLLOW_STATUSES: readonly SiteStatus[] = ['under_construction', 'planned'];
const RETIRED_OPACITY = 0.35;

/** True for sites not yet built, drawn as hollow circles. */
export function isHollow(site: { status: SiteStatus }): boolean {
  return HOLLOW_STATUSES.includes(site.status);
}

export function dataCentreRadius(dc: Pick<DataCentre, 'capacityMw'>): number {
  return proportionalRadiusPx(dc.capacityMw, DATACENTRE_SCALE);
}

export function isIntelligentComputing(dc: Pick<DataCentre, 'kind'>): boolean {
  return dc.kind === 'intelligent_computing_centre';
}

export function dataCentreFill(dc: Pick<DataCentre, 'status'>): Rgba {
  if (isHollow(dc)) return [0, 0, 0, 0];
  const fill = hexToRgba(DATACENTRE_FILL);
  return dc.status === 'retired' ? fade(fill, RETIRED_OPACITY) : fill;
}

/** Outline: amber for intelligent computing, theme ink for hollow sites, else the light outline. */
export function dataCentreOutline(dc: Pick<DataCentre, 'kind' | 'status'>, theme: Theme): Rgba {
  if (isIntelligentComputing(dc)) return hexToRgba(INTELLIGENT_COMPUTING_RING);
  return isHollow(dc) ? BASEMAP_COLOURS[theme].ink : BASEMAP_COLOURS[theme].symbolOutline;
}

export function dataCentreOutlineWidthPx(dc: Pick<DataCentre, 'kind' | 'status'>): number {
  return isIntelligentComputing(dc) || isHollow(dc) ? 2 : 1;
}
