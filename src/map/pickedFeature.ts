// What MapView reports on hover and click: the layer (one of LAYER_IDS), the record and its
// index in that layer's records, and the pointer position, whatever deck.gl sublayer answered.
import type { AtlasRecord } from '../domain/atlas';
import { isLayerId, type LayerId } from '../domain/layerIds';
import { unwrapPicked } from './layers/indexed';

export interface PickedFeature {
  readonly layerId: LayerId;
  /** Index of the record in `atlas[layerId]`. */
  readonly index: number;
  readonly object: AtlasRecord;
  /** Pointer position in CSS pixels relative to the map container. */
  readonly x: number;
  readonly y: number;
}

/** The atlas layer a deck.gl layer id belongs to: `regions:outline` → `regions`. */
export function atlasLayerOf(deckLayerId: string): LayerId | undefined {
  const family = deckLayerId.split(':')[0];
  return isLayerId(family) ? family : undefined;
}

export interface PickInfoLike {
  readonly layer?: { readonly id: string } | null;
  readonly index: number;
  readonly object?: unknown;
  readonly x: number;
  readonly y: number;
}

/** A deck.gl picking info as a {@link PickedFeature}, or null when nothing of the atlas is under it. */
export function toPickedFeature(info: PickInfoLike): PickedFeature | null {
  const layerId = info.layer ? atlasLayerOf(info.layer.id) : undefined;
  if (!layerId || info.object === undefined || info.object === null || info.index < 0) return null;
  const { record, index } = unwrapPicked(info.object, info.index);
  return { layerId, index, object: record as AtlasRecord, x: info.x, y: info.y };
}
