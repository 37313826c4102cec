// Checks a feature's geometry and returns it in the shape its record needs: a Point as [lon, lat],
// polygons as they are, LineString normalised to MultiLineString. Every position is a finite
// WGS84 lon/lat in range; the first bad one is named in the reason.
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { LonLat } from '../domain/atlas';
import { describeValue } from './dataIssue';

export type GeometryResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: string };

const failure = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

function isPosition(value: unknown): value is Position {
  if (!Array.isArray(value) || value.length < 2) return false;
  if (!value.every((n) => typeof n === 'number' && Number.isFinite(n))) return false;
  const [lon, lat] = value as number[];
  return lon !== undefined && lat !== undefined && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
}

/** What is wrong with the first bad part of nested arrays of the given depth, or undefined. */
function findBad(value: unknown, depth: number, minLength: number, path: string): string | undefined {
  if (depth === 0) {
    return isPosition(value) ? undefined : `${path} is ${describeValue(value)}, not a lon/lat position`;
  }
  if (!Array.isArray(value)) return `${path} is not an array`;
  if (depth === 1 && value.length < minLength) {
    return `${path} has ${value.length} positions, expected at least ${minLength}`;
  }
  if (depth > 1 && value.length === 0) return `${path} is empty`;
  for (let i = 0; i < value.length; i += 1) {
    const bad = findBad(value[i], depth - 1, minLength, `${path}[${i}]`);
    if (bad !== undefined) return bad;
  }
  return undefined;
}

function geometryOf(geometry: unknown): { type: unknown; coordinates: unknown } | undefined {
  if (typeof geometry !== 'object' || geometry === null) return undefined;
  const { type, coordinates } = geometry as Record<string, unknown>;
  return { type, coordinates };
}

function checkShape(
  geometry: unknown,
  expected: Readonly<Record<string, { depth: number; minLength: number }>>,
): GeometryResult<{ type: string; coordinates: unknown }> {
  const shape = geometryOf(geometry);
  if (shape === undefined) return failure('geometry is missing');
  const rule = typeof shape.type === 'string' ? expected[shape.type] : undefined;
  if (rule === undefined) {
    const names = Object.keys(expected).join(' or ');
    return failure(`geometry type is ${describeValue(shape.type)}, expected ${names}`);
  }
  const bad = findBad(shape.coordinates, rule.depth, rule.minLength, 'coordinates');
  if (bad !== undefined) return failure(`geometry ${bad}`);
  return { ok: true, value: { type: shape.type as string, coordinates: shape.coordinates } };
}

/** A Point geometry as [lon, lat] (altitude dropped). */
export function readPoint(geometry: unknown): GeometryResult<LonLat> {
  const checked = checkShape(geometry, { Point: { depth: 0, minLength: 0 } });
  if (!checked.ok) return checked;
  const [lon, lat] = checked.value.coordinates as [number, number];
  return { ok: true, value: [lon, lat] };
}

/** A Polygon or MultiPolygon whose rings have at least 4 positions. */
export function readPolygonal(geometry: unknown): GeometryResult<Polygon | MultiPolygon> {
  const checked = checkShape(geometry, {
    Polygon: { depth: 2, minLength: 4 },
    MultiPolygon: { depth: 3, minLength: 4 },
  });
  if (!checked.ok) return checked;
  const { type, coordinates } = checked.value;
  const value =
    type === 'Polygon'
      ? { type: 'Polygon' as const, coordinates: coordinates as Position[][] }
      : { type: 'MultiPolygon' as const, coordinates: coordinates as Position[][][] };
  return { ok: true, value };
}

/** A LineString or MultiLineString as a MultiLineString whose paths have at least 2 positions. */
export function readLinear(geometry: unknown): GeometryResult<MultiLineString> {
  const checked = checkShape(geometry, {
    LineString: { depth: 1, minLength: 2 },
    MultiLineString: { depth: 2, minLength: 2 },
  });
  if (!checked.ok) return checked;
  const { type, coordinates } = checked.value;
  const paths =
    type === 'LineString' ? [coordinates as Position[]] : (coordinates as Position[][]);
  return { ok: true, value: { type: 'MultiLineString', coordinates: paths } };
}
