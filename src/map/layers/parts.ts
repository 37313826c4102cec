// Multi-part geometries split into one drawable part per line or polygon, remembering the record
// and its index so picking answers with the record. Memoised per records array, so deck.gl sees
// the same data object on every render and does not re-tessellate.
import type { Position as DeckPosition } from '@deck.gl/core';
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

export interface Part<R, G> {
  readonly record: R;
  /** Index of the record in the array the layer was given. */
  readonly index: number;
  readonly geometry: G;
}

export type PathPart<R> = Part<R, readonly Position[]>;
export type PolygonPart<R> = Part<R, readonly (readonly Position[])[]>;

const polygonCache = new WeakMap<object, unknown>();
const ringCache = new WeakMap<object, unknown>();

/** One line of a record's MultiLineString: the record, its index and which line. The geometry is
 * not kept: `deckLinePath` reads it from the record when deck.gl tessellates, so a table row's
 * decoded coordinates are garbage once the layer's buffers hold them. */
export interface LinePart<R> {
  readonly record: R;
  /** Index of the record in the array the layer was given. */
  readonly index: number;
  readonly lineIndex: number;
  /** The line simplified for a national zoom (`simplifiedLineParts`), drawn instead of the
   * record's own positions when present. */
  readonly simplifiedPath?: readonly Position[];
}

const lineCache = new WeakMap<object, unknown>();

/** One part per line of each record's MultiLineString. */
export function lineParts<R extends { geometry: MultiLineString }>(
  records: readonly R[],
): LinePart<R>[] {
  const cached = lineCache.get(records) as LinePart<R>[] | undefined;
  if (cached) return cached;
  const parts = records.flatMap((record, index) =>
    record.geometry.coordinates.map((_, lineIndex) => ({ record, index, lineIndex })),
  );
  lineCache.set(records, parts);
  return parts;
}

/** The positions of a line part (simplified, if it was), as deck.gl types them. */
export function deckLinePath(part: LinePart<{ geometry: MultiLineString }>): DeckPosition[] {
  const path = part.simplifiedPath ?? part.record.geometry.coordinates[part.lineIndex];
  return path as unknown as DeckPosition[];
}

/** One part per polygon of each record's Polygon or MultiPolygon (rings: outer first). */
export function polygonParts<R extends { geometry: Polygon | MultiPolygon }>(
  records: readonly R[],
): PolygonPart<R>[] {
  const cached = polygonCache.get(records) as PolygonPart<R>[] | undefined;
  if (cached) return cached;
  const parts = records.flatMap((record, index) => {
    const polygons =
      record.geometry.type === 'Polygon'
        ? [record.geometry.coordinates]
        : record.geometry.coordinates;
    return polygons.map((geometry) => ({ record, index, geometry }));
  });
  polygonCache.set(records, parts);
  return parts;
}

/** Every ring of a polygon part as a closed path, for outlines. */
export function ringParts<R>(parts: readonly PolygonPart<R>[]): PathPart<R>[] {
  const cached = ringCache.get(parts) as PathPart<R>[] | undefined;
  if (cached) return cached;
  const rings = parts.flatMap((part) =>
    part.geometry.map((ring) => ({ record: part.record, index: part.index, geometry: ring })),
  );
  ringCache.set(parts, rings);
  return rings;
}

/** GeoJSON positions are `number[]`; deck.gl types them as tuples. Same data, one cast here. */
export function deckPath(part: PathPart<unknown>): DeckPosition[] {
  return part.geometry as unknown as DeckPosition[];
}

export function deckPolygon(part: PolygonPart<unknown>): DeckPosition[][] {
  return part.geometry as unknown as DeckPosition[][];
}
