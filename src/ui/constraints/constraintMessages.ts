// Every string of the constraints tab and its detail section, in both languages. `{name}` marks
// a value filled in by `fillMessage`.
import type { Bilingual } from '../../domain/lang';

export const CONSTRAINT_MESSAGES = {
  computing: { en: 'Computing…', zh: '计算中…' },
  passCount: {
    en: '{regions} of {regionTotal} regions, {sites} of {siteTotal} sites pass',
    zh: '{regionTotal} 个地区中 {regions} 个、{siteTotal} 个站点中 {sites} 个满足条件',
  },
  noConstraints: {
    en: 'No constraint is set: everything passes.',
    zh: '未设置约束：全部满足。',
  },
  unknownPasses: {
    en: 'Where data is missing a check is unknown, and unknown counts as passing.',
    zh: '数据缺失时判定为无法判断，无法判断视为满足。',
  },
  clearAll: { en: 'Clear all', zh: '全部清除' },
  presets: { en: 'Policy presets', zh: '政策预设' },
  presetSource: { en: 'Source', zh: '来源' },
  presetHowRead: { en: 'How it is read', zh: '解读方式' },
  presetApply: { en: 'Apply', zh: '应用' },
  groupPower: { en: 'Power', zh: '电力' },
  groupNetwork: { en: 'Network', zh: '网络' },
  groupCompute: { en: 'Compute', zh: '算力' },
  appliesToRegions: { en: 'regions', zh: '地区' },
  appliesToSites: { en: 'sites', zh: '站点' },
  appliesToBoth: { en: 'regions and sites', zh: '地区与站点' },
  remove: { en: 'Remove', zh: '移除' },
  atLeast: { en: 'at least', zh: '不低于' },
  atMost: { en: 'at most', zh: '不高于' },
  hubRole: { en: 'Hub role', zh: '枢纽角色' },
  anyRole: { en: 'Any role', zh: '不限' },
  minVoltage: { en: 'Minimum voltage', zh: '最低电压' },
  current: { en: 'Current', zh: '交直流' },
  currentAny: { en: 'AC or DC', zh: '交流或直流' },
  currentAC: { en: 'AC', zh: '交流' },
  currentDC: { en: 'DC', zh: '直流' },
  nodeKinds: { en: 'Node kinds that count', zh: '计入的节点类型' },
  statuses: { en: 'Statuses that pass', zh: '满足条件的状态' },
  operators: { en: 'Operators that pass', zh: '满足条件的运营商' },
  filterOperators: { en: 'Find an operator', zh: '查找运营商' },
  latencySettings: { en: 'Latency settings', zh: '时延设置' },
  latencyMode: { en: 'Latency', zh: '时延口径' },
  oneWay: { en: 'One way', zh: '单向' },
  roundTrip: { en: 'Round trip', zh: '往返' },
  routeFactor: {
    en: 'Route factor (fibre path ÷ great circle)',
    zh: '路由系数（光缆路径 ÷ 大圆距离）',
  },
  perHopOverhead: { en: 'Overhead per hop', zh: '每跳附加时延' },
  demandHubs: { en: 'Demand hubs that count', zh: '计入的需求枢纽' },
  noDemandHub: {
    en: 'No demand hub is selected: every latency is unreachable.',
    zh: '未选择需求枢纽：所有时延均不可达。',
  },
  showRings: { en: 'Show latency rings (1, 5, 20 ms)', zh: '显示时延圈（1、5、20 毫秒）' },
  ringsNote: {
    en: 'Rings: great-circle reach of the fibre delay under the route factor, without hop overhead.',
    zh: '时延圈：按路由系数折算的光纤时延所及大圆距离，不含每跳附加时延。',
  },
  histogramOf: {
    en: 'Distribution over {count} {subjects}; the line marks the threshold',
    zh: '{count} 个{subjects}的分布；竖线为阈值',
  },
  histogramPending: {
    en: 'The distribution appears once computed.',
    zh: '计算完成后显示分布。',
  },
  detailsTitle: { en: 'Constraints', zh: '约束筛选' },
  verdictPass: { en: 'Passes every constraint', zh: '满足全部约束' },
  verdictFail: {
    en: 'Fails {count} of {total} constraints',
    zh: '{total} 项约束中 {count} 项未满足',
  },
  verdictUnknown: {
    en: 'Unknown for some constraints (data missing); counts as passing',
    zh: '部分约束无法判断（数据缺失），视为满足',
  },
  notJudged: { en: 'No constraint applies here.', zh: '没有约束适用于此。' },
  latencyTitle: { en: 'Latency to the nearest demand hub', zh: '至最近需求枢纽的时延' },
  viaFibre: { en: 'over the fibre graph, to {hub}', zh: '经光缆网络，至{hub}' },
  estimate: {
    en: 'estimate (great circle × route factor), to {hub}',
    zh: '估算值（大圆距离 × 路由系数），至{hub}',
  },
  unreachable: { en: 'Unreachable over the fibre graph', zh: '光缆网络中不可达' },
  unreachableNoHub: { en: 'Unreachable: no demand hub is selected', zh: '不可达：未选择需求枢纽' },
  noLatency: { en: 'Not computed for this feature', zh: '未对此要素计算' },
} as const satisfies Record<string, Bilingual>;

export type ConstraintMessageKey = keyof typeof CONSTRAINT_MESSAGES;
