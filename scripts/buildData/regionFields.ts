// The statistics written on regions: the file key, the CSV column it comes from, unit, labels,
// vintage (year of the figures) and source. Adding a statistic is adding a row; statistics by
// year (`<key>_<YYYY>`) follow from province_history.csv (historyFields).
import { HISTORY_SERIES, HISTORY_SOURCE } from './regionHistory';

export const PROVINCE_STATS_SOURCE =
  'province_stats.csv (Compute Atlas fact tables, CC BY 4.0): NBS population and GDP 2024 and electricity consumption 2024 via PyPSA-China-PIK; wind and solar 2020 from the China Electricity Statistical Yearbook 2021 via Xiaowei-Z/PyPSA-China';
export const GEM_POWER_SOURCE =
  'province_power_2023.csv: sums of operating units in Global Energy Monitor, Global Coal Plant Tracker (July 2023), Global Hydropower Tracker (May 2023), Global Nuclear Power Tracker (October 2023), CC BY 4.0; aggregated by Compute Atlas (border plants count half to each province)';
export const GREEN_POWER_SOURCE =
  'province_green_power_2023.csv (Compute Atlas fact tables, CC BY 4.0): the 2023 renewable electricity consumption responsibility weights set by the NDRC General Office and the NEA Comprehensive Department (发改办能源〔2023〕569号, annex 1), read on a republished copy. Policy minimums, not measured shares; Tibet is not assessed';

export type StatsTable =
  'province_stats' | 'province_power_2023' | 'province_green_power_2023' | 'derived';

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
  /** Year (or span of years) the figures describe. */
  readonly vintage: string;
  readonly source: string;
  /** Counts toward the derived listed generation capacity. */
  readonly inCapacityTotal?: boolean;
}

interface Row {
  readonly key: string;
  readonly column: string;
  readonly unit: string;
  readonly label: string;
  readonly labelZh: string;
  readonly inCapacityTotal?: boolean;
}

const stat = (vintage: string, row: Row): RegionField => ({
  ...row,
  table: 'province_stats',
  scale: 1,
  decimals: 3,
  vintage,
  source: PROVINCE_STATS_SOURCE,
});

const gem = (row: Omit<Row, 'unit' | 'inCapacityTotal'>): RegionField => ({
  ...row,
  table: 'province_power_2023',
  scale: 0.001,
  decimals: 3,
  unit: 'GW',
  vintage: '2023',
  source: GEM_POWER_SOURCE,
  inCapacityTotal: true,
});

const green = (row: Omit<Row, 'unit' | 'inCapacityTotal'>): RegionField => ({
  ...row,
  table: 'province_green_power_2023',
  scale: 1,
  decimals: 1,
  unit: '%',
  vintage: '2023',
  source: GREEN_POWER_SOURCE,
});

/** Statistics read from the CSV tables, in the order they are written. */
export const SOURCE_FIELDS: readonly RegionField[] = [
  stat('2024', {
    key: 'population_10k',
    column: 'population_2024_10k',
    unit: '10k persons',
    label: 'Population',
    labelZh: '常住人口',
  }),
  stat('2024', {
    key: 'gdp_100m_cny',
    column: 'gdp_2024_100m_cny',
    unit: '100 million CNY',
    label: 'GDP',
    labelZh: '地区生产总值',
  }),
  stat('2024', {
    key: 'electricity_consumption_twh',
    column: 'electricity_consumption_2024_twh',
    unit: 'TWh',
    label: 'Electricity consumption',
    labelZh: '全社会用电量',
  }),
  gem({
    key: 'coal_capacity_gw',
    column: 'coal_operating_mw',
    label: 'Coal capacity (operating, 2023)',
    labelZh: '煤电装机(运行,2023年)',
  }),
  gem({
    key: 'hydro_capacity_gw',
    column: 'hydro_conventional_operating_mw',
    label: 'Conventional hydro capacity (2023)',
    labelZh: '常规水电装机(2023年)',
  }),
  gem({
    key: 'pumped_storage_capacity_gw',
    column: 'pumped_storage_operating_mw',
    label: 'Pumped-storage capacity (2023)',
    labelZh: '抽水蓄能装机(2023年)',
  }),
  gem({
    key: 'nuclear_capacity_gw',
    column: 'nuclear_operating_mw',
    label: 'Nuclear capacity (2023)',
    labelZh: '核电装机(2023年)',
  }),
  stat('2020', {
    key: 'onshore_wind_capacity_gw',
    column: 'onshore_wind_capacity_2020_gw',
    unit: 'GW',
    label: 'Onshore wind capacity (2020)',
    labelZh: '陆上风电装机(2020年)',
    inCapacityTotal: true,
  }),
  stat('2020', {
    key: 'offshore_wind_capacity_gw',
    column: 'offshore_wind_capacity_2020_gw',
    unit: 'GW',
    label: 'Offshore wind capacity (2020)',
    labelZh: '海上风电装机(2020年)',
    inCapacityTotal: true,
  }),
  stat('2020', {
    key: 'solar_capacity_gw',
    column: 'solar_capacity_2020_gw',
    unit: 'GW',
    label: 'Solar capacity (2020)',
    labelZh: '光伏装机(2020年)',
    inCapacityTotal: true,
  }),
  green({
    key: 'renewable_weight_total_pct',
    column: 'renewable_weight_total_pct',
    label:
      'Renewable consumption responsibility weight, total (policy minimum share of consumption, not a measured share)',
    labelZh: '可再生能源电力消纳责任权重(总量;政策规定的最低占比,非实测占比)',
  }),
  green({
    key: 'renewable_weight_non_hydro_pct',
    column: 'renewable_weight_non_hydro_pct',
    label:
      'Renewable consumption responsibility weight, non-hydro (policy minimum share of consumption, not a measured share)',
    labelZh: '非水电可再生能源电力消纳责任权重(政策规定的最低占比,非实测占比)',
  }),
];

/** Statistics computed from SOURCE_FIELDS; written only when every listed capacity is present. */
export const DERIVED_FIELDS: readonly RegionField[] = [
  {
    key: 'generation_capacity_gw',
    table: 'derived',
    column: '',
    scale: 1,
    decimals: 3,
    unit: 'GW',
    label: 'Listed generation capacity (derived, mixed vintage; gas, oil and biomass missing)',
    labelZh: '所列装机合计(推算,年份不一;不含气电、油电和生物质)',
    vintage: '2020–2023',
    source:
      'Derived by the Compute Atlas build: the sum of the coal, hydro, pumped-storage and nuclear capacities (2023, GEM) and the wind and solar capacities (2020) above. Gas, oil and biomass are not in the sources, and solar is the 2020 figure, so this is well below the real installed capacity',
  },
];

export const REGION_FIELDS: readonly RegionField[] = [...SOURCE_FIELDS, ...DERIVED_FIELDS];

/** The `<key>_<YYYY>` statistics of province_history.csv, one row per series and year. */
export function historyFields(years: readonly number[]): RegionField[] {
  return HISTORY_SERIES.flatMap((series) =>
    years.map((year) => ({
      key: `${series.key}_${year}`,
      table: 'derived' as const,
      column: series.column,
      scale: 1,
      decimals: 3,
      unit: series.unit,
      label: `${series.label} (${year})`,
      labelZh: `${series.labelZh}(${year}年)`,
      vintage: String(year),
      source: HISTORY_SOURCE,
    })),
  );
}
