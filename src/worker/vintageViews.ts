// The atlas worker's as-of views, built once each and kept: the view's atlas, its aggregated raw
// matrix (the region index of the whole dataset reused), its constraint context (the view's
// fibre, lines and nodes; latency of every feature to the dataset's demand hubs). Today's view is
// the one `init` aggregated. `current` is the view of the last answer: what any other analysis of
// the worker (e.g. a site finder) should read, so it follows the year too.
import type { Atlas } from '../domain/atlas';
import {
  createConstraintContext,
  type ConstraintContext,
} from '../domain/constraints/createConstraintContext';
import type { LatencySettings } from '../domain/network/latencySettings';
import { aggregateIndicators, type RawMatrix } from '../domain/score/aggregateIndicators';
import type { IndicatorDef } from '../domain/score/indicatorRegistry';
import { regionIndexOf } from '../domain/spatial/createRegionIndex';
import {
  DEFAULT_VINTAGE,
  vintageKey,
  type VintageSettings,
  type YearSpan,
} from '../domain/vintage/asOf';
import { atlasAsOf, type VintageView } from '../domain/vintage/atlasAsOf';
import { vintageYearSpan } from '../domain/vintage/vintageYearSpan';
import { NO_LATENCY_KEY, refreshLatency } from './analyse';

export interface ViewState {
  readonly settings: VintageSettings;
  readonly view: VintageView;
  /** The view's raw matrix, with the latency of `latencyKey`. */
  raw: RawMatrix;
  latencyKey: string;
  readonly context: ConstraintContext;
}

export interface VintageViews {
  /** The whole dataset (appended layers included). */
  readonly atlas: Atlas;
  readonly span?: YearSpan;
  /** The view of the last answer. */
  current: ViewState;
  /** The view of these settings, built on first use. */
  view(settings: VintageSettings): ViewState;
  /** The raw matrix of a view with the latency of `settings` (the view's cache refreshed). */
  rawOf(settings: VintageSettings, latency: LatencySettings): RawMatrix;
}

/** The views of `atlas`; `today` is what init aggregated for the whole atlas. */
export function createVintageViews(
  atlas: Atlas,
  registry: readonly IndicatorDef[],
  today: { readonly raw: RawMatrix; readonly context: ConstraintContext },
): VintageViews {
  const span = vintageYearSpan(atlas);
  const regionIndex = regionIndexOf(atlas.regions);
  const todayState: ViewState = {
    settings: DEFAULT_VINTAGE,
    view: { atlas, kept: {} },
    raw: today.raw,
    latencyKey: NO_LATENCY_KEY,
    context: today.context,
  };
  const cache = new Map<string, ViewState>();
  const build = (settings: VintageSettings): ViewState => {
    const latest = span?.latest ?? (settings.asOf.kind === 'year' ? settings.asOf.year : 0);
    const view = atlasAsOf(atlas, settings, latest);
    return {
      settings,
      view,
      raw: aggregateIndicators(view.atlas, registry, { regionIndex }),
      latencyKey: NO_LATENCY_KEY,
      context: createConstraintContext(view.atlas, { latencyAtlas: atlas }),
    };
  };
  const views: VintageViews = {
    atlas,
    span,
    current: todayState,
    view(settings) {
      if (settings.asOf.kind === 'all') return todayState;
      const key = vintageKey(settings);
      let state = cache.get(key);
      if (!state) cache.set(key, (state = build(settings)));
      return state;
    },
    rawOf(settings, latency) {
      const state = views.view(settings);
      refreshLatency(state, latency, registry);
      return state.raw;
    },
  };
  return views;
}
