// Power plants: circles coloured by fuel, area by capacity, hollow when not built, dashed
// outline when the location is approximate.
import type { Layer } from '@deck.gl/core';
import type { PowerPlant } from '../../domain/atlas';
import { powerPlantFill, powerPlantOutline, powerPlantRadius } from '../style/powerPlantStyle';
import { isHollow } from '../style/dataCentreStyle';
import { circleLayer } from './circleLayer';
import type { LayerOptions } from './layerOptions';

export function powerPlantsLayers(
  plants: readonly PowerPlant[],
  options: LayerOptions<PowerPlant>,
): Layer[] {
  const style = {
    radiusPx: powerPlantRadius,
    fill: powerPlantFill,
    outline: (plant: PowerPlant) => powerPlantOutline(plant, options.theme),
    outlineWidthPx: (plant: PowerPlant) => (isHollow(plant) ? 1.5 : 0.75),
  };
  return circleLayer('power_plants', plants, style, options);
}
