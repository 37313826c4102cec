// Cleans one GeoJSON geometry into RFC 7946 shape: 2D finite in-range positions, closed rings wound
// by the right-hand rule. A geometry with any unusable position is dropped whole (we never guess a
// shape); bow-ties and antimeridian jumps are kept and noted.
import type { Geometry, Position } from 'geojson';
import type { ReasonCode } from './messages';
import { readPosition, type Position2 } from './positions';
import { isClosed, jumpsAntimeridian, ringSelfIntersects, signedArea2 } from './rings';

export const GEOMETRY_KINDS = ['point', 'line', 'polygon'] as const;
export type GeometryKind = (typeof GEOMETRY_KINDS)[number];

export const KIND_OF_TYPE: Readonly<Record<string, GeometryKind>> = {
  Point: 'point',
  MultiPoint: 'point',
  LineString: 'line',
  MultiLineString: 'line',
  Polygon: 'polygon',
  MultiPolygon: 'polygon',
};

export interface Finding {
  readonly reason: ReasonCode;
  readonly detail: string;
}

export interface GeometryOutcome {
  readonly geometry?: Geometry;
  readonly drop?: Finding;
  readonly fixes: readonly Finding[];
  readonly notes: readonly Finding[];
}

class DropGeometry extends Error {
  constructor(readonly finding: Finding) {
    super(finding.detail);
  }
}

interface Context {
  swap: boolean;
  fixes: Finding[];
  notes: Finding[];
}

function note(list: Finding[], reason: ReasonCode, detail: string): void {
  if (!list.some((finding) => finding.reason === reason)) list.push({ reason, detail });
}

function position(value: unknown, ctx: Context): Position2 {
  const read = readPosition(value, ctx.swap);
  if ('issue' in read) throw new DropGeometry({ reason: read.issue, detail: read.detail });
  if (read.trimmed) note(ctx.fixes, 'trimmed_3d', 'height removed');
  return read.position;
}

function list(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new DropGeometry({ reason: 'invalid_geometry', detail: what });
  return value;
}

function path(value: unknown, minimum: number, ctx: Context): Position2[] {
  const positions = list(value, 'coordinates are not an array').map((p) => position(p, ctx));
  if (positions.length < minimum) {
    throw new DropGeometry({
      reason: 'too_few_positions',
      detail: `${positions.length} position(s)`,
    });
  }
  if (jumpsAntimeridian(positions)) note(ctx.notes, 'antimeridian_crossing', 'edge > 180°');
  return positions;
}

function ring(value: unknown, outer: boolean, ctx: Context): Position2[] {
  const positions = path(value, 3, ctx);
  if (!isClosed(positions)) {
    positions.push([...(positions[0] as Position2)]);
    note(ctx.fixes, 'ring_closed', 'first position repeated at the end');
  }
  if (positions.length < 4) {
    throw new DropGeometry({ reason: 'too_few_positions', detail: 'ring of fewer than 4' });
  }
  const area = signedArea2(positions);
  if ((outer && area < 0) || (!outer && area > 0)) {
    positions.reverse();
    note(ctx.fixes, 'ring_rewound', outer ? 'outer ring was clockwise' : 'hole was anticlockwise');
  }
  if (ringSelfIntersects(positions)) note(ctx.notes, 'self_intersection', 'ring edges cross');
  return positions;
}

const polygon = (value: unknown, ctx: Context): Position2[][] => {
  const rings = list(value, 'polygon is not an array');
  if (rings.length === 0) throw new DropGeometry({ reason: 'too_few_positions', detail: 'no ring' });
  return rings.map((r, i) => ring(r, i === 0, ctx));
};

function nonEmpty<T>(parts: T[], what: string): T[] {
  if (parts.length === 0) throw new DropGeometry({ reason: 'too_few_positions', detail: what });
  return parts;
}

const BUILDERS: Readonly<Record<string, (coordinates: unknown, ctx: Context) => Geometry>> = {
  Point: (c, ctx) => ({ type: 'Point', coordinates: position(c, ctx) }),
  MultiPoint: (c, ctx) => {
    const points: Position[] = nonEmpty(list(c, 'not an array'), 'no point').map((p) =>
      position(p, ctx),
    );
    if (points.length > 1) return { type: 'MultiPoint', coordinates: points };
    note(ctx.fixes, 'multipoint_to_point', 'one position');
    return { type: 'Point', coordinates: points[0] as Position };
  },
  LineString: (c, ctx) => ({ type: 'LineString', coordinates: path(c, 2, ctx) }),
  MultiLineString: (c, ctx) => ({
    type: 'MultiLineString',
    coordinates: nonEmpty(list(c, 'not an array'), 'no line').map((l) => path(l, 2, ctx)),
  }),
  Polygon: (c, ctx) => ({ type: 'Polygon', coordinates: polygon(c, ctx) }),
  MultiPolygon: (c, ctx) => ({
    type: 'MultiPolygon',
    coordinates: nonEmpty(list(c, 'not an array'), 'no polygon').map((p) => polygon(p, ctx)),
  }),
};

/** Cleans `value` (an untrusted geometry); `swap` reads positions as [lat, lon]. */
export function cleanGeometry(value: unknown, swap: boolean): GeometryOutcome {
  const ctx: Context = { swap, fixes: [], notes: [] };
  const fail = (reason: ReasonCode, detail: string): GeometryOutcome => ({
    drop: { reason, detail },
    fixes: [],
    notes: [],
  });
  if (value === null || value === undefined) return fail('null_geometry', 'geometry is null');
  if (typeof value !== 'object') return fail('invalid_geometry', 'geometry is not an object');
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (type === 'GeometryCollection') return fail('geometry_collection', 'GeometryCollection');
  const build = typeof type === 'string' && Object.hasOwn(BUILDERS, type) ? BUILDERS[type] : null;
  if (!build) return fail('invalid_geometry', `type ${JSON.stringify(type) ?? 'missing'}`);
  try {
    return { geometry: build(coordinates, ctx), fixes: ctx.fixes, notes: ctx.notes };
  } catch (error) {
    if (error instanceof DropGeometry) return fail(error.finding.reason, error.finding.detail);
    throw error;
  }
}
