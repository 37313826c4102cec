// A store for component tests: the constraint test atlas loaded, the given constraints set and
// evaluated, a hand-made latency per feature (one region unreachable), as the worker would leave it.
// Rendered on the server (no DOM in unit tests), so the state set up here is also the initial one.
import type { Analysis } from '../../domain/analysis';
import { latencyColumn } from '../../domain/network/latencyColumn';
import type { Constraint } from '../../domain/constraints/constraint';
import { createConstraintContext } from '../../domain/constraints/createConstraintContext';
import { evaluateConstraints } from '../../domain/constraints/evaluateConstraints';
import { testAtlas } from '../../domain/testing/constraintAtlas';
import type { LoadedDataset } from '../../data';
import { createAppStore, type AppStore } from '../../state/createAppStore';

const dataset = { atlas: testAtlas, layers: [], manifestIssues: [] } as unknown as LoadedDataset;

export function testStore(
  constraints: readonly Constraint[],
  options: { computed?: boolean; lang?: 'en' | 'zh' } = {},
): AppStore {
  const store = createAppStore({ constraints, lang: options.lang ?? 'en' });
  store.getState().setDataset(dataset);
  if (options.computed === false) return serverReady(store);
  const evaluation = evaluateConstraints(createConstraintContext(testAtlas), constraints);
  const analysis = {
    constraints: evaluation,
    latency: {
      // R1 and R2, in record order.
      regions: latencyColumn([
        { status: 'fibre', latencyMs: 0.4, hubId: 'HE', estimate: false },
        {
          status: 'unreachable',
          latencyMs: undefined,
          hubId: undefined,
          estimate: false,
          reason: 'no_path',
        },
      ]),
      datacentres: latencyColumn([]),
      hubs: latencyColumn([]),
    },
    latencyIsEstimate: false,
    computeMs: 1,
  } as unknown as Analysis;
  store.getState().setAnalysis(analysis);
  return serverReady(store);
}

/** Server rendering reads the initial state; make it the state the test has set up. */
function serverReady(store: AppStore): AppStore {
  return { ...store, getInitialState: store.getState };
}
