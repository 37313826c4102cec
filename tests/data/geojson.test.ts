import { describe, expect, it } from 'vitest';
import { rfc7946Problems } from '../../scripts/buildData/rfc7946';
import { layer, manifest } from './committedData';

const EXPECTED_COUNTS: Record<string, number> = {
  regions: 34,
  hubs: 18,
  datacentres: 100,
  power_plants: 219,
  network_nodes: 20,
  fibre_routes: 46,
};
const GEOMETRY: Record<string, string[]> = {
  regions: ['Polygon', 'MultiPolygon'],
  hubs: ['Point'],
  datacentres: ['Point'],
  power_plants: ['Point'],
  network_nodes: ['Point'],
  power_lines: ['LineString', 'MultiLineString'],
  fibre_routes: ['LineString', 'MultiLineString'],
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

  it('holds the 35 UHV lines minus those the manifest lists as lacking an endpoint', () => {
    const entry = manifest.layers.find((l) => l.id === 'power_lines');
    const leftOut = entry?.notes.match(/Left out for lack of an endpoint: (.*)\./)?.[1]?.split('; ') ?? [];
    expect(leftOut.length).toBeGreaterThan(0);
    expect(layer('power_lines')).toHaveLength(35 - leftOut.length);
    const present = new Set(layer('power_lines').map((f) => f.properties.id));
    for (const item of leftOut) expect(present.has(item.split(' ')[0])).toBe(false);
  });

  it('marks every UHV line and fibre route as schematic', () => {
    for (const id of ['power_lines', 'fibre_routes']) {
      for (const f of layer(id)) expect(f.properties.approx, String(f.properties.id)).toBe(true);
    }
  });
});
