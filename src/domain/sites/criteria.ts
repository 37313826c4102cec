// The site criteria, one row each (like the indicator registry): label and explanation in both
// languages, unit, the layers read, the scale, a default weight, whether it may be read as a bonus
// or a penalty, an optional hard mask, the level it is measured at, vintage and source. How each is
// measured is the matching row of measureCriteria.ts. docs/SITES.md explains every row.
import type { Comparison } from '../constraints/constraintKinds';
import type { Bilingual } from '../lang';
import type { LayerId } from '../layerFamilies';
import type { Scale } from './scale';

export const CRITERION_IDS = [
  'latency',
  'uhv',
  'generation',
  'low_carbon',
  'solar',
  'backbone',
  'hub_zone',
  'power_balance',
  'coordination',
  'dc_nearby',
  'population',
] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

export function isCriterionId(value: unknown): value is CriterionId {
  return typeof value === 'string' && (CRITERION_IDS as readonly string[]).includes(value);
}

export interface CriterionMask {
  /** max: a cell passes at value ≤ threshold; min: at value ≥ threshold (the constraint model's
   * comparisons, thresholds inclusive). */
  readonly comparison: Extract<Comparison, 'max' | 'min'>;
  readonly defaultThreshold: number;
  /** Slider range of the threshold, in the criterion's unit. */
  readonly range: readonly [number, number];
}

export interface CriterionDef {
  readonly id: CriterionId;
  readonly label: Bilingual;
  readonly explanation: Bilingual;
  readonly unit: Bilingual;
  /** Layers the measure reads; the criterion is unavailable when any of them is empty. */
  readonly reads: readonly LayerId[];
  /** Measured per cell, or read from the province the cell belongs to. */
  readonly level: 'cell' | 'province';
  readonly scale: Scale;
  /** A bonus by default; the user may read it as a penalty (1 − suitability). */
  readonly bothWays?: boolean;
  readonly mask?: CriterionMask;
  /** Decimals shown. */
  readonly decimals: number;
  readonly vintage: string;
  readonly source: string;
}

const LAYERS = 'the dataset’s layers (docs/DATA.md)';

