// Data centres: Point sites; unknown kind reads as 'other' and unknown status as 'unknown'.
import { DATACENTRE_KINDS, SITE_STATUSES, type DataCentre } from '../domain/atlas';
import { defineFeatureParser, type LayerParser } from './defineFeatureParser';
import { readPoint } from './readGeometry';

export const parseDataCentre: LayerParser<DataCentre> = defineFeatureParser(
  readPoint,
  ({ common, geometry, read }) => ({
    ...common,
    position: geometry,
    operator: read.string('operator'),
    city: read.string('city'),
    kind: read.enumOr('kind', DATACENTRE_KINDS, 'other'),
    status: read.enumOr('status', SITE_STATUSES, 'unknown'),
    capacityMw: read.number('capacity_mw'),
    racks: read.number('racks'),
    servers: read.number('servers'),
    designPue: read.number('design_pue'),
    hubClusterId: read.string('hub_cluster_id'),
    yearOpened: read.number('year_opened'),
  }),
);
