// cloud_regions_all.json style ({cloud_regions: [{metro_area, latitude, longitude,
// cloud_service_providers: [...]}]}, coordinates as strings) → data-centre features.
import { createReportBuilder } from '../validate/report';
import {
  CLOUD_ATTRIBUTION,
  CLOUD_LICENCE,
  CLOUD_REGION_LAYER,
  cloudRegionFeatures,
  type CloudRegionRow,
} from './cloudRegionFeature';
import { finishImport, parseJsonOrFail, refuseOversize } from './finishImport';
import type { Importer } from './importerTypes';

type Loose = Readonly<Record<string, unknown>>;

const text = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

const asList = (value: unknown): Loose[] =>
  Array.isArray(value) ? value.filter((v): v is Loose => v !== null && typeof v === 'object') : [];

function rowsOf(json: unknown): CloudRegionRow[] {
  const metros = asList((json as Loose | null)?.cloud_regions);
  return metros.flatMap((metro) =>
    asList(metro.cloud_service_providers).map((provider) => ({
      metro: text(metro.metro_area),
      country: text(metro.country),
      lat: text(metro.latitude),
      lon: text(metro.longitude),
      provider: text(provider.name),
      regionName: text(provider.cloud_region_name),
      regionCode: text(provider.cloud_region),
      zones: text(provider.zones),
      inService: provider.in_service !== false,
    })),
  );
}

export const cloudRegionsJson: Importer = {
  id: 'cloud_regions_json',
  label: { en: 'Cloud regions (JSON)', zh: '云服务区域（JSON）' },
  input: 'json',
  layerId: CLOUD_REGION_LAYER,
  detect: (json) => {
    const first = asList((json as Loose | null)?.cloud_regions)[0];
    return !!first && 'metro_area' in first && 'cloud_service_providers' in first;
  },
  import(input, options = {}) {
    const report = createReportBuilder();
    const json = refuseOversize(input, report, options.maxBytes) ? undefined : parseJsonOrFail(input, report);
    return finishImport(
      cloudRegionFeatures(rowsOf(json), report),
      { layerId: CLOUD_REGION_LAYER, geometry: 'point', licence: CLOUD_LICENCE, attribution: CLOUD_ATTRIBUTION },
      report,
    );
  },
};
