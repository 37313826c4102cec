import { describe, expect, it, vi } from 'vitest';
import type { LoadedDataset } from '../data';
import { testAtlas } from '../domain/testing/constraintAtlas';
import { createAppStore } from '../state/createAppStore';
import { connectScenarioStorage, type ScenarioStoragePort } from './connectScenarioStorage';

const dataset = {
  manifest: { id: 'test' },
  atlas: testAtlas,
  layers: [],
  manifestIssues: [],
} as unknown as LoadedDataset;

function memoryPort(initial: unknown): ScenarioStoragePort & { saved: unknown } {
  const port = {
    saved: initial,
    read: async () => port.saved,
    write: async (files: readonly unknown[]) => {
      port.saved = files;
    },
  };
  return port as ScenarioStoragePort & { saved: unknown };
}

describe('connectScenarioStorage', () => {
  it('saves the scenarios and a fresh store reads them back, keeping other datasets’ files', async () => {
    vi.useFakeTimers();
    const other = {
      format: 'compute-atlas-scenario',
      version: 1,
      dataset: 'mars',
      modifications: [],
    };
    const port = memoryPort([other]);
    const first = createAppStore({ lang: 'en' });
    connectScenarioStorage(first, port);
    first.getState().setDataset(dataset);
    await vi.runAllTimersAsync();
    first.getState().startScenarioWithSite([0.5, 0.5]);
    first.getState().renameScenario(first.getState().scenarios[0]!.id, 'Kept');
    await vi.runAllTimersAsync();
    expect(port.saved).toHaveLength(2);

    const second = createAppStore({ lang: 'en' });
    connectScenarioStorage(second, port);
    second.getState().setDataset(dataset);
    await vi.runAllTimersAsync();
    expect(second.getState().scenarios.map((s) => s.name)).toEqual(['Kept']);
    expect(second.getState().scenarios[0]!.modifications).toEqual(
      first.getState().scenarios[0]!.modifications,
    );
    expect((port.saved as unknown[])[0]).toEqual(other);
    vi.useRealTimers();
  });

  it('never overwrites what is stored before it has been read', async () => {
    const port = memoryPort(undefined);
    const write = vi.spyOn(port, 'write');
    const store = createAppStore();
    connectScenarioStorage(store, port);
    store.getState().createScenario();
    expect(write).not.toHaveBeenCalled();
  });
});
