// The map and its tooltip: MapView with the layers map/useAtlasLayers decides, hover and click
// reported back to the store, the tooltip text for what is hovered, and the page marked ready once
// the first frame with the dataset has drawn.
import { useCallback, useState } from 'react';
import { describeField } from '../data';
import { MapView } from '../map/MapView';
import type { PickedFeature } from '../map/pickedFeature';
import { useAtlasLayers } from '../map/useAtlasLayers';
import { isAggregate } from '../map/aggregateRecord';
import { useAppStore } from '../state/AppStoreContext';
import { DEFAULT_CAMERA } from '../state/appInputs';
import { useT } from './i18n/useT';
import { regionScoreTooltipLines } from './score';
import { SiteCellTooltip } from './sites/SiteCellTooltip';
import { useIndicatorVintage } from './score/useIndicatorVintage';
import { Tooltip, type TooltipContent } from './Tooltip';
import { tooltipContent } from './tooltipContent';

/** The side panel's width with its margin, and the screen width from which it sits beside the map. */
const SIDE_PANEL_PX = 376;
const SIDE_PANEL_MIN_SCREEN_PX = 700;

export function MapArea() {
  const t = useT();
  const { layers, regions, drawn } = useAtlasLayers();
  const lang = useAppStore((state) => state.lang);
  const theme = useAppStore((state) => state.theme);
  const dataset = useAppStore((state) => state.dataset);
  const analysis = useAppStore((state) => state.analysis);
  const cameraRequest = useAppStore((state) => state.cameraRequest);
  const initialCamera = useAppStore((state) => state.camera);
  const panelOpen = useAppStore((state) => state.panelOpen);
  const metric = useAppStore((state) => state.metric);
  const vintageOf = useIndicatorVintage();
  const setCamera = useAppStore((state) => state.setCamera);
  const requestCamera = useAppStore((state) => state.requestCamera);
  const select = useAppStore((state) => state.select);
  const hover = useAppStore((state) => state.hover);
  const [tooltip, setTooltip] = useState<TooltipContent | null>(null);

  const onHover = useCallback(
    (picked: PickedFeature | null) => {
      hover(picked ? { layerId: picked.layerId, id: picked.object.id } : null);
      if (!picked || !dataset) return setTooltip(null);
      const describe = (key: string) => describeField(dataset.manifest.fields, picked.layerId, key);
      const text = tooltipContent(picked.layerId, picked.object, lang, describe);
      const shown =
        metric.kind === 'indicator' ? { id: metric.id, vintage: vintageOf(metric.id) } : undefined;
      const scoreLines =
        picked.layerId === 'regions'
          ? regionScoreTooltipLines(picked.object.id, analysis, lang, shown)
          : [];
      setTooltip({
        x: picked.x,
        y: picked.y,
        title: text.title,
        lines: [...text.lines, ...scoreLines],
      });
    },
    [dataset, hover, lang, analysis, metric, vintageOf],
  );

  const editing = useAppStore((state) => state.editTool !== null);
  const editAt = useAppStore((state) => state.editAt);
  const onClick = useCallback(
    (picked: PickedFeature | null, lonLat?: readonly [number, number]) => {
      // With a scenario's edit tool, a click places or moves; otherwise it selects.
      if (editing) return lonLat && editAt(lonLat);
      if (picked && isAggregate(picked.object)) {
        const [longitude, latitude] = picked.object.position;
        return requestCamera({
          kind: 'fly',
          longitude,
          latitude,
          zoom: picked.object.expandAtZoom,
        });
      }
      select(picked ? { layerId: picked.layerId, id: picked.object.id } : null);
    },
    [select, editing, editAt, requestCamera],
  );

  const onIdle = useCallback(() => {
    if (drawn) document.body.dataset.atlasReady = 'true';
  }, [drawn]);

  return (
    <div className="map-container">
      <MapView
        theme={theme}
        regions={regions}
        layers={layers}
        initialCamera={initialCamera ?? DEFAULT_CAMERA}
        cameraRequest={cameraRequest ?? undefined}
        attribution={
          (lang === 'zh' ? dataset?.manifest.attributionZh : undefined) ??
          dataset?.manifest.attribution ??
          ''
        }
        label={t('appTitle')}
        paddingLeftPx={
          panelOpen && window.innerWidth > SIDE_PANEL_MIN_SCREEN_PX ? SIDE_PANEL_PX : 0
        }
        onCameraChange={setCamera}
        onHover={onHover}
        onClick={onClick}
        placing={editing}
        onIdle={onIdle}
        drawn={drawn}
      />
      <Tooltip content={tooltip} />
      <SiteCellTooltip hidden={tooltip !== null} />
    </div>
  );
}
