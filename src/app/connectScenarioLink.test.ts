import { describe, expect, it } from 'vitest';
import type { LoadedDataset } from '../data';
import { testAtlas } from '../domain/testing/constraintAtlas';
import { createAppStore } from '../state/createAppStore';
import { DEFAULT_SHAREABLE_STATE } from '../state/url/shareableState';
import { connectScenarioLink } from './connectScenarioLink';

const dataset = {
  manifest: { id: 'test' },
  atlas: testAtlas,
  layers: [],
  manifestIssues: [],
} as unknown as LoadedDataset;

describe('connectScenarioLink', () => {
  it('writes the active scenario into the link, and a fresh store restores it from there', async () => {
    const sender = createAppStore({ lang: 'en' });
    const link = connectScenarioLink(sender);
    sender.getState().setDataset(dataset);
    sender.getState().startScenarioWithSite([0.5, 0.5], { capacityMw: 1000 });
    await link.settled();
    const code = sender.getState().scenarioCode;
    expect(code).toMatch(/^1\.[A-Za-z0-9_-]+$/);

    const receiver = createAppStore({ lang: 'en' });
    receiver.getState().applyShareable({ ...DEFAULT_SHAREABLE_STATE, scenarioCode: code });
    const opened = connectScenarioLink(receiver);
    receiver.getState().setDataset(dataset);
    await opened.settled();
    await opened.settled();
    const sent = sender.getState().scenarios[0]!;
    const active = receiver
      .getState()
      .scenarios.find((s) => s.id === receiver.getState().activeScenarioId);
    expect(active).toEqual(sent);
    expect(receiver.getState().dataset!.atlas.datacentres).toHaveLength(4);
    expect(receiver.getState().notices).toEqual([]);
  });

  it('shows the baseline with a notice when the link holds no readable scenario', async () => {
    const store = createAppStore({ lang: 'en' });
    store.getState().applyShareable({ ...DEFAULT_SHAREABLE_STATE, scenarioCode: '1.AAAAAAAA' });
    const link = connectScenarioLink(store);
    store.getState().setDataset(dataset);
    await link.settled();
    expect(store.getState().activeScenarioId).toBeNull();
    expect(store.getState().notices.map((n) => n.key)).toEqual(['sc']);
  });

  it('drops the field when the scenario is closed', async () => {
    const store = createAppStore({ lang: 'en' });
    const link = connectScenarioLink(store);
    store.getState().setDataset(dataset);
    store.getState().startScenarioWithSite([0.5, 0.5]);
    await link.settled();
    store.getState().selectScenario(null);
    await link.settled();
    expect(store.getState().scenarioCode).toBeUndefined();
  });
});
