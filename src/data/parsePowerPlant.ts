// Power plants: Point sites; unknown fuel reads as 'other' and unknown status as 'unknown'.
import { FUELS, SITE_STATUSES, type PowerPlant } from '../domain/atlas';
import { defineFeatureParser, type LayerParser } from './defineFeatureParser';
import { readPoint } from './readGeometry';

export const parsePowerPlant: LayerParser<PowerPlant> = defineFeatureParser(
  readPoint,
  ({ common, geometry, read }) => ({
    ...common,
    position: geometry,
    fuel: read.enumOr('fuel', FUELS, 'other'),
    capacityMw: read.number('capacity_mw'),
    status: read.enumOr('status', SITE_STATUSES, 'unknown'),
    year: read.number('year'),
  }),
);
