// What a click on the map does while a scenario is edited: place a data centre or a power plant,
// pick the two ends of a UHV line or a fibre link (snapping to a station or node nearby), or move
// the chosen point. The tool holds the values the new feature gets.
import type { Fuel, LonLat } from '../../domain/atlas';
import type { FeatureRef } from '../appInputs';

export const EDIT_TOOL_KINDS = [
  'dataCentre',
  'powerPlant',
  'powerLine',
  'fibreLink',
  'move',
] as const;
export type EditToolKind = (typeof EDIT_TOOL_KINDS)[number];

/** The values a proposed feature starts with (units in the names). */
export interface ProposalValues {
  readonly capacityMw: number;
  readonly racks?: number;
  readonly designPue?: number;
  readonly year?: number;
  readonly fuel: Fuel;
  readonly voltageKv: number;
  readonly capacityGw: number;
  readonly current: 'AC' | 'DC';
}

export const DEFAULT_PROPOSAL: ProposalValues = {
  capacityMw: 1000,
  designPue: 1.2,
  year: 2030,
  fuel: 'wind',
  voltageKv: 800,
  capacityGw: 8,
  current: 'DC',
};

export type EditTool =
  | { readonly kind: 'dataCentre' | 'powerPlant'; readonly values: ProposalValues }
  | {
      readonly kind: 'powerLine' | 'fibreLink';
      readonly values: ProposalValues;
      /** The end picked first, waiting for the second. */
      readonly firstEnd?: LonLat;
    }
  | { readonly kind: 'move'; readonly ref: FeatureRef };
