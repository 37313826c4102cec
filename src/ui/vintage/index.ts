// The layout through the years: the year control (as-of view, slider, policy marks, score scale),
// the comparison of two years with its chart, and the ΔD legend.
export { YearControl } from './YearControl';
export { YearComparePanel } from './YearComparePanel';
export { YearDeltaLegend } from './YearDeltaLegend';
