// The browser's scenario storage: one IndexedDB entry (idb-keyval) holding every saved scenario file.
import { get, set } from 'idb-keyval';
import type { ScenarioStoragePort } from './connectScenarioStorage';

const KEY = 'compute-atlas:scenarios:v1';

export const indexedDbScenarios: ScenarioStoragePort = {
  read: () => get(KEY),
  write: (files) => set(KEY, files),
};
