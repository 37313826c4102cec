// Saves the user's scenarios in the browser (IndexedDB through a small key-value port) as scenario
// files, and reads them back once a dataset is loaded: the files of that dataset are checked like
// imported ones and join the list; files of other datasets are kept untouched. Writes wait for the
// first read, so nothing stored is overwritten by an empty list.
import { toScenarioFile, type ScenarioFile } from '../data/scenario/scenarioFile';
import { readScenarioFile } from '../data/scenario/readScenarioFile';
import type { Scenario } from '../domain/scenario/modification';
import { mergeAddedLayers } from '../state/addedLayers';
import type { AppStore } from '../state/createAppStore';
import { reportNotices } from './scenarioNotices';

export interface ScenarioStoragePort {
  read(): Promise<unknown>;
  write(files: readonly ScenarioFile[]): Promise<void>;
}

const WRITE_DELAY_MS = 250;

const isFile = (value: unknown): value is ScenarioFile & Record<string, unknown> =>
  typeof value === 'object' && value !== null && 'dataset' in value;

export function connectScenarioStorage(store: AppStore, port: ScenarioStoragePort) {
  let readFor: string | undefined;
  let others: unknown[] = [];
  let loaded = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const load = async () => {
    const base = store.getState().baseDataset;
    if (!base || readFor === base.manifest.id) return;
    readFor = base.manifest.id;
    const stored = await port.read().catch(() => undefined);
    const files = Array.isArray(stored) ? stored : [];
    others = files.filter((file) => !isFile(file) || file.dataset !== base.manifest.id);
    const state = store.getState();
    const atlas = mergeAddedLayers(base, state.addedLayers).atlas;
    const scenarios: Scenario[] = [];
    for (const file of files.filter((f) => isFile(f) && f.dataset === base.manifest.id)) {
      const { scenario, report } = readScenarioFile(file, { datasetId: base.manifest.id, atlas });
      state.addNotices(reportNotices(report, 'saved'));
      if (scenario && !state.scenarios.some((s) => s.id === scenario.id)) scenarios.push(scenario);
    }
    store.getState().putScenarios(scenarios);
    loaded = true;
  };

  const save = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = store.getState().scenarios.map(toScenarioFile);
      void port.write([...(others as ScenarioFile[]), ...files]).catch(() => undefined);
    }, WRITE_DELAY_MS);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.baseDataset !== previous.baseDataset) void load();
    if (loaded && state.scenarios !== previous.scenarios) save();
  });
  void load();
  return () => {
    unsubscribe();
    clearTimeout(timer);
  };
}
