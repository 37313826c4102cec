// The camera the app stores and the moves it may ask the map for. A request carries a nonce:
// a new nonce is a new move, so asking twice for the same place moves twice. The types are the
// store's (src/state/appInputs.ts); this module performs the moves.
import type { Camera, CameraMove } from '../state/appInputs';

export type { Camera, CameraMove, CameraRequest } from '../state/appInputs';

/** The part of a MapLibre map a camera move needs (a real map, or a fake in tests). */
export interface CameraTarget {
  fitBounds(
    bounds: [[number, number], [number, number]],
    options: { padding: number; animate?: boolean },
  ): unknown;
  flyTo(options: { center: [number, number]; zoom?: number }): unknown;
  easeTo(options: { zoom: number }): unknown;
  jumpTo(options: {
    center: [number, number];
    zoom: number;
    bearing: number;
    pitch: number;
  }): unknown;
  getZoom(): number;
}

/** Padding in pixels kept around fitted bounds. */
export const FIT_PADDING_PX = 32;

/** Performs one camera move on the map. */
export function applyCameraMove(map: CameraTarget, move: CameraMove): void {
  switch (move.kind) {
    case 'fit': {
      const [west, south, east, north] = move.bounds;
      map.fitBounds(
        [
          [west, south],
          [east, north],
        ],
        move.animate === false
          ? { padding: FIT_PADDING_PX, animate: false }
          : { padding: FIT_PADDING_PX },
      );
      return;
    }
    case 'fly':
      map.flyTo({
        center: [move.longitude, move.latitude],
        ...(move.zoom === undefined ? {} : { zoom: move.zoom }),
      });
      return;
    case 'zoom':
      map.easeTo({ zoom: map.getZoom() + move.delta });
      return;
    case 'jump': {
      const { longitude, latitude, zoom, bearing, pitch } = move.camera;
      map.jumpTo({ center: [longitude, latitude], zoom, bearing, pitch });
      return;
    }
  }
}

/** The camera of a map, in the app's terms. */
export function cameraOf(map: {
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  getBearing(): number;
  getPitch(): number;
}): Camera {
  const center = map.getCenter();
  return {
    longitude: center.lng,
    latitude: center.lat,
    zoom: map.getZoom(),
    bearing: map.getBearing(),
    pitch: map.getPitch(),
  };
}
