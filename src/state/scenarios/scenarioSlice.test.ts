import { describe, expect, it } from 'vitest';
import type { LoadedDataset } from '../../data';
import { testAtlas } from '../../domain/testing/constraintAtlas';
import { createAppStore } from '../createAppStore';
import { DEFAULT_PROPOSAL } from './editTool';

const dataset = {
  manifest: { id: 'test' },
  atlas: testAtlas,
  layers: [{ layerId: 'datacentres', state: 'loaded', featureCount: 3, issues: [], bytes: 0 }],
  manifestIssues: [],
} as unknown as LoadedDataset;

function storeWithData() {
  const store = createAppStore({ lang: 'en' });
  store.getState().setDataset(dataset);
  return store;
}

describe('the scenario slice of the store', () => {
  it('places a data centre with the tool, in a new scenario, and shows it in the dataset', () => {
    const store = storeWithData();
    store.getState().setEditTool({ kind: 'dataCentre', values: DEFAULT_PROPOSAL });
    store.getState().editAt([0.3, 0.3]);
    const state = store.getState();
    expect(state.scenarios).toHaveLength(1);
    expect(state.activeScenarioId).toBe(state.scenarios[0]!.id);
    expect(state.scenarios[0]!.name).toBe('Scenario 1');
    expect(state.dataset!.atlas.datacentres).toHaveLength(4);
    expect(state.dataset!.atlas.datacentres[3]).toMatchObject({
      proposed: true,
      capacityMw: 1000,
      position: [0.3, 0.3],
    });
    expect(state.dataset!.layers[0]!.featureCount).toBe(4);
    expect(state.baseDataset!.atlas).toBe(testAtlas);
  });

  it('undoes and redoes the last modification, and shows the baseline one click away', () => {
    const store = storeWithData();
    store.getState().startScenarioWithSite([0.3, 0.3]);
    store.getState().startScenarioWithSite([0.4, 0.4]);
    expect(store.getState().dataset!.atlas.datacentres).toHaveLength(5);
    store.getState().undoModification();
    expect(store.getState().dataset!.atlas.datacentres).toHaveLength(4);
    store.getState().redoModification();
    expect(store.getState().dataset!.atlas.datacentres).toHaveLength(5);
    store.getState().selectScenario(null);
    expect(store.getState().dataset!.atlas).toBe(testAtlas);
    expect(store.getState().scenarios[0]!.modifications).toHaveLength(2);
  });

  it('picks the two ends of a line, snapping the second to the fibre route nearby', () => {
    const store = storeWithData();
    store.getState().setEditTool({ kind: 'fibreLink', values: DEFAULT_PROPOSAL });
    store.getState().editAt([10, 0]);
    expect(store.getState().scenarios).toHaveLength(1);
    expect(store.getState().scenarios[0]!.modifications).toHaveLength(0);
    store.getState().editAt([5.05, 0.05]);
    const route = store.getState().dataset!.atlas.fibre_routes.at(-1)!;
    expect(route.proposed).toBe(true);
    expect(route.geometry.coordinates[0]!.at(-1)).toEqual([5, 0]);
  });

  it('compares at most three scenarios and forgets a deleted one everywhere', () => {
    const store = storeWithData();
    const ids = [1, 2, 3, 4].map(() => store.getState().createScenario());
    ids.forEach((id) => store.getState().toggleComparedScenario(id));
    expect(store.getState().comparedScenarioIds).toEqual(ids.slice(1));
    store.getState().showDeltaMap(ids[3]!);
    store.getState().deleteScenario(ids[3]!);
    expect(store.getState().comparedScenarioIds).toEqual(ids.slice(1, 3));
    expect(store.getState().deltaMapScenarioId).toBeNull();
    expect(store.getState().activeScenarioId).toBeNull();
  });
});
