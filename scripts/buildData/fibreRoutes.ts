// fibre_corridors.csv → schematic fibre routes as lines through their ordered city coordinates.
import type { LineString, Position } from 'geojson';
import { optionalText, optionalYear, requiredText, splitList } from './cells';
import { commonProperties } from './commonProperties';
import { compact } from './compact';
import type { CsvRow } from './csv';
import { featureYears, startFromYear, type StartYear } from './featureYears';
import { lineFeature, type AtlasFeature } from './geometry';

/** Source kind → schema kind: the 8x8 scheme and other trunks are both backbone. */
const KINDS: Readonly<Record<string, string>> = {
  national_backbone_8x8: 'backbone',
  other: 'backbone',
  hub_direct_link: 'hub_direct_link',
  international_gateway_route: 'international',
};

/** Parses "lon lat;lon lat;…" into positions; throws on anything else. */
export function parseCityCoords(cell: string | undefined, label: string): Position[] {
  return splitList(cell).map((pair) => {
    const parts = pair.split(/\s+/).map(Number);
    if (parts.length !== 2 || !parts.every(Number.isFinite))
      throw new Error(`${label}: bad pair "${pair}"`);
    return parts;
  });
}

/** A decade cell ("1990s") dates a route to the decade's last year at the latest: inferred. */
export function fibreStart(cell: string | undefined): StartYear | undefined {
  const decade = /^(\d{3})0s$/.exec(optionalText(cell) ?? '');
  if (decade) return { year: Number(decade[1]) * 10 + 9, precision: 'inferred' };
  return startFromYear(cell);
}

/** One LineString per corridor; the source kind is kept in the notes when it was renamed. */
export function buildFibreRoutes(rows: readonly CsvRow[]): AtlasFeature<LineString>[] {
  return rows.map((row) => {
    const id = requiredText(row.id, 'fibre_corridors.id');
    const sourceKind = requiredText(row.kind, `fibre ${id} kind`);
    const kind = KINDS[sourceKind];
    if (!kind) throw new Error(`fibre ${id}: unknown kind ${sourceKind}`);
    const positions = parseCityCoords(row.city_coords, `fibre ${id}`);
    const cities = splitList(row.cities);
    if (positions.length < 2 || positions.length !== cities.length) {
      throw new Error(`fibre ${id}: ${cities.length} cities but ${positions.length} coordinates`);
    }
    const year = optionalText(row.year);
    const properties = {
      ...commonProperties({
        id,
        name: requiredText(row.name_en, `fibre ${id} name`),
        nameZh: row.name_zh,
        source: requiredText(row.source, `fibre ${id} source`),
        approx: true,
        verified: row.verified,
        notes: [
          sourceKind === kind ? undefined : `source kind: ${sourceKind}`,
          year !== undefined && optionalYear(year) === undefined ? `year: ${year}` : undefined,
          row.notes,
        ],
      }),
      ...compact({
        kind,
        operator: optionalText(row.operator),
        year: optionalYear(row.year),
        cities,
      }),
      ...featureYears(fibreStart(row.year)),
    };
    return lineFeature(properties, positions);
  });
}
