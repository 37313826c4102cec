// The site-finder presets, one row each with its reasoning and sources: weights, penalties and
// masks a user starts from and may edit. Sources are the policy documents named in DESIGN.md.
import type { Bilingual } from '../lang';
import { CRITERIA, type CriterionId } from './criteria';
import {
  DEFAULT_GENERATION_RADIUS_KM,
  DEFAULT_PERCENTILE,
  type SiteMask,
  type SiteSettings,
} from './siteSettings';

export const SITE_PRESET_IDS = ['east_west', 'ai_training', 'inference'] as const;
export type SitePresetId = (typeof SITE_PRESET_IDS)[number];

export function isSitePresetId(value: unknown): value is SitePresetId {
  return typeof value === 'string' && (SITE_PRESET_IDS as readonly string[]).includes(value);
}

export interface SitePreset {
  readonly id: SitePresetId;
  readonly label: Bilingual;
  readonly reasoning: Bilingual;
  readonly sources: readonly string[];
  /** Criteria not listed weigh 0. */
  readonly weights: Readonly<Partial<Record<CriterionId, number>>>;
  readonly penalties: readonly CriterionId[];
  readonly masks: readonly SiteMask[];
}

export const SITE_PRESETS: { readonly [P in SitePresetId]: SitePreset } = {
  east_west: {
    id: 'east_west',
    label: { en: 'East Data, West Computing policy', zh: '东数西算政策' },
    reasoning: {
      en: 'New large sites inside the national hubs and clusters, within 20 ms of the eastern demand hubs, on green power: the hub approvals and the 2024 green data-centre plan.',
      zh: '新建大型数据中心位于国家枢纽与集群内、至东部需求枢纽 20 毫秒以内、使用绿色电力：依据枢纽批复与 2024 年数据中心绿色低碳行动计划。',
    },
    sources: [
      '发改高技〔2022〕211号 and companion approvals of the national hub nodes (Feb 2022)',
      'Action plan for high-quality development of computing infrastructure (MIIT et al., Oct 2023)',
      'Special action plan for green low-carbon development of data centres (NDRC et al., Jul 2024)',
    ],
    weights: {
      hub_zone: 0.3,
      latency: 0.15,
      low_carbon: 0.2,
      power_balance: 0.1,
      uhv: 0.1,
      backbone: 0.1,
      solar: 0.05,
    },
    penalties: [],
    masks: [
      { id: 'latency', threshold: 20 },
      { id: 'hub_zone', threshold: 1 },
    ],
  },
  ai_training: {
    id: 'ai_training',
    label: { en: 'AI training campus', zh: '智算训练园区' },
    reasoning: {
      en: 'Training tolerates latency (batch jobs, few users) but draws hundreds of MW around the clock: weight power, low-carbon generation within reach, spare provincial supply and UHV access; latency counts little.',
      zh: '训练任务对时延不敏感（批处理、用户少），但全天候耗电数百兆瓦：重视电力、周边低碳装机、省内电力余量与特高压接入，时延权重小。',
    },
    sources: [
      'Opinions on deepening the “AI+” action (State Council, Aug 2025): coordination of compute and power',
      'Special action plan for green low-carbon development of data centres (NDRC et al., Jul 2024)',
    ],
    weights: {
      generation: 0.2,
      low_carbon: 0.25,
      power_balance: 0.2,
      uhv: 0.15,
      solar: 0.05,
      latency: 0.05,
      backbone: 0.05,
      hub_zone: 0.05,
    },
    penalties: [],
    masks: [],
  },
  inference: {
    id: 'inference',
    label: { en: 'Inference / online services', zh: '推理与在线业务' },
    reasoning: {
      en: 'Serving users needs ≤ 5–10 ms to demand: close to people, backbone points and existing data centres (peering, staff); power still counts.',
      zh: '面向用户的业务要求至需求 5–10 毫秒：靠近人口、骨干直联点与现有数据中心（互联、运维），电力仍有权重。',
    },
    sources: [
      'Cluster-to-city latency ≤ 5 ms and hub-to-hub ≤ 20 ms (hub approvals, Feb 2022; computing infrastructure action plan, Oct 2023)',
    ],
    weights: {
      latency: 0.3,
      population: 0.25,
      backbone: 0.15,
      dc_nearby: 0.1,
      generation: 0.1,
      power_balance: 0.1,
    },
    penalties: [],
    masks: [{ id: 'latency', threshold: 10 }],
  },
};

export const DEFAULT_SITE_PRESET: SitePresetId = 'east_west';

/** The settings a preset gives, keeping the grid, percentile, radius and selection of `base`. */
export function applySitePreset(
  id: SitePresetId,
  base?: Pick<
    SiteSettings,
    'resolution' | 'percentile' | 'generationRadiusKm' | 'robustOnly' | 'selectedCell'
  >,
): SiteSettings {
  const preset = SITE_PRESETS[id];
  const weights = Object.fromEntries(
    CRITERIA.map((c) => [c.id, preset.weights[c.id] ?? 0]),
  ) as Record<CriterionId, number>;
  return {
    preset: id,
    weights,
    penalties: preset.penalties,
    masks: preset.masks,
    resolution: base?.resolution ?? 5,
    percentile: base?.percentile ?? DEFAULT_PERCENTILE,
    generationRadiusKm: base?.generationRadiusKm ?? DEFAULT_GENERATION_RADIUS_KM,
    robustOnly: base?.robustOnly ?? false,
    ...(base?.selectedCell ? { selectedCell: base.selectedCell } : {}),
  };
}

export const DEFAULT_SITE_SETTINGS: SiteSettings = applySitePreset(DEFAULT_SITE_PRESET);
