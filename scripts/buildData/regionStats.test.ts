import { describe, expect, it } from 'vitest';
import { regionStats } from './regionStats';

const statsRow = {
  population_2024_10k: '2183.0',
  gdp_2024_100m_cny: '49843.1',
  electricity_consumption_2024_twh: '138.94',
  onshore_wind_capacity_2020_gw: '0.19',
  offshore_wind_capacity_2020_gw: '0.0',
  solar_capacity_2020_gw: '0.62',
};
const powerRow = {
  coal_operating_mw: '1000',
  hydro_conventional_operating_mw: '92',
  pumped_storage_operating_mw: '800',
  nuclear_operating_mw: '0',
};

describe('regionStats', () => {
  it('converts GEM megawatts to gigawatts and keeps the 2024 figures as given', () => {
    const stats = regionStats({ province_stats: statsRow, province_power_2023: powerRow });
    expect(stats.population_10k).toBe(2183);
    expect(stats.coal_capacity_gw).toBe(1);
    expect(stats.hydro_capacity_gw).toBe(0.092);
    expect(stats.nuclear_capacity_gw).toBe(0);
  });

  it('derives the listed capacity from the parts and no longer writes a non-fossil share', () => {
    const stats = regionStats({ province_stats: statsRow, province_power_2023: powerRow });
    expect(stats.generation_capacity_gw).toBeCloseTo(1 + 0.092 + 0.8 + 0 + 0.19 + 0 + 0.62, 6);
    expect('non_fossil_capacity_share' in stats).toBe(false);
  });

  it('writes the 2023 responsibility weights as given, and leaves them absent (not 0) where the row is empty', () => {
    const weights = { renewable_weight_total_pct: '20.6', renewable_weight_non_hydro_pct: '10.0' };
    const fujian = regionStats({ province_green_power_2023: weights });
    expect(fujian).toEqual({
      renewable_weight_total_pct: 20.6,
      renewable_weight_non_hydro_pct: 10,
    });
    const tibet = regionStats({
      province_green_power_2023: {
        renewable_weight_total_pct: '',
        renewable_weight_non_hydro_pct: '',
      },
    });
    expect(tibet).toEqual({});
  });

  it('leaves an empty cell absent and then derives nothing from the incomplete set', () => {
    const stats = regionStats({
      province_stats: { ...statsRow, solar_capacity_2020_gw: '' },
      province_power_2023: powerRow,
    });
    expect('solar_capacity_gw' in stats).toBe(false);
    expect('generation_capacity_gw' in stats).toBe(false);
  });

  it('gives a region without rows no statistics at all', () => {
    expect(regionStats({})).toEqual({});
  });
});
