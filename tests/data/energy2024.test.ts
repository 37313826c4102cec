// Cross-checks of the sparse province_energy_2024.csv (kept in data/sources/, not built into the
// regions) against the layers where both give a figure, printing each comparison. References:
// provincial statements cited per row of that table; GEM Global Wind Power Tracker, June 2024.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../scripts/buildData/csv';
import { DATA_DIR, layer } from './committedData';

const energy = readCsv(resolve(DATA_DIR, 'sources/province_energy_2024.csv'));
const stats = new Map(layer('regions').map((r) => [String(r.properties.id), r.properties]));

const operatingWindGw = (regionId: string) =>
  layer('wind_farms')
    .filter((f) => f.properties.region_id === regionId && f.properties.status === 'operating')
    .reduce((sum, f) => sum + Number(f.properties.capacity_mw), 0) / 1000;

describe('province_energy_2024.csv against the built layers', () => {
  // GEM tracks phases of 10 MW or more, researched 2022–2024, and misses distributed wind, so its
  // operating sum must stay below a province's official 2024/2025 wind capacity, yet cover most of it.
  it('puts GEM’s operating wind below, but within half of, each official provincial wind figure', () => {
    const rows = energy.filter((r) => r.wind_capacity_gw);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) {
      const official = Number(row.wind_capacity_gw);
      const gem = operatingWindGw(row.iso_code ?? '');
      console.log(
        `${row.iso_code} wind: official ${official} GW (${row.year}) vs GEM operating ${gem.toFixed(2)} GW (${((100 * gem) / official).toFixed(0)} %)`,
      );
      expect(gem, row.iso_code).toBeLessThan(official);
      expect(gem, row.iso_code).toBeGreaterThan(official / 2);
    }
  });

  it('agrees with the regions’ 2024 electricity consumption where both give it', () => {
    const rows = energy.filter((r) => r.electricity_consumption_twh && r.year === '2024');
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      const region = stats.get(row.iso_code ?? '')?.electricity_consumption_twh;
      console.log(`${row.iso_code} consumption 2024: table ${row.electricity_consumption_twh} TWh, region ${String(region)} TWh`);
      expect(region, row.iso_code).toBeCloseTo(Number(row.electricity_consumption_twh), 1);
    }
  });

  it('is not built into the regions (too sparse for scores)', () => {
    for (const key of ['total_capacity_gw', 'compute_eflops', 'dc_racks', 'wind_capacity_gw'])
      for (const [id, p] of stats) expect(p, `${id} ${key}`).not.toHaveProperty(key);
  });
});
