// Turns the parsed fact tables and region outlines into every layer's features, checking each
// point and line end against the region its row names. Pure: no file access.
import type { MultiPolygon } from 'geojson';
import type { CsvRow } from './csv';
import { buildCities, type GeoNamesCity } from './cities';
import { buildDatacentres } from './datacentres';
import type { LayerId } from '../../src/domain/layerFamilies';
import { buildFibreRoutes } from './fibreRoutes';
import type { AtlasFeature } from './geometry';
import { buildHubs } from './hubs';
import { buildNetworkNodes } from './networkNodes';
import { buildPowerLines, type SkippedLine } from './powerLines';
import { buildPowerPlants } from './powerPlants';
import { flagLineEnds, flagPoints } from './regionContainment';
import { historyYears } from './regionHistory';
import { buildRegions } from './regions';
import type { RegionShape } from './regionShapes';
import { buildWindFarms } from './windFarms';
import { assignWindRegions, type WindAssignment } from './windRegions';

/** The CSV files of data/sources/, by base name. */
export const SOURCE_TABLES = [
  'hubs',
  'datacentres',
  'major_power_plants',
  'uhv_lines',
  'fibre_corridors',
  'backbone',
  'province_stats',
  'province_power_2023',
  'province_green_power_2023',
  'province_history',
  'china_wind_phases',
] as const;
export type SourceTable = (typeof SOURCE_TABLES)[number];
export type SourceRows = Readonly<Record<SourceTable, readonly CsvRow[]>>;

export interface BuiltLayers {
  readonly features: Readonly<Record<LayerId, readonly AtlasFeature[]>>;
  readonly skippedLines: readonly SkippedLine[];
  /** How each wind phase got its region, in feature order. */
  readonly windAssignments: readonly WindAssignment[];
  /** The years of the regions' statistics by year (`<key>_<YYYY>`), ascending. */
  readonly historyYears: readonly number[];
}

/** Every layer of the dataset; throws when a point or line end lies too far from its region. */
export function buildLayers(
  rows: SourceRows,
  shapes: readonly RegionShape[],
  cities: readonly GeoNamesCity[],
): BuiltLayers {
  const regions = buildRegions(shapes, {
    province_stats: rows.province_stats,
    province_power_2023: rows.province_power_2023,
    province_green_power_2023: rows.province_green_power_2023,
    province_history: rows.province_history,
  });
  const geometries = new Map<string, MultiPolygon>(
    regions.map((r) => [String(r.properties.id), r.geometry]),
  );
  const lines = buildPowerLines(rows.uhv_lines);
  const wind = assignWindRegions(buildWindFarms(rows.china_wind_phases), geometries);
  return {
    features: {
      regions,
      power_lines: flagLineEnds('power_lines', lines.features, geometries),
      fibre_routes: buildFibreRoutes(rows.fibre_corridors),
      wind_farms: wind.map((w) => w.feature),
      power_plants: flagPoints(
        'power_plants',
        buildPowerPlants(rows.major_power_plants),
        geometries,
      ),
      network_nodes: flagPoints('network_nodes', buildNetworkNodes(rows.backbone), geometries),
      datacentres: flagPoints('datacentres', buildDatacentres(rows.datacentres), geometries),
      hubs: flagPoints('hubs', buildHubs(rows.hubs), geometries),
      cities: buildCities(cities),
    },
    skippedLines: lines.skipped,
    windAssignments: wind.map((w) => w.assignment),
    historyYears: historyYears(rows.province_history),
  };
}
