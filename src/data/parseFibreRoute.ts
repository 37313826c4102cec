// Fibre routes: LineString or MultiLineString, always returned as MultiLineString; an unknown
// kind reads as 'other'.
import { FIBRE_KINDS, type FibreRoute } from '../domain/atlas';
import { defineFeatureParser, type LayerParser } from './defineFeatureParser';
import { readLinear } from './readGeometry';

export const parseFibreRoute: LayerParser<FibreRoute> = defineFeatureParser(
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
