// Fibre routes: colour by kind, dashed where schematic.
import type { Layer } from '@deck.gl/core';
import type { FibreRoute } from '../../domain/atlas';
import { fibreRouteColour, fibreRouteWidthPx } from '../style/networkStyle';
import type { LayerOptions } from './layerOptions';
import { lineLayer } from './lineLayer';

export function fibreRoutesLayers(
  routes: readonly FibreRoute[],
  options: LayerOptions<FibreRoute>,
): Layer[] {
  return lineLayer(
    'fibre_routes',
    routes,
    { colour: fibreRouteColour, widthPx: fibreRouteWidthPx },
    options,
  );
}
