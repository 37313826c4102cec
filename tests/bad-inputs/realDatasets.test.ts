// The importers on the real third-party files in ../shared/datasets (read at run time, never
// copied into the repository). Each block skips, saying why, when its file is absent.
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/data/importers/detectFormat';
import type { ImportResult } from '../../src/data/importers/importerTypes';
import { parseLayer } from '../../src/data/parseLayer';
import { missingShared, readShared } from './sharedDatasets';
import { reportProblems } from './reportInvariants';

function importShared(relativePath: string, companion?: string): ImportResult {
  const text = readShared(relativePath) ?? '';
  const guess = detectFormat(relativePath, text);
  if (guess.kind !== 'importer') throw new Error(`${relativePath} was read as ${guess.kind}`);
  const companionText = companion ? readShared(companion) : undefined;
  return guess.importer.import(text, { companionText });
}

const byId = (result: ImportResult, id: string) =>
  result.featureCollection.features.find((f) => f.properties?.id === id);

const WRI = 'wri-gppd-china/china_power_plants.csv';
describe.skipIf(missingShared(WRI))('the WRI power plant importer on the China file', () => {
  const result = importShared(WRI);

  it('keeps every plant with coordinates: 3,137 rows less 11 without and 7 exact repeats', () => {
    expect(result.layerId).toBe('power_plants');
    expect(result.report.kept).toBe(3137 - 11 - 7);
    expect(result.report.dropped).toContainEqual(
      expect.objectContaining({ reason: 'missing_coordinate', count: 11 }),
    );
    expect(reportProblems(result)).toEqual([]);
  });

  it('reads the Three Gorges Dam as a 22,500 MW hydro plant opened in 2003', () => {
    const plant = byId(result, 'WRI1000452');
    expect(plant?.properties).toMatchObject({
      name: 'Three Gorges Dam',
      fuel: 'hydro',
      capacity_mw: 22500,
      year: 2003,
      status: 'operating',
      approx: false,
    });
    expect(plant?.geometry).toEqual({ type: 'Point', coordinates: [111.0032, 30.8235] });
    expect(String(plant?.properties?.source)).toContain('WRI Global Power Plant Database');
  });

  it('sums about 983 GW of coal, as the provenance notes say', () => {
    const coalMw = result.featureCollection.features
      .filter((f) => f.properties?.fuel === 'coal')
      .reduce((sum, f) => sum + Number(f.properties?.capacity_mw ?? 0), 0);
    expect(coalMw).toBeGreaterThan(950_000);
    expect(coalMw).toBeLessThan(990_000);
  });
});

const RAW = 'wri-gppd-china/wri_raw_China.csv';
describe.skipIf(missingShared(RAW))('the WRI importer on the raw China file', () => {
  it('reads the raw column names to the same plants as the snake_case copy', () => {
    const result = importShared(RAW);
    expect(result.report.kept).toBe(3119);
    expect(byId(result, 'WRI1000453')?.properties).toMatchObject({
      name: 'Xiluodu',
      capacity_mw: 12600,
    });
  });
});

const GEODB = 'wri-gppd-china/gppd_geodb_source_CHN.csv';
describe.skipIf(missingShared(GEODB))('the WRI importer on GPPD-format rows', () => {
  it('uses gppd_idnr as the id', () => {
    const result = importShared(GEODB);
    expect(result.report.kept).toBe(141);
    expect(byId(result, 'GEODB0044141')?.properties).toMatchObject({
      capacity_mw: 22500,
      fuel: 'hydro',
    });
  });
});

const CABLES = 'telegeography-submarine-cables/cable-geo.json';
const CABLE_NAMES = 'telegeography-submarine-cables/cable-all.json';
describe.skipIf(missingShared(CABLES))('the TeleGeography cable importer', () => {
  const result = importShared(CABLES, CABLE_NAMES);

  it('turns 490 route features into 484 cables, merging the 6 repeated slugs', () => {
    expect(result.layerId).toBe('fibre_routes');
    expect(result.report.kept).toBe(484);
    expect(result.report.fixed).toContainEqual(
      expect.objectContaining({ reason: 'duplicates_merged', count: 6 }),
    );
    expect(result.licence).toBe('CC BY-NC-SA 3.0');
    expect(reportProblems(result)).toEqual([]);
  });

  it('names a known cable from the companion list and marks it schematic', () => {
    expect(byId(result, 'asia-pacific-gateway-apg')?.properties).toMatchObject({
      name: 'Asia Pacific Gateway (APG)',
      kind: 'submarine',
      approx: true,
    });
    expect(byId(result, 'globenet')?.geometry?.type).toBe('MultiLineString');
  });
});

const LANDINGS = 'telegeography-submarine-cables/landing-point-geo.json';
describe.skipIf(missingShared(LANDINGS))('the TeleGeography landing-point importer', () => {
  const result = importShared(LANDINGS);

  it('keeps one node per slug of the 1,439 records', () => {
    expect(result.layerId).toBe('network_nodes');
    const merged = result.report.fixed.find((e) => e.reason === 'duplicates_merged');
    expect(result.report.kept).toBeLessThan(1439);
    expect(result.report.kept).toBeGreaterThan(1200);
    expect(merged?.count).toBeGreaterThan(0);
  });

  it('places Chongming landing station on the Yangtze mouth', () => {
    const node = byId(result, 'chongming-china');
    expect(node?.properties).toMatchObject({ name: 'Chongming, China', kind: 'landing_station' });
    expect(node?.geometry).toEqual({ type: 'Point', coordinates: [121.395203, 31.619883] });
  });
});

const CLOUD_CSV = 'cloud-regions-china/cloud_regions_asia_subset.csv';
describe.skipIf(missingShared(CLOUD_CSV))('the cloud-region CSV importer', () => {
  const result = importShared(CLOUD_CSV);

  it('makes one data centre per provider region from 124 rows, merging repeated metros', () => {
    expect(result.layerId).toBe('datacentres');
    const merged = result.report.fixed.find((e) => e.reason === 'duplicates_merged')?.count ?? 0;
    expect(result.report.kept + merged).toBe(124);
    expect(byId(result, 'alibaba-cloud-cn-ulanqab')?.properties).toMatchObject({
      operator: 'Alibaba Cloud',
      kind: 'cloud_region',
      status: 'operating',
      approx: true,
    });
  });

  it('moves AWS Ningxia from Ningxiang (Hunan) to Zhongwei (Ningxia)', () => {
    const region = byId(result, 'amazon-web-services-cn-northwest-1');
    expect(region?.geometry).toEqual({ type: 'Point', coordinates: [105.2, 37.5] });
  });
});

const CLOUD_JSON = 'cloud-regions-china/cloud_regions_all.json';
describe.skipIf(missingShared(CLOUD_JSON))('the cloud-region JSON importer', () => {
  it('reads all 357 provider entries of 133 metros, merging repeats', () => {
    const result = importShared(CLOUD_JSON);
    const merged = result.report.fixed.find((e) => e.reason === 'duplicates_merged')?.count ?? 0;
    expect(result.report.kept + merged).toBe(357);
    expect(reportProblems(result)).toEqual([]);
  });
});

const ALL = [WRI, CABLES, LANDINGS, CLOUD_CSV, CLOUD_JSON];
describe.each(ALL.filter((file) => !missingShared(file)))('the output of %s', (file) => {
  it('is read by the dataset loader into one record per feature, without issues', () => {
    const result = importShared(file);
    const { records, issues } = parseLayer(result.layerId, result.featureCollection);
    expect(issues).toEqual([]);
    expect(records).toHaveLength(result.report.kept);
  });
});
