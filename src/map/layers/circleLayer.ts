// The one way point sites are drawn: a pickable ScatterplotLayer in pixel sizes fed binary
// attributes (see pointAttributes), largest first so small sites stay on top, outlines dashed when
// the location is approximate, faded when filtered out, hidden outside the as-of view (GPU
// filter). The hovered or selected site is drawn again on top, larger, by a small layer of its
// own, so a hover never rebuilds the big layer.
import {
  PathStyleExtension,
  type DataFilterExtensionProps,
  type PathStyleExtensionProps,
} from '@deck.gl/extensions';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { FeatureCommon, LonLat } from '../../domain/atlas';
import type { Dated } from '../../domain/vintage/lifecycle';
import type { Rgba } from '../colour';
import { pointDashArrayOf } from '../style/approxStyle';
import { emphasisedIndices } from './emphasisedIndices';
import { fadeFiltered, FILTERED_OUT_OPACITY, type LayerOptions } from './layerOptions';
import { pointData, pointGeometry, type PointData, type PointGeometry } from './pointAttributes';
import { VINTAGE_FILTER, vintageFilterProps } from './vintageFilter';

/** Extra pixels of radius on the hovered or selected site. */
export const EMPHASIS_EXTRA_RADIUS_PX = 3;

const dashedOutline = new PathStyleExtension({ dash: true });

type Extensions<D> = PathStyleExtensionProps<D> & DataFilterExtensionProps<D>;

export interface CircleStyle<R> {
  readonly radiusPx: (record: R) => number;
  readonly fill: (record: R) => Rgba;
  readonly outline: (record: R) => Rgba;
  readonly outlineWidthPx: (record: R) => number;
  /** False draws rings only, so what lies inside stays hoverable (default true). */
  readonly filled?: boolean;
  /** [dash, gap] of the outline; default: dashed where the location is approximate. */
  readonly dashArray?: (record: R) => readonly [number, number];
}

type Site = FeatureCommon & Dated & { position: LonLat };

const geometryCache = new WeakMap<object, PointGeometry<never>>();
const dataCache = new WeakMap<object, { key: string; data: PointData<never> }>();

/** The geometry of `records`, built once per records array (sizes depend on the records only). */
function geometryOf<R extends Site>(
  records: readonly R[],
  style: CircleStyle<R>,
): PointGeometry<R> {
  const cached = geometryCache.get(records) as PointGeometry<R> | undefined;
  if (cached) return cached;
  const geometry = pointGeometry(records, style);
  geometryCache.set(records, geometry as PointGeometry<never>);
  return geometry;
}

/** The binary data for the current theme and filter; the same object while neither changes. */
function dataOf<R extends Site>(
  records: readonly R[],
  style: CircleStyle<R>,
  options: LayerOptions<R>,
): PointData<R> {
  const geometry = geometryOf(records, style);
  const key = `${options.theme}|${options.isFilteredOut ? String(options.filterKey) : '-'}`;
  const cached = dataCache.get(geometry);
  if (cached?.key === key) return cached.data as PointData<R>;
  const data = pointData(geometry, style, options.isFilteredOut, FILTERED_OUT_OPACITY);
  dataCache.set(geometry, { key, data: data as PointData<never> });
  return data;
}

export function circleLayer<R extends Site>(
  id: string,
  records: readonly R[],
  style: CircleStyle<R>,
  options: LayerOptions<R>,
  /** The records the base layer draws (default all): a family that draws some as clusters
   * passes the rest. The hovered or selected record is emphasised wherever it is. */
  shown: readonly R[] = records,
): ScatterplotLayer[] {
  const common = {
    visible: options.visible,
    stroked: true,
    filled: style.filled ?? true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
  } as const;
  const { getFilterValue, ...yearFilter } = vintageFilterProps(options, (record: R) => record);
  const base = new ScatterplotLayer<unknown, Extensions<unknown>>({
    ...common,
    ...yearFilter,
    extensions: [dashedOutline, VINTAGE_FILTER],
    id,
    data: dataOf(shown, style, options),
    pickable: true,
  });
  const emphasised = emphasisedIndices(records, options).map((index) => records[index]!);
  const fill = fadeFiltered(style.fill, options);
  const outline = fadeFiltered(style.outline, options);
  const emphasis = new ScatterplotLayer<R, Extensions<R>>({
    ...common,
    ...yearFilter,
    getFilterValue,
    // Nothing hovered or selected: not drawn at all (an empty layer still costs a draw).
    visible: options.visible && emphasised.length > 0,
    extensions: [dashedOutline, VINTAGE_FILTER],
    id: `${id}:emphasis`,
    data: emphasised,
    pickable: false,
    getPosition: (record) => record.position as [number, number],
    getRadius: (record) => style.radiusPx(record) + EMPHASIS_EXTRA_RADIUS_PX,
    getFillColor: fill,
    getLineColor: outline,
    getLineWidth: (record) => style.outlineWidthPx(record) + 1,
    getDashArray: (record) => (style.dashArray ?? pointDashArrayOf)(record) as [number, number],
  });
  return [base, emphasis];
}
