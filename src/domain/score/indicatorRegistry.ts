// The default indicators as a typed table: adding an indicator is adding a row here; its id joins
// IndicatorId (indicatorIds.ts derives the ids from these rows). Direction '+' means more is better
// for coordination; '-' means less is better.
import type { Bilingual } from '../lang';
import type { IndicatorId } from './indicatorIds';
import type { IndicatorSource } from './indicatorSource';
import type { Subsystem } from './subsystems';

export type Direction = '+' | '-';

export interface IndicatorDef<Id extends string = IndicatorId> {
  readonly id: Id;
  readonly subsystem: Subsystem;
  readonly source: IndicatorSource;
  readonly direction: Direction;
  readonly unit: Bilingual;
  readonly label: Bilingual;
  readonly description: Bilingual;
}

const COUNT: Bilingual = { en: 'count', zh: '个' };
const GW: Bilingual = { en: 'GW', zh: '吉瓦' };
const notRetired = (r: { status: string }) => r.status !== 'retired';

/** The rows with their literal ids (indicatorIds.ts reads the ids' type from them). */
export const INDICATOR_ROWS = [
  {
    id: 'dc_count',
    subsystem: 'compute',
    source: { kind: 'layer', layer: 'datacentres', aggregation: 'count', where: notRetired },
    direction: '+',
    unit: COUNT,
    label: { en: 'Data centres', zh: '数据中心数量' },
    description: {
      en: 'Data centres in the region (any status except retired).',
      zh: '区域内数据中心数量（不含已退役）。',
    },
  },
  {
    id: 'dc_capacity_mw',
    subsystem: 'compute',
    source: {
      kind: 'layer',
      layer: 'datacentres',
      aggregation: 'sum',
      property: 'capacityMw',
      where: notRetired,
    },
    direction: '+',
    unit: { en: 'MW', zh: '兆瓦' },
    label: { en: 'Known data-centre capacity', zh: '已知数据中心容量' },
    description: {
      en: 'Sum of the stated capacities; data centres of unknown capacity are not counted (missing when none is known).',
      zh: '已披露容量之和；容量未知的数据中心不计入（均未知时为缺失）。',
    },
  },
  {
    id: 'icc_count',
    subsystem: 'compute',
    source: {
      kind: 'layer',
      layer: 'datacentres',
      aggregation: 'count',
      where: (dc) => dc.kind === 'intelligent_computing_centre' && notRetired(dc),
    },
    direction: '+',
    unit: COUNT,
    label: { en: 'Intelligent computing centres', zh: '智算中心数量' },
    description: {
      en: 'Data centres of kind intelligent computing centre.',
      zh: '类型为智算中心的数据中心数量。',
    },
  },
  {
    id: 'hub_cluster_count',
    subsystem: 'compute',
    source: {
      kind: 'layer',
      layer: 'hubs',
      aggregation: 'membership_count',
      where: (h) => h.type === 'cluster',
    },
    direction: '+',
    unit: COUNT,
    label: { en: 'National hub clusters', zh: '国家枢纽集群' },
    description: {
      en: 'Data-centre clusters of the national hub system whose listed regions include this one.',
      zh: '所列区域包含本区域的全国一体化算力网络枢纽集群数量。',
    },
  },
  {
    id: 'generation_capacity_gw',
    subsystem: 'power',
    source: { kind: 'region', property: 'generation_capacity_gw' },
    direction: '+',
    unit: GW,
    label: { en: 'Generation capacity', zh: '发电装机容量' },
    description: {
      en: 'Installed capacity of the listed fuels (region statistic).',
      zh: '所列电源装机容量之和（区域统计）。',
    },
  },
  {
    id: 'non_fossil_capacity_share',
    subsystem: 'power',
    source: { kind: 'region', property: 'non_fossil_capacity_share' },
    direction: '+',
    unit: { en: 'share 0–1', zh: '比例 0–1' },
    label: { en: 'Non-fossil capacity share', zh: '非化石能源装机占比' },
    description: {
      en: 'Non-fossil share of the listed capacity (not of generation).',
      zh: '所列装机中非化石能源的占比（非发电量占比）。',
    },
  },
  {
    id: 'uhv_landing_gw',
    subsystem: 'power',
    source: {
      kind: 'layer',
      layer: 'power_lines',
      aggregation: 'landing_sum',
      property: 'capacityGw',
      where: (l) => (l.voltageKv ?? 0) >= 800 && notRetired(l),
    },
    direction: '+',
    unit: GW,
    label: { en: 'UHV capacity landing', zh: '特高压落点容量' },
    description: {
      en: 'Sum of the capacities of UHV lines (800 kV and above) with an end in the region; lines of unknown capacity are not counted.',
      zh: '端点位于本区域的特高压线路（800千伏及以上）输送容量之和；容量未知的线路不计入。',
    },
  },
  {
    id: 'capacity_per_consumption',
    subsystem: 'power',
    source: {
      kind: 'ratio',
      numerator: 'generation_capacity_gw',
      denominator: 'electricity_consumption_twh',
    },
    direction: '+',
    unit: { en: 'GW per TWh/yr', zh: '吉瓦/太瓦时' },
    label: { en: 'Capacity per consumption', zh: '装机与用电量之比' },
    description: {
      en: 'Generation capacity divided by annual electricity consumption: a proxy for spare supply.',
      zh: '发电装机容量除以年用电量，用作电力富余程度的近似。',
    },
  },
  {
    id: 'large_plant_capacity_gw',
    subsystem: 'power',
    source: {
      kind: 'layer',
      layer: 'power_plants',
      aggregation: 'sum',
      property: 'capacityMw',
      scale: 0.001,
      where: notRetired,
    },
    direction: '+',
    unit: GW,
    label: { en: 'Large power plants', zh: '大型电站装机' },
    description: {
      en: 'Capacity of the large plants in the plants layer located in the region.',
      zh: '电站图层中位于本区域的大型电站装机容量之和。',
    },
  },
  {
    id: 'fibre_length_km',
    subsystem: 'network',
    source: { kind: 'layer', layer: 'fibre_routes', aggregation: 'length_km' },
    direction: '+',
    unit: { en: 'km', zh: '千米' },
    label: { en: 'Fibre route length', zh: '光缆路由长度' },
    description: {
      en: 'Length of fibre routes inside the region (schematic routes measured as drawn).',
      zh: '区域内光缆路由长度（示意路由按所绘线路计）。',
    },
  },
  {
    id: 'backbone_node_count',
    subsystem: 'network',
    source: {
      kind: 'layer',
      layer: 'network_nodes',
      aggregation: 'count',
      where: (n) => n.kind === 'backbone_direct_connection_point',
    },
    direction: '+',
    unit: COUNT,
    label: { en: 'Backbone direct-connection points', zh: '骨干直联点' },
    description: {
      en: 'National internet backbone direct-connection points.',
      zh: '国家级互联网骨干直联点数量。',
    },
  },
  {
    id: 'latency_to_demand_ms',
    subsystem: 'network',
    source: { kind: 'latency' },
    direction: '-',
    unit: { en: 'ms', zh: '毫秒' },
    label: { en: 'Latency to demand hubs', zh: '至需求枢纽时延' },
    description: {
      en: 'Latency over the fibre graph to the nearest selected demand hub; missing until computed or when unreachable.',
      zh: '经光缆网络至最近需求枢纽的时延；未计算或不可达时为缺失。',
    },
  },
  {
    id: 'population_10k',
    subsystem: 'data',
    source: { kind: 'region', property: 'population_10k' },
    direction: '+',
    unit: { en: '10k persons', zh: '万人' },
    label: { en: 'Population', zh: '常住人口' },
    description: { en: 'Resident population (region statistic).', zh: '常住人口（区域统计）。' },
  },
  {
    id: 'gdp_100m_cny',
    subsystem: 'data',
    source: { kind: 'region', property: 'gdp_100m_cny' },
    direction: '+',
    unit: { en: '100M CNY', zh: '亿元' },
    label: { en: 'GDP', zh: '地区生产总值' },
    description: {
      en: 'Gross regional product at current prices.',
      zh: '地区生产总值（当年价）。',
    },
  },
  {
    id: 'electricity_consumption_twh',
    subsystem: 'data',
    source: { kind: 'region', property: 'electricity_consumption_twh' },
    direction: '+',
    unit: { en: 'TWh', zh: '太瓦时' },
    label: { en: 'Electricity consumption', zh: '全社会用电量' },
    description: {
      en: 'Annual electricity consumption, a proxy for digital demand.',
      zh: '年用电量，作为数字需求的近似。',
    },
  },
] as const satisfies readonly IndicatorDef<string>[];

export const INDICATOR_REGISTRY: readonly IndicatorDef[] = INDICATOR_ROWS;

/** The registry row of an id (every id has one: the ids are read from the rows). */
export function indicatorDef(id: IndicatorId, registry = INDICATOR_REGISTRY): IndicatorDef {
  const def = registry.find((d) => d.id === id);
  if (!def) throw new Error(`No registry row for indicator ${id}`);
  return def;
}
