// The app store: a zustand vanilla store holding inputs and the loaded dataset. A factory, so that
// tests make their own store and the app makes one.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { LAYER_IDS, type LayerId } from '../domain/layerIds';
import type { Lang } from '../domain/lang';
import type { LoadedDataset, LoadProgress } from '../data';
import {
  DEFAULT_CAMERA,
  DEFAULT_VISIBLE_LAYERS,
  type Camera,
  type CameraMove,
  type CameraRequest,
  type FeatureRef,
  type PanelTab,
  type Theme,
} from './appInputs';

export interface AppInputsState {
  readonly lang: Lang;
  readonly theme: Theme;
  readonly camera: Camera;
  readonly visibleLayers: readonly LayerId[];
  readonly selection: FeatureRef | null;
  readonly panelTab: PanelTab;
  readonly panelOpen: boolean;
}

/** The dataset as loaded from its manifest: data from outside, not a user input. */
export interface DatasetState {
  readonly dataset: LoadedDataset | null;
  readonly loadProgress: LoadProgress | null;
  readonly loadError: string | null;
  /** The latest camera move the UI asked for; MapView performs each new nonce once. */
  readonly cameraRequest: CameraRequest | null;
  /** The feature under the pointer (map or a list), drawn emphasised. */
  readonly hovered: FeatureRef | null;
}

export interface AppActions {
  setLang(lang: Lang): void;
  setTheme(theme: Theme): void;
  setCamera(camera: Camera): void;
  setLayerVisible(layerId: LayerId, visible: boolean): void;
  select(ref: FeatureRef | null): void;
  setPanelTab(tab: PanelTab): void;
  setPanelOpen(open: boolean): void;
  setLoadProgress(progress: LoadProgress): void;
  setDataset(dataset: LoadedDataset): void;
  setLoadError(message: string): void;
  requestCamera(move: CameraMove): void;
  hover(ref: FeatureRef | null): void;
}

export type AppState = AppInputsState & DatasetState & AppActions;
export type AppStore = StoreApi<AppState>;

export const DEFAULT_INPUTS: AppInputsState = {
  lang: 'zh',
  theme: 'light',
  camera: DEFAULT_CAMERA,
  visibleLayers: DEFAULT_VISIBLE_LAYERS,
  selection: null,
  panelTab: 'layers',
  panelOpen: true,
};

export function createAppStore(initial: Partial<AppInputsState> = {}): AppStore {
  return createStore<AppState>()((set) => ({
    ...DEFAULT_INPUTS,
    dataset: null,
    loadProgress: null,
    loadError: null,
    cameraRequest: null,
    hovered: null,
    ...initial,
    setLang: (lang) => set({ lang }),
    setTheme: (theme) => set({ theme }),
    setCamera: (camera) => set({ camera }),
    setLayerVisible: (layerId, visible) =>
      set((state) => ({ visibleLayers: toggled(state.visibleLayers, layerId, visible) })),
    select: (selection) => set({ selection }),
    setPanelTab: (panelTab) => set({ panelTab, panelOpen: true }),
    setPanelOpen: (panelOpen) => set({ panelOpen }),
    setLoadProgress: (loadProgress) => set({ loadProgress }),
    setDataset: (dataset) => set({ dataset, loadError: null }),
    setLoadError: (loadError) => set({ loadError }),
    requestCamera: (move) =>
      set((state) => ({
        cameraRequest: { ...move, nonce: (state.cameraRequest?.nonce ?? 0) + 1 } as CameraRequest,
      })),
    hover: (hovered) => set({ hovered }),
  }));
}

/** The visible layers after one toggle, always in draw order so that equal sets compare equal. */
function toggled(layers: readonly LayerId[], layerId: LayerId, visible: boolean): LayerId[] {
  return LAYER_IDS.filter((id) => (id === layerId ? visible : layers.includes(id)));
}