export const CRITERIA: readonly CriterionDef[] = [
  {
    id: 'latency',
    label: { en: 'Latency to demand', zh: '至需求枢纽时延' },
    explanation: {
      en: 'One-way latency from the cell centre to the nearest eastern demand hub over the fibre graph (access leg + shortest path, the atlas latency model); lower is better.',
      zh: '从网格中心经光缆图到最近东部需求枢纽的单向时延（接入段 + 最短路径，沿用本图时延模型），越低越好。',
    },
    unit: { en: 'ms', zh: '毫秒' },
    reads: ['fibre_routes', 'hubs'],
    level: 'cell',
    scale: { kind: 'inverted', min: 2, max: 25 },
    mask: { comparison: 'max', defaultThreshold: 20, range: [1, 40] },
    decimals: 1,
    vintage: 'fibre corridors as of 2026-12',
    source: `Fibre routes and hubs, ${LAYERS}; 4.9 µs/km, route factor from the latency settings`,
  },
  {
    id: 'uhv',
    label: { en: 'Distance to a UHV line', zh: '距特高压线路' },
    explanation: {
      en: 'Great-circle distance to the nearest UHV line (operating or under construction), its converter or substation ends included; lower is better.',
      zh: '到最近特高压线路（含换流站、变电站端点；运行或在建）的大圆距离，越近越好。',
    },
    unit: { en: 'km', zh: '千米' },
    reads: ['power_lines'],
    level: 'cell',
    scale: { kind: 'inverted', min: 20, max: 300 },
    mask: { comparison: 'max', defaultThreshold: 150, range: [10, 500] },
    decimals: 0,
    vintage: 'UHV lines to end-2025',
    source: `UHV lines, ${LAYERS} (schematic arcs between the ends)`,
  },
  {
    id: 'generation',
    label: { en: 'Generation within R', zh: 'R 范围内装机' },
    explanation: {
      en: 'Operating capacity of the listed large plants and of the operating GEM wind phases within R km (default 100 km) of the cell centre.',
      zh: '网格中心 R 千米（默认 100 千米）范围内已列入的大型电厂及运行中风电分期的装机容量。',
    },
    unit: { en: 'GW', zh: '吉瓦' },
    reads: ['power_plants'],
    level: 'cell',
    scale: { kind: 'linear', min: 0, max: 10 },
    decimals: 1,
    vintage: 'GEM trackers 2023–2024',
    source:
      'Global Energy Monitor trackers (CC BY 4.0) through the power plant and wind farm layers',
  },
  {
    id: 'low_carbon',
    label: { en: 'Low-carbon generation within R', zh: 'R 范围内低碳装机' },
    explanation: {
      en: 'The low-carbon part of the generation within R km: operating wind phases and hydro, nuclear, wind and solar plants. Solar farms are not mapped (see the provincial solar criterion).',
      zh: 'R 千米范围内的低碳装机：运行中的风电分期与水电、核电、风电、光伏电厂。光伏电站未逐一收录（见省级光伏指标）。',
    },
    unit: { en: 'GW', zh: '吉瓦' },
    reads: ['power_plants'],
    level: 'cell',
    scale: { kind: 'linear', min: 0, max: 6 },
    decimals: 1,
    vintage: 'GEM trackers 2023–2024',
    source:
      'Global Energy Monitor trackers (CC BY 4.0) through the power plant and wind farm layers',
  },
  {
    id: 'solar',
    label: { en: 'Provincial solar capacity (2020)', zh: '所在省光伏装机（2020 年）' },
    explanation: {
      en: 'Solar capacity of the province the cell belongs to, 2020: solar exists in the data only as a provincial figure.',
      zh: '网格所属省份的光伏装机（2020 年）：数据中光伏仅有省级数字。',
    },
    unit: { en: 'GW', zh: '吉瓦' },
    reads: ['regions'],
    level: 'province',
    scale: { kind: 'linear', min: 0, max: 20 },
    decimals: 1,
    vintage: '2020',
    source: 'China Electricity Statistical Yearbook 2021 via PyPSA-China (region statistics)',
  },
  {
    id: 'backbone',
    label: { en: 'Distance to a backbone point', zh: '距骨干直联点' },
    explanation: {
      en: 'Great-circle distance to the nearest national backbone direct-connection point; lower is better.',
      zh: '到最近国家骨干直联点的大圆距离，越近越好。',
    },
    unit: { en: 'km', zh: '千米' },
    reads: ['network_nodes'],
    level: 'cell',
    scale: { kind: 'inverted', min: 30, max: 500 },
    mask: { comparison: 'max', defaultThreshold: 300, range: [20, 800] },
    decimals: 0,
    vintage: 'backbone points approved to 2024',
    source: `Network nodes, ${LAYERS}`,
  },
  {
    id: 'hub_zone',
    label: { en: 'National hub or cluster', zh: '国家枢纽或集群' },
    explanation: {
      en: '2 inside a data-centre cluster starting zone (taken as 50 km around the cluster’s point: the data holds points, not zone outlines), 1 in a hub province, 0 elsewhere.',
      zh: '数据中心集群起步区内为 2（按集群点位 50 千米范围近似：数据只有点位，没有起步区边界），枢纽所在省份为 1，其他为 0。',
    },
    unit: { en: 'level', zh: '级' },
    reads: ['hubs'],
    level: 'cell',
    scale: { kind: 'intervals', breaks: [1, 2], scores: [0, 0.6, 1] },
    mask: { comparison: 'min', defaultThreshold: 1, range: [1, 2] },
    decimals: 0,
    vintage: 'approval letters of February 2022',
    source:
      'NDRC/CAC/MIIT/NEA hub and cluster approvals (发改高技〔2022〕211号 and companions) through the hubs layer',
  },
  {
    id: 'power_balance',
    label: { en: 'Provincial power balance', zh: '所在省电力余量' },
    explanation: {
      en: 'Generation capacity per mean load of the province (capacity in GW over consumption in TWh / 8.76): above 1 leaves room for new load.',
      zh: '所在省装机容量与平均负荷之比（装机 GW ÷ 用电量 TWh/8.76），大于 1 表示有余量。',
    },
    unit: { en: '× mean load', zh: '× 平均负荷' },
    reads: ['regions'],
    level: 'province',
    scale: { kind: 'linear', min: 0.8, max: 2.5 },
    decimals: 2,
    vintage: 'capacity 2020–2023, consumption 2024',
    source:
      'Region statistics (NBS via PyPSA-China-PIK; GEM); the spare-supply constraint’s measure',
  },
  {
    id: 'coordination',
    label: { en: 'Provincial coordination D', zh: '所在省协调度 D' },
    explanation: {
      en: 'The coordination degree D of the province under the Score tab’s current weights (context: where compute, power, network and demand are in step).',
      zh: '所在省在“协调度”页当前权重下的耦合协调度 D（背景指标：算、电、网、数是否协同）。',
    },
    unit: { en: 'D (0–1)', zh: 'D（0–1）' },
    reads: ['regions'],
    level: 'province',
    scale: { kind: 'linear', min: 0.2, max: 0.8 },
    decimals: 3,
    vintage: 'as the Score tab',
    source: 'Coupling coordination model of the Score tab',
  },
  {
    id: 'dc_nearby',
    label: { en: 'Known data centres within 50 km', zh: '50 千米内已知数据中心' },
    explanation: {
      en: 'Count of known data centres within 50 km (agglomeration). Counted, not summed: capacity is unknown for most sites. A bonus (cluster with others) or a penalty (avoid crowding), as the user chooses.',
      zh: '50 千米内已知数据中心数量（集聚效应）。只计数不计容量：多数站点容量未知。可作加分（集聚）或减分（避免拥挤），由用户选择。',
    },
    unit: { en: 'sites', zh: '个' },
    reads: ['datacentres'],
    level: 'cell',
    scale: { kind: 'linear', min: 0, max: 8 },
    bothWays: true,
    decimals: 0,
    vintage: 'known sites as of 2026-12',
    source: `Data centres, ${LAYERS} (a sample of known large sites, not a census)`,
  },
  {
    id: 'population',
    label: { en: 'Population within 300 km', zh: '300 千米内人口' },
    explanation: {
      en: 'Inhabitants of the GeoNames places (≥ 15,000 people) within 300 km of the cell centre: a demand proxy.',
      zh: '网格中心 300 千米内 GeoNames 城镇（1.5 万人以上）人口之和：需求的近似。',
    },
    unit: { en: 'million people', zh: '百万人' },
    reads: ['cities'],
    level: 'cell',
    scale: { kind: 'linear', min: 0, max: 60 },
    decimals: 1,
    vintage: 'GeoNames, mixed census years',
    source: 'GeoNames (CC BY 4.0) through the cities layer',
  },
];

const BY_ID = new Map(CRITERIA.map((c) => [c.id, c]));

export function criterionDef(id: CriterionId): CriterionDef {
  return BY_ID.get(id)!;
}
