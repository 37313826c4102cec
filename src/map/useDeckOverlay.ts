// Adds the deck.gl overlay to the map and keeps its layers current; hover and click arrive as
// PickedFeature (or null). Overlaid mode: deck draws its own canvas above MapLibre's. The overlay
// is exposed read-only as window.__atlasDeck so browser tests can wait until deck has drawn.
import type { Layer, PickingInfo } from '@deck.gl/core';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useEffectEvent, useState } from 'react';
import { toPickedFeature, type PickedFeature } from './pickedFeature';

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
  const click = useEffectEvent((info: PickingInfo) => {
    const [lon, lat] = info.coordinate ?? [];
    const lonLat = lon !== undefined && lat !== undefined ? ([lon, lat] as const) : undefined;
    onClick(toPickedFeature(info), lonLat);
  });

  useEffect(() => {
    if (!map) return;
    const created = new MapLibreOverlay({
      interleaved: false,
      layers: [],
      deviceProps: { webgl: { preserveDrawingBuffer: true } },
      onHover: (info) => hover(info),
      onClick: (info) => click(info),
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

  useEffect(() => {
    overlay?.setProps({ layers: [...layers] });
  }, [overlay, layers]);

  return overlay;
}
