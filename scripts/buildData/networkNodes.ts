// backbone.csv → network node points: backbone direct-connection points and international gateways.
import type { Point } from 'geojson';
import {
  isYes,
  optionalIsoDate,
  optionalText,
  optionalYear,
  requiredNumber,
  requiredText,
} from './cells';
import { commonProperties } from './commonProperties';
import { compact } from './compact';
import type { CsvRow } from './csv';
import { featureYears, startFromDate, startFromYear } from './featureYears';
import { pointFeature, type AtlasFeature } from './geometry';

/** Source type → schema kind. */
const KINDS: Readonly<Record<string, string>> = {
  backbone_direct_connection_point: 'backbone_direct_connection_point',
  international_gateway_exchange_new_2024: 'international_gateway',
};

/** One Point per row, named after its city. It starts when it opened; where only the approval year
 * is known, that year, flagged inferred (a point may open a year or more after approval). */
export function buildNetworkNodes(rows: readonly CsvRow[]): AtlasFeature<Point>[] {
  return rows.map((row) => {
    const id = requiredText(row.id, 'backbone.id');
    const type = requiredText(row.type, `backbone ${id} type`);
    const kind = KINDS[type];
    if (!kind) throw new Error(`backbone ${id}: unknown type ${type}`);
    const batch = optionalText(row.batch);
    const order = optionalText(row.order_no);
    const properties = {
      ...commonProperties({
        id,
        name: requiredText(row.city_en, `backbone ${id} city`),
        nameZh: row.city_zh,
        source: requiredText(row.source, `backbone ${id} source`),
        approx: isYes(row.coord_approx),
        regionId: requiredText(row.province_code, `backbone ${id} province`),
        notes: [batch && `batch: ${batch}`, order && `order: ${order}`, row.notes],
      }),
      ...compact({
        kind,
        year: optionalYear(row.year_approved),
        opened: optionalIsoDate(row.opened, `backbone ${id} opened`),
      }),
      ...featureYears(startFromDate(row.opened) ?? startFromYear(row.year_approved, 'inferred')),
    };
    return pointFeature(
      properties,
      requiredNumber(row.lon, `${id} lon`),
      requiredNumber(row.lat, `${id} lat`),
    );
  });
}
