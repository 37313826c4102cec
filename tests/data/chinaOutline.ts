// China's land outline as the committed regions layer draws it (the union of its 34 regions), for
// the sanity tests: how far a position lies outside it, in km (0 inside). The named region is
// tried first and bounding boxes skip far regions, so 8,000 points take well under a second.
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Position } from 'geojson';
import { outlineDistanceKm } from '../../scripts/buildData/outlineDistanceKm';
import { layer } from './committedData';

const KM_PER_DEG = 111.2;

const regions = layer('regions').map((r) => ({
  id: String(r.properties.id),
  geometry: r.geometry as MultiPolygon,
  box: bbox(r.geometry),
}));

/** A lower bound (km, with a margin) of the distance from the position to a bounding box. */
function boxKm([lon, lat]: Position, [west, south, east, north]: number[]): number {
  const dLon = Math.max(0, west! - lon!, lon! - east!);
  const dLat = Math.max(0, south! - lat!, lat! - north!);
  const widest = Math.max(Math.abs(south!), Math.abs(north!), Math.abs(lat!));
  return Math.hypot(dLon * Math.cos((widest * Math.PI) / 180), dLat) * KM_PER_DEG * 0.95;
}

/** The region whose outline contains the position, if any (the hinted one is tried first). */
export function regionAt(position: Position, hint?: string): string | undefined {
  const hinted = regions.find((r) => r.id === hint);
  const ordered = hinted ? [hinted, ...regions.filter((r) => r !== hinted)] : regions;
  return ordered.find((r) => boxKm(position, r.box) === 0 && booleanPointInPolygon(position, r.geometry))
    ?.id;
}

/** 0 inside any region, else the great-circle km to the nearest region's outline. */
export function outsideChinaKm(position: Position, hint?: string): number {
  if (regionAt(position, hint) !== undefined) return 0;
  let best = Infinity;
  for (const r of [...regions].sort((a, b) => boxKm(position, a.box) - boxKm(position, b.box))) {
    if (boxKm(position, r.box) > best) break;
    best = Math.min(best, outlineDistanceKm(position, r.geometry));
  }
  return best;
}

/** Every mainland and other region id of the layer. */
export const REGION_IDS = regions.map((r) => r.id);
