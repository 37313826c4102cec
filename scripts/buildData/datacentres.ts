// datacentres.csv → data-centre points (all approximate, district or park level).
import type { Point } from 'geojson';
import {
  isYes,
  optionalNumber,
  optionalText,
  optionalYear,
  requiredNumber,
  requiredText,
} from './cells';
import { commonProperties } from './commonProperties';
import { compact } from './compact';
import type { CsvRow } from './csv';
import { featureYears, startFromYear } from './featureYears';
import { pointFeature, type AtlasFeature } from './geometry';

/** One Point per row with operator, kind, status and the published figures; its start year is the
 * year it opened, where the source gives it. */
export function buildDatacentres(rows: readonly CsvRow[]): AtlasFeature<Point>[] {
  return rows.map((row) => {
    const id = requiredText(row.id, 'datacentres.id');
    const properties = {
      ...commonProperties({
        id,
        name: requiredText(row.name_en, `datacentres ${id} name`),
        nameZh: row.name_zh,
        source: requiredText(row.source, `datacentres ${id} source`),
        approx: isYes(row.coord_approx),
        verified: row.verified,
        regionId: requiredText(row.province_code, `datacentres ${id} province`),
        notes: [row.notes],
      }),
      ...compact({
        city: optionalText(row.city),
        operator: optionalText(row.operator),
        kind: optionalText(row.kind) ?? 'other',
        status: optionalText(row.status) ?? 'unknown',
        capacity_mw: optionalNumber(row.capacity_mw),
        racks: optionalNumber(row.racks),
        servers: optionalNumber(row.servers),
        design_pue: optionalNumber(row.design_pue),
        hub_cluster_id: optionalText(row.hub_cluster_id),
        year_opened: optionalYear(row.year_opened),
      }),
      ...featureYears(startFromYear(row.year_opened)),
    };
    return pointFeature(
      properties,
      requiredNumber(row.lon, `${id} lon`),
      requiredNumber(row.lat, `${id} lat`),
    );
  });
}
