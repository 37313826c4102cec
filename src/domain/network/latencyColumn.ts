// Latency results of many subjects (one per record, in record order) as typed arrays: what the
// compute worker sends for every data centre, a few bytes each instead of an object each.
// `latencyAt` gives back the LatencyResult of one subject.
import type { LatencyResult } from './latencyToDemand';

const KINDS = ['fibre', 'estimate', 'no_path', 'no_demand_hub'] as const;

export interface LatencyColumn {
  /** Milliseconds per subject; NaN where unreachable. */
  readonly latencyMs: Float64Array;
  /** Index into `hubIds` of the nearest demand hub; -1 where unreachable. */
  readonly hubIndex: Int32Array;
  /** Index into KINDS: how the latency was found, or why there is none. */
  readonly kind: Uint8Array;
  readonly hubIds: readonly string[];
}

function kindOf(result: LatencyResult): number {
  return KINDS.indexOf(result.status === 'unreachable' ? result.reason : result.status);
}

export function latencyColumn(results: Iterable<LatencyResult>): LatencyColumn {
  const list = [...results];
  const hubIds: string[] = [];
  const hubIndexOf = new Map<string, number>();
  const hubIndex = Int32Array.from(list, (result) => {
    if (result.hubId === undefined) return -1;
    let index = hubIndexOf.get(result.hubId);
    if (index === undefined) {
      index = hubIds.push(result.hubId) - 1;
      hubIndexOf.set(result.hubId, index);
    }
    return index;
  });
  return {
    latencyMs: Float64Array.from(list, (result) => result.latencyMs ?? NaN),
    hubIndex,
    kind: Uint8Array.from(list, kindOf),
    hubIds,
  };
}

/** The result of subject `index`; undefined past the end. */
export function latencyAt(column: LatencyColumn, index: number): LatencyResult | undefined {
  const kind = KINDS[column.kind[index] ?? -1];
  if (kind === undefined || index < 0) return undefined;
  if (kind === 'no_path' || kind === 'no_demand_hub') {
    return {
      status: 'unreachable',
      latencyMs: undefined,
      hubId: undefined,
      estimate: false,
      reason: kind,
    };
  }
  const latencyMs = column.latencyMs[index]!;
  const hubId = column.hubIds[column.hubIndex[index]!]!;
  return kind === 'fibre'
    ? { status: 'fibre', latencyMs, hubId, estimate: false }
    : { status: 'estimate', latencyMs, hubId, estimate: true };
}
