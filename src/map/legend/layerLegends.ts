// The legend rows of every map layer, built from the same tables and accessors that style the
// map, so a swatch is the colour drawn. Adding a category is adding a row to its palette table.
import {
  DATACENTRE_KINDS,
  FIBRE_KINDS,
  FUELS,
  HUB_TYPES,
  NETWORK_NODE_KINDS,
} from '../../domain/atlas';
import type { LayerId } from '../../domain/layerFamilies';
import { hexToRgba } from '../colour';
import {
  DATACENTRE_KIND_LABELS,
  FIBRE_PALETTE,
  FUEL_PALETTE,
  NETWORK_NODE_PALETTE,
} from '../palette';
import {
  dataCentreFill,
  dataCentreOutline,
  dataCentreOutlineWidthPx,
} from '../style/dataCentreStyle';
import { HUB_STYLES, hubFill, hubRing } from '../style/hubStyle';
import {
  fibreRouteColour,
  fibreRouteWidthPx,
  networkNodeColour,
  NETWORK_NODE_SIZE_PX,
} from '../style/networkStyle';
import { powerLineColour, VOLTAGE_CLASS_STYLES, VOLTAGE_CLASSES } from '../style/powerLineStyle';
import { powerPlantFill, powerPlantOutline } from '../style/powerPlantStyle';
import { BASEMAP_COLOURS, type Theme } from '../theme';
import { swatch, type LegendEntry } from './legendEntry';
import { approxLineEntry, approxPointEntry, notBuiltEntry, sizeEntries } from './sharedEntries';

/** A representative line voltage of each class, to ask the accessor for its colour. */
const CLASS_SAMPLE = {
  uhv_dc: { current: 'DC', voltageKv: 800 },
  uhv_ac: { current: 'AC', voltageKv: 1000 },
  ehv: { current: 'AC', voltageKv: 500 },
  lower: { current: 'AC', voltageKv: 220 },
} as const;

function powerLines(theme: Theme): LegendEntry[] {
  const rows = VOLTAGE_CLASSES.map((id) => ({
    key: id,
    label: VOLTAGE_CLASS_STYLES[id].label,
    swatch: swatch('line', {
      stroke: powerLineColour({ ...CLASS_SAMPLE[id], status: 'operating' }),
      strokeWidthPx: VOLTAGE_CLASS_STYLES[id].widthPx,
    }),
  }));
  return [...rows, approxLineEntry(theme)];
}

function fibreRoutes(theme: Theme): LegendEntry[] {
  const rows = FIBRE_KINDS.map((kind) => ({
    key: kind,
    label: FIBRE_PALETTE[kind].label,
    swatch: swatch('line', {
      stroke: fibreRouteColour({ kind }),
      strokeWidthPx: fibreRouteWidthPx({ kind }),
    }),
  }));
  return [...rows, approxLineEntry(theme)];
}

function powerPlants(theme: Theme): LegendEntry[] {
  const rows = FUELS.map((fuel) => ({
    key: fuel,
    label: FUEL_PALETTE[fuel].label,
    swatch: swatch('circle', {
      fill: powerPlantFill({ fuel, status: 'operating' }),
      stroke: powerPlantOutline({ fuel, status: 'operating' }, theme),
      sizePx: 6,
    }),
  }));
  return [
    ...rows,
    notBuiltEntry(theme),
    ...sizeEntries('power_plants', theme),
    approxPointEntry(theme),
  ];
}

function datacentres(theme: Theme): LegendEntry[] {
  const site = (kind: (typeof DATACENTRE_KINDS)[number], status: 'operating' | 'planned') => ({
    fill: dataCentreFill({ status }),
    stroke: dataCentreOutline({ kind, status }, theme),
    strokeWidthPx: dataCentreOutlineWidthPx({ kind, status }),
    sizePx: 7,
  });
  return [
    {
      key: 'operating',
      label: { en: 'Data centre', zh: '数据中心' },
      swatch: swatch('circle', site('other', 'operating')),
    },
    {
      key: 'intelligent_computing_centre',
      label: DATACENTRE_KIND_LABELS.intelligent_computing_centre,
      swatch: swatch('circle', site('intelligent_computing_centre', 'operating')),
    },
    {
      key: 'not_built',
      label: { en: 'Under construction or planned', zh: '在建或规划' },
      swatch: swatch('ring', site('other', 'planned')),
    },
    ...sizeEntries('datacentres', theme),
    approxPointEntry(theme),
  ];
}

function hubs(theme: Theme): LegendEntry[] {
  const rows = HUB_TYPES.map((type) => ({
    key: type,
    label: HUB_STYLES[type].label,
    swatch: swatch('ring', {
      fill: hubFill({ type }, theme),
      stroke: hubRing({ type }, theme),
      strokeWidthPx: HUB_STYLES[type].lineWidthPx,
      sizePx: HUB_STYLES[type].radiusPx / 2,
    }),
  }));
  return [...rows, approxPointEntry(theme)];
}

function networkNodes(theme: Theme): LegendEntry[] {
  const rows = NETWORK_NODE_KINDS.map((kind) => ({
    key: kind,
    label: NETWORK_NODE_PALETTE[kind].label,
    swatch: swatch('diamond', {
      fill: networkNodeColour({ kind }),
      sizePx: NETWORK_NODE_SIZE_PX / 2,
    }),
  }));
  const approx: LegendEntry = {
    key: 'approx',
    label: { en: 'Approximate location (hollow)', zh: '位置为近似（空心）' },
    swatch: swatch('diamond', {
      stroke: BASEMAP_COLOURS[theme].ink,
      strokeWidthPx: 1.5,
      sizePx: NETWORK_NODE_SIZE_PX / 2,
    }),
  };
  return [...rows, approx];
}

function regions(theme: Theme): LegendEntry[] {
  return [
    {
      key: 'province',
      label: { en: 'Province-level region', zh: '省级行政区' },
      swatch: swatch('area', {
        stroke: hexToRgba(BASEMAP_COLOURS[theme].provinceBorder),
        fill: hexToRgba(BASEMAP_COLOURS[theme].land),
      }),
    },
  ];
}

/** Legend rows of each layer for a theme. */
export const LAYER_LEGENDS: Readonly<Record<LayerId, (theme: Theme) => LegendEntry[]>> = {
  regions,
  power_lines: powerLines,
  fibre_routes: fibreRoutes,
  power_plants: powerPlants,
  network_nodes: networkNodes,
  datacentres,
  hubs,
};
