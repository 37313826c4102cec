// Aggregation on the real default dataset (data/*.geojson), checked against the fact tables in
// data/sources: independent counts, not the code's own output. Skipped when the dataset is absent.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseLayer } from '../data/parseLayer';
import { emptyAtlas, type Atlas } from '../domain/atlas';
import { LAYER_IDS } from '../domain/layerFamilies';
import { aggregateIndicators, withLatency } from '../domain/score/aggregateIndicators';
import { createConstraintContext } from '../domain/constraints/createConstraintContext';
import { DEFAULT_LATENCY_SETTINGS } from '../domain/network/latencySettings';
import { INDICATOR_REGISTRY } from '../domain/score/indicatorRegistry';
import { scoreRegions } from '../domain/score/scoreRegions';
import { DEFAULT_WEIGHTS } from '../domain/score/weightsConfig';

const DATA = join(__dirname, '../../data');
const present =
  existsSync(join(DATA, 'regions.geojson')) && existsSync(join(DATA, 'datacentres.geojson'));
if (!present) console.warn(`defaultDataset.test: skipped, no GeoJSON layers in ${DATA}`);

function loadAtlas(): Atlas {
  const atlas: Record<string, unknown> = { ...emptyAtlas() };
  for (const layer of LAYER_IDS) {
    const file = join(DATA, `${layer}.geojson`);
    if (existsSync(file))
      atlas[layer] = parseLayer(layer, JSON.parse(readFileSync(file, 'utf8'))).records;
  }
  return atlas as Atlas;
}

function csvRows(name: string): Record<string, string>[] {
  const text = readFileSync(join(DATA, 'sources', name), 'utf8');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

describe.skipIf(!present)('aggregation on the default dataset', () => {
  const atlas = present ? loadAtlas() : emptyAtlas();
  const raw = aggregateIndicators(atlas, INDICATOR_REGISTRY);
  const column = (id: string) => raw.indicatorIds.indexOf(id as never);

  it('counts data centres per province as the fact table’s province column does', () => {
    const expected = new Map<string, number>();
    for (const row of csvRows('datacentres.csv')) {
      if (row.status === 'retired') continue;
      expected.set(row.province_code!, (expected.get(row.province_code!) ?? 0) + 1);
    }
    const j = column('dc_count');
    const outside = new Set(atlas.regions.filter((r) => r.outsideCoverage).map((r) => r.id));
    expect([...outside].sort()).toEqual(['CN-HK', 'CN-MO', 'CN-TW']);
    raw.regionIds.forEach((id, r) =>
      expect([id, raw.values[r]![j]]).toEqual([
        id,
        outside.has(id) ? undefined : (expected.get(id) ?? 0),
      ]),
    );
  });

  it('assigns every power plant and data centre to some region', () => {
    expect(atlas.datacentres.length).toBeGreaterThan(0);
    expect(atlas.power_plants.length).toBeGreaterThan(0);
    expect(raw.assignment.datacentres!.unassigned).toEqual([]);
    expect(raw.assignment.power_plants!.unassigned).toEqual([]);
  });

  it('sums large-plant capacity per province as the plant table does', () => {
    const expected = new Map<string, number>();
    for (const row of csvRows('major_power_plants.csv')) {
      if (row.status === 'retired' || !row.capacity_mw) continue;
      expected.set(
        row.province_code!,
        (expected.get(row.province_code!) ?? 0) + Number(row.capacity_mw) / 1000,
      );
    }
    const j = column('large_plant_capacity_gw');
    raw.regionIds.forEach((id, r) =>
      expect(raw.values[r]![j] ?? 0).toBeCloseTo(expected.get(id) ?? 0, 6),
    );
  });

  it('scores every province with default weights and D in [0, 1]', () => {
    const { regions } = scoreRegions(raw, DEFAULT_WEIGHTS);
    expect(regions.length).toBe(atlas.regions.length);
    for (const region of regions) {
      if (region.degree !== undefined) expect(region.degree).toBeGreaterThanOrEqual(0);
      if (region.degree !== undefined) expect(region.degree).toBeLessThanOrEqual(1);
    }
    expect(regions.filter((r) => r.degree !== undefined).length).toBeGreaterThan(0);
  });

  it('scores by default only indicators present in at least 28 of the 31 covered provinces', () => {
    const covered = raw.regionIds.filter((_, r) => !atlas.regions[r]!.outsideCoverage);
    expect(covered).toHaveLength(31);
    const latency = createConstraintContext(atlas).latency(DEFAULT_LATENCY_SETTINGS).regions;
    const withRegionLatency = withLatency(
      raw,
      INDICATOR_REGISTRY,
      new Map([...latency].map(([id, result]) => [id, result.latencyMs])),
    );
    const coverage = INDICATOR_REGISTRY.map((def) => {
      const j = column(def.id);
      const present = withRegionLatency.values.filter(
        (row, r) => !atlas.regions[r]!.outsideCoverage && row[j] !== undefined,
      ).length;
      return {
        id: def.id,
        present,
        byDefault: !DEFAULT_WEIGHTS.disabledIndicators.includes(def.id),
      };
    });
    console.info(
      `indicator coverage of 31: ${coverage.map((c) => `${c.id} ${c.present}`).join(', ')}`,
    );
    for (const c of coverage) if (c.byDefault) expect(c.present, c.id).toBeGreaterThanOrEqual(28);
  });
});
