// major_power_plants.csv → plant points (GEM trackers, CC BY 4.0). `mixed_base` has no schema fuel,
// so it becomes `other` with the source's word kept in the notes.
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

/** Source fuel → schema fuel. */
const FUELS: Readonly<Record<string, string>> = {
  coal: 'coal',
  hydro: 'hydro',
  pumped_storage: 'pumped_storage',
  nuclear: 'nuclear',
  wind: 'wind',
  solar: 'solar',
  mixed_base: 'other',
};

/** One Point per row; capacity_mw is absent where the source cell is empty; the start year is GEM's
 * (for big dams often full operation, for coal and nuclear the first operating unit). */
export function buildPowerPlants(rows: readonly CsvRow[]): AtlasFeature<Point>[] {
  return rows.map((row) => {
    const id = requiredText(row.id, 'power_plants.id');
    const sourceFuel = requiredText(row.fuel, `power_plants ${id} fuel`);
    const fuel = FUELS[sourceFuel];
    if (!fuel) throw new Error(`power_plants ${id}: unknown fuel ${sourceFuel}`);
    const properties = {
      ...commonProperties({
        id,
        name: requiredText(row.name_en, `power_plants ${id} name`),
        nameZh: row.name_zh,
        source: requiredText(row.source, `power_plants ${id} source`),
        approx: isYes(row.coord_approx),
        verified: row.verified,
        regionId: requiredText(row.province_code, `power_plants ${id} province`),
        notes: [fuel !== sourceFuel ? `source fuel: ${sourceFuel}` : undefined, row.notes],
      }),
      ...compact({
        fuel,
        capacity_mw: optionalNumber(row.capacity_mw),
        status: optionalText(row.status) ?? 'unknown',
        year: optionalYear(row.year),
      }),
      ...featureYears(startFromYear(row.year)),
    };
    return pointFeature(
      properties,
      requiredNumber(row.lon, `${id} lon`),
      requiredNumber(row.lat, `${id} lat`),
    );
  });
}
