// Typed messages between the main thread and the compute worker. Each request carries an id that
// its response repeats. To add a message: a row in WorkerRequests and WorkerResponses, and a
// handler row in computeEngine.ts; failures come back as `error` messages, never as throws.
import type { AnalysisUpdate } from './analysisUpdate';
import type { AppendedLayer } from '../domain/appendLayers';
import type { Atlas } from '../domain/atlas';
import type { Constraint } from '../domain/constraints/constraint';
import type { LatencySettings } from '../domain/network/latencySettings';
import type { RawMatrix } from '../domain/score/aggregateIndicators';
import type { ScoreResult } from '../domain/score/scoreRegions';
import type { WeightsConfig } from '../domain/score/weightsConfig';

/** Request payloads by request type. */
export interface WorkerRequests {
  init: {
    /** The dataset's own records, as objects or as their UTF-8 JSON (see atlasJson: transferred,
     * so the main thread never copies them). Neither: the dataset of the previous init. */
    readonly atlas?: Atlas;
    readonly atlasJson?: ArrayBuffer;
    /** Layers appended after the dataset's own records (a user's files). */
    readonly appended?: readonly AppendedLayer[];
  };
  score: {
    readonly weights: WeightsConfig;
    /** Latency to demand per region id (ms); null = unreachable. Omitted: keep the last map. */
    readonly latencyMs?: Readonly<Record<string, number | null>>;
  };
  /** Everything for the current inputs: latency over the fibre graph (also the latency
   * indicator), scores and constraint verdicts. */
  analyse: {
    readonly weights: WeightsConfig;
    readonly constraints: readonly Constraint[];
    readonly latency: LatencySettings;
  };
}

/** Response payloads by request type; `type` is the response's own name. */
export interface WorkerResponses {
  init: {
    readonly type: 'ready';
    readonly regionCount: number;
    readonly aggregateMs: number;
    /** Point features assigned by tolerance or left unassigned, by layer. */
    readonly assignment: RawMatrix['assignment'];
  };
  score: {
    readonly type: 'scores';
    readonly results: ScoreResult;
    /** Raw indicator values for panels and tables (same layout as `results.normalised`). */
    readonly raw: RawMatrix;
    /** True when the latency column changed and was replaced; never re-runs geometry. */
    readonly latencyUpdated: boolean;
    readonly scoreMs: number;
  };
  analyse: { readonly type: 'analysis'; readonly analysis: AnalysisUpdate };
}

export type RequestType = keyof WorkerRequests;

export type WorkerRequest = {
  [K in RequestType]: { readonly type: K; readonly id: number } & WorkerRequests[K];
}[RequestType];

export type RequestOf<K extends RequestType> = Extract<WorkerRequest, { type: K }>;

export interface WorkerError {
  readonly type: 'error';
  readonly id: number;
  readonly message: string;
}

export type ResponseOf<K extends RequestType> = WorkerResponses[K] & { readonly id: number };

export type WorkerResponse = { [K in RequestType]: ResponseOf<K> }[RequestType] | WorkerError;
