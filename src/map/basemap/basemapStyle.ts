// Which basemap to draw: a remote MapLibre style when VITE_BASEMAP_STYLE_URL is set at build
// time (off by default; the page then fetches from that server), else the embedded one.
import type { StyleSpecification } from 'maplibre-gl';
import type { Region } from '../../domain/atlas';
import type { Theme } from '../theme';
import { createBasemapStyle, PROVINCE_BORDERS_LAYER_ID } from './createBasemapStyle';

/** The configured remote style URL, or undefined when none is set (the default). */
export function remoteStyleUrl(env: Record<string, unknown> = import.meta.env): string | undefined {
  const url = env.VITE_BASEMAP_STYLE_URL;
  return typeof url === 'string' && url.trim() !== '' ? url.trim() : undefined;
}

/** The basemap of a theme, outlining `regions` (the embedded one only; pass a stable array). */
export function basemapStyle(
  theme: Theme,
  regions: readonly Pick<Region, 'id' | 'geometry'>[],
): StyleSpecification | string {
  return remoteStyleUrl() ?? createBasemapStyle(theme, regions);
}

/** The basemap layer deck.gl draws the choropleth beneath: the embedded basemap's province
 * borders, or none with a remote style (the fill then goes above the whole basemap). */
export function fillBeneathLayerId(env: Record<string, unknown> = import.meta.env) {
  return remoteStyleUrl(env) ? undefined : PROVINCE_BORDERS_LAYER_ID;
}
