// Crowded point families (data centres, power plants) below SITES_APART_FROM_ZOOM: sites whose
// symbols would crowd are drawn as one cluster circle (clusterPointsOnScreen), with the number of
// sites written in it where it has room; sites left alone keep their own symbols. A click on a
// cluster flies in to where it comes apart (AggregateRecord). A scenario's proposed sites are never
// gathered; sites faded by a constraint gather only with faded ones, and their cluster fades too;
// in an as-of view only the sites of that layout are gathered.
import type { Layer } from '@deck.gl/core';
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { FeatureCommon, LonLat } from '../../domain/atlas';
import type { Bilingual } from '../../domain/lang';
import {
  clusterPointsOnScreen,
  type ScreenCluster,
} from '../../domain/spatial/clusterPointsOnScreen';
import type { Dated } from '../../domain/vintage/lifecycle';
import { passesFilter, vintageFilterValue } from '../../domain/vintage/vintageFilter';
import type { AggregateRecord } from '../aggregateRecord';
import { fade, type Rgba } from '../colour';
import { circleLayer, type CircleStyle } from '../layers/circleLayer';
import { FILTERED_OUT_OPACITY, type LayerOptions } from '../layers/layerOptions';
import { LABEL_FONT_FAMILY } from '../labels/labelFont';
import { BASEMAP_COLOURS } from '../theme';

/** From this zoom on (regional) every site is drawn as itself. */
export const SITES_APART_FROM_ZOOM = 6;
/** Sites within this many pixels of a larger one of their group join its cluster. */
export const CLUSTER_RADIUS_PX = 12;
/** Counts are written only in clusters at least this large (pixels of radius). */
const COUNT_MIN_RADIUS_PX = 7;
const COUNT_CHARACTERS = '0123456789';

type Site = FeatureCommon & Dated & { position: LonLat; capacityMw?: number };

/** Several sites drawn as one; shaped like a feature so hover and tooltip treat it as one. */
export interface SiteCluster extends AggregateRecord {
  readonly id: string;
  readonly name: string;
  readonly nameZh: string;
  readonly source: string;
  readonly approx: false;
  readonly capacityMw?: number;
  readonly count: number;
  readonly radiusPx: number;
  readonly fill: Rgba;
}

/** How a family draws its clusters. */
export interface ClusterStyle<R> {
  /** Radius in pixels of a cluster of `count` sites and summed stated capacity. */
  readonly radiusPx: (cluster: { count: number; capacityMw?: number }) => number;
  /** Fill of a cluster, from its members (largest first). */
  readonly fill: (members: readonly R[]) => Rgba;
  /** Its name, from its members (largest first). */
  readonly name: (members: readonly R[], capacityMw: number | undefined) => Bilingual;
}

interface Drawn<R> {
  readonly clusters: readonly SiteCluster[];
  /** The sites drawn as themselves. */
  readonly alone: readonly R[];
}

const drawnCache = new WeakMap<object, Map<string, Drawn<never>>>();

/** Whether clusters are drawn at the zoom in `options` (not while the zoom is unknown). */
export const clustersDrawnAt = (zoom: number | undefined) =>
  zoom !== undefined && zoom < SITES_APART_FROM_ZOOM;

function expandZoom(cluster: ScreenCluster<unknown>, zoom: number): number {
  const split = Math.ceil((cluster.splitsAtZoom + 0.25) * 2) / 2;
  return Math.min(SITES_APART_FROM_ZOOM, Math.max(zoom + 1, split));
}

function toCluster<R extends Site>(
  cluster: ScreenCluster<R>,
  style: ClusterStyle<R>,
  faded: boolean,
  zoom: number,
): SiteCluster {
  const { members, capacityMw } = cluster;
  const seed = members[0]!;
  const name = style.name(members, capacityMw);
  const fill = style.fill(members);
  const sources = [...new Set(members.map((member) => member.source))];
  return {
    id: `cluster:${seed.id}`,
    name: name.en,
    nameZh: name.zh,
    source: sources.join('; '),
    approx: false,
    position: cluster.position,
    capacityMw,
    count: members.length,
    radiusPx: style.radiusPx({ count: members.length, capacityMw }),
    fill: faded ? fade(fill, FILTERED_OUT_OPACITY) : fill,
    expandAtZoom: expandZoom(cluster, zoom),
  };
}

