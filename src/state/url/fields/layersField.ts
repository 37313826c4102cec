// Visible layers as `ly=rg,dc,pp` (codes from layerCodes.ts); an empty value means no layer.
// Unknown codes are dropped with a notice; the result is always in draw order without duplicates.
import { LAYER_IDS, type LayerId } from '../../../domain/layerFamilies';
import type { FieldCodec } from '../fieldCodec';
import { layerCode, layerOfCode } from '../layerCodes';

function inDrawOrder(layers: readonly LayerId[]): LayerId[] {
  return LAYER_IDS.filter((id) => layers.includes(id));
}

export const layersField: FieldCodec<'visibleLayers'> = {
  field: 'visibleLayers',
  key: 'ly',
  label: { en: 'layers', zh: '图层' },
  parse: (text) => {
    const codes = text === '' ? [] : text.split(',');
    const layers = codes.map(layerOfCode).filter((id) => id !== undefined);
    return { value: layers, issues: layers.length < codes.length ? ['dropped'] : [] };
  },
  normalise: (layers) => ({ value: inDrawOrder(layers), issues: [] }),
  format: (layers) => layers.map((id) => layerCode(id)).join(','),
};
