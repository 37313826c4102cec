// The legend of the current metric as data: the ten coordination classes (bilingual names, the
// map's colours, D ranges) plus "no data" for D; a viridis ramp with min and max labels for a U_k
// or an indicator (labels wait for the first analysis).
import type { Lang } from '../../domain/lang';
import { COORDINATION_CLASSES } from '../../domain/score/coordinationClasses';
import { indicatorDef } from '../../domain/score/indicatorRegistry';
import { rgbaToHex } from '../../map/colour';
import { NO_DATA_COLOUR } from '../../map/palette';
import { coordinationClassColour, indicatorColour } from '../../map/ramps';
import type { Metric } from '../../state/url/shareableState';
import { formatIndex, formatRaw } from './formatScore';
import { metricLabel } from './metricOptions';
import { metricValues, valueRange } from '../../map/choropleth/metricValues';
import { SCORE_MESSAGES } from './scoreMessages';
import type { ScoreAnalysis } from './scoreView';

export interface LegendClassRow {
  readonly key: string;
  readonly colour: string;
  readonly label: string;
  /** "0.6–0.7" in the current locale. */
  readonly range: string;
}

export type ScoreLegendModel =
  | { readonly kind: 'classes'; readonly title: string; readonly rows: readonly LegendClassRow[] }
  | {
      readonly kind: 'ramp';
      readonly title: string;
      /** A CSS linear-gradient from the lowest to the highest colour. */
      readonly gradient: string;
      readonly minLabel?: string;
      readonly maxLabel?: string;
      readonly note?: string;
    };

export const LEGEND_NO_DATA_COLOUR = NO_DATA_COLOUR;

const GRADIENT_STOPS = [0, 0.25, 0.5, 0.75, 1] as const;

function rampGradient(): string {
  const stops = GRADIENT_STOPS.map((t) => `${rgbaToHex(indicatorColour(t))} ${t * 100}%`);
  return `linear-gradient(to right, ${stops.join(', ')})`;
}

function rampLabels(analysis: ScoreAnalysis | null, metric: Metric, lang: Lang) {
  const range = analysis ? valueRange(metricValues(analysis, metric)) : undefined;
  if (!range) return {};
  if (metric.kind !== 'indicator')
    return { minLabel: formatIndex(range.min, lang), maxLabel: formatIndex(range.max, lang) };
  const unit = indicatorDef(metric.id).unit[lang];
  return {
    minLabel: `${formatRaw(range.min, lang)} ${unit}`,
    maxLabel: `${formatRaw(range.max, lang)} ${unit}`,
  };
}

export function scoreLegend(
  analysis: ScoreAnalysis | null,
  metric: Metric,
  lang: Lang,
): ScoreLegendModel {
  const title = metricLabel(metric, lang);
  if (metric.kind === 'coordination') {
    const rows = COORDINATION_CLASSES.map((cls, i) => ({
      key: `class_${i}`,
      colour: rgbaToHex(coordinationClassColour(i)),
      label: cls.label[lang],
      range: `${formatIndex(cls.min, lang, 1)}–${formatIndex(cls.max, lang, 1)}`,
    })).reverse();
    return { kind: 'classes', title, rows };
  }
  const lowerIsBetter = metric.kind === 'indicator' && indicatorDef(metric.id).direction === '-';
  return {
    kind: 'ramp',
    title,
    gradient: rampGradient(),
    ...rampLabels(analysis, metric, lang),
    note: lowerIsBetter ? SCORE_MESSAGES.lowerIsBetter[lang] : undefined,
  };
}
