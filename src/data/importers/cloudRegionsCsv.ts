// cloud_regions_asia_subset.csv style (one row per metro × provider) → data-centre features.
import { createReportBuilder } from '../validate/report';
import {
  CLOUD_ATTRIBUTION,
  CLOUD_LICENCE,
  CLOUD_REGION_LAYER,
  cloudRegionFeatures,
} from './cloudRegionFeature';
import { finishImport, refuseOversize } from './finishImport';
import type { Importer } from './importerTypes';
import { hasColumns, readTable } from './readTable';

const COLUMNS = {
  metro: ['metro_area'],
  country: ['country'],
  lat: ['latitude'],
  lon: ['longitude'],
  provider: ['provider'],
  regionName: ['cloud_region_name'],
  regionCode: ['cloud_region'],
  zones: ['zones'],
  inService: ['in_service'],
} as const;

export const cloudRegionsCsv: Importer = {
  id: 'cloud_regions_csv',
  label: { en: 'Cloud regions (CSV)', zh: '云服务区域（CSV）' },
  input: 'csv',
  layerId: CLOUD_REGION_LAYER,
  detect: (header) =>
    hasColumns(header, [COLUMNS.metro, COLUMNS.provider, COLUMNS.regionCode, COLUMNS.lat]),
  import(text, options = {}) {
    const report = createReportBuilder();
    const table = refuseOversize(text, report, options.maxBytes) ? undefined : readTable(text, COLUMNS);
    const rows = (table?.rows ?? []).map((row) => {
      const cell = (role: keyof typeof COLUMNS) => table?.cell(row, role) ?? '';
      return {
        metro: cell('metro'),
        country: cell('country'),
        lat: cell('lat'),
        lon: cell('lon'),
        provider: cell('provider'),
        regionName: cell('regionName'),
        regionCode: cell('regionCode'),
        zones: cell('zones'),
        inService: cell('inService').toLowerCase() !== 'false',
      };
    });
    return finishImport(
      cloudRegionFeatures(rows, report),
      { layerId: CLOUD_REGION_LAYER, geometry: 'point', licence: CLOUD_LICENCE, attribution: CLOUD_ATTRIBUTION },
      report,
    );
  },
};
