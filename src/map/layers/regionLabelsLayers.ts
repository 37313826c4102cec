// Region names at each region's label point in the current language (id `regions:labels`).
import type { Layer } from '@deck.gl/core';
import type { Region } from '../../domain/atlas';
import { labelLayer } from './labelLayer';
import type { LayerOptions } from './layerOptions';

export function regionLabelsLayers(
  regions: readonly Region[],
  options: LayerOptions<Region>,
): Layer[] {
  return [
    labelLayer(
      'regions:labels',
      regions,
      { position: (region) => region.labelPosition, sizePx: () => 11, opacity: 0.8 },
      options,
    ),
  ];
}
