// How the scores of an as-of answer are made comparable: the goalposts (given ones, the rest the
// range over every view the app can show — each year, today and the pipeline — for the current
// latency settings) and the entropy weights frozen at a base year.
import type { LatencySettings } from '../domain/network/latencySettings';
import type { RawMatrix } from '../domain/score/aggregateIndicators';
import { indicatorDef, type IndicatorDef } from '../domain/score/indicatorRegistry';
import { normalisedMatrix, type Goalposts, type ScoreOptions } from '../domain/score/scoreRegions';
import type { VintageSettings } from '../domain/vintage/asOf';
import { rangeGoalposts, type ScoreScale } from '../domain/vintage/scoreScale';
import type { VintageViews } from './vintageViews';

export interface ScaleChoice {
  readonly options: ScoreOptions;
  readonly goalposts?: Goalposts;
  readonly entropyBaseYear?: number;
}

export const yearSettings = (year: number, includeUnknownYear = true): VintageSettings => ({
  asOf: { kind: 'year', year },
  includeUnknownYear,
});

/** Every view the app can show: each year of the span, today and the pipeline. */
function everyView(views: VintageViews, latency: LatencySettings): RawMatrix[] {
  const span = views.span;
  if (!span) return [views.rawOf({ asOf: { kind: 'all' }, includeUnknownYear: true }, latency)];
  const years = Array.from({ length: span.latest - span.first + 1 }, (_, i) => span.first + i);
  return [
    ...years.map((year) => views.rawOf(yearSettings(year), latency)),
    views.rawOf({ asOf: { kind: 'all' }, includeUnknownYear: true }, latency),
    views.rawOf({ asOf: { kind: 'pipeline' }, includeUnknownYear: true }, latency),
  ];
}

/** The score options of a scale; `entropy` says whether the weights are entropy weights, and
 * the base year's view counts the year-unknown bucket as the view shown does. */
export function scaleOptions(
  views: VintageViews,
  scale: ScoreScale,
  latency: LatencySettings,
  registry: readonly IndicatorDef[],
  view: { readonly entropy: boolean; readonly includeUnknownYear: boolean },
): ScaleChoice {
  let goalposts: Goalposts | undefined;
  if (scale.normalisation === 'goalposts') {
    const given = scale.goalposts;
    const complete = views.atlas.regions.length === 0 || registry.every((d) => given[d.id]);
    goalposts = complete ? given : { ...rangeGoalposts(everyView(views, latency)), ...given };
  }
  const base = scale.entropyBaseYear;
  if (base === undefined || !view.entropy) return { options: { goalposts }, goalposts };
  const raw = views.rawOf(yearSettings(base, view.includeUnknownYear), latency);
  const defs = raw.indicatorIds.map((id) => indicatorDef(id, registry));
  const weightsFrom = normalisedMatrix(raw, defs, goalposts);
  return { options: { goalposts, weightsFrom }, goalposts, entropyBaseYear: base };
}
