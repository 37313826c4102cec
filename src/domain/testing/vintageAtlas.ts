// A tiny frozen atlas whose features span the years, for the as-of views: two regions with
// population by year, data centres and wind phases of every lifecycle phase (dated, year unknown,
// in the pipeline, retired, shelved), a UHV line, a hub approved in 2022, a node and a fibre route.
import type { Atlas, DataCentre, Region, WindFarm } from '../atlas';
import { emptyAtlas } from '../atlas';
import { deepFreeze } from './deepFreeze';

const common = { source: 'test', approx: true } as const;
const square = (lon: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [lon, -1],
      [lon + 2, -1],
      [lon + 2, 1],
      [lon, 1],
      [lon, -1],
    ],
  ],
});

const regions: Region[] = [
  {
    ...common,
    id: 'R1',
    name: 'Region one',
    geometry: square(-1),
    labelPosition: [0, 0],
    stats: {
      population_10k: 100,
      population_10k_2015: 80,
      population_10k_2020: 90,
      population_10k_2024: 100,
      coal_capacity_gw: 5,
    },
  },
  {
    ...common,
    id: 'R2',
    name: 'Region two',
    geometry: square(4),
    labelPosition: [5, 0],
    stats: {
      population_10k: 50,
      population_10k_2015: 40,
      population_10k_2020: 45,
      population_10k_2024: 50,
      coal_capacity_gw: 9,
    },
  },
];

const site = (
  id: string,
  lon: number,
  status: DataCentre['status'],
  years: Pick<DataCentre, 'startYear' | 'retireYear'> = {},
): DataCentre => ({
  ...common,
  id,
  name: id,
  position: [lon, 0],
  kind: 'colocation',
  status,
  ...years,
});

const phase = (
  id: string,
  lon: number,
  status: WindFarm['status'],
  capacityMw: number,
  years: Pick<WindFarm, 'startYear' | 'retireYear'> = {},
): WindFarm => ({ ...common, id, name: id, position: [lon, 0.5], status, capacityMw, ...years });

export const vintageAtlas: Atlas = deepFreeze({
  ...emptyAtlas(),
  regions,
  cities: [{ ...common, id: 'C1', name: 'Town', position: [0.6, 0.5], population: 50_000 }],
  datacentres: [
    site('D1', 0.2, 'operating', { startYear: 2016 }),
    site('D2', 0.4, 'operating'),
    site('D3', 5.2, 'under_construction'),
    site('D4', 5.4, 'retired', { startYear: 2010, retireYear: 2020 }),
    site('D5', 5.6, 'operating', { startYear: 2021 }),
  ],
  wind_farms: [
    phase('W1', 5.1, 'operating', 100, { startYear: 2015 }),
    phase('W2', 5.3, 'construction', 300, { startYear: 2025 }),
    phase('W3', 5.5, 'shelved', 200),
    phase('W4', 0.3, 'retired', 50, { startYear: 2012, retireYear: 2022 }),
    phase('W5', 0.5, 'operating', 70, { startYear: 2023 }),
  ],
  power_lines: [
    {
      ...common,
      id: 'L1',
      name: 'UHV DC',
      status: 'operating',
      current: 'DC',
      voltageKv: 800,
      capacityGw: 8,
      startYear: 2018,
      endRegionIds: ['R1', 'R2'],
      geometry: {
        type: 'MultiLineString',
        coordinates: [
          [
            [0, 0],
            [5, 0],
          ],
        ],
      },
    },
  ],
  fibre_routes: [
    {
      ...common,
      id: 'F1',
      name: 'Backbone',
      kind: 'backbone',
      startYear: 1999,
      geometry: {
        type: 'MultiLineString',
        coordinates: [
          [
            [0, 0.2],
            [5, 0.2],
          ],
        ],
      },
    },
  ],
  network_nodes: [
    {
      ...common,
      id: 'N1',
      name: 'Node',
      kind: 'backbone_direct_connection_point',
      position: [5.5, -0.5],
      startYear: 2014,
    },
  ],
  hubs: [
    {
      ...common,
      id: 'H1',
      name: 'East hub',
      position: [0, 0],
      type: 'hub',
      role: 'east_demand',
      regionIds: ['R1'],
      startYear: 2022,
    },
  ],
});
