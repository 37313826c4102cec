// A synthetic atlas for the site-finder tests where the best place is known by construction: two
// provinces side by side (W: 100–104° E, E: 104–108° E, 30–34° N), one UHV line along 107° E, one
// 5 GW hydro plant, one backbone point, one east demand hub with a fibre route, a few cities.
import type { Atlas, City, PowerLine, PowerPlant, NetworkNode } from '../atlas';
import { emptyAtlas } from '../atlas';
import { hub, route } from './fibreFixtures';
import { testRegion } from './spatialRegions';

const box = (w: number, s: number, e: number, n: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

const common = { source: 'test', approx: false } as const;

export const SITE_LINE: PowerLine = {
  ...common,
  id: 'L1',
  name: 'Line',
  status: 'operating',
  voltageKv: 800,
  current: 'DC',
  geometry: {
    type: 'MultiLineString',
    coordinates: [
      [
        [107, 30.2],
        [107, 33.8],
      ],
    ],
  },
};

export const SITE_PLANT: PowerPlant = {
  ...common,
  id: 'P1',
  name: 'Dam',
  fuel: 'hydro',
  status: 'operating',
  capacityMw: 5000,
  position: [106.5, 32],
};

export const SITE_NODE: NetworkNode = {
  ...common,
  id: 'N1',
  name: 'Node',
  kind: 'backbone_direct_connection_point',
  position: [101, 31],
};

const city = (id: string, lon: number, lat: number, population: number): City => ({
  ...common,
  id,
  name: id,
  position: [lon, lat],
  population,
});

/** The synthetic atlas; `stats` give E more spare supply than W. */
export function siteAtlas(): Atlas {
  return {
    ...emptyAtlas(),
    regions: [
      testRegion('W', box(100, 30, 104, 34), {
        generation_capacity_gw: 10,
        electricity_consumption_twh: 87.6,
        solar_capacity_gw: 2,
      }),
      testRegion('E', box(104, 30, 108, 34), {
        generation_capacity_gw: 40,
        electricity_consumption_twh: 87.6,
        solar_capacity_gw: 8,
      }),
    ],
    power_lines: [SITE_LINE],
    power_plants: [SITE_PLANT],
    network_nodes: [SITE_NODE],
    hubs: [hub('H1', [101, 33])],
    fibre_routes: [
      route('F1', [
        [101, 33],
        [101, 31],
        [106, 31],
      ]),
    ],
    cities: [city('Big', 101.2, 32.8, 5_000_000), city('Small', 106, 33, 100_000)],
  };
}
