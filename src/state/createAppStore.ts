// The app store: a zustand vanilla store holding the user's inputs (the shareable ones and the
// panel state), the loaded dataset and the latest analysis from the compute worker. A factory, so
// that tests make their own store and the app makes one.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LoadedDataset, LoadProgress } from '../data';
import type { Constraint } from '../domain/constraints/constraint';
import { LAYER_IDS, type LayerId } from '../domain/layerFamilies';
import type { Lang } from '../domain/lang';
import type { LatencySettings } from '../domain/network/latencySettings';
import type { WeightsConfig } from '../domain/score/weightsConfig';
import type { VintageSettings } from '../domain/vintage/asOf';
import type { ScoreScale } from '../domain/vintage/scoreScale';
import type { Camera, CameraMove, CameraRequest, FeatureRef, PanelTab, Theme } from './appInputs';
import type { Analysis } from '../domain/analysis';
import type { SiteAnalysis } from '../domain/sites/siteAnalysis';
import { DEFAULT_SITE_SETTINGS } from '../domain/sites/sitePresets';
import type { SiteSettings } from '../domain/sites/siteSettings';
import { mergeAddedLayers, type AddedLayer } from './addedLayers';
import {
  MAX_COMPARED_REGIONS,
  DEFAULT_SHAREABLE_STATE,
  type Metric,
  type ShareableState,
} from './url/shareableState';
import type { Notice } from './url/notices';
import {
  activeScenarioOf,
  scenarioSlice,
  type ScenarioActions,
  type ScenarioState,
} from './scenarios/scenarioSlice';
import { displayedDataset } from './scenarios/displayedDataset';

export interface AppInputsState extends ShareableState {
  readonly panelTab: PanelTab;
  readonly panelOpen: boolean;
  /** The panel's "show latency rings" switch (not in links: a latency constraint shows them too). */
  readonly showLatencyRings: boolean;
  /** Whether the chart through the years is open (the worker then scores every year). */
  readonly showYearChart: boolean;
}

/** What comes from outside the user's inputs: the dataset, the worker's analysis, notices. */
export interface AppDataState {
  /** The dataset as loaded from its manifest. */
  readonly baseDataset: LoadedDataset | null;
  /** Layers the user added from files, newest last. */
  readonly addedLayers: readonly AddedLayer[];
  /** The base dataset with the added layers merged in: what the map, score and filters use. */
  readonly dataset: LoadedDataset | null;
  readonly loadProgress: LoadProgress | null;
  readonly loadError: string | null;
  /** The latest results of the compute worker for the current inputs (null until the first). */
  readonly analysis: Analysis | null;
  /** Messages for the user about the link or the data (e.g. a hostile URL was repaired). */
  readonly notices: readonly Notice[];
  /** The latest camera move the UI asked for; MapView performs each new nonce once. */
  readonly cameraRequest: CameraRequest | null;
  /** The feature under the pointer (map or a list), drawn emphasised. */
  readonly hovered: FeatureRef | null;
  /** The latest site-finder answer (null until the first, or while the site finder is off). */
  readonly sites: SiteAnalysis | null;
  /** Why the last site-finder request failed, if it did. */
  readonly sitesError: string | null;
  /** The candidate (its id) or grid cell under the pointer (with the pointer's position in CSS
   * pixels, for the tooltip), drawn emphasised. */
  readonly siteHover: {
    readonly candidateId?: string;
    readonly cell?: number;
    readonly x?: number;
    readonly y?: number;
  } | null;
}

export interface AppActions {
  setLang(lang: Lang): void;
  setTheme(theme: Theme): void;
  setCamera(camera: Camera): void;
  setLayerVisible(layerId: LayerId, visible: boolean): void;
  select(ref: FeatureRef | null): void;
  setPanelTab(tab: PanelTab): void;
  setPanelOpen(open: boolean): void;
  setShowLatencyRings(show: boolean): void;
  setMetric(metric: Metric): void;
  setWeights(weights: WeightsConfig): void;
  setConstraints(constraints: readonly Constraint[]): void;
  setLatency(latency: LatencySettings): void;
  setVintage(vintage: VintageSettings): void;
  setScoreScale(scoreScale: ScoreScale): void;
  setCompareYear(year: number | undefined): void;
  setShowYearChart(show: boolean): void;
  /** Adds the region to the compared set, or removes it if it is there (at most three). */
  toggleCompare(regionId: string): void;
  /** Replaces every shareable input at once (a link was opened, back/forward). */
  applyShareable(state: ShareableState): void;
  setLoadProgress(progress: LoadProgress): void;
  setDataset(dataset: LoadedDataset): void;
  setLoadError(message: string): void;
  addLayer(layer: AddedLayer): void;
  removeLayer(id: string): void;
  setAnalysis(analysis: Analysis): void;
  addNotices(notices: readonly Notice[]): void;
  dismissNotice(index: number): void;
  requestCamera(move: CameraMove): void;
  hover(ref: FeatureRef | null): void;
  /** Turns the site finder on with these settings, or off (null). */
  setSiteFinder(settings: SiteSettings | null): void;
  setSites(sites: SiteAnalysis | null, error?: string): void;
  hoverSite(hover: AppDataState['siteHover']): void;
}

