// Creates the one MapLibre map in a container, keeps its style and attribution current, and
// exposes it read-only as window.__atlasMap (browser tests wait on map.loaded()).
import {
  AttributionControl,
  Map as MapLibreMap,
  setWorkerUrl,
  type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Camera } from './camera';

setWorkerUrl(workerUrl);

declare global {
  interface Window {
    __atlasMap?: MapLibreMap;
  }
}

export function useMaplibreMap(
  container: RefObject<HTMLDivElement | null>,
  style: StyleSpecification | string,
  initialCamera: Camera,
  attribution: string,
): { map: MapLibreMap | null; loaded: boolean } {
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [loaded, setLoaded] = useState(false);
  const firstStyle = useRef(style);
  const firstCamera = useRef(initialCamera);

  useEffect(() => {
    if (!container.current) return;
    const { longitude, latitude, zoom, bearing, pitch } = firstCamera.current;
    const created = new MapLibreMap({
      container: container.current,
      style: firstStyle.current,
      center: [longitude, latitude],
      zoom,
      bearing,
      pitch,
      // The link format allows pitches up to 85°, MapLibre's own upper limit.
      maxPitch: 85,
      attributionControl: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    created.once('load', () => setLoaded(true));
    window.__atlasMap = created;
    setMap(created);
    return () => {
      setLoaded(false);
      if (window.__atlasMap === created) delete window.__atlasMap;
      created.remove();
      setMap(null);
    };
  }, [container]);

  useEffect(() => {
    if (map && style !== firstStyle.current) map.setStyle(style);
  }, [map, style]);

  useEffect(() => {
    if (!map || !attribution) return;
    const control = new AttributionControl({ compact: true, customAttribution: attribution });
    map.addControl(control, 'bottom-right');
    // MapLibre opens a compact attribution at first; the dataset's is several lines long and would
    // cover the map, so it starts folded (its "i" button opens it; the Data & sources tab and
    // every export carry it in full).
    map
      .getContainer()
      .querySelector('.maplibregl-compact-show')
      ?.classList.remove('maplibregl-compact-show');
    return () => {
      map.removeControl(control);
    };
  }, [map, attribution]);

  return { map, loaded };
}
