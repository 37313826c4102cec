// The displayed dataset's regions, or one shared empty list before a dataset is there (a selector
// that made a new empty array would hand React a new snapshot on every read, and render forever).
import type { Region } from '../domain/atlas';
import { useAppStore } from '../state/AppStoreContext';

const NO_REGIONS: readonly Region[] = [];

export const useDatasetRegions = (): readonly Region[] =>
  useAppStore((state) => state.dataset?.atlas.regions ?? NO_REGIONS);
