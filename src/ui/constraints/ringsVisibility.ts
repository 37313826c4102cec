// Whether the latency rings are drawn: the panel's "show latency rings" switch (a small store of
// its own, not shared in links), or automatically while a latency constraint is set.
import { useMemo } from 'react';
import { create } from 'zustand';
import {
  latencyRings,
  POLICY_RING_LATENCIES_MS,
  type HubLatencyRings,
} from '../../domain/network/latencyRings';
import { useAppStore } from '../../state/AppStoreContext';

interface RingsVisibility {
  readonly show: boolean;
  setShow(show: boolean): void;
}

export const useRingsVisibilityStore = create<RingsVisibility>()((set) => ({
  show: false,
  setShow: (show) => set({ show }),
}));

/** The panel switch alone. */
export function useShowLatencyRings(): boolean {
  return useRingsVisibilityStore((state) => state.show);
}

/** True when the rings should be drawn: the switch is on or a latency constraint is set. */
export function useLatencyRingsVisible(): boolean {
  const show = useShowLatencyRings();
  const hasLatency = useAppStore((state) => state.constraints.some((c) => c.kind === 'maxLatency'));
  return show || hasLatency;
}

const NO_RINGS: readonly HubLatencyRings[] = [];

/** 1, 5 and 20 ms rings around each demand hub under the app's latency settings, memoised. */
export function useLatencyRings(): readonly HubLatencyRings[] {
  const hubs = useAppStore((state) => state.dataset?.atlas.hubs);
  const latency = useAppStore((state) => state.latency);
  return useMemo(
    () => (hubs ? latencyRings(hubs, POLICY_RING_LATENCIES_MS, latency) : NO_RINGS),
    [hubs, latency],
  );
}
