// Where a geographic point lands on the page, whether the map is what lies there (not a panel
// or the legend), and the map's camera: for hovering and clicking features like a user.
import type { Page } from 'playwright-core';
import type { AtlasWindow } from './pageGlobals';

export interface MapPoint {
  /** Page coordinates in CSS pixels, for `page.mouse`. */
  readonly pageX: number;
  readonly pageY: number;
  /** True when the topmost element there is one of the map's canvases. */
  readonly onMap: boolean;
  /** The topmost element there, e.g. `canvas.maplibregl-canvas` or `section.legend`. */
  readonly topElement: string;
}

interface CameraWindow {
  __atlasMap?: {
    getCenter(): { lng: number; lat: number };
    getZoom(): number;
  };
}

/** The page position of `[lon, lat]` (degrees) and what is drawn on top there. */
export async function mapPoint(page: Page, lon: number, lat: number): Promise<MapPoint> {
  return page.evaluate(
    ({ lon, lat }) => {
      const map = (window as AtlasWindow).__atlasMap;
      if (!map) throw new Error('window.__atlasMap is not set');
      const box = map.getContainer().getBoundingClientRect();
      const point = map.project([lon, lat]);
      const pageX = box.left + point.x;
      const pageY = box.top + point.y;
      const top = document.elementFromPoint(pageX, pageY);
      const onMap = top instanceof HTMLCanvasElement && map.getContainer().contains(top);
      const topElement = top
        ? `${top.tagName.toLowerCase()}${top.classList.length ? `.${[...top.classList].join('.')}` : ''}`
        : '(nothing)';
      return { pageX, pageY, onMap, topElement };
    },
    { lon, lat },
  );
}

/** The map's centre (degrees) and zoom. */
export async function mapCamera(page: Page): Promise<{ lng: number; lat: number; zoom: number }> {
  return page.evaluate(() => {
    const map = (window as CameraWindow).__atlasMap;
    if (!map) throw new Error('window.__atlasMap is not set');
    const { lng, lat } = map.getCenter();
    return { lng, lat, zoom: map.getZoom() };
  });
}
