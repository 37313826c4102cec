// Reads the app's store (`window.__atlasStore`, read-only) from a browser test: a plain,
// serialisable snapshot of what the user sees — language, visible layers, selection, dataset.
import type { Page } from 'playwright-core';

/** What a test may compare of the app state; every field is plain data. */
export interface AtlasSnapshot {
  readonly lang: string;
  readonly visibleLayers: readonly string[];
  readonly selection: { readonly layerId: string; readonly id: string } | null;
  readonly panelOpen: boolean;
  readonly panelTab: string;
  /** The last progress report of the dataset load, null before the first. */
  readonly loadProgress: { readonly loadedLayers: number; readonly totalLayers: number } | null;
  /** Null until the dataset has loaded. */
  readonly dataset: {
    /** Feature ids per layer, in load order. */
    readonly ids: Readonly<Record<string, readonly string[]>>;
    /** Load state per layer (`loaded`, `failed`, `missing`). */
    readonly states: Readonly<Record<string, string>>;
    readonly manifestLayerIds: readonly string[];
  } | null;
}

interface StoreWindow {
  __atlasStore?: { getState(): Record<string, unknown> };
}

interface LoadedShape {
  atlas: Record<string, { id: string }[]>;
  layers: { layerId: string; state: string }[];
  manifest: { layers: { id: string }[] };
}

/** A snapshot of the store; throws if the app has not exposed it. */
export async function readAtlasState(page: Page): Promise<AtlasSnapshot> {
  return page.evaluate(() => {
    const store = (window as StoreWindow).__atlasStore;
    if (!store) throw new Error('window.__atlasStore is not set');
    const state = store.getState();
    const loaded = state.dataset as LoadedShape | null;
    const dataset = loaded
      ? {
          ids: Object.fromEntries(
            Object.entries(loaded.atlas).map(([layerId, records]) => [
              layerId,
              records.map((record) => record.id),
            ]),
          ),
          states: Object.fromEntries(loaded.layers.map((layer) => [layer.layerId, layer.state])),
          manifestLayerIds: loaded.manifest.layers.map((layer) => layer.id),
        }
      : null;
    return {
      lang: String(state.lang),
      visibleLayers: [...(state.visibleLayers as string[])],
      selection: (state.selection as AtlasSnapshot['selection']) ?? null,
      panelOpen: Boolean(state.panelOpen),
      panelTab: String(state.panelTab),
      loadProgress: (state.loadProgress as AtlasSnapshot['loadProgress']) ?? null,
      dataset,
    };
  });
}

/** One property of a loaded record by its record name (camelCase, e.g. `nameZh`, `position`). */
export async function recordField(
  page: Page,
  layerId: string,
  id: string,
  field: string,
): Promise<unknown> {
  return page.evaluate(
    ({ layerId, id, field }) => {
      const state = (window as StoreWindow).__atlasStore?.getState();
      const dataset = state?.dataset as LoadedShape | null | undefined;
      const record = dataset?.atlas[layerId]?.find((candidate) => candidate.id === id);
      return record ? (record as unknown as Record<string, unknown>)[field] : undefined;
    },
    { layerId, id, field },
  );
}
