// The published 东数西算 thresholds as one-click presets, each naming its source. A preset is a
// row: adding one is adding a row (and its test). The presets assume nothing about the country:
// demand hubs and hub roles come from the dataset.
import type { Bilingual } from '../lang';
import { DEFAULT_LATENCY_SETTINGS } from '../network/latencySettings';
import type { Constraint } from './constraint';

export const POLICY_PRESET_IDS = [
  'hubLatency20Ms',
  'hubClusterPue',
  'greenPower80Pct',
  'allHubPolicies',
] as const;
export type PolicyPresetId = (typeof POLICY_PRESET_IDS)[number];

export interface PolicyPreset {
  readonly id: PolicyPresetId;
  readonly label: Bilingual;
  readonly source: Bilingual;
  /** How the policy is read here, where the source leaves room. */
  readonly note: Bilingual;
  readonly constraints: readonly Constraint[];
}

const latency: Constraint = {
  kind: 'maxLatency',
  maxLatencyMs: 20,
  latency: DEFAULT_LATENCY_SETTINGS,
};
const pueEast: Constraint = { kind: 'maxPue', maxPue: 1.25, hubRole: 'east_demand' };
const pueWest: Constraint = { kind: 'maxPue', maxPue: 1.2, hubRole: 'west_supply' };
const green: Constraint = { kind: 'minNonFossilShare', minShare: 0.8 };

const letters2022 = '发改高技〔2022〕211号 and the companion hub approval letters (Feb 2022)';

export const POLICY_PRESETS: { readonly [P in PolicyPresetId]: PolicyPreset } = {
  hubLatency20Ms: {
    id: 'hubLatency20Ms',
    label: { en: 'Within 20 ms of an eastern demand hub', zh: '至东部需求枢纽时延 ≤ 20 毫秒' },
    source: {
      en: `People's Daily / SCIO press conference, 2024-07-22; ${letters2022}`,
      zh: '人民日报 / 国新办新闻发布会，2024-07-22；发改高技〔2022〕211号等枢纽节点批复（2022年2月）',
    },
    note: {
      en: 'The sources give 20 ms without saying one way or round trip; read here as one way (the looser reading), route factor 1.5.',
      zh: '来源未说明 20 毫秒为单向或往返；此处按单向（较宽松），路由系数 1.5。',
    },
    constraints: [latency],
  },
  hubClusterPue: {
    id: 'hubClusterPue',
    label: {
      en: 'Hub-cluster PUE ≤ 1.25 east, ≤ 1.2 west',
      zh: '枢纽集群 PUE 东部 ≤ 1.25、西部 ≤ 1.2',
    },
    source: {
      en: `${letters2022}; the 2024 data-centre green low-carbon action plan`,
      zh: '发改高技〔2022〕211号等枢纽节点批复（2022年2月）；2024年《数据中心绿色低碳发展专项行动计划》',
    },
    note: {
      en: 'East or west by the role of the site’s hub cluster; sites outside a cluster are not judged. The west figure is widely reported, not checked in every letter.',
      zh: '按站点所属集群的枢纽角色区分东西部；不在集群内的站点不判断。西部数值为广泛报道值，未逐一核对批复。',
    },
    constraints: [pueEast, pueWest],
  },
  greenPower80Pct: {
    id: 'greenPower80Pct',
    label: { en: 'Green power above 80%', zh: '绿电占比超过 80%' },
    source: {
      en: '发改数据〔2023〕1779号 (new data centres in hub regions, by end-2025)',
      zh: '发改数据〔2023〕1779号（国家枢纽节点新建数据中心，2025年底前）',
    },
    note: {
      en: "No open source gives a data centre's green-power share. This tests the region's measured non-fossil share where a dataset has one, else its 2023 renewable consumption weight — a policy minimum (at most 70 % in the default dataset), not a measured share; the threshold is inclusive.",
      zh: '没有公开来源提供数据中心的绿电占比。此处检验地区实测非化石能源占比；数据集中没有时，用2023年可再生能源电力消纳责任权重——政策下限（默认数据集最高 70%），而非实测占比；阈值含 80%。',
    },
    constraints: [green],
  },
  allHubPolicies: {
    id: 'allHubPolicies',
    label: { en: 'All East Data, West Computing thresholds', zh: '东数西算全部指标' },
    source: {
      en: 'The sources of the latency, PUE and green-power presets',
      zh: '时延、PUE、绿电三项预设的来源',
    },
    note: { en: 'The three presets together.', zh: '以上三项预设的合集。' },
    constraints: [latency, pueEast, pueWest, green],
  },
};
