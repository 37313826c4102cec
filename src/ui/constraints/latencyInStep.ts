// The latency constraint carries its own latency settings; the panel keeps them equal to the
// app's latency settings, so the rings, the detail panel and the filter all mean the same delay.
import type { Constraint } from '../../domain/constraints/constraint';
import type { LatencySettings } from '../../domain/network/latencySettings';

function sameIds(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** True when both settings give the same latency for every place. */
export function sameLatencySettings(a: LatencySettings, b: LatencySettings): boolean {
  return (
    a.mode === b.mode &&
    a.routeFactor === b.routeFactor &&
    a.perHopOverheadMs === b.perHopOverheadMs &&
    sameIds(a.demandHubIds, b.demandHubIds)
  );
}

/**
 * The list with every latency constraint using `latency`; the very same list when they already
 * do, so that setting it changes nothing downstream.
 */
export function withLatencySettings(
  list: readonly Constraint[],
  latency: LatencySettings,
): readonly Constraint[] {
  const stale = list.some(
    (c) => c.kind === 'maxLatency' && !sameLatencySettings(c.latency, latency),
  );
  if (!stale) return list;
  return list.map((c) => (c.kind === 'maxLatency' ? { ...c, latency } : c));
}
