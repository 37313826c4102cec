// No feature lies outside China's land outline as the regions layer draws it (the union of the 34
// regions) by more than the build's 30 km tolerance, except what ABROAD declares below and offshore
// wind, which has its own rule (within 100 km of a coastal province; see wind.test.ts).
import type { Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { WIND_EXCEPTIONS } from '../../scripts/buildData/windExceptions';
import { outsideChinaKm } from './chinaOutline';
import { layer, manifest } from './committedData';

const TOLERANCE_KM = 30;
const OFFSHORE_REACH_KM = 100;

/**
 * Everything allowed to lie farther out, by "layer id" and the vertices that may: foreign cities of
 * the international terrestrial fibre routes (FB-I*, kind international: their far ends are abroad
 * by design, PROVENANCE.md) and the interiors of schematic UHV arcs between two Chinese ends.
 * Cross-border routes whose foreign town is within 30 km (Zabaykalsk, Zamyn-Uud, Sost, Muse, Dong
 * Dang, Mong Cai, Boten, Blagoveshchensk) need no entry. No landing station or cable end is listed.
 */
const ABROAD: Readonly<Record<string, { readonly vertices: readonly string[]; readonly why: string }>> = {
  'fibre_routes FB-I1': { vertices: ['Khabarovsk'], why: 'China–Russia route, ends in Russia' },
  'fibre_routes FB-I2': { vertices: ['Belogorsk'], why: 'China–Russia route, ends in Russia' },
  'fibre_routes FB-I4': { vertices: ['Ulaanbaatar'], why: 'China–Mongolia route' },
  'fibre_routes FB-I5': { vertices: ['Almaty'], why: 'China–Kazakhstan route' },
  'fibre_routes FB-I6': { vertices: ['Osh'], why: 'China–Kyrgyzstan route' },
  'fibre_routes FB-I8': { vertices: ['Kathmandu'], why: 'China–Nepal route' },
  'fibre_routes FB-I9': {
    vertices: ['Mandalay', 'Naypyidaw', 'Yangon', 'Ngwe Saung'],
    why: 'China–Myanmar route to the Ngwe Saung cable landing',
  },
  'fibre_routes FB-I11': { vertices: ['Hanoi'], why: 'China–Vietnam route' },
  'power_lines DC04': {
    vertices: ['arc interior'],
    why: 'schematic great-circle arc Nuozhadu–Guangdong bulges over northern Vietnam (about 40 km)',
  },
  'power_lines DC12': {
    vertices: ['arc interior'],
    why: 'schematic arc Zhalute–Qingzhou crosses the Bohai Sea',
  },
};

function vertices(geometry: Geometry): Position[] {
  if (geometry.type === 'Point') return [geometry.coordinates];
  if (geometry.type === 'LineString') return geometry.coordinates;
  if (geometry.type === 'MultiLineString') return geometry.coordinates.flat();
  return [];
}

/** "layer id: vertex name" for every vertex farther out than allowed, before the ABROAD table. */
function farOut(): string[] {
  return manifest.layers
    .filter((l) => l.id !== 'regions')
    .flatMap((entry) =>
      layer(entry.id).flatMap((f) => {
        const p = f.properties;
        const key = `${entry.id} ${String(p.id)}`;
        const offshore = entry.id === 'wind_farms' && p.installation === 'offshore';
        const allowed = offshore
          ? (WIND_EXCEPTIONS[String(p.id)]?.offshoreReachKm ?? OFFSHORE_REACH_KM)
          : TOLERANCE_KM;
        const hint = typeof p.region_id === 'string' ? p.region_id : undefined;
        const all = vertices(f.geometry);
        return all.flatMap((position, i) => {
          if (outsideChinaKm(position, hint) <= allowed) return [];
          const cities = Array.isArray(p.cities) ? p.cities.map(String) : [];
          const isEnd = i === 0 || i === all.length - 1;
          const name = cities[i] ?? (entry.id === 'power_lines' && !isEnd ? 'arc interior' : `vertex ${i}`);
          return [`${key}: ${name}`];
        });
      }),
    );
}

describe('features outside China’s land outline', () => {
  const found = [...new Set(farOut())];

  it('are only the declared cross-border ends and schematic arcs, and offshore wind within reach', () => {
    const undeclared = found.filter((item) => {
      const [key, vertex] = item.split(': ');
      return !ABROAD[key ?? '']?.vertices.includes(vertex ?? '');
    });
    expect(undeclared).toEqual([]);
  });

  it('still include every declared exception (remove an entry once it is inside)', () => {
    const declared = Object.entries(ABROAD).flatMap(([key, { vertices: names }]) =>
      names.map((name) => `${key}: ${name}`),
    );
    expect(declared.filter((item) => !found.includes(item))).toEqual([]);
  });

  it('are all international routes where they are fibre', () => {
    const kinds = new Map(layer('fibre_routes').map((f) => [`fibre_routes ${String(f.properties.id)}`, f.properties.kind]));
    for (const key of Object.keys(ABROAD).filter((k) => k.startsWith('fibre_routes')))
      expect(kinds.get(key), key).toBe('international');
  });
});
