// The default indicators as a typed table: adding an indicator is adding a row here; its id joins
// IndicatorId (indicatorIds.ts derives the ids from these rows). Direction '+' means more is better
// for coordination; '-' means less is better. Each row says what it covers; the year of its figures
// comes from the dataset's manifest (indicatorVintage), not from here.
import type { Bilingual } from '../lang';
import type { IndicatorId } from './indicatorIds';
import type { IndicatorSource, PointSumSource, RegionSource } from './indicatorSource';
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
  /** What the figure covers where that is less than a census (e.g. a sample of known sites). */
  readonly covers?: Bilingual;
  /** False: shown, but not a score input until the user switches it on (a partial source). */
  readonly defaultEnabled?: boolean;
}

const COUNT: Bilingual = { en: 'count', zh: '个' };
const GW: Bilingual = { en: 'GW', zh: '吉瓦' };
const notRetired = (r: { status: string }) => r.status !== 'retired';

const KNOWN_SITES: Bilingual = {
  en: 'Known large facilities from our fact table: a sample, not a census (part of the rows recalled, not source-checked).',
  zh: '事实表中已知的大型设施：样本而非普查（部分条目凭记忆整理、未核对来源）。',
};

const stat = (property: string): RegionSource => ({ kind: 'region', property });

/** Operating wind capacity per region from the wind-farm layer (GEM phases), in GW. */
const OPERATING_WIND_GW: PointSumSource = {
  kind: 'layer',
  layer: 'wind_farms',
  aggregation: 'sum',
  property: 'capacityMw',
  scale: 0.001,
  where: (phase) => phase.status === 'operating',
};

/** Listed generation capacity: coal, hydro, pumped storage and nuclear statistics, solar's
 * provincial statistic and the operating wind farms; gas, oil and biomass are not listed. */
const LISTED_CAPACITY_GW: IndicatorSource = {
  kind: 'sum',
  parts: [
    stat('coal_capacity_gw'),
    stat('hydro_capacity_gw'),
    stat('pumped_storage_capacity_gw'),
    stat('nuclear_capacity_gw'),
    stat('solar_capacity_gw'),
    OPERATING_WIND_GW,
  ],
};

/** The rows with their literal ids (indicatorIds.ts reads the ids' type from them). */
export const INDICATOR_ROWS = [
  {
    id: 'dc_count',
    subsystem: 'compute',
    source: { kind: 'layer', layer: 'datacentres', aggregation: 'count', where: notRetired },
    direction: '+',
    unit: COUNT,
    label: { en: 'Known large data centres', zh: '已知大型数据中心数量' },
    description: {
      en: 'Known large data centres in the region (any status except retired).',
      zh: '区域内已知大型数据中心数量（不含已退役）。',
    },
    covers: KNOWN_SITES,
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
    covers: {
      en: 'The few known sites whose capacity a source states: partial, so not a score input by default.',
      zh: '仅少数已知站点披露了容量：数据不全，默认不计入评分。',
    },
    defaultEnabled: false,
  },
  {
    id: 'icc_count',
    subsystem: 'compute',
    source: {
      kind: 'layer',
      layer: 'datacentres',
      aggregation: 'count',
      where: (dc) =>
        (dc.kind === 'intelligent_computing_centre' || dc.kind === 'supercomputing_centre') &&
        notRetired(dc),
    },
    direction: '+',
    unit: COUNT,
    label: { en: 'Intelligent and supercomputing centres', zh: '智算与超算中心数量' },
    description: {
      en: 'Known data centres of kind intelligent computing centre or supercomputing centre.',
      zh: '类型为智算中心或超算中心的已知数据中心数量。',
    },
    covers: KNOWN_SITES,
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
    source: LISTED_CAPACITY_GW,
    direction: '+',
    unit: GW,
    label: { en: 'Listed generation capacity', zh: '所列发电装机容量' },
    description: {
      en: 'Coal, hydro, pumped storage and nuclear (region statistics), solar (provincial statistic) and operating wind farms (wind-farm layer); gas, oil and biomass are not listed.',
      zh: '煤电、水电、抽水蓄能、核电（区域统计）、光伏（省级统计）与运行中风电场（风电场图层）之和；气电、油电与生物质未列入。',
    },
  },
  {
    id: 'low_carbon_capacity_gw',
    subsystem: 'power',
    source: {
      kind: 'sum',
      parts: [stat('hydro_capacity_gw'), stat('nuclear_capacity_gw'), OPERATING_WIND_GW],
    },
    direction: '+',
    unit: GW,
    label: { en: 'Operating wind + hydro + nuclear', zh: '运行风电＋水电＋核电装机' },
    description: {
      en: 'Operating wind farms (wind-farm layer) plus conventional hydro and nuclear capacity (region statistics). Solar is left out: only an old provincial figure exists.',
      zh: '运行中风电场（风电场图层）与常规水电、核电装机（区域统计）之和。光伏未计入：仅有较早的省级数据。',
    },
  },
  {
    id: 'green_power_weight_pct',
    subsystem: 'power',
    source: stat('renewable_weight_total_pct'),
    direction: '+',
    unit: { en: '% of consumption', zh: '占用电量 %' },
    label: {
      en: 'Renewable consumption weight (policy minimum)',
      zh: '可再生能源电力消纳责任权重（政策下限）',
    },
    description: {
      en: 'The binding minimum share of renewable electricity (hydro included) in the province’s consumption: a policy minimum, not a measured share.',
      zh: '省级可再生能源电力（含水电）在全社会用电量中的最低消纳比例：政策下限，而非实测占比。',
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
      en: 'Sum of the capacities of UHV lines (800 kV and above) with an end in the region; lines of unknown capacity (every AC line) are not counted.',
      zh: '端点位于本区域的特高压线路（800千伏及以上）输送容量之和；容量未知的线路（交流线路均无额定容量）不计入。',
    },
  },
  {
    id: 'capacity_per_consumption',
    subsystem: 'power',
    source: {
      kind: 'ratio',
      numerator: LISTED_CAPACITY_GW,
      denominator: stat('electricity_consumption_twh'),
    },
    direction: '+',
    unit: { en: 'GW per TWh/yr', zh: '吉瓦/太瓦时' },
    label: { en: 'Listed capacity per consumption', zh: '所列装机与用电量之比' },
    description: {
      en: 'Listed generation capacity divided by annual electricity consumption: a proxy for spare supply.',
      zh: '所列发电装机容量除以年用电量，用作电力富余程度的近似。',
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
      en: 'Capacity of the plants of 2 GW and more in the plants layer located in the region.',
      zh: '电站图层中位于本区域的 2 吉瓦及以上电站装机容量之和。',
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
    covers: {
      en: 'The trunk corridors and hub links of our fact table, drawn through their cities: not the full network.',
      zh: '事实表中的干线走廊与枢纽直连，按途经城市绘制：并非完整网络。',
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

/** Indicators not scored until switched on: those whose row says `defaultEnabled: false`. */
export const DEFAULT_DISABLED_INDICATORS: readonly IndicatorId[] = INDICATOR_ROWS.flatMap((row) =>
  'defaultEnabled' in row && row.defaultEnabled === false ? [row.id] : [],
);

/** The registry row of an id (every id has one: the ids are read from the rows). */
export function indicatorDef(id: IndicatorId, registry = INDICATOR_REGISTRY): IndicatorDef {
  const def = registry.find((d) => d.id === id);
  if (!def) throw new Error(`No registry row for indicator ${id}`);
  return def;
}
