// What MapView reports on hover and click: the layer family (one of LAYER_IDS), the record and its
// index in that layer's records, and the pointer position, whatever deck.gl sublayer answered.
// The family of a deck layer is the one that drew it (familyOfLayer), not a guess from its id.
import type { AtlasRecord } from '../domain/atlas';
import type { LayerId } from '../domain/layerFamilies';
import { familyOfLayer } from './layerFamilies';
import { unwrapPicked } from './layers/indexed';
import { isPointData, pointRecordAt } from './layers/pointAttributes';

export interface PickedFeature {
  readonly layerId: LayerId;
  /** Index of the record among those the picked layer draws. */
  readonly index: number;
  readonly object: AtlasRecord;
  /** Pointer position in CSS pixels relative to the map container. */
  readonly x: number;
  readonly y: number;
}

export interface PickInfoLike {
  readonly layer?: { readonly id: string; readonly props?: { readonly data?: unknown } } | null;
  readonly index: number;
  readonly object?: unknown;
  readonly x: number;
  readonly y: number;
}

/** A deck.gl picking info as a {@link PickedFeature}, or null when nothing of the atlas is under it. */
export function toPickedFeature(info: PickInfoLike): PickedFeature | null {
  const layerId = familyOfLayer(info.layer);
  if (!layerId || info.index < 0) return null;
  const picked = pickedRecord(info);
  if (!picked) return null;
  return {
    layerId,
    index: picked.index,
    object: picked.record as AtlasRecord,
    x: info.x,
    y: info.y,
  };
}

/** Binary layers have no `object`: their data names the record drawn at the picked index. */
function pickedRecord(info: PickInfoLike): { record: unknown; index: number } | null {
  const data = info.layer?.props?.data;
  if (isPointData(data)) return pointRecordAt(data, info.index);
  if (info.object === undefined || info.object === null) return null;
  return unwrapPicked(info.object, info.index);
}
