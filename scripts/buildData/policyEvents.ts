// The dated policy events of the national layout, written to manifest.policy_events: the marks on
// the app's time axis. Each names its document and where the date comes from; events the fact
// tables do not source are `recalled` (not re-checked), as the tables mark such rows.
import type { Verification } from '../../src/domain/atlas';

export interface PolicyEventRow {
  readonly id: string;
  /** YYYY-MM (or YYYY where the month is not known). */
  readonly date: string;
  readonly title: string;
  readonly title_zh: string;
  /** The document number, when there is one. */
  readonly document?: string;
  readonly source: string;
  readonly verified: Verification;
}

export const POLICY_EVENTS: readonly PolicyEventRow[] = [
  {
    id: 'hub-designation',
    date: '2021-05',
    title: 'Implementation plan for the computing hubs: eight national hub nodes designated',
    title_zh: '《全国一体化大数据中心协同创新体系算力枢纽实施方案》：布局 8 个国家算力枢纽节点',
    document: '发改高技〔2021〕709号',
    source:
      'recalled, not re-checked: NDRC, CAC, MIIT and NEA, May 2021; not in the fact tables (data/sources)',
    verified: 'recalled',
  },
  {
    id: 'hub-approvals',
    date: '2022-02',
    title:
      'Approval letters: 8 national hub nodes and 10 data-centre clusters ("East Data, West Computing")',
    title_zh: '同意启动建设 8 个国家算力枢纽节点、规划 10 个国家数据中心集群（“东数西算”）',
    document: '发改高技〔2022〕211号 and companions',
    source:
      'hubs.csv (approved 2022-02 on every row); YRD approval letter: http://ah.anhuinews.com/szxw/202202/t20220218_5817972.html',
    verified: 'source-checked',
  },
  {
    id: 'renewable-weights-2023',
    date: '2023',
    title: '2023 renewable electricity consumption responsibility weights by province',
    title_zh: '2023 年各省可再生能源电力消纳责任权重',
    document: '发改办能源〔2023〕569号',
    source: 'province_green_power_2023.csv (annex 1, read on a republished copy)',
    verified: 'mixed',
  },
  {
    id: 'implementation-opinions',
    date: '2023-12',
    title:
      'Implementation opinions on deepening "East Data, West Computing" and building a national integrated computing network',
    title_zh: '《关于深入实施“东数西算”工程加快构建全国一体化算力网的实施意见》',
    document: '发改数据〔2023〕1779号',
    source:
      'named in data/sources/PROVENANCE.md (hubs.csv: the end-2025 green-power target); the month is recalled, not re-checked',
    verified: 'recalled',
  },
  {
    id: 'gateway-licences-2024',
    date: '2024-07',
    title:
      'MIIT licenses six new international gateway exchanges (Nanning, Qingdao, Kunming, Haikou)',
    title_zh: '工业和信息化部批复设立南宁、青岛、昆明、海口等 6 个国际通信业务出入口局',
    source:
      'backbone.csv (IG01–IG04): gov.cn/Xinhua 2024-07-10; People’s Daily Overseas 2024-07-18',
    verified: 'source-checked',
  },
  {
    id: 'green-datacentre-plan-2024',
    date: '2024-07',
    title: 'Special action plan for green and low-carbon data centres',
    title_zh: '《数据中心绿色低碳发展专项行动计划》',
    document: '发改环资〔2024〕1014号',
    source:
      'recalled, not re-checked: NDRC, MIIT, NEA and NDA, July 2024; named in docs as the 2024 action plan, not in the fact tables',
    verified: 'recalled',
  },
];
