import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../scripts/buildData/csv';
import { CAPITALS } from './capitals';
import { DATA_DIR, layer, manifest } from './committedData';

const regions = layer('regions');
const stats = readCsv(resolve(DATA_DIR, 'sources/province_stats.csv'));
const statKeys = (manifest.fields.regions ?? []).filter((f) => f.unit !== undefined).map((f) => f.key);

describe('committed regions', () => {
  it('holds every mainland province once with its ISO id and GB code, plus Taiwan, Hong Kong and Macao', () => {
    for (const row of stats) {
      const matches = regions.filter((r) => r.properties.id === row.iso_code);
      expect(matches, row.iso_code).toHaveLength(1);
      expect(matches[0]?.properties.gb_code).toBe(row.gb_code);
      expect(matches[0]?.properties.name_zh).toBe(row.name_zh);
    }
    const others = regions.filter((r) => !stats.some((s) => s.iso_code === r.properties.id));
    expect(others.map((r) => [r.properties.id, r.properties.gb_code]).sort()).toEqual([
      ['CN-HK', '810000'],
      ['CN-MO', '820000'],
      ['CN-TW', '710000'],
    ]);
  });

  it('contains each capital in the outline that carries its code', () => {
    for (const r of regions) {
      const capital = CAPITALS[String(r.properties.id)];
      const inside = capital && booleanPointInPolygon([capital[1], capital[2]], r.geometry as MultiPolygon);
      expect(inside, String(r.properties.id)).toBe(true);
    }
  });

  it('puts each label point inside its region', () => {
    for (const r of regions) {
      const point = [Number(r.properties.label_lon), Number(r.properties.label_lat)];
      expect(booleanPointInPolygon(point, r.geometry as Polygon | MultiPolygon), String(r.properties.id)).toBe(true);
    }
  });

  it('keeps the regions without statistics as outlines without any statistic', () => {
    for (const id of ['CN-HK', 'CN-MO', 'CN-TW']) {
      const region = regions.find((r) => r.properties.id === id);
      expect(region).toBeDefined();
      for (const key of statKeys) expect(region?.properties, `${id} ${key}`).not.toHaveProperty(key);
    }
  });

  it('carries the 2024 population of province_stats.csv unchanged', () => {
    for (const row of stats) {
      const region = regions.find((r) => r.properties.id === row.iso_code);
      expect(region?.properties.population_10k).toBe(Number(row.population_2024_10k));
    }
  });

  it('carries the 2023 responsibility weights as given for the 30 assessed provinces, and none for Tibet', () => {
    const green = readCsv(resolve(DATA_DIR, 'sources/province_green_power_2023.csv'));
    const weighted = regions.filter((r) => r.properties.renewable_weight_total_pct !== undefined);
    expect(weighted).toHaveLength(30);
    for (const row of green) {
      const region = regions.find((r) => r.properties.id === row.iso_code)?.properties;
      if (row.renewable_weight_total_pct === '') {
        expect(region, row.iso_code).not.toHaveProperty('renewable_weight_total_pct');
        expect(region, row.iso_code).not.toHaveProperty('renewable_weight_non_hydro_pct');
      } else {
        expect(region?.renewable_weight_total_pct).toBe(Number(row.renewable_weight_total_pct));
        expect(region?.renewable_weight_non_hydro_pct).toBe(
          Number(row.renewable_weight_non_hydro_pct),
        );
      }
    }
    expect(green.find((r) => r.iso_code === 'CN-XZ')?.renewable_weight_total_pct).toBe('');
  });

  it('no longer writes the non-fossil capacity share', () => {
    for (const r of regions) expect(r.properties).not.toHaveProperty('non_fossil_capacity_share');
  });

  it('describes every statistic with unit, labels, vintage and source, and says what is policy and what is 2020', () => {
    const fields = manifest.fields.regions ?? [];
    for (const field of fields.filter((f) => f.unit !== undefined)) {
      expect(field.vintage, field.key).toMatch(/^\d{4}(–\d{4})?$/);
      expect(field.source, field.key).toBeTruthy();
    }
    const byKey = new Map(fields.map((f) => [f.key, f]));
    for (const key of ['renewable_weight_total_pct', 'renewable_weight_non_hydro_pct']) {
      expect(byKey.get(key)?.vintage).toBe('2023');
      expect(byKey.get(key)?.label).toMatch(/policy minimum .*not a measured share/);
      expect(byKey.get(key)?.label_zh).toMatch(/政策.*非实测/);
    }
    for (const key of ['onshore_wind_capacity_gw', 'offshore_wind_capacity_gw', 'solar_capacity_gw']) {
      expect(byKey.get(key)?.vintage).toBe('2020');
      expect(byKey.get(key)?.label).toContain('2020');
      expect(byKey.get(key)?.label_zh).toContain('2020');
    }
  });

  it('stays well under 1 MB', () => {
    expect(statSync(resolve(DATA_DIR, 'regions.geojson')).size).toBeLessThan(1_000_000);
  });
});

describe('committed region borders', () => {
  const vertices = (id: string): Set<string> => {
    const region = regions.find((r) => r.properties.id === id);
    return new Set(JSON.stringify(region?.geometry ?? {}).match(/\[-?[\d.]+,-?[\d.]+\]/g) ?? []);
  };

  it.each([
    ['CN-HA', 'CN-HB'],
    ['CN-SC', 'CN-CQ'],
    ['CN-BJ', 'CN-HE'],
    ['CN-GD', 'CN-GX'],
    ['CN-NM', 'CN-GS'],
  ])('lets neighbours %s and %s share their border vertices, so no gap opens', (a, b) => {
    const other = vertices(b);
    const shared = [...vertices(a)].filter((v) => other.has(v));
    expect(shared.length).toBeGreaterThan(10);
  });
});
