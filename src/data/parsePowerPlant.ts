// Power plants: Point sites; unknown fuel reads as 'other' and unknown status as 'unknown'.
import { FUELS, SITE_STATUSES } from '../domain/atlas';
import { defineFeatureParser } from './defineFeatureParser';
import { readPoint } from './readGeometry';

export const parsePowerPlant = defineFeatureParser(
  'power_plants',
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
