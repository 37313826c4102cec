// The `analyse` answer for an as-of view: the view's cached matrix and context analysed as today's
// are (analyse.ts), scored on the chosen scale, its verdicts put back in the dataset's record
// order, and — when the request names a view — what the view is: span, counts, the year each
// statistic stands for, goalposts, the comparison with another year and the series through years.
import type { AnalysisUpdate } from './analysisUpdate';
import type { IndicatorDef } from '../domain/score/indicatorRegistry';
import { scoreRegions, type ScoreResult } from '../domain/score/scoreRegions';
import { DEFAULT_VINTAGE } from '../domain/vintage/asOf';
import { compareScores } from '../domain/vintage/compareYears';
import { DEFAULT_SCORE_SCALE } from '../domain/vintage/scoreScale';
import type { VintageAnalysis } from '../domain/vintage/vintageAnalysis';
import { yearSeries } from '../domain/vintage/yearSeries';
import { analyse } from './analyse';
import { expandVerdicts } from './expandVerdicts';
import type { WorkerRequests } from './protocol';
import { scaleOptions, yearSettings, type ScaleChoice } from './scaleOptions';
import { statYearsUsed } from './statYearsUsed';
import type { VintageViews } from './vintageViews';

type Request = WorkerRequests['analyse'];

/** The scores of one year's view on the same scale and weights. */
function scoreOfYear(
  views: VintageViews,
  year: number,
  request: Request,
  registry: readonly IndicatorDef[],
  scale: ScaleChoice,
): ScoreResult {
  const settings = yearSettings(year, request.vintage?.settings.includeUnknownYear ?? true);
  const raw = views.rawOf(settings, request.latency);
  return scoreRegions(raw, request.weights, registry, scale.options);
}

function describeView(
  views: VintageViews,
  request: Request,
  registry: readonly IndicatorDef[],
  scale: ScaleChoice,
  scores: ScoreResult,
): VintageAnalysis {
  const vintage = request.vintage!;
  const state = views.view(vintage.settings);
  const { span } = views;
  const scoreOf = (year: number) => scoreOfYear(views, year, request, registry, scale);
  const compareWith = vintage.compareWithYear;
  const years = span
    ? Array.from({ length: span.latest - span.first + 1 }, (_, i) => span.first + i)
    : [];
  return {
    settings: vintage.settings,
    span,
    presentCounts: Object.fromEntries(
      Object.entries(state.view.atlas).map(([layer, records]) => [layer, records.length]),
    ),
    statYearsUsed: statYearsUsed(views.atlas.regions, vintage.settings, span),
    goalposts: scale.goalposts,
    entropyBaseYear: scale.entropyBaseYear,
    comparison:
      compareWith === undefined
        ? undefined
        : { year: compareWith, changes: compareScores(scoreOf(compareWith), scores) },
    series: vintage.series ? yearSeries(years, years.map(scoreOf)) : undefined,
  };
}

/** The answer to `request` on its view; `engine.sitesKey` is the engine's, shared by every view
 * (a per-site part left out always means "as in the last answer sent"). */
export function analyseAsOf(
  views: VintageViews,
  engine: { sitesKey?: string },
  request: Request,
  registry: readonly IndicatorDef[],
): AnalysisUpdate {
  const start = performance.now();
  const settings = request.vintage?.settings ?? DEFAULT_VINTAGE;
  const state = views.view(settings);
  views.current = state;
  const scale = scaleOptions(
    views,
    request.vintage?.scale ?? DEFAULT_SCORE_SCALE,
    request.latency,
    registry,
    {
      entropy: request.weights.mode === 'entropy',
      includeUnknownYear: settings.includeUnknownYear,
    },
  );
  const analysisState = { ...state, sitesKey: engine.sitesKey };
  const update = analyse(analysisState, request, registry, scale.options);
  state.raw = analysisState.raw;
  state.latencyKey = analysisState.latencyKey;
  engine.sitesKey = analysisState.sitesKey;
  if (!request.vintage) return update;
  const constraints =
    update.constraints && expandVerdicts(update.constraints, state.view.kept, views.atlas);
  return {
    ...update,
    ...(constraints ? { constraints } : {}),
    vintage: describeView(views, request, registry, scale, update.scores),
    computeMs: performance.now() - start,
  };
}
