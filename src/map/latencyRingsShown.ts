// Whether the map draws the latency rings: the panel's switch is on, or a latency constraint is set.
import type { AppState } from '../state/createAppStore';

export function latencyRingsShown(
  state: Pick<AppState, 'showLatencyRings' | 'constraints'>,
): boolean {
  return state.showLatencyRings || state.constraints.some((c) => c.kind === 'maxLatency');
}
