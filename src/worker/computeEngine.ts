// The atlas worker's analysis logic without the Worker: keeps the dataset loaded in the worker, its
// aggregated raw matrix and the latency caches, and those of each as-of view once asked for; a
// weights-only request recombines the cached matrix (no geometry work).
import { appendLayers } from '../domain/appendLayers';
import type { Atlas } from '../domain/atlas';
import {
  createConstraintContext,
  type ConstraintContext,
} from '../domain/constraints/createConstraintContext';
import { analyseAsOf } from './analyseAsOf';
import { createVintageViews, type VintageViews } from './vintageViews';
import { aggregateIndicators, type RawMatrix } from '../domain/score/aggregateIndicators';
import { INDICATOR_REGISTRY, type IndicatorDef } from '../domain/score/indicatorRegistry';
import type {
  RequestOf,
  RequestType,
  ResponseOf,
  WorkerRequests,
  WorkerResponse,
  WorkerResponses,
} from './protocol';

interface EngineState {
  /** The dataset's own records, kept so that a later init may only change the appended layers. */
  base?: Atlas;
  atlas?: Atlas;
  raw?: RawMatrix;
  /** See AnalysisState.sitesKey; reset by init, so the first answer after it is whole. */
  sitesKey?: string;
  /** Fibre graph and distance caches for constraints and latency, built once per dataset. */
  context?: ConstraintContext;
  /** Today's view (the `raw` and `context` above) and the as-of views, built once each;
   * `views.current` is the view of the last answer. */
  views?: VintageViews;
}

type Handler<K extends RequestType> = (
  state: EngineState,
  request: WorkerRequests[K],
) => WorkerResponses[K];

export function createHandlers(registry: readonly IndicatorDef[]): {
  [K in RequestType]: Handler<K>;
} {
  return {
    analyse(state, request) {
      if (!state.views) throw new Error('analyse requested before init');
      return { type: 'analysis', analysis: analyseAsOf(state.views, state, request, registry) };
    },
    init(state, { appended = [] }) {
      const start = performance.now();
      const base = state.base;
      if (!base) throw new Error('init before a dataset was loaded');
      const atlas = appendLayers(base, appended);
      state.atlas = atlas;
      state.raw = aggregateIndicators(atlas, registry);
      state.sitesKey = undefined;
      state.context = createConstraintContext(atlas);
      state.views = createVintageViews(atlas, registry, { raw: state.raw, context: state.context });
      const aggregateMs = performance.now() - start;
      return {
        type: 'ready',
        regionCount: atlas.regions.length,
        aggregateMs,
        assignment: state.raw.assignment,
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
  const state: EngineState = {};
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
