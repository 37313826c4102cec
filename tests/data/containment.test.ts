import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { LineString, MultiPolygon, Point, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { layer, manifest, type DataFeature } from './committedData';

/** The tolerance stated in docs/DATA.md and the build (km). */
const TOLERANCE_KM = 30;
const regions = new Map(layer('regions').map((r) => [String(r.properties.id), r.geometry as MultiPolygon]));

function outsideKm(position: Position, regionId: string): number {
  const region = regions.get(regionId);
  if (!region) throw new Error(`unknown region ${regionId}`);
  if (booleanPointInPolygon(position, region)) return 0;
  return pointToPolygonDistance(position, region, { units: 'kilometers' });
}

function namedRegions(f: DataFeature): string[] {
  const p = f.properties;
  if (typeof p.region_id === 'string') return [p.region_id];
  return Array.isArray(p.region_ids) ? p.region_ids.map(String) : [];
}

const pointLayers = manifest.layers.filter((l) => ['hubs', 'datacentres', 'power_plants', 'network_nodes'].includes(l.id));

describe('committed points and line ends against their provinces', () => {
  it.each(pointLayers.map((l) => l.id))('%s: every point lies in the province its row names, or within the tolerance and flagged', (id) => {
    for (const f of layer(id)) {
      const ids = namedRegions(f);
      expect(ids.length, `${id} ${String(f.properties.id)} names a region`).toBeGreaterThan(0);
      const km = Math.min(...ids.map((r) => outsideKm((f.geometry as Point).coordinates, r)));
      const flag = f.properties.outside_region_km;
      if (km === 0) {
        expect(flag, `${id} ${String(f.properties.id)}`).toBeUndefined();
      } else {
        expect(km, `${id} ${String(f.properties.id)}`).toBeLessThanOrEqual(TOLERANCE_KM);
        expect(flag, `${id} ${String(f.properties.id)}`).toBeCloseTo(Math.max(km, 0.01), 1);
      }
    }
  });

  it('every UHV line ends inside the provinces its row names, or within the tolerance and flagged', () => {
    for (const f of layer('power_lines')) {
      const coords = (f.geometry as LineString).coordinates;
      const ends = f.properties.end_region_ids as string[];
      expect(ends).toHaveLength(2);
      const kms = [coords[0], coords[coords.length - 1]].map((p, i) => outsideKm(p ?? [], ends[i] ?? ''));
      const flags = f.properties.end_outside_region_km as number[] | undefined;
      kms.forEach((km, i) => {
        expect(km, `${String(f.properties.id)} end ${i}`).toBeLessThanOrEqual(TOLERANCE_KM);
        if (km > 0) expect(flags?.[i], `${String(f.properties.id)} end ${i}`).toBeCloseTo(Math.max(km, 0.01), 1);
      });
      if (kms.every((km) => km === 0)) expect(flags).toBeUndefined();
    }
  });
});
