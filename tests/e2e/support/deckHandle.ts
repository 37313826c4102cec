// Reaches the deck.gl instance behind the app's MapLibreOverlay, for waits and label checks.
// The app does not expose it, so it is found among the map's controls (`map._controls`) and
// set as `window.__atlasDeck`, which `waitForMapIdle` then also waits for.
import type { Page } from 'playwright-core';
import type { AtlasWindow } from './pageGlobals';

interface DeckLayerShape {
  id: string;
  props: {
    visible?: boolean;
    data?: unknown;
    getText?: (record: unknown) => string;
  };
}

interface DeckShape {
  layerManager?: { getLayers(): DeckLayerShape[] } | null;
}

interface ControlsWindow {
  __atlasMap?: { _controls?: { _deck?: unknown }[] };
  __atlasDeck?: { _deck?: DeckShape } & DeckShape;
}

/** Sets `window.__atlasDeck` to the map's deck.gl overlay if the app did not; true if found. */
export async function exposeDeck(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const w = window as ControlsWindow & AtlasWindow;
    if (w.__atlasDeck) return true;
    const overlay = w.__atlasMap?._controls?.find((control) => control._deck !== undefined);
    if (!overlay) return false;
    Object.defineProperty(window, '__atlasDeck', { value: overlay, configurable: true });
    return true;
  });
}

/**
 * Whether the deck layer `deckLayerId` — or, for a family, any of its parts (`id:part`, e.g. the
 * wind farms' hexagon bins at national zoom) — is currently drawn (`visible` prop); null if absent.
 */
export async function deckLayerVisible(page: Page, deckLayerId: string): Promise<boolean | null> {
  return page.evaluate((layerId) => {
    const w = window as ControlsWindow;
    const deck = w.__atlasDeck?._deck ?? w.__atlasDeck;
    const layers = (deck?.layerManager?.getLayers() ?? []).filter(
      (candidate) => candidate.id === layerId || candidate.id.startsWith(`${layerId}:`),
    );
    if (layers.length === 0) return null;
    return layers.some((layer) => layer.props.visible !== false);
  }, deckLayerId);
}

/**
 * The text a deck TextLayer (`deckLayerId`, e.g. `regions:labels`) draws for the record with
 * `featureId`, through the layer's own `getText`; null if the layer is absent or the placement
 * dropped the record's label.
 */
export async function deckLabelText(
  page: Page,
  deckLayerId: string,
  featureId: string,
): Promise<string | null> {
  return page.evaluate(
    ({ layerId, featureId }) => {
      const w = window as ControlsWindow;
      const deck = w.__atlasDeck?._deck ?? w.__atlasDeck;
      const layer = deck?.layerManager?.getLayers().find((candidate) => candidate.id === layerId);
      const data = layer?.props.data;
      if (!layer?.props.getText || !Array.isArray(data)) return null;
      // Label layers hold the kept labels as { record, index }.
      const label = (data as { record?: { id?: string } }[]).find(
        (candidate) => candidate.record?.id === featureId,
      );
      return label ? layer.props.getText(label) : null;
    },
    { layerId: deckLayerId, featureId },
  );
}
