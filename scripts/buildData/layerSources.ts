// Licence, citations and notes of each layer of the default dataset, as written to the manifest.
import type { LayerId } from '../../src/domain/layerFamilies';
import { GEM_POWER_SOURCE, PROVINCE_STATS_SOURCE } from './regionFields';
import { OUTLINE_SOURCE } from './regions';

/** The date the fact tables were compiled (data/sources/PROVENANCE.md); the dataset's as-of date. */
export const SOURCES_AS_OF = '2026-11-27';

export const FACT_TABLES = 'Compute Atlas fact tables, data/sources/ (CC BY 4.0)';
export const GEM_TRACKERS =
  'Global Energy Monitor, Global Coal Plant Tracker, July 2023 release; Global Hydropower Tracker, May 2023 release; Global Nuclear Power Tracker, October 2023 release (CC BY 4.0)';

export const ATTRIBUTION =
  'Outlines: Natural Earth (public domain). Plants and capacities: Global Energy Monitor (CC BY 4.0). Facts: Compute Atlas fact tables (CC BY 4.0). No official map review number (审图号).';

export interface LayerSource {
  readonly file: string;
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
    ],
    notes:
      'Boundaries as on the national standard map: Taiwan, Hong Kong and Macao are drawn as part of China (no statistics: shown as no data); the Paracel Islands are part of Hainan. Not an official map: it has no map review number (审图号). Outlines simplified at build time on a shared topology. Statistics have mixed vintages (see fields): population, GDP and consumption 2024; coal, hydro, pumped storage and nuclear 2023 (GEM); wind and solar 2020.',
  },
  hubs: {
    file: 'hubs.geojson',
    licence: 'CC BY 4.0',
    sources: [
      `hubs.csv, ${FACT_TABLES}: NDRC/CAC/MIIT/NEA hub and cluster approval letters, Feb 2022; per-feature sources`,
    ],
    notes:
      'Points are representative cities or starting zones, not boundaries. Targets not stated in a checked source are left out.',
  },
  datacentres: {
    file: 'datacentres.geojson',
    licence: 'CC BY 4.0',
    sources: [
      `datacentres.csv, ${FACT_TABLES}: public news pages and operator releases, one URL per feature`,
    ],
    notes:
      'All points approximate (district or park level, about ±5–30 km). Racks and servers are often design totals.',
  },
  power_plants: {
    file: 'power_plants.geojson',
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
    licence: 'CC BY 4.0',
    sources: [
      `uhv_lines.csv, ${FACT_TABLES}: SGCC/CSG releases and news pages; several rows recalled from Wikipedia`,
    ],
    notes:
      'UHV AC and DC lines as great-circle arcs between their end towns: schematic, not the real routes.',
  },
  fibre_routes: {
    file: 'fibre_routes.geojson',
    licence: 'CC BY 4.0',
    sources: [
      `fibre_corridors.csv, ${FACT_TABLES}: operator releases and news pages; 8x8 route names recalled`,
    ],
    notes:
      'Schematic: straight lines through the cities of each corridor, not cable paths. Submarine cables are not included.',
  },
  network_nodes: {
    file: 'network_nodes.geojson',
    licence: 'CC BY 4.0',
    sources: [
      `backbone.csv, ${FACT_TABLES}: MIIT approvals as reported by Caixin, People's Daily and others`,
    ],
    notes:
      'City-level points. 16 of the 20 national backbone direct-connection points are listed; the others could not be confirmed.',
  },
};
