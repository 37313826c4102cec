// Wind farm phases (GEM Global Wind Power Tracker), from WIND_POINTS_FROM_ZOOM on (hexagon bins
// below it, windFarmBins.ts): small circles in the wind colour, area by
// capacity; operating phases filled, those being built or planned hollow and lighter, shelved,
// cancelled and retired ones grey. Outlines stay solid: two thirds of GEM's points are placed at
// the nearest town, which the legend and each tooltip say instead.
import type { WindFarm, WindStatus } from '../../domain/atlas';
import { WIND_STATUSES } from '../../domain/atlas';
import type { Bilingual } from '../../domain/lang';
import { hexToRgba, type Rgba } from '../colour';
import { circleLayer } from '../layers/circleLayer';
import { swatch, type LegendEntry } from '../legend/legendEntry';
import { sizeEntries } from '../legend/sharedEntries';
import { SOLID } from '../style/approxStyle';
import { proportionalRadiusPx, type ProportionalScale } from '../style/pointSize';
import { BASEMAP_COLOURS, type Theme } from '../theme';
import { FUEL_PALETTE } from './powerPlants';
import type { MapFamily } from './mapFamily';
import { WIND_POINTS_FROM_ZOOM, windBinLayer, windBinLegend } from './windFarmBins';

/** 100 MW → 3 px, 1 GW → 9.5 px; unknown capacity → 2 px. */
export const WIND_FARM_SCALE: ProportionalScale = {
  pxPerSqrtMw: 0.3,
  minRadiusPx: 1.5,
  unknownRadiusPx: 2,
};

const WIND = FUEL_PALETTE.wind.colour;
const INACTIVE = '#9E9E9E';

interface StatusStyle {
  readonly label: Bilingual;
  readonly colour: string;
  /** Fill opacity 0–1; 0 draws a ring. */
  readonly fill: number;
  /** Outline opacity 0–1. */
  readonly ring: number;
}

export const WIND_STATUS_STYLES: Readonly<Record<WindStatus, StatusStyle>> = {
  operating: { label: { en: 'Operating', zh: '运行' }, colour: WIND, fill: 0.75, ring: 1 },
  construction: { label: { en: 'Under construction', zh: '在建' }, colour: WIND, fill: 0, ring: 1 },
  pre_construction: {
    label: { en: 'Pre-construction', zh: '前期' },
    colour: WIND,
    fill: 0,
    ring: 0.55,
  },
  announced: { label: { en: 'Announced', zh: '已宣布' }, colour: WIND, fill: 0, ring: 0.35 },
  shelved: { label: { en: 'Shelved', zh: '搁置' }, colour: INACTIVE, fill: 0, ring: 0.6 },
  cancelled: { label: { en: 'Cancelled', zh: '已取消' }, colour: INACTIVE, fill: 0, ring: 0.35 },
  retired: { label: { en: 'Retired', zh: '已退役' }, colour: INACTIVE, fill: 0.5, ring: 0.6 },
};

export function windFarmRadius(phase: Pick<WindFarm, 'capacityMw'>): number {
  return proportionalRadiusPx(phase.capacityMw, WIND_FARM_SCALE);
}

export function windFarmFill(phase: Pick<WindFarm, 'status'>): Rgba {
  const style = WIND_STATUS_STYLES[phase.status];
  return hexToRgba(style.colour, style.fill);
}

/** A thin light edge around filled phases, the status colour as the ring of the others. */
export function windFarmOutline(phase: Pick<WindFarm, 'status'>, theme: Theme): Rgba {
  const style = WIND_STATUS_STYLES[phase.status];
  if (style.fill > 0) return BASEMAP_COLOURS[theme].symbolOutline;
  return hexToRgba(style.colour, style.ring);
}

function legend(theme: Theme): LegendEntry[] {
  const rows = WIND_STATUSES.map((status) => ({
    key: status,
    label: WIND_STATUS_STYLES[status].label,
    swatch: swatch(WIND_STATUS_STYLES[status].fill > 0 ? 'circle' : 'ring', {
      fill: windFarmFill({ status }),
      stroke: windFarmOutline({ status }, theme),
      strokeWidthPx: 1.5,
      sizePx: 5,
    }),
  }));
  const located: LegendEntry = {
    key: 'approx',
    label: {
      en: 'About two thirds placed at the nearest town (GEM)',
      zh: '约三分之二位置为最近城镇（GEM）',
    },
    swatch: swatch('circle', { fill: hexToRgba(WIND, 0.75), sizePx: 3 }),
  };
  const sizes = sizeEntries(
    {
      radiusPx: (capacityMw) => windFarmRadius({ capacityMw }),
      referenceMw: [100, 1000],
      fill: hexToRgba(WIND, 0.75),
    },
    theme,
  );
  return [...rows, ...sizes.filter((entry) => entry.key !== 'size_unknown'), located];
}

const INSTALLATION_LABELS: Readonly<Record<string, Bilingual>> = {
  onshore: { en: 'Onshore', zh: '陆上' },
  offshore: { en: 'Offshore', zh: '海上' },
};

export const windFarmsFamily: MapFamily<WindFarm> = {
  layers: (id, phases, options) => {
    const binned = (options.zoom ?? 0) < WIND_POINTS_FROM_ZOOM;
    const points = circleLayer(
      id,
      phases,
      {
        radiusPx: windFarmRadius,
        fill: windFarmFill,
        outline: (phase) => windFarmOutline(phase, options.theme),
        outlineWidthPx: (phase) => (WIND_STATUS_STYLES[phase.status].fill > 0 ? 0.5 : 1),
        dashArray: () => SOLID,
      },
      { ...options, visible: options.visible && !binned },
    );
    return [windBinLayer(id, phases, options, binned), ...points];
  },
  legend: (theme, zoom) =>
    zoom !== undefined && zoom < WIND_POINTS_FROM_ZOOM ? windBinLegend(theme) : legend(theme),
  tooltipFields: ['status', 'capacityMw', 'installation', 'startYear', 'owner'],
  valueLabels: {
    status: Object.fromEntries(WIND_STATUSES.map((s) => [s, WIND_STATUS_STYLES[s].label])),
    installation: INSTALLATION_LABELS,
  },
};
