// Every string of the year control and the comparison through the years, in both languages, in
// one typed table: a missing translation is a type error. `{name}` placeholders via fillMessage.
import type { Bilingual } from '../../domain/lang';

export const VINTAGE_MESSAGES = {
  heading: { en: 'Layout as of', zh: '布局时点' },
  viewGroup: { en: 'Which layout', zh: '显示哪一布局' },
  viewAll: { en: 'Today (all statuses)', zh: '当前（全部状态）' },
  viewYear: { en: 'End of a year', zh: '某年年底' },
  viewPipeline: { en: 'Pipeline built (today)', zh: '含在建与规划（当前）' },
  year: { en: 'Year', zh: '年份' },
  yearValue: { en: 'as of the end of {year}', zh: '{year} 年底' },
  play: { en: 'Play through the years', zh: '逐年播放' },
  pause: { en: 'Pause', zh: '暂停' },
  includeUnknown: {
    en: 'Count the {n} features whose year is unknown (included by default)',
    zh: '计入年份未知的 {n} 个要素（默认计入）',
  },
  options: {
    en: 'Features of unknown year, score scale',
    zh: '年份未知的要素、得分标尺',
  },
  policyMarks: { en: 'Policy events', zh: '政策事件' },
  policyMark: { en: '{date}: {title} — source: {source}', zh: '{date}：{title}——来源：{source}' },
  scoresFollow: {
    en: 'Map, scores and ranking show the layout {when}.',
    zh: '地图、得分与排名显示{when}的布局。',
  },
  whenToday: { en: 'of today', zh: '当前' },
  whenYear: { en: 'at the end of {year}', zh: '{year} 年底' },
  whenPipeline: { en: 'of today with the pipeline built', zh: '当前并计入在建与规划项目' },
  shownCounts: {
    en: '{dc} data centres, {pl} UHV lines, {wf} wind phases in this view.',
    zh: '本视图含 {dc} 个数据中心、{pl} 条特高压线路、{wf} 个风电分期。',
  },
  scaleHeading: { en: 'Score scale across years', zh: '跨年份得分标尺' },
  scaleGroup: { en: 'Normalisation', zh: '归一化方式' },
  scalePerYear: {
    en: 'Min–max within the year shown (ranks only)',
    zh: '当年极差归一化（仅可比排名）',
  },
  scaleGoalposts: {
    en: 'Fixed goalposts (range over all years): D comparable across years',
    zh: '固定标杆（全部年份的范围）：D 值跨年可比',
  },
  entropyBase: { en: 'Entropy weights frozen at', zh: '熵权固定于' },
  entropyNotFrozen: { en: 'not frozen (each year its own)', zh: '不固定（逐年计算）' },
  entropyOnlyNote: {
    en: 'Applies when the Score weights are in entropy mode.',
    zh: '仅在得分权重为熵权模式时生效。',
  },
  compareHeading: { en: 'Through the years', zh: '逐年变化' },
  compareWith: { en: 'Compare with the layout of', zh: '对比年份' },
  compareNone: { en: 'no year', zh: '不对比' },
  compareCaption: {
    en: 'From {year} to {when}: ΔD on the map, rank changes below',
    zh: '自 {year} 年至{when}：地图显示 ΔD，排名变化见下表',
  },
  region: { en: 'Region', zh: '地区' },
  rankMove: { en: 'Rank', zh: '排名' },
  deltaD: { en: 'ΔD', zh: 'ΔD' },
  movedMost: { en: 'Moved most', zh: '变化最大' },
  nothingMoved: { en: 'No region moved.', zh: '没有地区发生变化。' },
  deltaLegend: { en: 'ΔD since {year}', zh: '{year} 年以来的 ΔD' },
  showChart: { en: 'Chart D and U_k through the years', zh: '绘制逐年 D 与 U_k' },
  chartTitle: {
    en: '{region}: D and U_k, {first}–{latest}',
    zh: '{region}：D 与 U_k，{first}–{latest} 年',
  },
  chartPick: {
    en: 'Select a province on the map to chart it.',
    zh: '在地图上选择一个省级地区以绘制。',
  },
  chartWaiting: { en: 'Scoring every year…', zh: '正在计算各年份得分…' },
  degree: { en: 'D (coordination degree)', zh: 'D（耦合协调度）' },
} as const satisfies Record<string, Bilingual>;

export type VintageMessageKey = keyof typeof VINTAGE_MESSAGES;
