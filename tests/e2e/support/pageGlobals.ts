// The debugging handles the app puts on `window` for the browser tests, typed loosely:
// only the members the harness reads, so the tests never import maplibre or deck.gl.

/** The MapLibre map the app exposes as `window.__atlasMap`. */
export interface AtlasMapHandle {
  loaded(): boolean;
  isMoving(): boolean;
  project(lngLat: [number, number]): { x: number; y: number };
  getContainer(): HTMLElement;
  getCanvas(): HTMLCanvasElement;
  getStyle(): { layers?: { id: string; type: string; paint?: Record<string, unknown> }[] };
  /** Internal: set while a frame is scheduled (maplibre 6). */
  _frameRequest?: unknown;
}

/** deck.gl's Deck, or the MapLibreOverlay wrapping it (`_deck`), exposed as `window.__atlasDeck`. */
export interface AtlasDeckHandle {
  _deck?: AtlasDeckHandle;
  isInitialized?: boolean;
  needsRedraw?(options: { clearRedrawFlags: boolean }): unknown;
  layerManager?: { getLayers(): { id: string; isLoaded: boolean }[] } | null;
}

export interface AtlasWindow {
  __atlasMap?: AtlasMapHandle;
  __atlasDeck?: AtlasDeckHandle;
  __atlasIdleFrames?: number;
}
