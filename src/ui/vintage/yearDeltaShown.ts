// Whether the provinces show two years' ΔD (a compared year with its comparison in, and no
// scenario's ΔD taking the map): the metric's legend then steps aside for the ΔD legend.
import type { AppState } from '../../state/createAppStore';

export const yearDeltaShown = (state: AppState): boolean =>
  state.compareYear !== undefined &&
  state.deltaMapScenarioId === null &&
  state.analysis?.vintage?.comparison !== undefined;
