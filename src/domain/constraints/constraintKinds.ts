// One row per constraint kind: its group, what it applies to, how it compares, its unit and its
// bilingual label. A new kind also needs its measurement, URL codec and editor: the recipe in
// docs/ARCHITECTURE.md ("Add a constraint kind") lists every file.
import type { Bilingual } from '../lang';
import type { ConstraintKind } from './constraint';

export const CONSTRAINT_GROUPS = ['power', 'network', 'compute'] as const;
export type ConstraintGroup = (typeof CONSTRAINT_GROUPS)[number];

/**
 * `regions`: measured on regions only; `sites`: on data centres and hubs only; `both`: on both,
 * sites taking region statistics from the region they lie in.
 */
export const APPLIES_TO = ['regions', 'sites', 'both'] as const;
export type AppliesTo = (typeof APPLIES_TO)[number];

/** max: measured ≤ threshold; min: measured ≥ threshold; set/flag: membership or a yes/no fact. */
export type Comparison = 'max' | 'min' | 'set' | 'flag';

export interface ConstraintKindInfo {
  readonly group: ConstraintGroup;
  readonly appliesTo: AppliesTo;
  readonly comparison: Comparison;
  /** Unit of the measured value and threshold, '' when unitless. */
  readonly unit: Bilingual;
  readonly label: Bilingual;
}

const none: Bilingual = { en: '', zh: '' };

export const CONSTRAINT_KIND_INFO: { readonly [K in ConstraintKind]: ConstraintKindInfo } = {
  minNonFossilShare: {
    group: 'power',
    appliesTo: 'both',
    comparison: 'min',
    unit: { en: 'share (0–1)', zh: '比例 (0–1)' },
    label: {
      en: 'Green-power share (measured, else the policy minimum)',
      zh: '绿电占比（实测值，缺失时用政策下限）',
    },
  },
  minSpareSupply: {
    group: 'power',
    appliesTo: 'both',
    comparison: 'min',
    unit: { en: '× mean load', zh: '× 平均负荷' },
    label: { en: 'Generation capacity over mean load', zh: '装机容量与平均负荷之比' },
  },
  maxElectricityPrice: {
    group: 'power',
    appliesTo: 'both',
    comparison: 'max',
    unit: { en: 'CNY/kWh', zh: '元/千瓦时' },
    label: { en: 'Industrial electricity price', zh: '工业电价' },
  },
  maxDistanceToPowerLine: {
    group: 'power',
    appliesTo: 'sites',
    comparison: 'max',
    unit: { en: 'km', zh: '千米' },
    label: { en: 'Distance to a power line', zh: '距输电线路距离' },
  },
  insideHubCluster: {
    group: 'power',
    appliesTo: 'both',
    comparison: 'flag',
    unit: none,
    label: { en: 'Inside a national hub or cluster', zh: '位于国家枢纽节点或集群内' },
  },
  maxLatency: {
    group: 'network',
    appliesTo: 'both',
    comparison: 'max',
    unit: { en: 'ms', zh: '毫秒' },
    label: { en: 'Latency to the nearest demand hub', zh: '至最近需求枢纽的时延' },
  },
  maxDistanceToBackbone: {
    group: 'network',
    appliesTo: 'sites',
    comparison: 'max',
    unit: { en: 'km', zh: '千米' },
    label: { en: 'Distance to a backbone node', zh: '距骨干网节点距离' },
  },
  maxPue: {
    group: 'compute',
    appliesTo: 'sites',
    comparison: 'max',
    unit: none,
    label: { en: 'Design PUE', zh: '设计PUE' },
  },
  minCapacity: {
    group: 'compute',
    appliesTo: 'sites',
    comparison: 'min',
    unit: { en: 'MW', zh: '兆瓦' },
    label: { en: 'IT capacity', zh: 'IT容量' },
  },
  statusIn: {
    group: 'compute',
    appliesTo: 'sites',
    comparison: 'set',
    unit: none,
    label: { en: 'Status', zh: '状态' },
  },
  operatorIn: {
    group: 'compute',
    appliesTo: 'sites',
    comparison: 'set',
    unit: none,
    label: { en: 'Operator', zh: '运营商' },
  },
};

/** Every constraint kind, in table order (power, network, compute). */
export const CONSTRAINT_KINDS = Object.keys(CONSTRAINT_KIND_INFO) as ConstraintKind[];
