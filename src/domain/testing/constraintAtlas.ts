// A tiny frozen atlas for constraint tests: two regions, an east hub and a west cluster, three
// data centres, one power line, one fibre route and one backbone node, near the equator.
import { emptyAtlas, type Atlas, type DataCentre, type Hub, type Region } from '../atlas';

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
      non_fossil_share: 0.5,
      generation_capacity_gw: 100,
      electricity_consumption_twh: 438,
      electricity_price_cny_kwh: 0.6,
    },
  },
  {
    ...common,
    id: 'R2',
    name: 'Region two',
    geometry: square(4),
    labelPosition: [5, 0],
    stats: { renewable_weight_total_pct: 30 },
  },
];

const hubs: Hub[] = [
  {
    ...common,
    id: 'HE',
    name: 'East hub',
    position: [0, 0],
    type: 'hub',
    role: 'east_demand',
    regionIds: ['R1'],
  },
  {
    ...common,
    id: 'CW',
    name: 'West cluster',
    position: [5, 0],
    type: 'cluster',
    role: 'west_supply',
    regionIds: ['R2'],
  },
];

const datacentres: DataCentre[] = [
  {
    ...common,
    id: 'D1',
    name: 'Site one',
    regionId: 'R1',
    position: [0.5, 0],
    kind: 'telecom_idc',
    status: 'operating',
    operator: 'China Telecom',
    capacityMw: 100,
    designPue: 1.25,
    hubClusterId: 'HE',
  },
  {
    ...common,
    id: 'D2',
    name: 'Site two',
    regionId: 'R2',
    position: [5, 0.5],
    kind: 'colocation',
    status: 'planned',
    designPue: 1.2,
    hubClusterId: 'CW',
  },
  {
    ...common,
    id: 'D3',
    name: 'Site three',
    position: [20, 0],
    kind: 'other',
    status: 'under_construction',
  },
];

export const testAtlas: Atlas = Object.freeze({
  ...emptyAtlas(),
  regions,
  hubs,
  datacentres,
  power_lines: [
    {
      ...common,
      id: 'L1',
      name: 'UHV DC',
      status: 'operating',
      current: 'DC',
      voltageKv: 800,
      geometry: {
        type: 'MultiLineString',
        coordinates: [
          [
            [1.5, -1],
            [1.5, 1],
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
  network_nodes: [
    {
      ...common,
      id: 'N1',
      name: 'Node',
      kind: 'backbone_direct_connection_point',
      position: [0.5, 0.5],
    },
  ],
});
