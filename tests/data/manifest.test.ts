import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../src/domain/layerFamilies';
import { DATA_DIR, dataFiles, layer, manifest } from './committedData';

describe('committed manifest', () => {
  it('lists exactly the layer files present in data/', () => {
    expect(manifest.layers.map((l) => l.file).sort()).toEqual(dataFiles());
  });

  it('lists every layer the build writes once, in draw order, with a licence, sources and an as-of date', () => {
    expect(manifest.layers.map((l) => l.id)).toEqual([...LAYER_IDS]);
    for (const entry of manifest.layers) {
      expect(entry.licence, entry.id).not.toBe('');
      expect(entry.sources.length, entry.id).toBeGreaterThan(0);
      expect(entry.as_of, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('states the real feature count and byte size of each file', () => {
    for (const entry of manifest.layers) {
      expect(entry.feature_count, entry.id).toBe(layer(entry.id).length);
      expect(entry.bytes, entry.id).toBe(statSync(resolve(DATA_DIR, entry.file)).size);
    }
  });

  it('credits Global Energy Monitor for plants and wind farms and Natural Earth for regions', () => {
    const sources = (id: string) => manifest.layers.find((l) => l.id === id)?.sources.join(' ') ?? '';
    expect(sources('power_plants')).toMatch(/Global Energy Monitor/);
    expect(sources('regions')).toMatch(/Natural Earth/);
    const gemWind =
      'Global Energy Monitor, Global Wind Power Tracker, June 2024 release (CC BY 4.0), filtered to China, columns renamed; https://globalenergymonitor.org/projects/global-wind-power-tracker/';
    expect(sources('wind_farms')).toContain(gemWind);
    expect(manifest.layers.find((l) => l.id === 'wind_farms')?.licence).toBe('CC BY 4.0');
    expect(manifest.attribution).toContain(gemWind);
  });

  it('names its edition and the edition’s month, and stays on schema version 1', () => {
    expect(manifest.edition).toBe('2');
    expect(manifest.edition_date).toBe('2026-12');
    expect(manifest.as_of).toMatch(/^2026-12-\d{2}$/);
    expect(manifest.schema_version).toBe(1);
  });

  it('describes every property written on a feature, with labels in both languages', () => {
    const common = new Set(['id', 'name', 'name_zh', 'label_lon', 'label_lat']);
    for (const entry of manifest.layers) {
      const described = new Set((manifest.fields[entry.id] ?? []).map((f) => f.key));
      for (const field of manifest.fields[entry.id] ?? []) {
        expect(field.label !== '' && field.label_zh !== '', `${entry.id} ${field.key}`).toBe(true);
      }
      for (const f of layer(entry.id)) {
        for (const key of Object.keys(f.properties)) {
          if (!common.has(key)) expect(described.has(key), `${entry.id} ${key}`).toBe(true);
        }
      }
    }
  });
});
