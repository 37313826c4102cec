// Shared pieces of the two TeleGeography Submarine Cable Map importers (API v2 GeoJSON files).
// Licence: CC BY-NC-SA 3.0, per the submarinecablemap.com repository README.

export const TELEGEOGRAPHY_LICENCE = 'CC BY-NC-SA 3.0';
export const TELEGEOGRAPHY_ATTRIBUTION = '© TeleGeography, submarinecablemap.com (CC BY-NC-SA 3.0)';
export const TELEGEOGRAPHY_SITE = 'https://www.submarinecablemap.com';

export interface SluggedFeature {
  readonly geometry: { readonly type?: unknown; readonly coordinates?: unknown } | null;
  readonly properties: Readonly<Record<string, unknown>>;
}

/** The first features of a FeatureCollection whose properties all carry `keys`. */
export function sampleFeatures(json: unknown, keys: readonly string[]): SluggedFeature[] | undefined {
  if (json === null || typeof json !== 'object') return undefined;
  const { type, features } = json as { type?: unknown; features?: unknown };
  if (type !== 'FeatureCollection' || !Array.isArray(features) || features.length === 0) {
    return undefined;
  }
  const sample = features.slice(0, 5) as SluggedFeature[];
  const fits = sample.every((f) => {
    const properties = (f as { properties?: unknown } | null)?.properties;
    return (
      properties !== null &&
      typeof properties === 'object' &&
      keys.every((key) => Object.hasOwn(properties, key))
    );
  });
  return fits ? sample : undefined;
}

/** Features grouped by `properties.slug`, in first-seen order. */
export function groupBySlug(features: readonly SluggedFeature[]): Map<string, SluggedFeature[]> {
  const groups = new Map<string, SluggedFeature[]>();
  for (const feature of features) {
    const slug = String(feature?.properties?.slug ?? '');
    groups.set(slug, [...(groups.get(slug) ?? []), feature]);
  }
  return groups;
}

/** "asia-pacific-gateway-apg" → "Asia Pacific Gateway Apg" (used when no name list is given). */
export function humaniseSlug(slug: string): string {
  return slug
    .split('-')
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}
