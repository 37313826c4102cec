// Checks the outer shape of a layer file: a GeoJSON FeatureCollection with a `features` array.
// Features themselves are checked one by one by the layer's parser.
import { describeValue } from './dataIssue';

export type FeatureCollectionResult =
  | { readonly ok: true; readonly features: readonly unknown[] }
  | { readonly ok: false; readonly reason: string };

export function readFeatureCollection(json: unknown): FeatureCollectionResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, reason: 'is not a GeoJSON FeatureCollection (not an object)' };
  }
  const { type, features } = json as Record<string, unknown>;
  if (type !== 'FeatureCollection') {
    return {
      ok: false,
      reason: `is not a GeoJSON FeatureCollection (type is ${describeValue(type)})`,
    };
  }
  if (!Array.isArray(features)) {
    return { ok: false, reason: 'is not a GeoJSON FeatureCollection (features is not an array)' };
  }
  return { ok: true, features };
}
