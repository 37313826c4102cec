// Why a check came out as it did, beyond pass or fail: fallbacks used, estimates, missing data.
// Each note id has a bilingual sentence, shown in the detail panel next to the check.
import type { Bilingual } from '../lang';

export const CHECK_NOTES = [
  'policy_minimum_used',
  'from_region',
  'no_region',
  'missing_value',
  'latency_estimate',
  'unreachable',
  'no_demand_hub',
  'no_power_lines',
  'no_eligible_line',
  'no_eligible_node',
] as const;
export type CheckNote = (typeof CHECK_NOTES)[number];

export const CHECK_NOTE_TEXT: { readonly [N in CheckNote]: Bilingual } = {
  policy_minimum_used: {
    en: 'No measured green-power share: the 2023 renewable consumption weight (a policy minimum, not a measured share) is used instead.',
    zh: '无实测绿电占比：改用2023年可再生能源电力消纳责任权重（政策下限，而非实测占比）。',
  },
  from_region: { en: 'Value of the region the site lies in.', zh: '取站点所在地区的数值。' },
  no_region: { en: 'The region of the site is not known.', zh: '站点所在地区未知。' },
  missing_value: { en: 'No data for this value.', zh: '无此项数据。' },
  latency_estimate: {
    en: 'No fibre layer: great-circle distance × route factor, an estimate.',
    zh: '无光缆图层：按大圆距离 × 路由系数估算。',
  },
  unreachable: {
    en: 'Not connected to a demand hub over the fibre graph.',
    zh: '光缆网络中与需求枢纽不连通。',
  },
  no_demand_hub: { en: 'No demand hub is selected.', zh: '未选择需求枢纽。' },
  no_power_lines: { en: 'The dataset has no power-line layer.', zh: '数据集无输电线路图层。' },
  no_eligible_line: {
    en: 'No power line meets the voltage and current filter.',
    zh: '没有符合电压与交直流条件的线路。',
  },
  no_eligible_node: {
    en: 'The dataset has no network node of the chosen kinds.',
    zh: '数据集中没有所选类型的网络节点。',
  },
};
