// The categorical colours of the map as typed tables: one row per category, each with its colour
// and bilingual label, so accessors and legends read the same row (DESIGN.md, "Visual language").
import type { DataCentreKind, FibreKind, Fuel, NetworkNodeKind } from '../domain/atlas';
import type { Bilingual } from '../domain/lang';

export interface PaletteRow {
  readonly colour: string;
  readonly label: Bilingual;
}

export const FUEL_PALETTE: Readonly<Record<Fuel, PaletteRow>> = {
  coal: { colour: '#5D4037', label: { en: 'Coal', zh: '煤电' } },
  gas: { colour: '#F57C00', label: { en: 'Gas', zh: '气电' } },
  oil: { colour: '#8D6E63', label: { en: 'Oil', zh: '油电' } },
  hydro: { colour: '#1E88E5', label: { en: 'Hydro', zh: '水电' } },
  pumped_storage: { colour: '#64B5F6', label: { en: 'Pumped storage', zh: '抽水蓄能' } },
  nuclear: { colour: '#8E24AA', label: { en: 'Nuclear', zh: '核电' } },
  wind: { colour: '#00ACC1', label: { en: 'Wind', zh: '风电' } },
  solar: { colour: '#FBC02D', label: { en: 'Solar', zh: '光伏' } },
  biomass: { colour: '#7CB342', label: { en: 'Biomass', zh: '生物质' } },
  other: { colour: '#9E9E9E', label: { en: 'Other', zh: '其他' } },
};

export const FIBRE_PALETTE: Readonly<Record<FibreKind, PaletteRow>> = {
  backbone: { colour: '#3949AB', label: { en: 'Backbone fibre', zh: '骨干光缆' } },
  hub_direct_link: { colour: '#00897B', label: { en: 'Hub direct link', zh: '枢纽直连' } },
  submarine: { colour: '#0277BD', label: { en: 'Submarine cable', zh: '海底光缆' } },
  international: { colour: '#5E35B1', label: { en: 'International', zh: '国际光缆' } },
  other: { colour: '#78909C', label: { en: 'Other fibre', zh: '其他光缆' } },
};

export const NETWORK_NODE_PALETTE: Readonly<Record<NetworkNodeKind, PaletteRow>> = {
  backbone_direct_connection_point: {
    colour: '#3949AB',
    label: { en: 'Backbone direct connection point', zh: '骨干直联点' },
  },
  international_gateway: {
    colour: '#5E35B1',
    label: { en: 'International gateway', zh: '国际出入口' },
  },
  landing_station: { colour: '#0277BD', label: { en: 'Cable landing station', zh: '海缆登陆站' } },
  ixp: { colour: '#00897B', label: { en: 'Internet exchange', zh: '互联网交换中心' } },
  other: { colour: '#78909C', label: { en: 'Other node', zh: '其他节点' } },
};

/** Data centres are dark circles; only intelligent computing centres get a distinct (amber) ring. */
export const DATACENTRE_FILL = '#263238';
export const INTELLIGENT_COMPUTING_RING = '#FFB300';

export const DATACENTRE_KIND_LABELS: Readonly<Record<DataCentreKind, Bilingual>> = {
  hyperscale_campus: { en: 'Hyperscale campus', zh: '超大规模园区' },
  telecom_idc: { en: 'Telecom IDC', zh: '运营商数据中心' },
  colocation: { en: 'Colocation', zh: '托管数据中心' },
  cloud_region: { en: 'Cloud region', zh: '云区域' },
  intelligent_computing_centre: { en: 'Intelligent computing centre', zh: '智算中心' },
  other: { en: 'Other data centre', zh: '其他数据中心' },
};

/** Neutral grey for regions without data: never a colour of a ramp. */
export const NO_DATA_COLOUR = '#BDBDBD';
