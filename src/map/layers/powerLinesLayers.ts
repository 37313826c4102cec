// Power lines: colour by voltage class and current, width by voltage, dashed where schematic.
import type { Layer } from '@deck.gl/core';
import type { PowerLine } from '../../domain/atlas';
import { powerLineColour, powerLineWidthPx } from '../style/powerLineStyle';
import type { LayerOptions } from './layerOptions';
import { lineLayer } from './lineLayer';

export function powerLinesLayers(
  lines: readonly PowerLine[],
  options: LayerOptions<PowerLine>,
): Layer[] {
  return lineLayer(
    'power_lines',
    lines,
    { colour: powerLineColour, widthPx: powerLineWidthPx },
    options,
  );
}
