// Every deck.gl layer of an atlas in one explicit draw order: the families in LAYER_IDS order
// (bottom first), then the labels on top. Hidden layers stay in the list with visible: false
// so deck.gl keeps their GPU buffers.
import type { Layer } from '@deck.gl/core';
import type { Atlas, LayerRecords } from '../domain/atlas';
import { LAYER_IDS, type LayerId } from '../domain/layerFamilies';
import type { Lang } from '../domain/lang';
import type { Rgba } from './colour';
import { datacentresLayers } from './layers/datacentresLayers';
import { fibreRoutesLayers } from './layers/fibreRoutesLayers';
import { hubLabelsLayers, hubsLayers } from './layers/hubsLayers';
import type { LayerOptions } from './layers/layerOptions';
import { networkNodesLayers } from './layers/networkNodesLayers';
import { powerLinesLayers } from './layers/powerLinesLayers';
import { powerPlantsLayers } from './layers/powerPlantsLayers';
import { regionLabelsLayers } from './layers/regionLabelsLayers';
import { regionsLayers } from './layers/regionsLayers';
import type { Theme } from './theme';
import type { FeatureRef } from '../state/appInputs';

export type { FeatureRef } from '../state/appInputs';

export interface BuildLayersOptions {
  readonly lang: Lang;
  readonly theme: Theme;
  readonly highlighted?: FeatureRef;
  readonly selected?: FeatureRef;
  /** Choropleth of the regions layer; `key` changes whenever the colours or dimmed set do. */
  readonly regionFill?: {
    readonly colours: ReadonlyMap<string, Rgba>;
    readonly dimmedIds?: ReadonlySet<string>;
    readonly key: string | number;
  };
  /** Per-layer predicates; records for which one is true fade out. */
  readonly filteredOut?: { readonly [L in LayerId]?: (record: LayerRecords[L]) => boolean };
  /** Changes whenever any `filteredOut` predicate would answer differently. */
  readonly filterKey?: string | number;
  /** The one character set of every label layer (see atlasLabelCharacters). */
  readonly labelCharacters?: Set<string>;
  /** The map's zoom, for detail shown only when zoomed in (e.g. cluster names). */
  readonly zoom?: number;
  /** Draw province and hub names (default true). */
  readonly labels?: boolean;
}

type Factory<L extends LayerId> = (
  records: readonly LayerRecords[L][],
  options: LayerOptions<LayerRecords[L]>,
) => Layer[];

const FAMILIES: { readonly [L in LayerId]: Factory<L> } = {
  regions: regionsLayers,
  power_lines: powerLinesLayers,
  fibre_routes: fibreRoutesLayers,
  power_plants: powerPlantsLayers,
  network_nodes: networkNodesLayers,
  datacentres: datacentresLayers,
  hubs: hubsLayers,
};

const LABELS: { readonly [L in LayerId]?: Factory<L> } = {
  regions: regionLabelsLayers,
  hubs: hubLabelsLayers,
};

function optionsFor<L extends LayerId>(
  layerId: L,
  visible: boolean,
  options: BuildLayersOptions,
): LayerOptions<LayerRecords[L]> & {
  fillColours?: ReadonlyMap<string, Rgba>;
  dimmedIds?: ReadonlySet<string>;
  fillKey?: string | number;
} {
  const fill = layerId === 'regions' ? options.regionFill : undefined;
  return {
    lang: options.lang,
    theme: options.theme,
    visible,
    highlightedId: options.highlighted?.layerId === layerId ? options.highlighted.id : undefined,
    selectedId: options.selected?.layerId === layerId ? options.selected.id : undefined,
    isFilteredOut: options.filteredOut?.[layerId] as
      ((record: LayerRecords[L]) => boolean) | undefined,
    filterKey: options.filterKey,
    zoom: options.zoom,
    labelCharacters: options.labelCharacters,
    fillColours: fill?.colours,
    dimmedIds: fill?.dimmedIds,
    fillKey: fill?.key,
  };
}

/** All layers of `atlas` in draw order; `visibility[id]` false hides a family and its labels. */
export function buildLayers(
  atlas: Atlas,
  visibility: Readonly<Record<LayerId, boolean>>,
  options: BuildLayersOptions,
): Layer[] {
  const family = <L extends LayerId>(
    id: L,
    table: { readonly [K in LayerId]?: Factory<K> },
    visible: boolean,
  ): Layer[] => {
    const factory = table[id] as Factory<L> | undefined;
    return factory
      ? factory(atlas[id] as readonly LayerRecords[L][], optionsFor(id, visible, options))
      : [];
  };
  const showLabels = options.labels ?? true;
  return [
    ...LAYER_IDS.flatMap((id) => family(id, FAMILIES, visibility[id])),
    ...LAYER_IDS.flatMap((id) => family(id, LABELS, visibility[id] && showLabels)),
  ];
}
