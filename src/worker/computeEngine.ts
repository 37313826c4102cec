// The compute worker's logic without the Worker: keeps the dataset, its aggregated raw matrix and
// the latency map; a weights-only request recombines the cached matrix (no geometry work).
import { appendLayers } from '../domain/appendLayers';
import type { Atlas } from '../domain/atlas';
import { decodeAtlasJson } from './atlasJson';
import {
  createConstraintContext,
  type ConstraintContext,
} from '../domain/constraints/createConstraintContext';
import { analyse } from './analyse';
import {
  aggregateIndicators,
  withLatency,
  type RawMatrix,
} from '../domain/score/aggregateIndicators';
import { INDICATOR_REGISTRY, type IndicatorDef } from '../domain/score/indicatorRegistry';
import { scoreRegions } from '../domain/score/scoreRegions';
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
  latencyKey: string;
  /** See AnalysisState.sitesKey; reset by init, so the first answer after it is whole. */
  sitesKey?: string;
  /** Fibre graph and distance caches for constraints and latency, built once per dataset. */
  context?: ConstraintContext;
}

type Handler<K extends RequestType> = (
  state: EngineState,
  request: WorkerRequests[K],
) => WorkerResponses[K];

const latencyKey = (latency: Readonly<Record<string, number | null>>) =>
  JSON.stringify(Object.entries(latency).sort(([a], [b]) => (a < b ? -1 : 1)));

export function createHandlers(registry: readonly IndicatorDef[]): {
  [K in RequestType]: Handler<K>;
} {
  return {
    analyse(state, request) {
      const { raw, context } = state;
      if (!raw || !context) throw new Error('analyse requested before init');
      const analysisState = {
        raw,
        context,
        latencyKey: state.latencyKey,
        sitesKey: state.sitesKey,
      };
      const analysis = analyse(analysisState, request, registry);
      state.raw = analysisState.raw;
      state.latencyKey = analysisState.latencyKey;
      state.sitesKey = analysisState.sitesKey;
      return { type: 'analysis', analysis };
    },
    init(state, { atlas: given, atlasJson, appended = [] }) {
      const start = performance.now();
      const base = given ?? (atlasJson ? decodeAtlasJson(atlasJson) : state.base);
      if (!base) throw new Error('init needs the dataset: atlas or atlasJson');
      state.base = base;
      const atlas = appendLayers(base, appended);
      state.atlas = atlas;
      state.raw = aggregateIndicators(atlas, registry);
      state.latencyKey = latencyKey({});
      state.sitesKey = undefined;
      state.context = createConstraintContext(atlas);
      const aggregateMs = performance.now() - start;
      return {
        type: 'ready',
        regionCount: atlas.regions.length,
        aggregateMs,
        assignment: state.raw.assignment,
      };
    },
    score(state, { weights, latencyMs }) {
      if (!state.raw) throw new Error('score requested before init');
      const start = performance.now();
      const key = latencyMs === undefined ? state.latencyKey : latencyKey(latencyMs);
      const latencyUpdated = key !== state.latencyKey;
      if (latencyUpdated && latencyMs) {
        const map = new Map(Object.entries(latencyMs).map(([id, ms]) => [id, ms ?? undefined]));
        state.raw = withLatency(state.raw, registry, map);
        state.latencyKey = key;
      }
      const results = scoreRegions(state.raw, weights, registry);
      return {
        type: 'scores',
        results,
        raw: state.raw,
        latencyUpdated,
        scoreMs: performance.now() - start,
      };
    },
  };
}

export interface ComputeEngine {
  /** Answers one message; never throws (failures become `error` responses). */
  handle(request: unknown): WorkerResponse;
}

const isRequest = (value: unknown): value is { type: string; id: number } =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { type?: unknown }).type === 'string';

/** A fresh engine with the default indicator registry (or another one, for tests). */
export function createComputeEngine(
  registry: readonly IndicatorDef[] = INDICATOR_REGISTRY,
): ComputeEngine {
  const state: EngineState = { latencyKey: latencyKey({}) };
  const handlers = createHandlers(registry);
  return {
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
