// The selected feature as `s=regions:CN-GZ` (layer id or layer code, then the percent-encoded
// feature id). A feature the loaded dataset does not hold is dropped with a notice.
import { isLayerId, type LayerId } from '../../../domain/layerFamilies';
import type { FeatureRef } from '../../appInputs';
import {
  decodeToken,
  encodeToken,
  isWellFormedId,
  type DecodeContext,
  type FieldCodec,
} from '../fieldCodec';
import { layerOfCode } from '../layerCodes';

function isKnown(ref: FeatureRef, context: DecodeContext): boolean {
  if (ref.layerId === 'regions' && context.knownRegionIds) {
    return context.knownRegionIds.has(ref.id);
  }
  return context.isKnownFeature?.(ref) ?? true;
}

function layerNamed(name: string): LayerId | undefined {
  return isLayerId(name) ? name : layerOfCode(name);
}

export const selectionField: FieldCodec<'selection'> = {
  field: 'selection',
  key: 's',
  decodesTokens: true,
  label: { en: 'selection', zh: '选中要素' },
  parse: (text, context) => {
    const colon = text.indexOf(':');
    const layerId = layerNamed(text.slice(0, colon));
    const id = decodeToken(text.slice(colon + 1));
    if (colon < 0 || layerId === undefined || id === undefined || !isWellFormedId(id)) {
      return undefined;
    }
    const ref: FeatureRef = { layerId, id };
    return isKnown(ref, context)
      ? { value: ref, issues: [] }
      : { value: null, issues: ['dropped'] };
  },
  normalise: (ref) =>
    ref === null || isWellFormedId(ref.id)
      ? { value: ref, issues: [] }
      : { value: null, issues: ['dropped'] },
  format: (ref) => (ref === null ? undefined : `${ref.layerId}:${encodeToken(ref.id)}`),
};
