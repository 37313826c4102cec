// RFC 7946 polygon rules: rings closed with at least 4 positions, exterior rings counter-clockwise
// and holes clockwise (right-hand rule), lon in [-180, 180] and lat in [-90, 90].
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/** Twice the signed planar area of a ring in degrees²; positive when counter-clockwise. */
export function signedRingArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

function orient(ring: Position[], counterClockwise: boolean): Position[] {
  return signedRingArea(ring) > 0 === counterClockwise ? ring : [...ring].reverse();
}

/** The polygon with its exterior ring counter-clockwise and its holes clockwise. */
export function rewindPolygon(rings: Position[][]): Position[][] {
  return rings.map((ring, index) => orient(ring, index === 0));
}

/** Same as rewindPolygon for every polygon of a Polygon or MultiPolygon geometry. */
export function rewindGeometry<G extends Polygon | MultiPolygon>(geometry: G): G {
  if (geometry.type === 'Polygon') {
    return { ...geometry, coordinates: rewindPolygon(geometry.coordinates) };
  }
  return { ...geometry, coordinates: geometry.coordinates.map(rewindPolygon) };
}

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

function positionProblems(position: Position, where: string): string[] {
  const [lon, lat] = position;
  if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    return [`${where}: position is not two finite numbers`];
  }
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90)
    return [`${where}: [${lon}, ${lat}] out of range`];
  return [];
}

function ringProblems(ring: Position[], exterior: boolean, where: string): string[] {
  const problems = ring.flatMap((p, i) => positionProblems(p, `${where}[${i}]`));
  if (ring.length < 4) problems.push(`${where}: ring has ${ring.length} positions (needs 4)`);
  if (!samePosition(ring[0], ring[ring.length - 1])) problems.push(`${where}: ring is not closed`);
  const area = signedRingArea(ring);
  if (area === 0) problems.push(`${where}: ring has no area`);
  else if (area > 0 !== exterior) {
    problems.push(`${where}: ${exterior ? 'exterior' : 'hole'} ring has the wrong winding`);
  }
  return problems;
}

function polygonProblems(rings: Position[][], where: string): string[] {
  return rings.flatMap((ring, i) => ringProblems(ring, i === 0, `${where} ring ${i}`));
}

/** Everything in the geometry that breaks RFC 7946; empty when it is valid. */
export function rfc7946Problems(geometry: Geometry, where = 'geometry'): string[] {
  switch (geometry.type) {
    case 'Point':
      return positionProblems(geometry.coordinates, where);
    case 'MultiPoint':
      return geometry.coordinates.flatMap((p, i) => positionProblems(p, `${where}[${i}]`));
    case 'LineString':
      return lineProblems(geometry.coordinates, where);
    case 'MultiLineString':
      return geometry.coordinates.flatMap((line, i) => lineProblems(line, `${where} line ${i}`));
    case 'Polygon':
      return polygonProblems(geometry.coordinates, where);
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((rings, i) =>
        polygonProblems(rings, `${where} polygon ${i}`),
      );
    case 'GeometryCollection':
      return geometry.geometries.flatMap((g, i) => rfc7946Problems(g, `${where} member ${i}`));
  }
}

function lineProblems(line: Position[], where: string): string[] {
  const problems = line.flatMap((p, i) => positionProblems(p, `${where}[${i}]`));
  if (line.length < 2) problems.push(`${where}: line has ${line.length} positions (needs 2)`);
  return problems;
}
