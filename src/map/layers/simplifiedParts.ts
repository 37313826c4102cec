// Polygon and line parts drawn with the detail a zoom can show: below zoom 4 a province's outline
// or a line is simplified to 0.04° (under a pixel: MapLibre's 512-px world is 0.044°/px at zoom 4),
// below zoom 5 to 0.02°, and full beyond (the default regions: 20,000 vertices, 8,600 at 0.02°,
// 4,900 at 0.04°; power lines: 1,248, 232, 177). The records stay the same, so picking is unchanged.
import { lineString, polygon, simplify } from '@turf/turf';
import type { MultiLineString } from 'geojson';
import type { LinePart, PolygonPart } from './parts';

/** Simplification tolerance in degrees by zoom band, finest last; none beyond the last band. */
export const DETAIL_BANDS: readonly {
  readonly belowZoom: number;
  readonly toleranceDeg: number;
}[] = [
  { belowZoom: 4, toleranceDeg: 0.04 },
  { belowZoom: 5, toleranceDeg: 0.02 },
];

/** The tolerance in degrees at `zoom`, or 0 (full detail) when zoomed in beyond every band. */
export function toleranceAtZoom(zoom: number): number {
  return DETAIL_BANDS.find((band) => zoom < band.belowZoom)?.toleranceDeg ?? 0;
}

const cache = new WeakMap<object, Map<number, unknown>>();

/** `parts` with each polygon simplified to `toleranceDeg` (Douglas–Peucker, turf); memoised. */
export function simplifiedParts<R>(
  parts: readonly PolygonPart<R>[],
  toleranceDeg: number,
): readonly PolygonPart<R>[] {
  if (toleranceDeg <= 0) return parts;
  const byTolerance = cache.get(parts) ?? new Map<number, unknown>();
  cache.set(parts, byTolerance);
  const cached = byTolerance.get(toleranceDeg) as PolygonPart<R>[] | undefined;
  if (cached) return cached;
  const simplified = parts.map((part) => ({
    ...part,
    geometry: simplify(polygon(part.geometry.map((ring) => [...ring])), {
      tolerance: toleranceDeg,
    }).geometry.coordinates,
  }));
  byTolerance.set(toleranceDeg, simplified);
  return simplified;
}

const lineCache = new WeakMap<object, Map<number, unknown>>();

/** `parts` with each line simplified to `toleranceDeg` (Douglas–Peucker, turf) as its
 * `simplifiedPath`; memoised. A part keeps no positions of its own at full detail. */
export function simplifiedLineParts<R extends { geometry: MultiLineString }>(
  parts: readonly LinePart<R>[],
  toleranceDeg: number,
): readonly LinePart<R>[] {
  if (toleranceDeg <= 0) return parts;
  const byTolerance = lineCache.get(parts) ?? new Map<number, unknown>();
  lineCache.set(parts, byTolerance);
  const cached = byTolerance.get(toleranceDeg) as LinePart<R>[] | undefined;
  if (cached) return cached;
  const simplified = parts.map((part) => {
    const path = part.record.geometry.coordinates[part.lineIndex] ?? [];
    if (path.length < 3) return part;
    const line = simplify(lineString(path.map((position) => [...position])), {
      tolerance: toleranceDeg,
    });
    return { ...part, simplifiedPath: line.geometry.coordinates };
  });
  byTolerance.set(toleranceDeg, simplified);
  return simplified;
}
