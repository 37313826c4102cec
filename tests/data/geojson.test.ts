import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../scripts/buildData/csv';
import { rfc7946Problems } from '../../scripts/buildData/rfc7946';
import { DATA_DIR, layer, manifest } from './committedData';

const EXPECTED_COUNTS: Record<string, number> = {
  regions: 34,
  hubs: 18,
  datacentres: 161,
  power_plants: 219,
  network_nodes: 26,
  fibre_routes: 61,
  wind_farms: 8288,
  cities: 847,
};
const GEOMETRY: Record<string, string[]> = {
  regions: ['Polygon', 'MultiPolygon'],
  hubs: ['Point'],
  datacentres: ['Point'],
  power_plants: ['Point'],
  network_nodes: ['Point'],
  power_lines: ['LineString', 'MultiLineString'],
  fibre_routes: ['LineString', 'MultiLineString'],
  wind_farms: ['Point'],
  cities: ['Point'],
};

describe('committed data/ layers', () => {
  it.each(manifest.layers.map((l) => l.id))('%s follows RFC 7946: closed right-hand rings, lon/lat in range', (id) => {
    const problems = layer(id).flatMap((f) => rfc7946Problems(f.geometry, `${id} ${String(f.properties.id)}`));
    expect(problems).toEqual([]);
  });

  it.each(manifest.layers.map((l) => l.id))('%s has the geometry type its schema names', (id) => {
    for (const f of layer(id)) expect(GEOMETRY[id], String(f.properties.id)).toContain(f.geometry.type);
  });

  it.each(manifest.layers.map((l) => l.id))('%s has unique ids, and a name, a source and an approx flag on every feature', (id) => {
    const features = layer(id);
    const ids = features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of features) {
      const p = f.properties;
      expect(typeof p.id === 'string' && p.id !== '', `${id} id`).toBe(true);
      expect(typeof p.name === 'string' && p.name !== '', `${id} ${String(p.id)} name`).toBe(true);
      expect(typeof p.source === 'string' && p.source !== '', `${id} ${String(p.id)} source`).toBe(true);
      expect(typeof p.approx, `${id} ${String(p.id)} approx`).toBe('boolean');
    }
  });

  it('never writes an absent value as null or an empty string', () => {
    for (const entry of manifest.layers) {
      for (const f of layer(entry.id)) {
        for (const [key, value] of Object.entries(f.properties)) {
          expect(value === null || value === '', `${entry.id} ${String(f.properties.id)} ${key}`).toBe(false);
        }
      }
    }
  });

  it.each(Object.entries(EXPECTED_COUNTS))('%s holds every row of its fact table (%i)', (id, count) => {
    expect(layer(id)).toHaveLength(count);
  });

  it('holds every UHV line of the table that has both ends, and lists the others as left out', () => {
    const rows = readCsv(resolve(DATA_DIR, 'sources/uhv_lines.csv'));
    const lacking = rows
      .filter((r) => !(r.start_lon && r.start_lat && r.end_lon && r.end_lat))
      .map((r) => r.id);
    const notes = manifest.layers.find((l) => l.id === 'power_lines')?.notes ?? '';
    const leftOut = notes.match(/Left out for lack of an endpoint: (.*)\./)?.[1]?.split('; ') ?? [];
    expect(leftOut.map((item) => item.split(' ')[0])).toEqual(lacking);
    expect(layer('power_lines')).toHaveLength(rows.length - lacking.length);
    const present = new Set(layer('power_lines').map((f) => f.properties.id));
    for (const id of lacking) expect(present.has(id)).toBe(false);
  });

  it('marks every UHV line and fibre route as schematic', () => {
    for (const id of ['power_lines', 'fibre_routes']) {
      for (const f of layer(id)) expect(f.properties.approx, String(f.properties.id)).toBe(true);
    }
  });
});
