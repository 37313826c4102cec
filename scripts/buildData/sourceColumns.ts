// Every column of every source table the build reads, each either carried to the features (its
// builder reads it) or left out with the reason. A new or missing column fails the build, so an
// appended column is never dropped silently: carry it (snake_case, units in the name) or list it.
import type { SourceTable } from './buildLayers';

/** Splits a space-separated list of column names. */
const cols = (names: string): readonly string[] => names.split(/\s+/).filter((n) => n !== '');

interface Columns {
  /** Read by the table's builder into feature properties or geometry (possibly renamed). */
  readonly carried: readonly string[];
  /** Present in the table but not written to any feature, with the reason. */
  readonly notCarried?: Readonly<Record<string, string>>;
}

const EMPTY = 'empty in the table (nothing found)';
const FROM_GEM_2023 = 'the 2023 GEM figure of province_power_2023.csv is used instead';

export const SOURCE_COLUMNS: Readonly<Record<SourceTable, Columns>> = {
  hubs: {
    carried: cols(
      'id type parent_hub_id name_en name_zh role province_codes seat_or_starting_zone lon ' +
        'lat coord_approx pue_target_max rack_utilization_target_min_pct latency_target_ms ' +
        'approved source notes',
    ),
    notCarried: { green_power_target: EMPTY },
  },
  datacentres: {
    carried: cols(
      'id name_en name_zh operator city province_code lon lat coord_approx hub_cluster_id ' +
        'status capacity_mw racks servers design_pue year_opened kind source verified notes',
    ),
  },
  major_power_plants: {
    carried: cols(
      'id name_en name_zh fuel capacity_mw province_code lon lat coord_approx status year ' +
        'source verified notes',
    ),
  },
  uhv_lines: {
    carried: cols(
      'id name_en name_zh current voltage_kv capacity_gw year_in_service status operator ' +
        'start_name start_province start_lon start_lat end_name end_province end_lon end_lat ' +
        'via_provinces length_km verified source notes commissioned',
    ),
    notCarried: { coord_approx: 'every line is a schematic arc, so approx is always true' },
  },
  fibre_corridors: {
    carried: cols('id name_en name_zh kind cities city_coords operator year source verified notes'),
    notCarried: { schematic: 'always yes: every route is schematic, so approx is always true' },
  },
  backbone: {
    carried: cols(
      'id city_en city_zh province_code lon lat coord_approx type batch order_no ' +
        'year_approved source notes opened',
    ),
  },
  province_stats: {
    carried: cols(
      'iso_code name_en name_zh gb_code population_2024_10k gdp_2024_100m_cny ' +
        'electricity_consumption_2024_twh onshore_wind_capacity_2020_gw ' +
        'offshore_wind_capacity_2020_gw solar_capacity_2020_gw',
    ),
    notCarried: {
      coal_capacity_2020_gw: FROM_GEM_2023,
      nuclear_capacity_gw: FROM_GEM_2023,
      pumped_hydro_capacity_gw: FROM_GEM_2023,
      non_fossil_share_pct: EMPTY,
      industrial_electricity_price_cny_per_kwh: EMPTY,
      dc_racks: EMPTY,
      source: 'cited once per field in manifest.fields.regions',
    },
  },
  province_power_2023: {
    carried: cols(
      'iso_code name_en name_zh coal_operating_mw hydro_conventional_operating_mw ' +
        'pumped_storage_operating_mw nuclear_operating_mw',
    ),
    notCarried: {
      coal_operating_units: 'a unit count, not used by any indicator',
      non_fossil_share_of_generation_pct: EMPTY,
      industrial_tariff_cny_per_kwh: EMPTY,
      data_vintage: 'stated once per field as its vintage',
      source: 'cited once per field in manifest.fields.regions',
      verified: 'every row is derived from GEM the same way (see PROVENANCE.md)',
      notes: 'border plants counted half: described in the field source',
    },
  },
  province_green_power_2023: {
    carried: cols(
      'iso_code name_en name_zh year renewable_weight_total_pct ' +
        'renewable_weight_non_hydro_pct',
    ),
    notCarried: {
      kind: 'the same words on every row: said in the field labels (policy minimum, not measured)',
      source: 'cited once per field in manifest.fields.regions',
      verified: 'every row is mixed (read on a republished copy): said in the field source',
      notes: 'cross-checks and caveats, kept in PROVENANCE.md',
    },
  },
  province_history: {
    carried: cols('iso_code name_en year population_10k gdp_100m_cny'),
    notCarried: {
      source: 'the same on every row: cited once per field in manifest.fields.regions',
    },
  },
  china_wind_phases: {
    carried: cols(
      'gem_phase_id gem_location_id project_name project_name_local phase capacity_mw ' +
        'installation_type offshore_mount status start_year retired_year owner owner_local ' +
        'operator hydrogen iso_code lat lon location_accuracy below_threshold gem_wiki_url ' +
        'qa_note',
    ),
    notCarried: {
      prefecture: 'kept out to keep the layer small; on the GEM wiki page (source)',
      county: 'kept out to keep the layer small; on the GEM wiki page (source)',
      province: 'the same as iso_code, which is carried as region_id',
      date_last_researched:
        'kept out to keep the layer small; the span 2022–2024 is in the layer notes',
    },
  },
};

/** Throws unless `header` holds exactly the columns SOURCE_COLUMNS lists for the table. */
export function checkSourceColumns(table: SourceTable, header: readonly string[]): void {
  const { carried, notCarried = {} } = SOURCE_COLUMNS[table];
  const known = new Set([...carried, ...Object.keys(notCarried)]);
  const added = header.filter((c) => !known.has(c));
  const missing = [...known].filter((c) => !header.includes(c));
  if (added.length > 0)
    throw new Error(
      `${table}.csv: new column(s) ${added.join(', ')}: carry them to the features (snake_case, units in the name) or list them as not carried in scripts/buildData/sourceColumns.ts with the reason`,
    );
  if (missing.length > 0) throw new Error(`${table}.csv: missing column(s) ${missing.join(', ')}`);
}
