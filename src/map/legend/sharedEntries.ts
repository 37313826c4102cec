// Legend rows shared by several families: approximate geometry, not-yet-built sites and the
// proportional-size key (reference capacities plus the fixed "capacity unknown" size).
import type { Rgba } from '../colour';
import { DASH_PX } from '../style/approxStyle';
import { BASEMAP_COLOURS, type Theme } from '../theme';
import { swatch, type LegendEntry } from './legendEntry';

export function approxLineEntry(theme: Theme): LegendEntry {
  return {
    key: 'approx',
    label: {
      en: `Schematic route (dashed ${DASH_PX[0]}/${DASH_PX[1]} px)`,
      zh: '示意走向（虚线）',
    },
    swatch: swatch('line', { stroke: BASEMAP_COLOURS[theme].ink, strokeWidthPx: 2, dashed: true }),
  };
}

export function approxPointEntry(theme: Theme): LegendEntry {
  return {
    key: 'approx',
    label: { en: 'Approximate location (dashed outline)', zh: '位置为近似（虚线边框）' },
    swatch: swatch('ring', {
      stroke: BASEMAP_COLOURS[theme].ink,
      strokeWidthPx: 1.5,
      sizePx: 6,
      dashed: true,
    }),
  };
}

export function notBuiltEntry(theme: Theme): LegendEntry {
  return {
    key: 'not_built',
    label: { en: 'Under construction or planned (hollow)', zh: '在建或规划（空心）' },
    swatch: swatch('ring', { stroke: BASEMAP_COLOURS[theme].ink, strokeWidthPx: 2, sizePx: 6 }),
  };
}

export interface SizeKey {
  /** Radius in pixels of a site of the capacity (undefined: unknown capacity). */
  readonly radiusPx: (capacityMw: number | undefined) => number;
  /** Capacities shown as reference circles. */
  readonly referenceMw: readonly number[];
  readonly fill: Rgba;
}

/** Reference circles (area ∝ capacity) and the fixed size of a site with unknown capacity. */
export function sizeEntries(key: SizeKey, theme: Theme): LegendEntry[] {
  const stroke = BASEMAP_COLOURS[theme].symbolOutline;
  const sized = key.referenceMw.map((mw) => ({
    key: `size_${mw}`,
    label: {
      en: `${mw.toLocaleString('en')} MW (area ∝ capacity)`,
      zh: `${mw.toLocaleString('zh')} 兆瓦（面积 ∝ 容量）`,
    },
    swatch: swatch('circle', { fill: key.fill, stroke, sizePx: key.radiusPx(mw) }),
  }));
  const unknown: LegendEntry = {
    key: 'size_unknown',
    label: { en: 'Capacity unknown (fixed size)', zh: '容量未知（固定大小）' },
    swatch: swatch('circle', { fill: key.fill, stroke, sizePx: key.radiusPx(undefined) }),
  };
  return [...sized, unknown];
}

/** A translucent fill in the theme's ink, for size keys whose symbols vary in colour. */
export function inkWash(theme: Theme): Rgba {
  const ink = BASEMAP_COLOURS[theme].ink;
  return [ink[0], ink[1], ink[2], 60];
}
