// Data centres: dark circles sized by capacity, hollow when not built, amber ring for
// intelligent computing centres, dashed outline when the location is approximate.
import type { Layer } from '@deck.gl/core';
import type { DataCentre } from '../../domain/atlas';
import {
  dataCentreFill,
  dataCentreOutline,
  dataCentreOutlineWidthPx,
  dataCentreRadius,
} from '../style/dataCentreStyle';
import { circleLayer } from './circleLayer';
import type { LayerOptions } from './layerOptions';

export function datacentresLayers(
  sites: readonly DataCentre[],
  options: LayerOptions<DataCentre>,
): Layer[] {
  const style = {
    radiusPx: dataCentreRadius,
    fill: dataCentreFill,
    outline: (dc: DataCentre) => dataCentreOutline(dc, options.theme),
    outlineWidthPx: dataCentreOutlineWidthPx,
  };
  return circleLayer('datacentres', sites, style, options);
}
