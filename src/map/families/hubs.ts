// National hubs and their clusters as rings (a hub wide and heavy, a cluster small and thin) in the
// theme ink, unfilled so sites inside stay hoverable, dashed when approximate; their names sit
// under the ring, placed before every other label (cluster names only once zoomed in).
import type { Hub, HubType } from '../../domain/atlas';
import { HUB_TYPES } from '../../domain/atlas';
import type { Bilingual } from '../../domain/lang';
import type { Rgba } from '../colour';
import { circleLayer } from '../layers/circleLayer';
import { swatch } from '../legend/legendEntry';
import { approxPointEntry } from '../legend/sharedEntries';
import { BASEMAP_COLOURS, type Theme } from '../theme';
import type { MapFamily } from './mapFamily';

export interface HubStyle {
  readonly radiusPx: number;
  readonly lineWidthPx: number;
  /** Translucent wash inside the ring, alpha 0–255. */
  readonly fillAlpha: number;
  readonly label: Bilingual;
}

export const HUB_STYLES: Readonly<Record<HubType, HubStyle>> = {
  hub: {
    radiusPx: 22,
    lineWidthPx: 3.5,
    fillAlpha: 0,
    label: { en: 'National hub', zh: '国家算力枢纽' },
  },
  cluster: {
    radiusPx: 13,
    lineWidthPx: 1.5,
    fillAlpha: 0,
    label: { en: 'Data-centre cluster', zh: '数据中心集群' },
  },
};

/** Below this zoom only hub names are drawn; cluster names would crowd the national view. */
export const CLUSTER_LABEL_MIN_ZOOM = 5;

export function hubRing(_hub: Pick<Hub, 'type'>, theme: Theme): Rgba {
  return BASEMAP_COLOURS[theme].ink;
}

export function hubFill(hub: Pick<Hub, 'type'>, theme: Theme): Rgba {
  const ink = BASEMAP_COLOURS[theme].ink;
  return [ink[0], ink[1], ink[2], HUB_STYLES[hub.type].fillAlpha];
}

const ROLE_LABELS: Readonly<Record<string, Bilingual>> = {
  east_demand: { en: 'Demand-side hub (east)', zh: '需求侧枢纽（东部）' },
  west_supply: { en: 'Supply-side hub (west)', zh: '供给侧枢纽（西部）' },
};

const TYPE_LABELS: Readonly<Record<HubType, Bilingual>> = {
  hub: { en: 'National hub node', zh: '国家枢纽节点' },
  cluster: { en: 'Data-centre cluster', zh: '数据中心集群' },
};

export const hubsFamily: MapFamily<Hub> = {
  layers: (id, hubs, options) =>
    circleLayer(
      id,
      hubs,
      {
        radiusPx: (hub) => HUB_STYLES[hub.type].radiusPx,
        fill: (hub) => hubFill(hub, options.theme),
        outline: (hub) => hubRing(hub, options.theme),
        outlineWidthPx: (hub) => HUB_STYLES[hub.type].lineWidthPx,
        filled: false,
      },
      options,
    ),
  labels: {
    position: (hub) => hub.position,
    sizePx: (hub, zoom) => (hub.type === 'hub' ? 13 : zoom >= CLUSTER_LABEL_MIN_ZOOM ? 10 : 0),
    offsetPx: (hub) => [0, HUB_STYLES[hub.type].radiusPx + 9],
    weight: 'bold',
    priority: (hub) => (hub.type === 'hub' ? 0 : 2),
  },
  legend: (theme) => [
    ...HUB_TYPES.map((type) => ({
      key: type,
      label: HUB_STYLES[type].label,
      swatch: swatch('ring', {
        fill: hubFill({ type }, theme),
        stroke: hubRing({ type }, theme),
        strokeWidthPx: HUB_STYLES[type].lineWidthPx,
        sizePx: HUB_STYLES[type].radiusPx / 2,
      }),
    })),
    approxPointEntry(theme),
  ],
  tooltipFields: ['type', 'role', 'pueTargetMax'],
  valueLabels: { type: TYPE_LABELS, role: ROLE_LABELS },
};
