// Fibre routes: LineString or MultiLineString, always returned as MultiLineString; an unknown
// kind reads as 'other'.
import { FIBRE_KINDS } from '../domain/atlas';
import { defineFeatureParser } from './defineFeatureParser';
import { readLinear } from './readGeometry';

export const parseFibreRoute = defineFeatureParser(
  'fibre_routes',
  readLinear,
  ({ common, geometry, read }) => ({
    ...common,
    geometry,
    kind: read.enumOr('kind', FIBRE_KINDS, 'other'),
    operator: read.string('operator'),
    capacityTbps: read.number('capacity_tbps'),
    year: read.number('year'),
    cities: read.stringArray('cities'),
  }),
);
