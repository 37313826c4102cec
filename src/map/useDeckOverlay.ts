// Adds the deck.gl overlay to the map and keeps its layers current; hover and click arrive as
// PickedFeature (or null). Interleaved mode: deck draws into MapLibre's own WebGL context, as
// custom layers of the style (a layer's `beforeId` puts it beneath that basemap layer), so a frame
// is one canvas and no composite of two (issue 17). The overlay is exposed read-only as
// window.__atlasDeck so browser tests can wait until deck has drawn.
import type { Layer, PickingInfo } from '@deck.gl/core';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { MapMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { toPickedFeature, type PickedFeature } from './pickedFeature';

/** Pixels around the pointer a click may hit a feature within (thin lines, small dots). */
const CLICK_RADIUS_PX = 2;

declare global {
  interface Window {
    __atlasDeck?: MapLibreOverlay;
  }
}

export function useDeckOverlay(
  map: MapLibreMap | null,
  layers: readonly Layer[],
  onHover: (picked: PickedFeature | null) => void,
  onClick: (picked: PickedFeature | null, lonLat?: readonly [number, number]) => void,
  placing = false,
): MapLibreOverlay | null {
  const [overlay, setOverlay] = useState<MapLibreOverlay | null>(null);
  const hover = useEffectEvent((info: PickingInfo) => {
    const picked = toPickedFeature(info);
    if (map) map.getCanvas().style.cursor = placing ? 'crosshair' : picked ? 'pointer' : '';
    onHover(picked);
  });
  const click = useEffectEvent((info: PickingInfo | null, lonLat: readonly [number, number]) => {
    onClick(info ? toPickedFeature(info) : null, lonLat);
  });

  useEffect(() => {
    if (!map) return;
    const created = new MapLibreOverlay({
      interleaved: true,
      layers: [],
      onHover: (info) => hover(info),
    });
    map.addControl(created);
    setOverlay(created);
    window.__atlasDeck = created;
    return () => {
      if (window.__atlasDeck === created) delete window.__atlasDeck;
      map.removeControl(created);
      setOverlay(null);
    };
  }, [map]);

  // A click is picked here, at MapLibre's click, not by deck.gl's own click event: interleaved,
  // deck.gl's click answered nothing when it came right after a layer change (seen in the browser
  // tests: the first click after toggling layers or picking an edit tool was lost).
  useEffect(() => {
    if (!map || !overlay) return;
    const onMapClick = (event: MapMouseEvent) => {
      const { x, y } = event.point;
      const info = overlay.pickObject({ x, y, radius: CLICK_RADIUS_PX });
      click(info, [event.lngLat.lng, event.lngLat.lat]);
    };
    map.on('click', onMapClick);
    return () => {
      map.off('click', onMapClick);
    };
  }, [map, overlay]);

  // deck.gl places its layers in the style only while the style is fully loaded (no source or tile
  // still loading) and when the style changes; else it draws them above the whole basemap. So the
  // layers are given again at the next idle after a change made while the map was loading.
  const unplaced = useRef(true);
  useEffect(() => {
    if (!map || !overlay) return;
    unplaced.current ||= !map.isStyleLoaded();
    overlay.setProps({ layers: [...layers] });
  }, [map, overlay, layers]);
  const place = useEffectEvent(() => {
    if (!map?.isStyleLoaded() || !unplaced.current) return;
    unplaced.current = false;
    overlay?.setProps({ layers: [...layers] });
  });
  useEffect(() => {
    if (!map) return;
    const restyled = () => (unplaced.current = true);
    const idle = () => place();
    map.on('styledata', restyled);
    map.on('idle', idle);
    return () => {
      map.off('styledata', restyled);
      map.off('idle', idle);
    };
  }, [map]);

  return overlay;
}
