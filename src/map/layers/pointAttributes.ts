// Point sites as deck.gl binary attributes: one pass over the records fills typed arrays of
// positions, radii, outline widths, dash patterns and the year filter's codes in draw order
// (largest first, so small sites stay on top), and a second pass fills the colours. deck.gl then
// uploads the arrays as they are, with no accessor call per record. The geometry pass runs once
// per records array; the colour pass again only when the theme or the filter changes; a hover or
// a year move changes neither.
import type { FeatureCommon, LonLat } from '../../domain/atlas';
import type { Dated } from '../../domain/vintage/lifecycle';
import { vintageFilterValue } from '../../domain/vintage/vintageFilter';
import type { Rgba } from '../colour';
import { pointDashArrayOf } from '../style/approxStyle';

export interface PointGeometryStyle<R> {
  readonly radiusPx: (record: R) => number;
  readonly outlineWidthPx: (record: R) => number;
  /** [dash, gap] of the outline; default: dashed where the location is approximate. */
  readonly dashArray?: (record: R) => readonly [number, number];
}

export interface PointColourStyle<R> {
  readonly fill: (record: R) => Rgba;
  readonly outline: (record: R) => Rgba;
}

/** What depends on the records alone: draw order, positions, sizes, dashes. */
export interface PointGeometry<R> {
  readonly records: readonly R[];
  /** Draw position → index of the record in `records`. */
  readonly recordIndex: Uint32Array;
  /** lon, lat per drawn point. */
  readonly positions: Float32Array;
  readonly radii: Float32Array;
  readonly lineWidths: Float32Array;
  /** [dash, gap] per drawn point, in outline widths. */
  readonly dashArrays: Float32Array;
  /** [start code, retire code] per drawn point, for the GPU year filter. */
  readonly filterValues: Float32Array;
}

/** The `data` of a binary ScatterplotLayer, with what picking needs to name the record. */
export interface PointData<R> {
  readonly length: number;
  readonly attributes: Record<string, { value: Float32Array | Uint8Array; size: number }>;
  readonly geometry: PointGeometry<R>;
}

type Positioned = Pick<FeatureCommon, 'approx'> & Dated & { readonly position: LonLat };

/** Indices of `records` ordered by `size` descending; ties keep their order. */
function largestFirstOrder<R>(records: readonly R[], size: (record: R) => number): Uint32Array {
  const sizes = new Float64Array(records.length);
  for (let i = 0; i < records.length; i++) sizes[i] = size(records[i]!);
  const order = Array.from({ length: records.length }, (_, i) => i);
  order.sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  return Uint32Array.from(order);
}

export function pointGeometry<R extends Positioned>(
  records: readonly R[],
  style: PointGeometryStyle<R>,
): PointGeometry<R> {
  const dashOf = style.dashArray ?? pointDashArrayOf;
  const recordIndex = largestFirstOrder(records, style.radiusPx);
  const count = records.length;
  const positions = new Float32Array(count * 2);
  const radii = new Float32Array(count);
  const lineWidths = new Float32Array(count);
  const dashArrays = new Float32Array(count * 2);
  const filterValues = new Float32Array(count * 2);
  for (let at = 0; at < count; at++) {
    const record = records[recordIndex[at]!]!;
    positions[at * 2] = record.position[0];
    positions[at * 2 + 1] = record.position[1];
    radii[at] = style.radiusPx(record);
    lineWidths[at] = style.outlineWidthPx(record);
    const dash = dashOf(record);
    dashArrays[at * 2] = dash[0];
    dashArrays[at * 2 + 1] = dash[1];
    filterValues.set(vintageFilterValue(record), at * 2);
  }
  return { records, recordIndex, positions, radii, lineWidths, dashArrays, filterValues };
}

/** RGBA bytes per drawn point; alpha multiplied by `fadeFactor` where `fades` says so. */
function colourBytes<R>(
  geometry: PointGeometry<R>,
  colour: (record: R) => Rgba,
  fades: ((record: R) => boolean) | undefined,
  fadeFactor: number,
): Uint8Array {
  const { records, recordIndex } = geometry;
  const bytes = new Uint8Array(recordIndex.length * 4);
  for (let at = 0; at < recordIndex.length; at++) {
    const record = records[recordIndex[at]!]!;
    const rgba = colour(record);
    bytes[at * 4] = rgba[0];
    bytes[at * 4 + 1] = rgba[1];
    bytes[at * 4 + 2] = rgba[2];
    bytes[at * 4 + 3] = fades?.(record) ? Math.round(rgba[3] * fadeFactor) : rgba[3];
  }
  return bytes;
}

/** The layer's binary data: the geometry plus colours for the current theme and filter. */
export function pointData<R>(
  geometry: PointGeometry<R>,
  style: PointColourStyle<R>,
  fades: ((record: R) => boolean) | undefined,
  fadeFactor: number,
): PointData<R> {
  const colour = (of: (record: R) => Rgba) => colourBytes(geometry, of, fades, fadeFactor);
  return {
    length: geometry.recordIndex.length,
    attributes: {
      getPosition: { value: geometry.positions, size: 2 },
      getRadius: { value: geometry.radii, size: 1 },
      getLineWidth: { value: geometry.lineWidths, size: 1 },
      getDashArray: { value: geometry.dashArrays, size: 2 },
      getFilterValue: { value: geometry.filterValues, size: 2 },
      getFillColor: { value: colour(style.fill), size: 4 },
      getLineColor: { value: colour(style.outline), size: 4 },
    },
    geometry,
  };
}

/** True for the `data` of a layer made by {@link pointData}. */
export function isPointData(data: unknown): data is PointData<unknown> {
  return typeof data === 'object' && data !== null && 'geometry' in data && 'attributes' in data;
}

/** The record drawn at `drawIndex` of a point layer's data, and its index in the records. */
export function pointRecordAt(
  data: PointData<unknown>,
  drawIndex: number,
): { record: unknown; index: number } | null {
  const index = data.geometry.recordIndex[drawIndex];
  return index === undefined ? null : { record: data.geometry.records[index], index };
}
