// Typed analysis messages between the main thread and the atlas worker (a dataset load has its own,
// loadProtocol.ts). Each request carries an id that its response repeats. To add a message: a row
// in WorkerRequests and WorkerResponses, and a handler row in computeEngine.ts (the compiler asks
// for it); failures come back as `error` messages, never as throws.
import type { AnalysisUpdate } from './analysisUpdate';
import type { AppendedLayer } from '../domain/appendLayers';
import type { Constraint } from '../domain/constraints/constraint';
import type { LatencySettings } from '../domain/network/latencySettings';
import type { ScenarioComparison } from '../domain/scenario/comparison';
import type { Scenario } from '../domain/scenario/modification';
import type { RawMatrix } from '../domain/score/aggregateIndicators';
import type { WeightsConfig } from '../domain/score/weightsConfig';
import type { VintageSettings } from '../domain/vintage/asOf';
import type { VintageRequest } from '../domain/vintage/vintageAnalysis';
import type { SiteSettings } from '../domain/sites/siteSettings';
import type { SitesUpdate } from './sitesUpdate';

/** Request payloads by request type. */
export interface WorkerRequests {
  /** Aggregate the dataset this worker loaded last, with these layers appended (a user's files). */
  init: {
    readonly appended?: readonly AppendedLayer[];
  };
  /** Everything for the current inputs: latency over the fibre graph (also the latency
   * indicator), scores and constraint verdicts. */
  analyse: {
    readonly weights: WeightsConfig;
    readonly constraints: readonly Constraint[];
    readonly latency: LatencySettings;
    /** The as-of view and how scores compare across years; absent = today, per-year min–max. */
    readonly vintage?: VintageRequest;
    /** Scenarios on top of the dataset: the answer is the active one's (the baseline's without
     * one), with a comparison of the baseline and the compared ones when any is given. */
    readonly scenarios?: ScenarioRequest;
    /** Whether to draw the province rank ranges (200 re-weightings; only the Score tab shows
     * them), absent: not drawn. */
    readonly rankRanges?: boolean;
  };
  /** The site finder (issue 14) for these settings; D is read under the Score weights. */
  sites: {
    readonly settings: SiteSettings;
    readonly latency: LatencySettings;
    readonly scoreWeights: WeightsConfig;
    /** The as-of view the cells are measured in; absent = today's dataset. */
    readonly vintage?: VintageSettings;
    /** The active scenario, whose atlas the criteria measure; absent: the baseline's. */
    readonly scenario?: Scenario;
  };
}

export interface ScenarioRequest {
  readonly active?: Scenario;
  /** At most MAX_COMPARED_SCENARIOS; compared with the baseline. */
  readonly compared: readonly Scenario[];
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
  analyse: {
    readonly type: 'analysis';
    readonly analysis: AnalysisUpdate;
    /** Id of the scenario the analysis is of; absent for the baseline. */
    readonly scenarioId?: string;
    readonly comparison?: ScenarioComparison;
  };
  /** A failure of the site finder comes back here (not as `error`), so it never stops the scores. */
  sites:
    | { readonly type: 'sites'; readonly sites: SitesUpdate }
    | { readonly type: 'sites'; readonly sites: null; readonly message: string };
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
