// Loads a dataset into the store, reporting progress; a manifest that fails leaves a clear message
// and whatever was loaded before stays.
import { loadDataset } from '../data';
import type { AppStore } from '../state/createAppStore';

/** The default dataset: the project's data/ folder, served beside the app. */
export const DEFAULT_MANIFEST_URL = 'data/manifest.json';

export async function startDatasetLoad(store: AppStore, manifestUrl = DEFAULT_MANIFEST_URL) {
  const { setLoadProgress, setDataset, setLoadError } = store.getState();
  try {
    setDataset(await loadDataset(manifestUrl, { onProgress: setLoadProgress }));
  } catch (error) {
    setLoadError(error instanceof Error ? error.message : String(error));
  }
}
