// The atlas worker's analysis logic without the Worker: keeps the dataset loaded in the worker, its
// aggregated raw matrix and the latency caches; a weights-only request recombines the cached
// matrix (no geometry work). Scenarios are evaluated incrementally from the baseline and cached
// by their modifications (scenarioEngine.ts); each as-of view is built once when first asked for
// (vintageViews.ts).
import { appendLayers } from '../domain/appendLayers';
import type { Atlas } from '../domain/atlas';
import { analyse } from './analyse';
import { analyseAsOf } from './analyseAsOf';
import {
  answerSites,
  createSitesCache,
  topCandidates,
  type SitesCache,
  type SitesInputs,
} from './answerSites';
import { createVintageViews, type VintageViews } from './vintageViews';
import { INDICATOR_REGISTRY, type IndicatorDef } from '../domain/score/indicatorRegistry';
import type {
  RequestOf,
  RequestType,
  ResponseOf,
  WorkerRequests,
  WorkerResponse,
  WorkerResponses,
} from './protocol';
import { evaluateAtlas, type Evaluation } from './scenarioEvaluation';
import { activeEvaluation, compareScenarios, createScenarioCache } from './scenarioEngine';

interface EngineState {
  /** The dataset's own records, kept so that a later init may only change the appended layers. */
  base?: Atlas;
  /** The dataset with the appended layers: aggregation, context and last answer's keys. */
  baseline?: Evaluation;
  /** Scenario evaluations on top of `baseline`, by modifications; emptied by init. */
  readonly scenarios: ReturnType<typeof createScenarioCache>;
  /** The evaluation whose per-site parts the last answer carried (none after an as-of answer). */
  lastAnswered?: Evaluation;
  /** The site finder's grid and criteria (of the active scenario or the baseline), reset by init. */
  sites?: SitesCache;
  /** The baseline's, kept beside `sites` while a scenario is active; reset by init. */
  baselineSites?: SitesCache;
  /** Today's view and the as-of views, built once each; `views.current` is the view of the last
   * as-of answer. */
  views?: VintageViews;
  /** See AnalysisState.sitesKey, for as-of answers (every view shares it); reset by any other
   * answer, so the next as-of answer is whole. */
  sitesKey?: string;
}

const sitesInputs = (
  { atlas, raw, context }: Evaluation,
  registry: readonly IndicatorDef[],
): SitesInputs => ({ atlas, raw, fibreGraph: context.fibreGraph, registry });

type Handler<K extends RequestType> = (
  state: EngineState,
  request: WorkerRequests[K],
) => WorkerResponses[K];

export function createHandlers(registry: readonly IndicatorDef[]): {
  [K in RequestType]: Handler<K>;
} {
  return {
    analyse(state, request) {
      const { baseline, views } = state;
      if (!baseline || !views) throw new Error('analyse requested before init');
      const comparison = compareScenarios(state.scenarios, baseline, request, registry);
      if (request.vintage) {
        // An as-of view answers for its year's layout; scenarios change today's, so they are
        // compared (above) but not applied to a past year (docs/VINTAGES.md).
        state.lastAnswered = undefined;
        const analysis = analyseAsOf(views, state, request, registry);
        return { type: 'analysis', analysis, ...(comparison ? { comparison } : {}) };
      }
      state.sitesKey = undefined;
      const active = activeEvaluation(state.scenarios, baseline, request.scenarios, registry);
      // Another evaluation's answer came last: this one's per-site parts must be sent again.
      if (state.lastAnswered !== active) active.sitesKey = undefined;
      state.lastAnswered = active;
      const analysis = analyse(active, request, registry);
      const scenarioId = request.scenarios?.active?.id;
      return {
        type: 'analysis',
        analysis,
        ...(scenarioId !== undefined ? { scenarioId } : {}),
        ...(comparison ? { comparison } : {}),
      };
    },
    sites(state, request) {
      try {
        if (!state.baseline) throw new Error('sites requested before init');
        // In an as-of view the cells are measured in the year's layout (its atlas object is kept
        // with the view, so the criteria are measured once per view); scenarios change today's.
        const view = request.vintage && state.views?.view(request.vintage);
        if (view) {
          state.sites ??= createSitesCache();
          const { raw, context } = view;
          const inputs = {
            atlas: view.view.atlas,
            raw,
            fibreGraph: context.fibreGraph,
            registry,
            gridRegions: state.baseline.atlas.regions,
          };
          return { type: 'sites', sites: answerSites(state.sites, inputs, request) } as const;
        }
        const scenarios = request.scenario ? { active: request.scenario, compared: [] } : undefined;
        const active = activeEvaluation(state.scenarios, state.baseline, scenarios, registry);
        state.sites ??= createSitesCache();
        const sites = answerSites(state.sites, sitesInputs(active, registry), request);
        if (active === state.baseline) return { type: 'sites', sites } as const;
        // A scenario's answer carries the baseline's top candidates (its own cache and grid).
        state.baselineSites ??= createSitesCache();
        const baseline = answerSites(
          state.baselineSites,
          sitesInputs(state.baseline, registry),
          request,
        );
        return {
          type: 'sites',
          sites: { ...sites, baselineTop: topCandidates(baseline) },
        } as const;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { type: 'sites', sites: null, message } as const;
      }
    },
    init(state, { appended = [] }) {
      const start = performance.now();
      const base = state.base;
      if (!base) throw new Error('init before a dataset was loaded');
      const baseline = evaluateAtlas(appendLayers(base, appended), registry);
      state.baseline = baseline;
      state.scenarios.clear();
      state.lastAnswered = undefined;
      state.sites = undefined;
      state.baselineSites = undefined;
      state.sitesKey = undefined;
      state.views = createVintageViews(baseline.atlas, registry, baseline);
      const aggregateMs = performance.now() - start;
      return {
        type: 'ready',
        regionCount: state.baseline.atlas.regions.length,
        aggregateMs,
        assignment: state.baseline.raw.assignment,
      };
    },
  };
}

export interface ComputeEngine {
  /** Answers one message; never throws (failures become `error` responses). */
  handle(request: unknown): WorkerResponse;
  /** The dataset later inits aggregate: the one this worker loaded (see answerLoad). */
  setBase(atlas: Atlas): void;
}

const isRequest = (value: unknown): value is { type: string; id: number } =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { type?: unknown }).type === 'string';

/** A fresh engine with the default indicator registry (or another one, for tests). */
export function createComputeEngine(
  registry: readonly IndicatorDef[] = INDICATOR_REGISTRY,
): ComputeEngine {
  const state: EngineState = { scenarios: createScenarioCache() };
  const handlers = createHandlers(registry);
  return {
    setBase(atlas) {
      state.base = atlas;
    },
    handle(request) {
      const id = isRequest(request) && typeof request.id === 'number' ? request.id : -1;
      try {
        if (!isRequest(request) || !(request.type in handlers)) {
          throw new Error(`Unknown request: ${JSON.stringify(request)?.slice(0, 80)}`);
        }
        const type = request.type as RequestType;
        const handler = handlers[type] as Handler<RequestType>;
        const payload = handler(state, request as unknown as RequestOf<typeof type>);
        return { ...payload, id } as ResponseOf<RequestType>;
      } catch (error) {
        return {
          type: 'error',
          id,
          message: error instanceof Error ? error.message : String(error),
        };
      }
    },
  };
}
