// Data centres: dark circles with a light outline, area by capacity, hollow while under
// construction or planned, an amber ring for intelligent computing centres, dashed outline where
// the location is approximate. Below SITES_APART_FROM_ZOOM, sites that would crowd are drawn as
// one cluster, area by number of sites (siteClusters.ts).
import type { DataCentre, DataCentreKind } from '../../domain/atlas';
import type { Bilingual } from '../../domain/lang';
import { fade, hexToRgba, type Rgba } from '../colour';
import { swatch } from '../legend/legendEntry';
import { approxPointEntry, sizeEntries } from '../legend/sharedEntries';
import { proportionalRadiusPx, type ProportionalScale } from '../style/pointSize';
import { isHollow } from '../style/siteStatus';
import { BASEMAP_COLOURS, type Theme } from '../theme';
import type { MapFamily } from './mapFamily';
import {
  clusteredSiteLayers,
  clustersDrawnAt,
  SITES_APART_FROM_ZOOM,
  type ClusterStyle,
} from './siteClusters';

/** Data centres are dark circles; intelligent computing centres get an amber ring and
 * supercomputing centres a violet one. */
export const DATACENTRE_FILL = '#263238';
export const INTELLIGENT_COMPUTING_RING = '#FFB300';
export const SUPERCOMPUTING_RING = '#7E57C2';

export const DATACENTRE_KIND_LABELS: Readonly<Record<DataCentreKind, Bilingual>> = {
  hyperscale_campus: { en: 'Hyperscale campus', zh: '超大规模园区' },
  telecom_idc: { en: 'Telecom IDC', zh: '运营商数据中心' },
  colocation: { en: 'Colocation', zh: '托管数据中心' },
  cloud_region: { en: 'Cloud region', zh: '云区域' },
  intelligent_computing_centre: { en: 'Intelligent computing centre', zh: '智算中心' },
  supercomputing_centre: { en: 'Supercomputing centre', zh: '超算中心' },
  other: { en: 'Other data centre', zh: '其他数据中心' },
};

/** 100 MW → 9 px, 1 GW → 28 px; unknown capacity → 4 px. */
export const DATACENTRE_SCALE: ProportionalScale = {
  pxPerSqrtMw: 0.9,
  minRadiusPx: 2.5,
  unknownRadiusPx: 4,
};

const RETIRED_OPACITY = 0.35;

export function dataCentreRadius(dc: Pick<DataCentre, 'capacityMw'>): number {
  return proportionalRadiusPx(dc.capacityMw, DATACENTRE_SCALE);
}

export function isIntelligentComputing(dc: Pick<DataCentre, 'kind'>): boolean {
  return dc.kind === 'intelligent_computing_centre';
}

/** The ring colour of a kind drawn apart (intelligent and supercomputing centres), if any. */
function kindRing(dc: Pick<DataCentre, 'kind'>): string | undefined {
  if (isIntelligentComputing(dc)) return INTELLIGENT_COMPUTING_RING;
  return dc.kind === 'supercomputing_centre' ? SUPERCOMPUTING_RING : undefined;
}

export function dataCentreFill(dc: Pick<DataCentre, 'status'>): Rgba {
  if (isHollow(dc)) return [0, 0, 0, 0];
  const fill = hexToRgba(DATACENTRE_FILL);
  return dc.status === 'retired' ? fade(fill, RETIRED_OPACITY) : fill;
}

/** Outline: the kind's ring, theme ink for hollow sites, else the light outline. */
export function dataCentreOutline(dc: Pick<DataCentre, 'kind' | 'status'>, theme: Theme): Rgba {
  const ring = kindRing(dc);
  if (ring) return hexToRgba(ring);
  return isHollow(dc) ? BASEMAP_COLOURS[theme].ink : BASEMAP_COLOURS[theme].symbolOutline;
}

export function dataCentreOutlineWidthPx(dc: Pick<DataCentre, 'kind' | 'status'>): number {
  return kindRing(dc) || isHollow(dc) ? 2 : 1;
}

function legend(theme: Theme) {
  const site = (kind: DataCentreKind, status: 'operating' | 'planned') => ({
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
      key: 'supercomputing_centre',
      label: DATACENTRE_KIND_LABELS.supercomputing_centre,
      swatch: swatch('circle', site('supercomputing_centre', 'operating')),
    },
    {
      key: 'not_built',
      label: { en: 'Under construction or planned', zh: '在建或规划' },
      swatch: swatch('ring', site('other', 'planned')),
    },
    ...sizeEntries(
      {
        radiusPx: (capacityMw) => dataCentreRadius({ capacityMw }),
        referenceMw: [100, 1000],
        fill: hexToRgba(DATACENTRE_FILL),
      },
      theme,
    ),
    approxPointEntry(theme),
  ];
}

/** A cluster's radius: area by number of sites (few data centres state a capacity). */
export const dataCentreClusterRadius = ({ count }: { count: number }) => 3.5 * Math.sqrt(count);

const DATACENTRE_CLUSTERS: ClusterStyle<DataCentre> = {
  radiusPx: dataCentreClusterRadius,
  fill: () => hexToRgba(DATACENTRE_FILL),
  name: (members) => {
    const notBuilt = members.filter(isHollow).length;
    const n = members.length;
    return notBuilt > 0
      ? {
          en: `${n} data centres, ${notBuilt} of them under construction or planned`,
          zh: `${n} 个数据中心（其中 ${notBuilt} 个在建或规划）`,
        }
      : { en: `${n} data centres`, zh: `${n} 个数据中心` };
  },
};

function clusterEntry(theme: Theme) {
  return {
    key: 'cluster',
    label: {
      en: `Several close together (number inside; click to zoom in; apart from zoom ${SITES_APART_FROM_ZOOM})`,
      zh: `相邻的多个（圈内为个数；点击放大；${SITES_APART_FROM_ZOOM} 级起分开显示）`,
    },
    swatch: swatch('circle', {
      fill: hexToRgba(DATACENTRE_FILL),
      stroke: BASEMAP_COLOURS[theme].symbolOutline,
      sizePx: 7,
    }),
  };
}

export const datacentresFamily: MapFamily<DataCentre> = {
  layers: (id, sites, options) =>
    clusteredSiteLayers(
      id,
      sites,
      {
        radiusPx: dataCentreRadius,
        fill: dataCentreFill,
        outline: (dc) => dataCentreOutline(dc, options.theme),
        outlineWidthPx: dataCentreOutlineWidthPx,
      },
      DATACENTRE_CLUSTERS,
      options,
    ),
  legend: (theme, zoom) =>
    clustersDrawnAt(zoom) ? [...legend(theme), clusterEntry(theme)] : legend(theme),
  tooltipFields: ['operator', 'kind', 'status', 'capacityMw', 'racks'],
  valueLabels: { kind: DATACENTRE_KIND_LABELS },
};
