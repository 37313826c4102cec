// The one component that owns the map: MapLibre draws the embedded basemap, deck.gl draws the
// given layers into the same canvas (interleaved); camera changes, hover and click are reported
// through callbacks.
import type { Layer } from '@deck.gl/core';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useEffectEvent, useMemo, useRef } from 'react';
import type { Region } from '../domain/atlas';
import { basemapStyle } from './basemap/basemapStyle';
import { applyCameraMove, cameraOf, type Camera, type CameraRequest } from './camera';
import type { PickedFeature } from './pickedFeature';
import type { Theme } from './theme';
import { useDeckOverlay } from './useDeckOverlay';
import { useMaplibreMap } from './useMaplibreMap';

export interface MapViewProps {
  readonly theme: Theme;
  /** Regions whose outlines the basemap draws (pass a stable array). */
  readonly regions: readonly Region[];
  readonly layers: readonly Layer[];
  /** Camera at creation; later changes go through `cameraRequest`. */
  readonly initialCamera: Camera;
  /** A new `nonce` performs the move. */
  readonly cameraRequest?: CameraRequest;
  /** The dataset's attribution line, shown in the map's attribution control. */
  readonly attribution: string;
  /** Pixels of the map covered by panels; the camera centres on the rest. */
  readonly paddingLeftPx?: number;
  /** Accessible name of the map region. */
  readonly label?: string;
  readonly onCameraChange?: (camera: Camera) => void;
  readonly onHover?: (picked: PickedFeature | null) => void;
  /** Also told where on the map (lon, lat in degrees) the click was, when known. */
  readonly onClick?: (picked: PickedFeature | null, lonLat?: readonly [number, number]) => void;
  /** A crosshair cursor: a click places something (a scenario's edit tool). */
  readonly placing?: boolean;
  /** Called once the basemap has loaded and the overlay is attached. */
  readonly onReady?: (map: MapLibreMap) => void;
  /** Called whenever the map has finished drawing and moving. */
  readonly onIdle?: () => void;
  /** True once `layers` hold the dataset: the map then draws once more, so an idle follows it. */
  readonly drawn?: boolean;
}

export function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const style = useMemo(
    () => basemapStyle(props.theme, props.regions),
    [props.theme, props.regions],
  );
  const { map, loaded } = useMaplibreMap(container, style, props.initialCamera, props.attribution);
  const overlay = useDeckOverlay(
    map,
    props.layers,
    (picked) => props.onHover?.(picked),
    (picked, lonLat) => props.onClick?.(picked, lonLat),
    props.placing ?? false,
  );
  const moved = useEffectEvent(() => map && props.onCameraChange?.(cameraOf(map)));
  const idle = useEffectEvent(() => props.onIdle?.());
  const ready = useEffectEvent((loaded: MapLibreMap) => props.onReady?.(loaded));

  useEffect(() => {
    if (map && overlay && loaded) ready(map);
  }, [map, overlay, loaded]);

  useEffect(() => {
    if (!map) return;
    const onMoveEnd = () => moved();
    const onIdle = () => idle();
    map.on('moveend', onMoveEnd);
    map.on('idle', onIdle);
    return () => {
      map.off('moveend', onMoveEnd);
      map.off('idle', onIdle);
    };
  }, [map]);

  // Once the layers hold the dataset the map draws once more, so the last idle event comes after
  // the dataset was drawn and onIdle sees it drawn.
  const drawn = props.drawn ?? false;
  useEffect(() => {
    if (drawn) map?.triggerRepaint();
  }, [map, drawn]);

  const paddingLeftPx = props.paddingLeftPx ?? 0;
  useEffect(() => {
    map?.setPadding({ left: paddingLeftPx, top: 0, right: 0, bottom: 0 });
  }, [map, paddingLeftPx]);

  const request = props.cameraRequest;
  useEffect(() => {
    if (map && request) applyCameraMove(map, request);
    // Only a new nonce is a new move; the rest of the request rides along with it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, request?.nonce]);

  return (
    <div
      ref={container}
      className="atlas-map"
      role="region"
      aria-label={props.label ?? 'Map'}
      data-testid="atlas-map"
      style={{ position: 'absolute', inset: 0 }}
    />
  );
}
