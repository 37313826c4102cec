// Finds the list of features in parsed JSON: a FeatureCollection's features, or a bare Feature or
// geometry wrapped. Names TopoJSON instead of failing on it vaguely.
import { KIND_OF_TYPE } from './cleanGeometry';
import type { ReportBuilder } from './report';

/** The untrusted feature entries, or undefined after recording a fatal reason. */
export function toFeatureList(value: unknown, report: ReportBuilder): readonly unknown[] | undefined {
  if (value === null || typeof value !== 'object') {
    report.fail('not_geojson');
    return undefined;
  }
  if (Array.isArray(value)) {
    const looksLikeFeatures = value.length > 0 && value.every((item) => isFeature(item));
    if (!looksLikeFeatures) report.fail('not_geojson');
    else report.add('fixed', 'wrapped_feature', `array of ${value.length} features`);
    return looksLikeFeatures ? value : undefined;
  }
  const { type, features } = value as { type?: unknown; features?: unknown };
  if (type === 'Topology') {
    report.fail('topojson');
    return undefined;
  }
  if (type === 'FeatureCollection' && Array.isArray(features)) return features;
  if (type === 'Feature') {
    report.add('fixed', 'wrapped_feature', 'single Feature');
    return [value];
  }
  if (type === 'GeometryCollection' || (typeof type === 'string' && type in KIND_OF_TYPE)) {
    report.add('fixed', 'wrapped_geometry', `bare ${type}`);
    return [{ type: 'Feature', geometry: value, properties: {} }];
  }
  report.fail('not_geojson');
  return undefined;
}

function isFeature(item: unknown): boolean {
  return item !== null && typeof item === 'object' && (item as { type?: unknown }).type === 'Feature';
}
