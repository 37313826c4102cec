// Loads a dataset into the store, reporting progress; a manifest that fails leaves a clear message
// and whatever was loaded before stays. Fetching and parsing run in the atlas worker (the main
// thread only gathers records). Optionally fits the camera to the dataset's bounds.
import type { LoadedDataset, LoadProgress } from '../data';
import type { AppStore } from '../state/createAppStore';
import { dropUnknownRefs } from '../state/dropUnknownRefs';

/** The default dataset: the project's data/ folder, served beside the app. */
export const DEFAULT_MANIFEST_URL = 'data/manifest.json';

/** Loads the dataset of a manifest, reporting progress (loadDatasetInWorker in the app). */
export type DatasetLoader = (
  manifestUrl: string,
  onProgress: (progress: LoadProgress) => void,
) => Promise<LoadedDataset>;

export interface StartDatasetLoadOptions {
  readonly load: DatasetLoader;
  readonly manifestUrl?: string;
  /** Fit the map to the dataset's bounds once loaded (not when the link set a camera). */
  readonly fitCamera?: boolean;
}

export async function startDatasetLoad(store: AppStore, options: StartDatasetLoadOptions) {
  const { setLoadProgress, setDataset, setLoadError, requestCamera } = store.getState();
  try {
    performance.mark('atlas:load-start');
    const dataset = await options.load(
      options.manifestUrl ?? DEFAULT_MANIFEST_URL,
      setLoadProgress,
    );
    performance.mark('atlas:load-end');
    setDataset(dataset);
    const { notices, ...refs } = dropUnknownRefs(store.getState(), dataset);
    store.setState(refs);
    store.getState().addNotices(notices);
    if (options.fitCamera) {
      requestCamera({ kind: 'fit', bounds: dataset.manifest.bounds, animate: false });
    }
  } catch (error) {
    setLoadError(error instanceof Error ? error.message : String(error));
  }
}
