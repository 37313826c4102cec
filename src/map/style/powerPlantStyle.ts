// Power plants: colour by fuel (Global Energy Monitor convention), area by capacity, hollow
// while not yet built.
import type { PowerPlant } from '../../domain/atlas';
import { hexToRgba, type Rgba } from '../colour';
import { FUEL_PALETTE } from '../palette';
import { BASEMAP_COLOURS, type Theme } from '../theme';
import { isHollow } from './dataCentreStyle';
import { proportionalRadiusPx, type ProportionalScale } from './pointSize';

/** 1 GW → 6 px, 22.5 GW (Three Gorges) → 27 px; unknown capacity → 3 px. */
export const POWER_PLANT_SCALE: ProportionalScale = {
  pxPerSqrtMw: 0.1,
  minRadiusPx: 2,
  unknownRadiusPx: 3,
};

export function powerPlantColour(plant: Pick<PowerPlant, 'fuel'>): Rgba {
  return hexToRgba(FUEL_PALETTE[plant.fuel].colour);
}

export function powerPlantRadius(plant: Pick<PowerPlant, 'capacityMw'>): number {
  return proportionalRadiusPx(plant.capacityMw, POWER_PLANT_SCALE);
}

export function powerPlantFill(plant: Pick<PowerPlant, 'fuel' | 'status'>): Rgba {
  if (isHollow(plant)) return [0, 0, 0, 0];
  const colour = powerPlantColour(plant);
  return [colour[0], colour[1], colour[2], 200];
}

/** Fuel colour as the ring of a hollow plant, the theme outline otherwise. */
export function powerPlantOutline(plant: Pick<PowerPlant, 'fuel' | 'status'>, theme: Theme): Rgba {
  return isHollow(plant) ? powerPlantColour(plant) : BASEMAP_COLOURS[theme].symbolOutline;
}
