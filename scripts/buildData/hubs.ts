// hubs.csv → hub and cluster points with their policy targets (8 hubs + 10 clusters).
import type { Point } from 'geojson';
import {
  isYes,
  optionalNumber,
  optionalText,
  requiredNumber,
  requiredText,
  splitList,
} from './cells';
import { commonProperties } from './commonProperties';
import { compact } from './compact';
import type { CsvRow } from './csv';
import { featureYears, startFromDate } from './featureYears';
import { pointFeature, type AtlasFeature } from './geometry';

/** Source role → schema role. */
const ROLES: Readonly<Record<string, string>> = {
  east_demand_hub: 'east_demand',
  west_supply_hub: 'west_supply',
};

/** One Point per row; region_id is set only when the row names a single province; a hub or cluster
 * starts in the month it was approved. */
export function buildHubs(rows: readonly CsvRow[]): AtlasFeature<Point>[] {
  return rows.map((row) => {
    const id = requiredText(row.id, 'hubs.id');
    const regionIds = splitList(row.province_codes);
    const role = optionalText(row.role);
    if (role !== undefined && !ROLES[role]) throw new Error(`hubs ${id}: unknown role ${role}`);
    const seat = optionalText(row.seat_or_starting_zone);
    const properties = {
      ...commonProperties({
        id,
        name: requiredText(row.name_en, `hubs ${id} name`),
        nameZh: row.name_zh,
        source: requiredText(row.source, `hubs ${id} source`),
        approx: isYes(row.coord_approx),
        regionId: regionIds.length === 1 ? regionIds[0] : undefined,
        notes: [seat && `seat or starting zone: ${seat}`, row.notes],
      }),
      ...compact({
        type: requiredText(row.type, `hubs ${id} type`),
        role: role && ROLES[role],
        parent_hub_id: optionalText(row.parent_hub_id),
        region_ids: regionIds,
        pue_target_max: optionalNumber(row.pue_target_max),
        rack_utilisation_target_min_pct: optionalNumber(row.rack_utilization_target_min_pct),
        latency_target_ms: optionalNumber(row.latency_target_ms),
        approved: optionalText(row.approved),
      }),
      ...featureYears(startFromDate(row.approved)),
    };
    return pointFeature(
      properties,
      requiredNumber(row.lon, `hubs ${id} lon`),
      requiredNumber(row.lat, `hubs ${id} lat`),
    );
  });
}
