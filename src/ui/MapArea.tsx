// The map with the dataset's layers: builds the deck.gl layers from the store's inputs (a new
// dataset's once its first scores are in, or after a short wait), reports hover and click back to
// the store, and marks the page ready once the first frame with them has drawn.
import { useCallback, useMemo, useState } from 'react';
import { LAYER_IDS, type LayerId } from '../domain/layerFamilies';
import { describeField } from '../data';
import { buildLayers } from '../map/buildLayers';
import { MapView } from '../map/MapView';
import type { PickedFeature } from '../map/pickedFeature';
import { useAppStore } from '../state/AppStoreContext';
import { DEFAULT_CAMERA } from '../state/appInputs';
import { useT } from './i18n/useT';
import { useAwaitFirstAnalysis } from './useAwaitFirstAnalysis';
import { Tooltip, type TooltipContent } from './Tooltip';
import { tooltipContent } from './tooltipContent';
import { atlasLabelCharacters } from '../map/layerFamilies';
import { latencyRingsLayers, RING_LABEL_CHARACTERS } from '../map/layers/latencyRingsLayers';
import { useConstraintMapFilter, useLatencyRings, useLatencyRingsVisible } from './constraints';
import { regionScoreTooltipLines, useRegionFillColours } from './score';

const NO_REGIONS = [] as const;
/** The side panel's width with its margin, and the screen width from which it sits beside the map. */
const SIDE_PANEL_PX = 376;
const SIDE_PANEL_MIN_SCREEN_PX = 700;

export function MapArea() {
  const t = useT();
  const lang = useAppStore((state) => state.lang);
  const theme = useAppStore((state) => state.theme);
  const dataset = useAppStore((state) => state.dataset);
  const visibleLayers = useAppStore((state) => state.visibleLayers);
  const selection = useAppStore((state) => state.selection);
  const hovered = useAppStore((state) => state.hovered);
  const cameraRequest = useAppStore((state) => state.cameraRequest);
  const initialCamera = useAppStore((state) => state.camera);
  const zoom = useAppStore((state) => Math.floor(state.camera.zoom * 2) / 2);
  const setCamera = useAppStore((state) => state.setCamera);
  const select = useAppStore((state) => state.select);
  const hover = useAppStore((state) => state.hover);
  const panelOpen = useAppStore((state) => state.panelOpen);
  const [tooltip, setTooltip] = useState<TooltipContent | null>(null);

  const fill = useRegionFillColours();
  const filter = useConstraintMapFilter();
  const rings = useLatencyRings();
  const ringsVisible = useLatencyRingsVisible();
  const analysis = useAppStore((state) => state.analysis);
  const awaitingAnalysis = useAwaitFirstAnalysis(dataset, analysis);

  const labelCharacters = useMemo(
    () => dataset && atlasLabelCharacters(dataset.atlas, RING_LABEL_CHARACTERS),
    [dataset],
  );
  const ringLayers = useMemo(
    () =>
      latencyRingsLayers(rings, {
        visible: ringsVisible,
        theme,
        lang,
        labelCharacters: labelCharacters ?? undefined,
      }),
    [rings, ringsVisible, theme, lang, labelCharacters],
  );

  const atlasLayers = useMemo(() => {
    if (!dataset || awaitingAnalysis) return [];
    const visibility = Object.fromEntries(
      LAYER_IDS.map((id) => [id, visibleLayers.includes(id)]),
    ) as Record<LayerId, boolean>;
    return buildLayers(dataset.atlas, visibility, {
      lang,
      theme,
      highlighted: hovered ?? undefined,
      selected: selection ?? undefined,
      zoom,
      labelCharacters: labelCharacters ?? undefined,
      areaFill: fill && {
        colours: fill.colours,
        dimmedIds: filter?.dimmedRegionIds,
        key: `${fill.key}|${filter?.filterKey ?? ''}`,
      },
      filteredOut: filter?.filteredOut,
      filterKey: filter?.filterKey,
    });
  }, [
    dataset,
    visibleLayers,
    lang,
    theme,
    hovered,
    selection,
    zoom,
    fill,
    filter,
    labelCharacters,
    awaitingAnalysis,
  ]);

  const layers = useMemo(() => [...atlasLayers, ...ringLayers], [atlasLayers, ringLayers]);

  const onHover = useCallback(
    (picked: PickedFeature | null) => {
      hover(picked ? { layerId: picked.layerId, id: picked.object.id } : null);
      if (!picked || !dataset) return setTooltip(null);
      const describe = (key: string) => describeField(dataset.manifest.fields, picked.layerId, key);
      const text = tooltipContent(picked.layerId, picked.object, lang, describe);
      const scoreLines =
        picked.layerId === 'regions'
          ? regionScoreTooltipLines(picked.object.id, analysis, lang)
          : [];
      setTooltip({
        x: picked.x,
        y: picked.y,
        title: text.title,
        lines: [...text.lines, ...scoreLines],
      });
    },
    [dataset, hover, lang, analysis],
  );

  const onClick = useCallback(
    (picked: PickedFeature | null) =>
      select(picked ? { layerId: picked.layerId, id: picked.object.id } : null),
    [select],
  );

  const onIdle = useCallback(() => {
    if (dataset && !awaitingAnalysis) document.body.dataset.atlasReady = 'true';
  }, [dataset, awaitingAnalysis]);

  return (
    <div className="map-container">
      <MapView
        theme={theme}
        regions={dataset && !awaitingAnalysis ? dataset.atlas.regions : NO_REGIONS}
        layers={layers}
        initialCamera={initialCamera ?? DEFAULT_CAMERA}
        cameraRequest={cameraRequest ?? undefined}
        attribution={dataset?.manifest.attribution ?? ''}
        label={t('appTitle')}
        paddingLeftPx={
          panelOpen && window.innerWidth > SIDE_PANEL_MIN_SCREEN_PX ? SIDE_PANEL_PX : 0
        }
        onCameraChange={setCamera}
        onHover={onHover}
        onClick={onClick}
        onIdle={onIdle}
      />
      <Tooltip content={tooltip} />
    </div>
  );
}
