// The layer families a dataset may hold, one descriptor each, in draw order (bottom first). Every
// list of layers (drawn, searched, judged by constraints, sent as tables, in share links) is derived
// from this table. Adding a family: its record type in atlas.ts, a row in LayerRecords and in
// LAYER_FAMILIES here, a parser row in data/featureParsers.ts and a map module row in
// map/layerFamilies.ts; the compiler then names every other place that must say something about it.
import type {
  City,
  DataCentre,
  FibreRoute,
  Hub,
  NetworkNode,
  PowerLine,
  PowerPlant,
  Region,
  WindFarm,
} from './atlas';
import type { Bilingual } from './lang';

/** The record type of each layer family. */
export interface LayerRecords {
  regions: Region;
  power_lines: PowerLine;
  fibre_routes: FibreRoute;
  wind_farms: WindFarm;
  power_plants: PowerPlant;
  network_nodes: NetworkNode;
  datacentres: DataCentre;
  hubs: Hub;
  cities: City;
}

export type LayerId = keyof LayerRecords;

export const GEOMETRY_KINDS = ['point', 'line', 'area'] as const;
export type GeometryKind = (typeof GEOMETRY_KINDS)[number];

export interface LayerFamily {
  /** The family's name on screen. */
  readonly label: Bilingual;
  /** Points have `position`, lines a MultiLineString and areas a (Multi)Polygon `geometry`. */
  readonly geometry: GeometryKind;
  /** Two letters in share links, fixed forever once published. */
  readonly urlCode: string;
  /** Where name search lists the family's hits among equally good ones (1 first); absent: the
   * family is not searched. */
  readonly searchRank?: number;
  /** Whether constraints judge the family's features (regions and sites). */
  readonly judged: boolean;
  /** Whether its features have years and follow the as-of view (docs/VINTAGES.md); regions
   * follow it by their statistics of the year, cities are today's places. */
  readonly dated: boolean;
  /** Whether it can grow to a country's worth of records (it then crosses threads as a table). */
  readonly bulk: boolean;
  /** How a user's generic file is guessed to feed the family: among the families of the file's
   * geometry, the first whose `column` mapping role the file has, else the `fallback` one.
   * Absent: a generic file is never guessed to feed it (the user may still choose it). */
  readonly importGuess?: { readonly column: string } | 'fallback';
}

/** One row per family, in draw order; the object's key order is the draw order. */
export const LAYER_FAMILIES = {
  regions: {
    label: { en: 'Provinces', zh: '省级行政区' },
    geometry: 'area',
    urlCode: 'rg',
    searchRank: 1,
    judged: true,
    dated: false,
    bulk: false,
    importGuess: 'fallback',
  },
  cities: {
    label: { en: 'Cities (GeoNames)', zh: '城市（GeoNames）' },
    geometry: 'point',
    urlCode: 'ct',
    searchRank: 7,
    judged: false,
    dated: false,
    bulk: true,
  },
  power_lines: {
    label: { en: 'UHV power lines', zh: '特高压线路' },
    geometry: 'line',
    urlCode: 'pl',
    judged: false,
    dated: true,
    bulk: true,
    importGuess: { column: 'voltage_kv' },
  },
  fibre_routes: {
    label: { en: 'Fibre routes', zh: '光缆干线' },
    geometry: 'line',
    urlCode: 'fr',
    judged: false,
    dated: true,
    bulk: true,
    importGuess: 'fallback',
  },
  wind_farms: {
    label: { en: 'Wind farms (GEM phases)', zh: '风电场（GEM 分期）' },
    geometry: 'point',
    urlCode: 'wf',
    searchRank: 6,
    judged: false,
    dated: true,
    bulk: true,
  },
  power_plants: {
    label: { en: 'Power plants', zh: '电厂' },
    geometry: 'point',
    urlCode: 'pp',
    searchRank: 5,
    judged: false,
    dated: true,
    bulk: true,
    importGuess: { column: 'fuel' },
  },
  network_nodes: {
    label: { en: 'Network nodes', zh: '网络节点' },
    geometry: 'point',
    urlCode: 'nn',
    searchRank: 4,
    judged: false,
    dated: true,
    bulk: true,
  },
  datacentres: {
    label: { en: 'Data centres', zh: '数据中心' },
    geometry: 'point',
    urlCode: 'dc',
    searchRank: 3,
    judged: true,
    dated: true,
    bulk: true,
    importGuess: 'fallback',
  },
  hubs: {
    label: { en: 'Hubs and clusters', zh: '算力枢纽与集群' },
    geometry: 'point',
    urlCode: 'hb',
    searchRank: 2,
    judged: true,
    dated: true,
    bulk: false,
  },
} as const satisfies { readonly [L in LayerId]: LayerFamily };

type Families = typeof LAYER_FAMILIES;
type IdsWhere<Key extends keyof LayerFamily, Value> = {
  [L in LayerId]: Families[L] extends { readonly [K in Key]: Value } ? L : never;
}[LayerId];

/** Every layer id, in draw order (bottom first). */
export const LAYER_IDS = Object.keys(LAYER_FAMILIES) as readonly LayerId[];

/** A family's descriptor, typed as the interface (its optional fields readable). */
export const layerFamily = (id: LayerId): LayerFamily => LAYER_FAMILIES[id];
const idsWhere = (test: (family: LayerFamily) => boolean) =>
  LAYER_IDS.filter((id) => test(layerFamily(id)));

export type PointLayerId = IdsWhere<'geometry', 'point'>;
export type LineLayerId = IdsWhere<'geometry', 'line'>;
/** Families whose features constraints judge: regions and sites. */
export type JudgedLayerId = IdsWhere<'judged', true>;
/** Families whose features name search finds. */
export type SearchedLayerId = IdsWhere<'searchRank', number>;
/** Judged point families: the sites. */
export type SiteLayerId = JudgedLayerId & PointLayerId;

export const JUDGED_LAYER_IDS = idsWhere((f) => f.judged) as readonly JudgedLayerId[];
export const SITE_LAYER_IDS = idsWhere(
  (f) => f.judged && f.geometry === 'point',
) as readonly SiteLayerId[];
/** The searched families, best rank first. */
export const SEARCHED_LAYER_IDS = idsWhere((f) => f.searchRank !== undefined).sort(
  (a, b) => layerFamily(a).searchRank! - layerFamily(b).searchRank!,
) as readonly SearchedLayerId[];
export const BULK_LAYER_IDS = idsWhere((f) => f.bulk);
/** Families whose features follow the as-of view by their own years. */
export const DATED_LAYER_IDS = idsWhere((f) => f.dated);

export function isLayerId(value: unknown): value is LayerId {
  return typeof value === 'string' && Object.hasOwn(LAYER_FAMILIES, value);
}

export function isJudgedLayer(layerId: LayerId): layerId is JudgedLayerId {
  return LAYER_FAMILIES[layerId].judged;
}
