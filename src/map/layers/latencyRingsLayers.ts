// Latency rings around the demand hubs: each ring a geodesic circle of the ring's great-circle
// radius, stroked only and dashed by its latency class, with a small "5 ms" label at its north
// point. Not atlas features: the layers are not pickable, so hover and click go to what lies below.
import type { Layer } from '@deck.gl/core';
import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import { PathLayer, TextLayer } from '@deck.gl/layers';
import type { LonLat } from '../../domain/atlas';
import { EARTH_RADIUS_KM } from '../../domain/geo/haversineKm';
import type { Lang } from '../../domain/lang';
import type { HubLatencyRings } from '../../domain/network/latencyRings';
import { hexToRgba, type Rgba } from '../colour';
import { LABEL_FONT_FAMILY, LABEL_FONT_SETTINGS, LABEL_HALO_WIDTH } from '../labels/labelFont';
import { BASEMAP_COLOURS, type Theme } from '../theme';

export interface LatencyRingsOptions {
  readonly visible: boolean;
  readonly theme: Theme;
  readonly lang: Lang;
  /** The character set shared by every label layer; defaults to the ring labels' own. */
  readonly labelCharacters?: Set<string>;
}

/** Look of a ring by latency class: the first row whose bound the ring's latency does not exceed. */
export interface RingStyle {
  readonly upToMs: number;
  readonly widthPx: number;
  /** [dash, gap] in pixels. */
  readonly dashPx: readonly [number, number];
}

export const RING_STYLES: readonly RingStyle[] = [
  { upToMs: 1, widthPx: 1.2, dashPx: [2, 3] },
  { upToMs: 5, widthPx: 1.5, dashPx: [5, 4] },
  { upToMs: Infinity, widthPx: 2, dashPx: [12, 6] },
];

/** Ring ink per theme: the fibre-backbone blue, lighter on the dark basemap. */
export const RING_COLOURS: Readonly<Record<Theme, Rgba>> = {
  light: hexToRgba('#3949AB', 0.85),
  dark: hexToRgba('#9FA8DA', 0.85),
};

export function ringStyle(latencyMs: number): RingStyle {
  return RING_STYLES.find((style) => latencyMs <= style.upToMs) ?? RING_STYLES.at(-1)!;
}

const UNIT_MS: Readonly<Record<Lang, string>> = { en: 'ms', zh: '毫秒' };
/** Every character a ring label can hold, so the font atlas is built once. */
export const RING_LABEL_CHARACTERS = `0123456789., ${UNIT_MS.en}${UNIT_MS.zh}`;

export function ringLabel(latencyMs: number, lang: Lang): string {
  return `${Number(latencyMs.toPrecision(3))} ${UNIT_MS[lang]}`;
}

const RAD = Math.PI / 180;

/** Dashes run on along the whole ring; per-segment dashes would look solid on short segments. */
const continuousDash = new PathStyleExtension({ dash: true, dashMode: 'path' });

/**
 * A closed geodesic circle of `radiusKm` around `centre` on the mean-radius sphere, `steps`
 * points plus the closing one, starting due north, longitudes unwrapped (no 360° jumps).
 */
export function geodesicCircle(centre: LonLat, radiusKm: number, steps = 128): LonLat[] {
  const [lon0, lat0] = [centre[0] * RAD, centre[1] * RAD];
  const angular = radiusKm / EARTH_RADIUS_KM;
  const points: LonLat[] = [];
  let previousLon = centre[0];
  for (let i = 0; i <= steps; i++) {
    const bearing = (2 * Math.PI * (i % steps)) / steps;
    const sinLat =
      Math.sin(lat0) * Math.cos(angular) + Math.cos(lat0) * Math.sin(angular) * Math.cos(bearing);
    const lat = Math.asin(Math.min(1, Math.max(-1, sinLat)));
    const dLon = Math.atan2(
      Math.sin(bearing) * Math.sin(angular) * Math.cos(lat0),
      Math.cos(angular) - Math.sin(lat0) * sinLat,
    );
    let lon = (lon0 + dLon) / RAD;
    lon += 360 * Math.round((previousLon - lon) / 360);
    previousLon = lon;
    points.push([lon, lat / RAD]);
  }
  return points;
}

interface RingDatum {
  readonly latencyMs: number;
  readonly path: readonly LonLat[];
}

function ringData(rings: readonly HubLatencyRings[]): RingDatum[] {
  return rings.flatMap((hub) =>
    hub.rings
      .filter((ring) => ring.radiusKm > 0)
      .map((ring) => ({
        latencyMs: ring.latencyMs,
        path: geodesicCircle(hub.position, ring.radiusKm),
      })),
  );
}

/** The ring paths and their labels (ids `latency_rings:paths`, `latency_rings:labels`). */
export function latencyRingsLayers(
  rings: readonly HubLatencyRings[],
  options: LatencyRingsOptions,
): Layer[] {
  const data = ringData(rings);
  const colour = RING_COLOURS[options.theme];
  const basemap = BASEMAP_COLOURS[options.theme];
  const paths = new PathLayer<RingDatum, PathStyleExtensionProps<RingDatum>>({
    id: 'latency_rings:paths',
    data,
    visible: options.visible,
    pickable: false,
    widthUnits: 'pixels',
    getPath: (ring) => ring.path as [number, number][],
    getColor: [...colour],
    getWidth: (ring) => ringStyle(ring.latencyMs).widthPx,
    getDashArray: (ring) => [...ringStyle(ring.latencyMs).dashPx] as [number, number],
    dashUnits: 'pixels',
    extensions: [continuousDash],
    updateTriggers: { getColor: [options.theme] },
  });
  const labels = new TextLayer<RingDatum>({
    id: 'latency_rings:labels',
    data,
    visible: options.visible,
    pickable: false,
    characterSet: options.labelCharacters ?? RING_LABEL_CHARACTERS,
    fontFamily: LABEL_FONT_FAMILY,
    fontSettings: LABEL_FONT_SETTINGS,
    outlineWidth: LABEL_HALO_WIDTH,
    outlineColor: [...basemap.labelHalo],
    sizeUnits: 'pixels',
    getSize: 11,
    getPosition: (ring) => ring.path[0] as [number, number],
    getText: (ring) => ringLabel(ring.latencyMs, options.lang),
    getColor: [...colour],
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'bottom',
    getPixelOffset: [0, -2],
    updateTriggers: { getText: [options.lang] },
  });
  return [paths, labels];
}
