// Which basemap to draw: a remote MapLibre style when VITE_BASEMAP_STYLE_URL is set at build
// time (off by default; the page then fetches from that server), else the embedded one.
import type { StyleSpecification } from 'maplibre-gl';
import type { Theme } from '../theme';
import { createBasemapStyle } from './createBasemapStyle';

/** The configured remote style URL, or undefined when none is set (the default). */
export function remoteStyleUrl(env: Record<string, unknown> = import.meta.env): string | undefined {
  const url = env.VITE_BASEMAP_STYLE_URL;
  return typeof url === 'string' && url.trim() !== '' ? url.trim() : undefined;
}

export function basemapStyle(theme: Theme): StyleSpecification | string {
  return remoteStyleUrl() ?? createBasemapStyle(theme);
}
