// The statistics written on regions: the file key, the CSV column it comes from, unit, labels,
// vintage and source. Adding a statistic is adding a row.

export const PROVINCE_STATS_SOURCE =
  'province_stats.csv (Compute Atlas fact tables, CC BY 4.0): NBS population and GDP 2024 and electricity consumption 2024 via PyPSA-China-PIK; wind and solar 2020 from the China Electricity Statistical Yearbook 2021 via Xiaowei-Z/PyPSA-China';
export const GEM_POWER_SOURCE =
  'province_power_2023.csv: sums of operating units in Global Energy Monitor, Global Coal Plant Tracker (July 2023), Global Hydropower Tracker (May 2023), Global Nuclear Power Tracker (October 2023), CC BY 4.0; aggregated by Compute Atlas (border plants count half to each province)';

export type StatsTable = 'province_stats' | 'province_power_2023' | 'derived';

export interface RegionField {
  readonly key: string;
  readonly table: StatsTable;
  /** Source column; empty for derived keys. */
  readonly column: string;
  /** Multiplies the cell, e.g. 0.001 for MW → GW. */
  readonly scale: number;
  readonly decimals: number;
  readonly unit: string;
  readonly label: string;
  readonly labelZh: string;
  readonly vintage: string;
  readonly source: string;
  /** Counts toward the listed capacity; `nonFossil` toward its non-fossil share. */
  readonly capacity?: 'fossil' | 'nonFossil';
}

const stat = (
  key: string,
  column: string,
  unit: string,
  label: string,
  labelZh: string,
  vintage: string,
  capacity?: 'fossil' | 'nonFossil',
): RegionField => ({
  key,
  table: 'province_stats',
  column,
  scale: 1,
  decimals: 3,
  unit,
  label,
  labelZh,
  vintage,
  source: PROVINCE_STATS_SOURCE,
  capacity,
});

const gem = (
  key: string,
  column: string,
  label: string,
  labelZh: string,
  capacity: 'fossil' | 'nonFossil',
): RegionField => ({
  key,
  table: 'province_power_2023',
  column,
  scale: 0.001,
  decimals: 3,
  unit: 'GW',
  label,
  labelZh,
  vintage: '2023',
  source: GEM_POWER_SOURCE,
  capacity,
});

/** Statistics read from the CSV tables, in the order they are written. */
export const SOURCE_FIELDS: readonly RegionField[] = [
  stat('population_10k', 'population_2024_10k', '10k persons', 'Population', '常住人口', '2024'),
  stat('gdp_100m_cny', 'gdp_2024_100m_cny', '100 million CNY', 'GDP', '地区生产总值', '2024'),
  stat(
    'electricity_consumption_twh',
    'electricity_consumption_2024_twh',
    'TWh',
    'Electricity consumption',
    '全社会用电量',
    '2024',
  ),
  gem('coal_capacity_gw', 'coal_operating_mw', 'Coal capacity (operating)', '煤电装机', 'fossil'),
  gem(
    'hydro_capacity_gw',
    'hydro_conventional_operating_mw',
    'Conventional hydro capacity',
    '常规水电装机',
    'nonFossil',
  ),
  gem(
    'pumped_storage_capacity_gw',
    'pumped_storage_operating_mw',
    'Pumped-storage capacity',
    '抽水蓄能装机',
    'nonFossil',
  ),
  gem('nuclear_capacity_gw', 'nuclear_operating_mw', 'Nuclear capacity', '核电装机', 'nonFossil'),
  stat(
    'onshore_wind_capacity_gw',
    'onshore_wind_capacity_2020_gw',
    'GW',
    'Onshore wind capacity',
    '陆上风电装机',
    '2020',
    'nonFossil',
  ),
  stat(
    'offshore_wind_capacity_gw',
    'offshore_wind_capacity_2020_gw',
    'GW',
    'Offshore wind capacity',
    '海上风电装机',
    '2020',
    'nonFossil',
  ),
  stat(
    'solar_capacity_gw',
    'solar_capacity_2020_gw',
    'GW',
    'Solar capacity',
    '光伏装机',
    '2020',
    'nonFossil',
  ),
];

const DERIVED_SOURCE =
  'Derived by the Compute Atlas build from the capacities above (mixed vintage: coal, hydro, pumped storage and nuclear 2023 from GEM; wind and solar 2020). Gas, oil and biomass are not in the sources, so the share is of the listed capacity only';

/** Statistics computed from SOURCE_FIELDS; written only when every listed capacity is present. */
export const DERIVED_FIELDS: readonly RegionField[] = [
  {
    key: 'generation_capacity_gw',
    table: 'derived',
    column: '',
    scale: 1,
    decimals: 3,
    unit: 'GW',
    label: 'Listed generation capacity (derived, mixed vintage)',
    labelZh: '所列装机合计(推算,年份不一)',
    vintage: '2020–2023',
    source: DERIVED_SOURCE,
  },
  {
    key: 'non_fossil_capacity_share',
    table: 'derived',
    column: '',
    scale: 1,
    decimals: 4,
    unit: '0–1',
    label: 'Non-fossil share of listed capacity (derived; not the share of generation)',
    labelZh: '所列装机中非化石能源占比(推算,非发电量占比)',
    vintage: '2020–2023',
    source: DERIVED_SOURCE,
  },
];

export const REGION_FIELDS: readonly RegionField[] = [...SOURCE_FIELDS, ...DERIVED_FIELDS];
