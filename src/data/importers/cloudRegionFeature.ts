// One cloud region (provider × region at a metro) → a feature of the data-centre layer
// (CLOUD_REGION_LAYER), of kind cloud_region.
// Metro centres, not facility sites, so approx. Not yet in service → planned. Repeats of a
// provider's region (the source lists Beijing and Shanghai twice) are merged, first kept; known
// source errors are corrected from a table.
import type { ReportBuilder } from '../validate/report';
import type { LayerId } from '../../domain/layerFamilies';

/** The layer cloud regions feed. */
export const CLOUD_REGION_LAYER = 'datacentres' satisfies LayerId;

export interface CloudRegionRow {
  readonly metro: string;
  readonly country: string;
  readonly lat: string;
  readonly lon: string;
  readonly provider: string;
  readonly regionName: string;
  readonly regionCode: string;
  readonly zones: string;
  readonly inService: boolean;
}

export const CLOUD_LICENCE = 'None stated (reference data; ask TeleGeography before redistributing)';
export const CLOUD_ATTRIBUTION =
  'Cloud regions: TeleGeography Cloud Infrastructure Map, via github.com/agonza05/cloudregioncodes';

interface Correction {
  readonly provider: string;
  readonly regionCode: string;
  readonly lat: number;
  readonly lon: number;
  readonly why: string;
}

/** Source errors listed in the dataset's PROVENANCE.md. */
export const KNOWN_CORRECTIONS: readonly Correction[] = [
  {
    provider: 'Amazon Web Services',
    regionCode: 'cn-northwest-1',
    lat: 37.5,
    lon: 105.2,
    why: 'AWS Ningxia is run from Zhongwei, Ningxia; the source puts it at Ningxiang, Hunan',
  },
];

const slugify = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Features for the rows, in order, with merges and corrections recorded in `report`. */
export function cloudRegionFeatures(rows: readonly CloudRegionRow[], report: ReportBuilder): unknown[] {
  const seen = new Set<string>();
  const features: unknown[] = [];
  rows.forEach((row, index) => {
    const id = `${slugify(row.provider)}-${row.regionCode || slugify(row.regionName)}`;
    if (seen.has(id)) {
      report.add('fixed', 'duplicates_merged', `row ${index + 1} (id ${id}): repeat at ${row.metro}`);
      return;
    }
    seen.add(id);
    const correction = KNOWN_CORRECTIONS.find(
      (c) => c.provider === row.provider && c.regionCode === row.regionCode,
    );
    if (correction) report.add('fixed', 'known_source_error_corrected', `id ${id}: ${correction.why}`);
    const lat = correction ? correction.lat : Number(row.lat || NaN);
    const lon = correction ? correction.lon : Number(row.lon || NaN);
    const properties = {
      id,
      name: `${row.provider} ${row.regionName.trim() || row.regionCode}`,
      operator: row.provider,
      kind: 'cloud_region',
      status: row.inService ? 'operating' : 'planned',
      source: 'TeleGeography Cloud Infrastructure Map (via agonza05/cloudregioncodes)',
      approx: true,
      notes: `Metro: ${row.metro}, ${row.country}${row.zones ? `; zones: ${row.zones}` : ''}`,
    };
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties });
  });
  return features;
}
