// Loads a dataset into the store, reporting progress; a manifest that fails leaves a clear message
// and whatever was loaded before stays. Optionally fits the camera to the dataset's bounds.
import { loadDataset } from '../data';
import type { AppStore } from '../state/createAppStore';
import { dropUnknownRefs } from '../state/dropUnknownRefs';

/** The default dataset: the project's data/ folder, served beside the app. */
export const DEFAULT_MANIFEST_URL = 'data/manifest.json';

export interface StartDatasetLoadOptions {
  readonly manifestUrl?: string;
  /** Fit the map to the dataset's bounds once loaded (not when the link set a camera). */
  readonly fitCamera?: boolean;
}

export async function startDatasetLoad(store: AppStore, options: StartDatasetLoadOptions = {}) {
  const { setLoadProgress, setDataset, setLoadError, requestCamera } = store.getState();
  try {
    const dataset = await loadDataset(options.manifestUrl ?? DEFAULT_MANIFEST_URL, {
      onProgress: setLoadProgress,
    });
    setDataset(dataset);
    const { notices, ...refs } = dropUnknownRefs(store.getState(), dataset);
    store.setState(refs);
    store.getState().addNotices(notices);
    if (options.fitCamera) requestCamera({ kind: 'fit', bounds: dataset.manifest.bounds });
  } catch (error) {
    setLoadError(error instanceof Error ? error.message : String(error));
  }
}
