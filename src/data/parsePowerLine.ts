// Power lines: LineString or MultiLineString, always returned as MultiLineString. `current` is
// AC or DC or absent; `end_region_ids` must be exactly two ids or it is dropped with a warning.
import { CURRENTS, SITE_STATUSES, type PowerLine } from '../domain/atlas';
import { defineFeatureParser, type LayerParser } from './defineFeatureParser';
import { warn } from './featureContext';
import { readLinear } from './readGeometry';

export const parsePowerLine: LayerParser<PowerLine> = defineFeatureParser(
  readLinear,
  ({ common, geometry, read, ctx }) => {
    const ends = read.stringArray('end_region_ids');
    if (ends !== undefined && ends.length !== 2) {
      warn(ctx, `end_region_ids has ${ends.length} ids, expected 2 [start, end]; value dropped`);
    }
    const [start, end] = ends ?? [];
    return {
      ...common,
      geometry,
      current: read.optionalEnum('current', CURRENTS),
      voltageKv: read.number('voltage_kv'),
      capacityGw: read.number('capacity_gw'),
      status: read.enumOr('status', SITE_STATUSES, 'unknown'),
      year: read.number('year'),
      commissioned: read.string('commissioned'),
      operator: read.string('operator'),
      lengthKm: read.number('length_km'),
      endRegionIds:
        ends?.length === 2 && start !== undefined && end !== undefined ? [start, end] : undefined,
      startName: read.string('start_name'),
      endName: read.string('end_name'),
      viaRegionIds: read.stringArray('via_region_ids'),
      endOutsideRegionKm: read.numberPair('end_outside_region_km'),
    };
  },
);
