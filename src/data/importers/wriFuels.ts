// WRI Global Power Plant Database fuel names (the v1.3.0 output categories and the China raw
// file's finer ones) mapped to our Fuel. Keys are lower case. Coal-mine methane is burnt in gas
// engines, so it counts as gas; landfill gas is biogas, so biomass. Unknown names become "other".
import type { Fuel, SiteStatus } from '../../domain/atlas';

export const WRI_FUELS: Readonly<Record<string, Fuel>> = {
  coal: 'coal',
  'coal mine methane': 'gas',
  gas: 'gas',
  'natural gas': 'gas',
  lng: 'gas',
  oil: 'oil',
  diesel: 'oil',
  'distillate oil': 'oil',
  'fuel oil': 'oil',
  'heavy fuel oil': 'oil',
  petcoke: 'oil',
  hydro: 'hydro',
  'pumped storage': 'pumped_storage',
  nuclear: 'nuclear',
  wind: 'wind',
  solar: 'solar',
  biomass: 'biomass',
  'landfill gas': 'biomass',
  waste: 'other',
  geothermal: 'other',
  'wave and tidal': 'other',
  cogeneration: 'other',
  storage: 'other',
  other: 'other',
};

/** WRI "Operational Status" values; a blank status is `unknown` (the source does not say). */
export const WRI_STATUSES: Readonly<Record<string, SiteStatus>> = {
  '': 'unknown',
  operational: 'operating',
  operating: 'operating',
  shutdown: 'retired',
  retired: 'retired',
  decommissioned: 'retired',
  'under construction': 'under_construction',
  planned: 'planned',
};