export type AppState = AppInputsState &
  AppDataState &
  AppActions &
  ScenarioState &
  ScenarioActions & {
    /** Sets the compressed active scenario of links (app/connectScenarioLink). */
    setScenarioCode(code: string | undefined): void;
  };
export type AppStore = StoreApi<AppState>;

export const DEFAULT_INPUTS: AppInputsState = {
  ...DEFAULT_SHAREABLE_STATE,
  panelTab: 'layers',
  panelOpen: true,
  showLatencyRings: false,
  showYearChart: false,
};

const EMPTY_DATA: AppDataState = {
  baseDataset: null,
  addedLayers: [],
  dataset: null,
  loadProgress: null,
  loadError: null,
  analysis: null,
  notices: [],
  cameraRequest: null,
  hovered: null,
  sites: null,
  sitesError: null,
  siteHover: null,
};

export function createAppStore(initial: Partial<AppInputsState> = {}): AppStore {
  return createStore<AppState>()((set, get) => ({
    ...DEFAULT_INPUTS,
    ...EMPTY_DATA,
    ...scenarioSlice(set, get),
    ...initial,
    setScenarioCode: (scenarioCode) => set({ scenarioCode }),
    setLang: (lang) => set({ lang }),
    setTheme: (theme) => set({ theme }),
    setCamera: (camera) => set({ camera }),
    setLayerVisible: (layerId, visible) =>
      set((state) => ({ visibleLayers: toggled(state.visibleLayers, layerId, visible) })),
    select: (selection) => set({ selection }),
    setPanelTab: (panelTab) =>
      set((state) => ({
        panelTab,
        panelOpen: true,
        // Opening the Sites tab turns the site finder on (the default preset).
        ...(panelTab === 'sites' && !state.siteFinder ? { siteFinder: DEFAULT_SITE_SETTINGS } : {}),
      })),
    setPanelOpen: (panelOpen) => set({ panelOpen }),
    setShowLatencyRings: (showLatencyRings) => set({ showLatencyRings }),
    setMetric: (metric) => set({ metric }),
    setWeights: (weights) => set({ weights }),
    setConstraints: (constraints) => set({ constraints }),
    setLatency: (latency) => set({ latency }),
    setVintage: (vintage) => set({ vintage }),
    setScoreScale: (scoreScale) => set({ scoreScale }),
    setCompareYear: (compareYear) => set({ compareYear }),
    setShowYearChart: (showYearChart) => set({ showYearChart }),
    toggleCompare: (regionId) =>
      set((state) => ({ compareRegionIds: toggledCompare(state.compareRegionIds, regionId) })),
    applyShareable: (shareable) =>
      set((state) => ({
        ...shareable,
        // A link that carries a site-finder view opens its tab.
        ...(shareable.siteFinder && !state.siteFinder ? { panelTab: 'sites' as const } : {}),
      })),
    setLoadProgress: (loadProgress) => set({ loadProgress }),
    setDataset: (baseDataset) =>
      set((state) => ({
        baseDataset,
        dataset: displayedDataset(
          mergeAddedLayers(baseDataset, state.addedLayers),
          activeScenarioOf(state),
        ),
        loadError: null,
        analysis: null,
        sites: null,
      })),
    addLayer: (layer) => set((state) => withAddedLayers(state, [...state.addedLayers, layer])),
    removeLayer: (id) =>
      set((state) =>
        withAddedLayers(
          state,
          state.addedLayers.filter((layer) => layer.id !== id),
        ),
      ),
    setLoadError: (loadError) => set({ loadError }),
    setAnalysis: (analysis) => set({ analysis }),
    addNotices: (notices) =>
      set((state) => ({
        notices: notices.length ? [...state.notices, ...notices] : state.notices,
      })),
    dismissNotice: (index) =>
      set((state) => ({ notices: state.notices.filter((_, i) => i !== index) })),
    requestCamera: (move) =>
      set((state) => ({
        cameraRequest: { ...move, nonce: (state.cameraRequest?.nonce ?? 0) + 1 } as CameraRequest,
      })),
    hover: (hovered) => set({ hovered }),
    setSiteFinder: (siteFinder) =>
      set(
        siteFinder
          ? { siteFinder }
          : { siteFinder, sites: null, sitesError: null, siteHover: null },
      ),
    setSites: (sites, error) => set({ sites, sitesError: error ?? null }),
    hoverSite: (siteHover) => set({ siteHover }),
  }));
}

function withAddedLayers(state: AppState, addedLayers: readonly AddedLayer[]) {
  const base = state.baseDataset;
  const merged = base ? mergeAddedLayers(base, addedLayers) : null;
  return {
    addedLayers,
    dataset: merged ? displayedDataset(merged, activeScenarioOf(state)) : state.dataset,
  };
}

/** The visible layers after one toggle, always in draw order so that equal sets compare equal. */
function toggled(layers: readonly LayerId[], layerId: LayerId, visible: boolean): LayerId[] {
  return LAYER_IDS.filter((id) => (id === layerId ? visible : layers.includes(id)));
}

function toggledCompare(ids: readonly string[], regionId: string): string[] {
  if (ids.includes(regionId)) return ids.filter((id) => id !== regionId);
  return [...ids, regionId].slice(-MAX_COMPARED_REGIONS);
}
