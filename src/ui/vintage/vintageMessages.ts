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
} as const satisfies Record<string, Bilingual>;

export type VintageMessageKey = keyof typeof VINTAGE_MESSAGES;
