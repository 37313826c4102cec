// Wind farm phases (GEM Global Wind Power Tracker): Point sites; an unknown status reads as
// 'announced' (the least committal) with a warning, an unknown installation is left out.
import {
  WIND_INSTALLATIONS,
  WIND_STATUSES,
  type WindFarm,
} from '../domain/atlas';
import { defineFeatureParser, type LayerParser } from './defineFeatureParser';
import { readPoint } from './readGeometry';

export const parseWindFarm: LayerParser<WindFarm> = defineFeatureParser(
  readPoint,
  ({ common, geometry, read }) => ({
    ...common,
    position: geometry,
    status: read.enumOr('status', WIND_STATUSES, 'announced'),
    statusInferred: read.boolean('status_inferred'),
    capacityMw: read.number('capacity_mw'),
    installation: read.optionalEnum('installation', WIND_INSTALLATIONS),
    offshoreMount: read.string('offshore_mount'),
    // Files written before every layer used retire_year carry GEM's own column name.
    retireYear: common.retireYear ?? read.number('retired_year'),
    owner: read.string('owner'),
    ownerZh: read.string('owner_zh'),
    operator: read.string('operator'),
    gemLocationId: read.string('gem_location_id'),
    hydrogen: read.boolean('hydrogen'),
    belowThreshold: read.boolean('below_threshold'),
    qaFlagged: read.boolean('qa_flagged'),
    qaNote: read.string('qa_note'),
    regionReassignedFrom: read.string('region_reassigned_from'),
    offshoreKm: read.number('offshore_km'),
  }),
);
