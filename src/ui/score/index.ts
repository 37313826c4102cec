// The score UI's public exports, wired in by the layout, the map area and the detail panel.
export { ScorePanel } from './ScorePanel';
export { ComparePanel } from './ComparePanel';
export { RegionScoreDetails } from './RegionScoreDetails';
export { ScoreLegend } from './ScoreLegend';
export { regionScoreTooltipLines } from './regionScoreTooltipLines';
export { scoresToCsv, type ScoresCsvInput } from './scoresToCsv';
