// The map module of every layer family, keyed by layer id (a missing family is a compile error),
// and the one way a family is drawn: its deck.gl layers remember which family made them, so
// picking maps a deck layer to its family by construction, never by parsing its id.
import type { Layer } from '@deck.gl/core';
import { LAYER_IDS, type LayerId, type LayerRecords } from '../domain/layerFamilies';
import type { Atlas } from '../domain/atlas';
import type { Bilingual } from '../domain/lang';
import { citiesFamily } from './families/cities';
import { datacentresFamily } from './families/datacentres';
import { fibreRoutesFamily } from './families/fibreRoutes';
import { hubsFamily } from './families/hubs';
import type { FamilyOptions, MapFamily, ValueLabels } from './families/mapFamily';
import { networkNodesFamily } from './families/networkNodes';
import { powerLinesFamily } from './families/powerLines';
import { powerPlantsFamily } from './families/powerPlants';
import { regionsFamily } from './families/regions';
import { windFarmsFamily } from './families/windFarms';
import { labelCharacterSet } from './labels/labelCharacterSet';
import { labelLayer } from './layers/labelLayer';
import type { LayerOptions } from './layers/layerOptions';

export const MAP_FAMILIES: { readonly [L in LayerId]: MapFamily<LayerRecords[L]> } = {
  regions: regionsFamily,
  cities: citiesFamily,
  power_lines: powerLinesFamily,
  fibre_routes: fibreRoutesFamily,
  wind_farms: windFarmsFamily,
  power_plants: powerPlantsFamily,
  network_nodes: networkNodesFamily,
  datacentres: datacentresFamily,
  hubs: hubsFamily,
};

const familyOf = new WeakMap<object, LayerId>();

function tagged(layerId: LayerId, layers: Layer[]): Layer[] {
  for (const layer of layers) familyOf.set(layer, layerId);
  return layers;
}

/** The deck.gl layers of one family's records, each remembered as the family's. */
export function drawFamily<L extends LayerId>(
  layerId: L,
  records: readonly LayerRecords[L][],
  options: FamilyOptions<LayerRecords[L]>,
): Layer[] {
  const family = MAP_FAMILIES[layerId] as MapFamily<LayerRecords[L]>;
  return tagged(layerId, family.layers(layerId, records, options));
}

/** The family's name labels (none when the family has no labels). */
export function drawFamilyLabels<L extends LayerId>(
  layerId: L,
  records: readonly LayerRecords[L][],
  options: LayerOptions<LayerRecords[L]>,
): Layer[] {
  const spec = (MAP_FAMILIES[layerId] as MapFamily<LayerRecords[L]>).labels;
  return tagged(layerId, spec ? [labelLayer(`${layerId}:labels`, records, spec, options)] : []);
}

/** The family that drew a deck.gl layer, or undefined for any other layer (rings, basemap). */
export function familyOfLayer(layer: object | null | undefined): LayerId | undefined {
  return layer ? familyOf.get(layer) : undefined;
}

/** The families that draw name labels. */
export const LABELLED_LAYER_IDS = LAYER_IDS.filter((id) => MAP_FAMILIES[id].labels !== undefined);

const atlasCharacters = new WeakMap<Atlas, Set<string>>();

/** One character set for every label the atlas's labelled families draw, plus `extra`. */
export function atlasLabelCharacters(atlas: Atlas, extra = ''): Set<string> {
  const cached = atlasCharacters.get(atlas);
  if (cached) return cached;
  const names = LABELLED_LAYER_IDS.flatMap((id) =>
    atlas[id].flatMap((r) => (r.nameZh ? [r.name, r.nameZh] : [r.name])),
  );
  const set = labelCharacterSet([...names, extra]);
  atlasCharacters.set(atlas, set);
  return set;
}

function mergedValueLabels(): ValueLabels {
  const merged: Record<string, Record<string, Bilingual>> = {};
  for (const id of LAYER_IDS) {
    for (const [field, labels] of Object.entries(MAP_FAMILIES[id].valueLabels ?? {})) {
      merged[field] = { ...merged[field], ...labels };
    }
  }
  return merged;
}

/** Every family's value labels merged by field (a field's values are named alike everywhere). */
export const VALUE_LABELS: ValueLabels = mergedValueLabels();
