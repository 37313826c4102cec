import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { suggestLayer } from '../data/importers/suggestMapping';
import { readImportFile } from './readImportFile';

const layerForKind = (kind: 'polygon' | 'line' | 'point', mapping: Record<string, string>) =>
  suggestLayer(mapping, kind);

/** `../shared` beside the repository (the project's root is two folders up from here). */
const WRI = [
  new URL('../../../shared/datasets/wri-gppd-china/china_power_plants.csv', import.meta.url),
]
  .map((url) => fileURLToPath(url))
  .find((file) => existsSync(file));
if (!WRI)
  console.info('Skipped the WRI import test: china_power_plants.csv not found in ../shared.');

describe('layerForKind', () => {
  it('sends polygons to regions, lines with a voltage to power lines and other lines to fibre', () => {
    expect(layerForKind('polygon', {})).toBe('regions');
    expect(layerForKind('line', { voltage_kv: 'kV' })).toBe('power_lines');
    expect(layerForKind('line', {})).toBe('fibre_routes');
  });

  it('sends points with a fuel column to power plants and never a point to a line layer', () => {
    expect(layerForKind('point', { fuel: 'fuel' })).toBe('power_plants');
    expect(layerForKind('point', { voltage_kv: 'kv' })).toBe('datacentres');
  });
});

describe('readImportFile', () => {
  it('explains a CSV without coordinate columns', () => {
    const { preview } = readImportFile('x.csv', 'name,capacity\nA,1\n');
    expect(preview.featureCount).toBe(0);
    expect(preview.report.fatalReason).toBe('csv_no_coordinate_columns');
  });

  it.skipIf(!WRI)('reads the WRI China CSV with its importer, licence and layer', () => {
    const { preview, featureCollection } = readImportFile(
      'china_power_plants.csv',
      readFileSync(WRI ?? '', 'utf8'),
    );
    expect(preview.format).toBe('importer');
    expect(preview.importerId).toBe('wri_gppd');
    expect(preview.importerLabel?.en).toContain('WRI');
    expect(preview.suggestedLayer).toBe('power_plants');
    expect(preview.licence).toMatch(/CC BY/);
    expect(preview.featureCount).toBe(featureCollection.features.length);
    expect(preview.featureCount).toBeGreaterThan(1000);
  });
});
