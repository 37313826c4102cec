// Every deck.gl layer of an atlas in one explicit draw order: the families in LAYER_IDS order
// (bottom first), then their labels on top. Hidden layers stay in the list with visible: false
// so deck.gl keeps their GPU buffers.
import type { Layer } from '@deck.gl/core';
import type { Atlas } from '../domain/atlas';
import { LAYER_IDS, layerFamily, type LayerId, type LayerRecords } from '../domain/layerFamilies';
import type { VintageFilterRange } from '../domain/vintage/vintageFilter';
import type { Lang } from '../domain/lang';
import type { FeatureRef } from '../state/appInputs';
import type { AreaFill, FamilyOptions } from './families/mapFamily';
import { labelKey } from './labels/atlasLabels';
import { drawFamily, drawFamilyLabels } from './layerFamilies';
import type { Theme } from './theme';

export type { FeatureRef } from '../state/appInputs';

export interface BuildLayersOptions {
  readonly lang: Lang;
  readonly theme: Theme;
  readonly highlighted?: FeatureRef;
  readonly selected?: FeatureRef;
  /** Choropleth of the area families (the regions). */
  readonly areaFill?: AreaFill;
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
  /** The as-of view's GPU filter range; families that are not dated are never filtered by year. */
  readonly vintageFilter?: VintageFilterRange;
  /** The labels the placement kept (labelKey); absent: every label. */
  readonly shownLabels?: ReadonlySet<string>;
}

function optionsFor<L extends LayerId>(
  layerId: L,
  visible: boolean,
  options: BuildLayersOptions,
): FamilyOptions<LayerRecords[L]> {
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
    areaFill: options.areaFill,
    vintageFilter: layerFamily(layerId).dated ? options.vintageFilter : undefined,
    ...(options.shownLabels
      ? {
          labelShown: (id: string) => options.shownLabels!.has(labelKey(layerId, id)),
          // A new placement is a new set object, the trigger deck.gl compares.
          labelShownKey: options.shownLabels,
        }
      : {}),
  };
}

/** All layers of `atlas` in draw order; `visibility[id]` false hides a family and its labels. */
export function buildLayers(
  atlas: Atlas,
  visibility: Readonly<Record<LayerId, boolean>>,
  options: BuildLayersOptions,
): Layer[] {
  const showLabels = options.labels ?? true;
  return [
    ...LAYER_IDS.flatMap((id) =>
      drawFamily(id, atlas[id], optionsFor(id, visibility[id], options)),
    ),
    ...LAYER_IDS.flatMap((id) =>
      drawFamilyLabels(id, atlas[id], optionsFor(id, visibility[id] && showLabels, options)),
    ),
  ];
}
