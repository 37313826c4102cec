// Everything the map draws over the basemap, decided here from the app's state: the families of
// the dataset (a new dataset's once its first scores are in, or after a short wait), the region
// choropleth of the current metric, constraint failures dimmed or faded, hover and selection
// emphasised, labels in the current language, the as-of year's GPU filter, the latency rings when
// shown, and the site finder's surface just above the provinces while it is on.
import type { Layer } from '@deck.gl/core';
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Region } from '../domain/atlas';
import { LAYER_IDS, type LayerId } from '../domain/layerFamilies';
import { POLICY_RING_LATENCIES_MS, latencyRings } from '../domain/network/latencyRings';
import { useAppStore } from '../state/AppStoreContext';
import type { AppState } from '../state/createAppStore';
import { buildLayers } from './buildLayers';
import { regionFillColours } from './choropleth/regionFillColours';
import { constraintMapFilter } from './constraintMapFilter';
import { latencyRingsShown } from './latencyRingsShown';
import { placeAtlasLabels } from './labels/atlasLabels';
import { measureLabel } from './labels/measureLabel';
import { atlasLabelCharacters, familyOfLayer } from './layerFamilies';
import { latencyRingsLayers, RING_LABEL_CHARACTERS } from './layers/latencyRingsLayers';
import { useAwaitFirstAnalysis } from './useAwaitFirstAnalysis';
import { useVintageFilter } from './useVintageFilter';
import { useSiteLayers } from './sites/useSiteLayers';
import { deltaFillColours } from './choropleth/deltaFillColours';
import { yearDeltaFill } from './choropleth/yearDeltaFill';
import { proposedLayers } from './layers/proposedLayers';

const selectInputs = (state: AppState) => ({
  dataset: state.dataset,
  analysis: state.analysis,
  visibleLayers: state.visibleLayers,
  lang: state.lang,
  theme: state.theme,
  metric: state.metric,
  hovered: state.hovered,
  selection: state.selection,
  latency: state.latency,
  hasConstraints: state.constraints.length > 0,
  ringsShown: latencyRingsShown(state),
  vintage: state.vintage,
  comparison: state.comparison,
  deltaMapScenarioId: state.deltaMapScenarioId,
  comparesYears: state.compareYear !== undefined,
  /** Half-zoom steps: enough for detail that appears when zoomed in. */
  zoom: Math.floor(state.camera.zoom * 2) / 2,
  /** The zoom at rest (the camera is stored when a move ends), for label placement. */
  exactZoom: state.camera.zoom,
});

const NO_REGIONS: readonly Region[] = [];

export interface AtlasLayers {
  readonly layers: readonly Layer[];
  /** The regions the basemap outlines (none while the dataset is held back or regions are off). */
  readonly regions: readonly Region[];
  /** True once the dataset's layers are in the list (the page may say it is drawn). */
  readonly drawn: boolean;
}

export function useAtlasLayers(): AtlasLayers {
  const inputs = useAppStore(useShallow(selectInputs));
  const { dataset, analysis, theme, lang, metric } = inputs;
  const holding = useAwaitFirstAnalysis(dataset, analysis);

  const labelCharacters = useMemo(
    () => (dataset ? atlasLabelCharacters(dataset.atlas, RING_LABEL_CHARACTERS) : undefined),
    [dataset],
  );
  const areaFill = useMemo(() => {
    if (!analysis) return undefined;
    // A scenario's ΔD, else two years' ΔD, replaces the metric's colours while asked for.
    const { comparison, deltaMapScenarioId } = inputs;
    const delta =
      comparison && deltaMapScenarioId
        ? deltaFillColours(comparison, deltaMapScenarioId)
        : undefined;
    const years = analysis.vintage?.comparison;
    const yearDelta = inputs.comparesYears && years ? yearDeltaFill(years) : undefined;
    const fill = delta ?? yearDelta ?? regionFillColours(analysis, metric);
    const filter = inputs.hasConstraints ? constraintMapFilter(analysis.constraints, 1) : undefined;
    return {
      colours: fill.colours,
      dimmedIds: filter?.dimmedRegionIds,
      key: `${fill.key}:${theme}|${filter?.filterKey ?? ''}`,
      filter,
    };
  }, [
    analysis,
    metric,
    theme,
    inputs.hasConstraints,
    inputs.comparison,
    inputs.deltaMapScenarioId,
    inputs.comparesYears,
  ]);

  const shownLabels = useMemo(
    () =>
      dataset ? placeAtlasLabels(dataset.atlas, inputs.exactZoom, lang, measureLabel) : undefined,
    [dataset, inputs.exactZoom, lang],
  );

  const hubs = dataset?.atlas.hubs;
  const rings = useMemo(
    () => (hubs ? latencyRings(hubs, POLICY_RING_LATENCIES_MS, inputs.latency) : []),
    [hubs, inputs.latency],
  );
  const ringLayers = useMemo(
    () => latencyRingsLayers(rings, { visible: inputs.ringsShown, theme, lang, labelCharacters }),
    [rings, inputs.ringsShown, theme, lang, labelCharacters],
  );

  const vintageFilter = useVintageFilter(dataset, inputs.vintage);
  const familyLayers = useMemo(() => {
    if (!dataset || holding) return [];
    const visibility = Object.fromEntries(
      LAYER_IDS.map((id) => [id, inputs.visibleLayers.includes(id)]),
    ) as Record<LayerId, boolean>;
    return buildLayers(dataset.atlas, visibility, {
      lang,
      theme,
      highlighted: inputs.hovered ?? undefined,
      selected: inputs.selection ?? undefined,
      zoom: inputs.zoom,
      labelCharacters,
      shownLabels,
      areaFill,
      filteredOut: areaFill?.filter?.filteredOut,
      filterKey: areaFill?.filter?.filterKey,
      vintageFilter,
    });
  }, [
    vintageFilter,
    dataset,
    holding,
    inputs.visibleLayers,
    inputs.hovered,
    inputs.selection,
    inputs.zoom,
    lang,
    theme,
    labelCharacters,
    shownLabels,
    areaFill,
  ]);

  const sites = useSiteLayers();
  const proposed = useMemo(
    () => (dataset && !holding ? proposedLayers(dataset.atlas, true) : []),
    [dataset, holding],
  );
  const layers = useMemo(() => {
    // The site surface goes just above the provinces' fill, below every other family.
    const provinces = familyLayers.findIndex((layer) => familyOfLayer(layer) !== 'regions');
    const cut = provinces < 0 ? familyLayers.length : provinces;
    return [
      ...familyLayers.slice(0, cut),
      ...sites,
      ...familyLayers.slice(cut),
      ...proposed,
      ...ringLayers,
    ];
  }, [familyLayers, ringLayers, sites, proposed]);
  const drawn = dataset !== null && !holding;
  const regionsShown = drawn && inputs.visibleLayers.includes('regions');
  return { layers, regions: regionsShown ? dataset.atlas.regions : NO_REGIONS, drawn };
}