/** The clusters and lone sites of `records` at the options' zoom, memoised per records array,
 * zoom, year range and filter. */
export function siteClusters<R extends Site>(
  records: readonly R[],
  style: ClusterStyle<R>,
  options: LayerOptions<R>,
): Drawn<R> {
  const zoom = options.zoom;
  if (!clustersDrawnAt(zoom)) return { clusters: [], alone: records };
  const rejects = options.isFilteredOut;
  const range = options.vintageFilter;
  const key = JSON.stringify([zoom, range, rejects ? options.filterKey : '-']);
  const byKey = drawnCache.get(records) ?? new Map<string, Drawn<never>>();
  drawnCache.set(records, byKey);
  const cached = byKey.get(key);
  if (cached) return cached as Drawn<R>;
  const shown = range
    ? records.filter((record) => passesFilter(vintageFilterValue(record), range))
    : records;
  const faded = (record: R) => rejects?.(record) ?? false;
  const gathered = clusterPointsOnScreen(
    shown.filter((record) => !record.proposed),
    zoom!,
    CLUSTER_RADIUS_PX,
    (record) => (faded(record) ? 'faded' : 'shown'),
  );
  const drawn: Drawn<R> = {
    clusters: gathered
      .filter((cluster) => cluster.members.length > 1)
      .map((cluster) => toCluster(cluster, style, faded(cluster.members[0]!), zoom!)),
    alone: [
      ...gathered.filter((cluster) => cluster.members.length === 1).map((c) => c.members[0]!),
      ...shown.filter((record) => record.proposed),
    ],
  };
  byKey.set(key, drawn as Drawn<never>);
  return drawn;
}

/** Black or white, whichever reads on `fill`; as faint as a faded fill. */
function countInk([r, g, b, a]: Rgba): Rgba {
  const luminance = 0.299 * r + 0.587 * g + 0.114 * b;
  const alpha = a < 128 ? a : 255;
  return luminance > 150 ? [33, 33, 33, alpha] : [255, 255, 255, alpha];
}

/** The family's layers: clusters and their counts below the lone sites' circles. */
export function clusteredSiteLayers<R extends Site>(
  id: string,
  records: readonly R[],
  style: CircleStyle<R>,
  clusterStyle: ClusterStyle<R>,
  options: LayerOptions<R>,
): Layer[] {
  const { clusters, alone } = siteClusters(records, clusterStyle, options);
  const visible = options.visible && clusters.length > 0;
  const counted = clusters.filter((cluster) => cluster.radiusPx >= COUNT_MIN_RADIUS_PX);
  return [
    new ScatterplotLayer<SiteCluster>({
      id: `${id}:clusters`,
      data: clusters,
      visible,
      pickable: true,
      stroked: true,
      radiusUnits: 'pixels',
      lineWidthUnits: 'pixels',
      getPosition: (cluster) => cluster.position as [number, number],
      getRadius: (cluster) => cluster.radiusPx,
      getFillColor: (cluster) => cluster.fill,
      getLineColor: BASEMAP_COLOURS[options.theme].symbolOutline,
      getLineWidth: 1,
      updateTriggers: { getLineColor: [options.theme] },
    }),
    new TextLayer<SiteCluster>({
      id: `${id}:cluster-counts`,
      data: counted,
      visible: visible && counted.length > 0,
      pickable: false,
      characterSet: COUNT_CHARACTERS,
      fontFamily: LABEL_FONT_FAMILY,
      fontWeight: 'bold',
      getPosition: (cluster) => cluster.position as [number, number],
      getText: (cluster) => String(cluster.count),
      getSize: 10,
      getColor: (cluster) => countInk(cluster.fill),
    }),
    ...circleLayer(id, records, style, options, alone),
  ];
}
