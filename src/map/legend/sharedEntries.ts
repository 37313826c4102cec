// Legend rows shared by several layers: approximate geometry, not-yet-built sites and the
// proportional-size key (two reference capacities plus the fixed "capacity unknown" size).
import { hexToRgba } from '../colour';
import { DATACENTRE_FILL } from '../palette';
import { DASH_PX } from '../style/approxStyle';
import { dataCentreRadius } from '../style/dataCentreStyle';
import { powerPlantRadius } from '../style/powerPlantStyle';
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

const SIZE_KEYS = {
  datacentres: {
    radius: (capacityMw?: number) => dataCentreRadius({ capacityMw }),
    referenceMw: [100, 1000],
  },
  power_plants: {
    radius: (capacityMw?: number) => powerPlantRadius({ capacityMw }),
    referenceMw: [1000, 10000],
  },
} as const;

/** Reference circles (area ∝ capacity) and the fixed size of a site with unknown capacity. */
export function sizeEntries(layer: keyof typeof SIZE_KEYS, theme: Theme): LegendEntry[] {
  const { radius, referenceMw } = SIZE_KEYS[layer];
  const ink = BASEMAP_COLOURS[theme].ink;
  const fill =
    layer === 'datacentres' ? hexToRgba(DATACENTRE_FILL) : ([ink[0], ink[1], ink[2], 60] as const);
  const sized = referenceMw.map((mw) => ({
    key: `size_${mw}`,
    label: {
      en: `${mw.toLocaleString('en')} MW (area ∝ capacity)`,
      zh: `${mw.toLocaleString('zh')} 兆瓦（面积 ∝ 容量）`,
    },
    swatch: swatch('circle', {
      fill,
      stroke: BASEMAP_COLOURS[theme].symbolOutline,
      sizePx: radius(mw),
    }),
  }));
  const unknown: LegendEntry = {
    key: 'size_unknown',
    label: { en: 'Capacity unknown (fixed size)', zh: '容量未知（固定大小）' },
    swatch: swatch('circle', {
      fill,
      stroke: BASEMAP_COLOURS[theme].symbolOutline,
      sizePx: radius(undefined),
    }),
  };
  return [...sized, unknown];
}
